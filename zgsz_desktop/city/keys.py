"""Pinning a district's signing key (登记区县密钥): the city trusts a district summary only when it is signed by
the key pinned for that district, taken once from the recipient file (``.zgszkey``) the district handed over and
confirmed by comparing its fingerprint by phone. A different key for a district already pinned is refused unless
the operator replaces it on purpose (a district that lost its key and made a new one)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..keys import KeyProblem, load_recipient
from ..messages import say
from .db import CityDb, PinnedKey, pinned_keys, put_key


class PinRefused(UserError, ValueError):
    """The key cannot be pinned as asked; the message says what to do."""


@dataclass(frozen=True)
class PinResult:
    district: str
    fingerprint: str  # the signing key's id, XXXX-XXXX-XXXX-XXXX: read it out to the district by phone
    status: str  # pinned | unchanged | replaced
    replaced: str = ""  # the key id it replaced

    @property
    def message(self) -> str:
        if self.status == "unchanged":
            return say("{district}的密钥已登记过，指纹 {fingerprint}，未作改动", district=self.district,
                       fingerprint=self.fingerprint)
        if self.status == "replaced":
            return say("已将{district}的密钥更换为指纹 {fingerprint}（原指纹 {old}）。请与区县工信部门电话核对新指纹",
                       district=self.district, fingerprint=self.fingerprint, old=self.replaced)
        return say("已登记{district}的密钥，指纹 {fingerprint}。请与区县工信部门电话核对这一指纹，一致后再导入其汇总包",
                   district=self.district, fingerprint=self.fingerprint)


def pin_district(db: CityDb, path: Path, now: str, *, replace: bool = False) -> PinResult:
    try:
        recipient = load_recipient(Path(path))
    except KeyProblem as exc:
        raise PinRefused(str(exc)) from exc
    if recipient.signing_raw is None or recipient.signing_key_id is None:
        raise PinRefused(say(
            "{name} 是旧版软件生成的区县文件，其中没有区县的签名公钥，不能用来核对汇总包。请{district}用新版软件"
            "重新导出区县文件（.zgszkey）后发来", name=Path(path).name, district=recipient.district))
    fingerprint = recipient.signing_key_id
    known = pinned_keys(db).get(recipient.district)
    if known is not None and known.signing_key_id == fingerprint:
        return PinResult(recipient.district, fingerprint, "unchanged")
    if known is not None and not replace:
        raise PinRefused(say(
            "{district}已登记过另一个密钥（指纹 {old}），与 {name} 中的（指纹 {new}）不同。如确是该区县更换了密钥，"
            "请先电话核对新指纹，再选择“更换密钥”（命令行加 --replace）", district=recipient.district,
            old=known.signing_key_id, name=Path(path).name, new=fingerprint))
    with db.transaction():
        put_key(db, PinnedKey(recipient.district, fingerprint, recipient.signing_raw, recipient.key_id, now,
                              Path(path).name), known.signing_key_id if known else "")
    if known is not None:
        return PinResult(recipient.district, fingerprint, "replaced", known.signing_key_id)
    return PinResult(recipient.district, fingerprint, "pinned")
