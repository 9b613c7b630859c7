"""Import a district's receipt (回执) into the enterprise workspace: check it, open it, keep it.

Two steps, so the app can say what is wrong before asking for a password: :func:`check_receipt` reads the file,
checks its signature, that it is for this enterprise, about packages this workspace exported, and from the district
key each of those packages was sealed to (recorded at export); :func:`import_receipt` then unlocks the enterprise's
signing key (the passphrase set at the first export), checks each item's binding — the proof that the receipt
comes from the holder of that district key, so a receipt and a recipient file forged together are refused — opens
each decision and stores it, all of it in one transaction, or nothing. The same receipt imported twice changes
nothing. A package exported before receipts existed has no recorded district key: its receipt is checked against
the district file remembered or bundled, or one the user gives (as trusted as the file the package was sealed to).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UserError
from ..keys import Recipient, load_recipient
from ..messages import say
from ..signed_files import MAX_BYTES, SignedFileError
from ..workspace import storage
from ..workspace.workspace import Workspace
from . import receipt as receipt_format
from .trust import RecipientConflict, remember_in_transaction, trusted_recipient

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


class ReceiptRefused(UserError, ValueError):
    """The receipt cannot be used here; the message says why and what to do."""


class RecipientNeeded(ReceiptRefused):
    """The receipt may well be genuine, but this workspace has no district file with the district's signing key
    to check it: the user should add the district's new recipient file (``.zgszkey``)."""


@dataclass(frozen=True)
class CheckedReceipt:
    """A receipt whose signature is the district's, for this enterprise, about packages exported here."""

    receipt: receipt_format.ReceiptFile
    recipient: Recipient  # the district file it was checked against
    recipient_is_new: bool  # that file came with the receipt and is to be remembered
    new_items: tuple[receipt_format.ReceiptItem, ...]  # the items not imported before

    @property
    def already_imported(self) -> bool:
        return not self.new_items


@dataclass(frozen=True)
class ImportedItem:
    package_id: str
    period: str
    sequence: int
    status: str
    reasons: int  # points to fix
    newer_sequence: int = 0  # a later package of the period was exported since (0: this is the newest)

    def sentence(self, district: str) -> str:
        if self.newer_sequence:  # a late answer about an older package: say that the newer one still waits
            if self.status == "accepted":
                return say("{district}工信部门已受理您{period}较早的第{sequence}次报送；您之后导出的第{newer}次报送"
                           "仍在等待区县受理", district=district, period=self.period, sequence=self.sequence,
                           newer=self.newer_sequence)
            return say("{district}工信部门退回了您{period}较早的第{sequence}次报送（{n} 处需要修改）；您之后导出的"
                       "第{newer}次报送仍在等待区县受理，以区县对它的回执为准", district=district,
                       period=self.period, sequence=self.sequence, n=self.reasons, newer=self.newer_sequence)
        if self.status == "accepted":
            return say("{district}工信部门已受理您{period}的报送（第{sequence}次）", district=district,
                       period=self.period, sequence=self.sequence)
        return say("{district}工信部门退回了您{period}的报送（第{sequence}次）：{n} 处需要修改",
                   district=district, period=self.period, sequence=self.sequence, n=self.reasons)


@dataclass(frozen=True)
class ReceiptImport:
    district: str
    items: tuple[ImportedItem, ...]  # empty when the receipt had been imported already
    already_imported: bool
    recipient_remembered: bool  # the district file given with the receipt is now trusted

    @property
    def to_fix(self) -> int:
        """Points to fix now: those of a return about the newest package (a newer one answers the older's)."""
        return sum(item.reasons for item in self.items if item.status == "returned" and not item.newer_sequence)

    def sentences(self) -> list[str]:
        if self.already_imported:
            return [say("这份回执已导入过，没有新的内容")]
        return [item.sentence(self.district) for item in self.items]


def read_receipt_bytes(source: bytes | Path) -> bytes:
    if isinstance(source, bytes):
        return source
    try:
        if source.stat().st_size > MAX_BYTES:
            raise ReceiptRefused(say("{name} 过大，不是区县工信部门的回执", name=source.name))
        return source.read_bytes()
    except FileNotFoundError as exc:
        raise ReceiptRefused(say("找不到回执文件 {path}", path=str(source))) from exc
    except IsADirectoryError as exc:
        raise ReceiptRefused(say("{path} 是文件夹，请选择回执文件（{suffix}）", path=str(source),
                                 suffix=receipt_format.SUFFIX)) from exc
    except OSError as exc:
        raise ReceiptRefused(say("无法读取 {path}（{reason}）", path=str(source),
                                 reason=exc.strerror or str(exc))) from exc


def _trust(workspace: Workspace, extra: Recipient | None) -> tuple[Callable[[str], Recipient | None],
                                                                   list[Recipient | None]]:
    """The lookup ``read_receipt_file`` checks the district's key with, and what it found (to tell a missing or
    old district file from a wrong signature)."""
    seen: list[Recipient | None] = []

    def lookup(key_id: str) -> Recipient | None:
        known = trusted_recipient(workspace, key_id)
        if extra is not None and extra.key_id == key_id and extra.signing_raw is not None:
            if known is not None and known.signing_raw is not None and known.signing_raw != extra.signing_raw:
                from .trust import conflict_message

                raise RecipientConflict(conflict_message(known, extra))
            known = known if known is not None and known.signing_raw is not None else extra
        seen.append(known)
        return known

    return lookup, seen


def _sealed_elsewhere(workspace: Workspace, data: bytes) -> None:
    """Refuse a receipt about a package of ours that was sealed to another district key than the one the receipt
    names — before any district file is looked up, so the user is never asked for the file of a stranger's key."""
    from ..signed_files import read_signed

    content = read_signed(data, receipt_format.PAYLOAD_TYPE, receipt_format.RECEIPT_FORMAT, receipt_format.WHAT).content
    items = content.get("items")
    key = content.get("district_key_id")
    for raw in items if isinstance(items, list) else []:
        export = storage.export_by_package(workspace.db, str(raw.get("package_id"))) if isinstance(raw, dict) else None
        if export is None:
            continue  # said later, with the rest of the checks
        sealed_to = export.get("recipient_key_id")
        if sealed_to and sealed_to != key:
            raise ReceiptRefused(say(
                "这份回执不是您报送该报告包的区县发出的：{period}第{sequence}次报送是加密给区县密钥 {sealed_to} 的，"
                "回执却来自区县密钥 {key}（自称{district}）。请勿按其中内容操作，并与区县工信部门电话核实",
                period=str(export["period"]), sequence=int(export["sequence"]), sealed_to=sealed_to, key=str(key),
                district=str(content.get("district"))))


def check_receipt(workspace: Workspace, source: bytes | Path, *, extra_recipient: Path | None = None) -> CheckedReceipt:
    """Everything that can be checked without the enterprise's password (see the module docstring)."""
    data = read_receipt_bytes(source)
    _sealed_elsewhere(workspace, data)
    extra = load_recipient(extra_recipient) if extra_recipient is not None else None
    lookup, seen = _trust(workspace, extra)
    try:
        receipt = receipt_format.read_receipt_file(data, lookup)
    except SignedFileError as exc:
        if exc.reason == "wrong_key" and seen and (seen[-1] is None or seen[-1].signing_raw is None):
            raise RecipientNeeded(exc.args[0]) from exc
        raise
    recipient = seen[-1]
    assert recipient is not None  # read_receipt_file refuses a receipt without a trusted file
    if extra is not None and extra.key_id != receipt.district_key_id:
        raise ReceiptRefused(say("您选择的区县文件（{district}，编号 {key}）不是签发这份回执的区县的文件"
                                 "（编号 {wanted}）",
                                 district=extra.district, key=extra.key_id, wanted=receipt.district_key_id))
    profile = workspace.profile()
    if profile is None or profile.uscc != receipt.enterprise_uscc:
        raise ReceiptRefused(say("这份回执是发给{name}（{uscc}）的，不是本企业的", name=receipt.enterprise_name,
                                 uscc=receipt.enterprise_uscc))
    for item in receipt.items:
        export = storage.export_by_package(workspace.db, item.package_id)
        if export is None:
            raise ReceiptRefused(say("回执所说的报告包不是本工作区导出的（报告包编号 {package}，"
                                     "{period}第{sequence}次报送）。请确认打开的是本企业的工作区",
                                     package=item.package_id, period=item.period, sequence=item.sequence))
        if export["period"] != item.period or int(export["sequence"]) != item.sequence:
            raise ReceiptRefused(say("回执中报告包 {package} 的评估期或报送次数与本工作区的导出记录不符，不能使用",
                                     package=item.package_id))
        if export["key_fingerprint"] != item.addressee_key_id:
            raise ReceiptRefused(say("这份回执是写给另一个签名密钥（{key}）的，不是签署该报告包的本工作区密钥",
                                     key=item.addressee_key_id))
        if export.get("recipient_key_id") not in (None, "", receipt.district_key_id):
            raise ReceiptRefused(say("这份回执不是您报送该报告包的区县发出的"))  # _sealed_elsewhere said it first
    new_items = tuple(item for item in receipt.items
                      if not storage.receipt_exists(workspace.db, receipt.receipt_id, item.package_id))
    is_new = extra is not None and recipient is extra
    return CheckedReceipt(receipt, recipient, is_new, new_items)


def import_receipt(workspace: Workspace, source: bytes | Path | CheckedReceipt, passphrase: str, *,
                   extra_recipient: Path | None = None, now: datetime | None = None) -> ReceiptImport:
    """Check (unless already checked), open and store a receipt; all or nothing. ``passphrase`` unlocks the
    enterprise's signing key — the one set at the first export."""
    checked = source if isinstance(source, CheckedReceipt) else check_receipt(
        workspace, source, extra_recipient=extra_recipient)
    receipt = checked.receipt
    if checked.already_imported:
        return ReceiptImport(receipt.district, (), True, False)
    opened = []
    keys: dict[str, Ed25519PrivateKey] = {}
    for item in checked.new_items:
        if item.addressee_key_id not in keys:
            keys[item.addressee_key_id] = _signing_private(workspace, item.addressee_key_id, passphrase)
        opened.append(receipt_format.open_item(receipt, item, keys[item.addressee_key_id], checked.recipient))
    stamp = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    imported = []
    with storage.transaction(workspace.db):
        # every item's binding held: the signing key that signed the receipt is the district's (proved, not named)
        proven = checked.recipient.with_signing(receipt.signer_public)
        outcome = remember_in_transaction(workspace.db, proven, "receipt", stamp, proven_by_binding=True).outcome
        remembered = checked.recipient_is_new and outcome != "unchanged"
        for item in opened:
            decision = item.decision
            assert decision is not None  # open_item gives the decision
            if storage.receipt_exists(workspace.db, receipt.receipt_id, item.package_id):
                continue  # another window imported it meanwhile
            storage.insert_receipt(workspace.db, {
                "receipt_id": receipt.receipt_id, "package_id": item.package_id, "period": item.period,
                "sequence": item.sequence, "status": decision.status,
                "reasons": [r.to_json() for r in decision.reasons], "note": decision.note, "clerk": decision.clerk,
                "contact": decision.contact, "decided_at": decision.decided_at, "issued_at": receipt.issued_at,
                "district": receipt.district, "signer_key_id": receipt.signer_key_id, "file_sha256": receipt.sha256,
                "imported_at": stamp})
            newest = storage.next_export_sequence(workspace.db, item.period) - 1
            imported.append(ImportedItem(item.package_id, item.period, item.sequence, decision.status,
                                         len(decision.reasons) if decision.status == "returned" else 0,
                                         newest if newest > item.sequence else 0))
    return ReceiptImport(receipt.district, tuple(imported), not imported, remembered)


def _signing_private(workspace: Workspace, key_id: str, passphrase: str) -> Ed25519PrivateKey:
    """The enterprise's signing key that signed the package (active or replaced since), unlocked."""
    import json

    from ..keys import SigningKey

    row = storage.get_signing_key(workspace.db, key_id)
    if row is None:
        raise ReceiptRefused(say("这份回执是写给签名密钥 {key} 的，本工作区没有这个密钥", key=key_id))
    key = SigningKey.from_json({"format": "zgsz-signing-key/1", "key_id": row["key_id"],
                                "public_key": row["public_key"], "created": row["created_at"],
                                "private": json.loads(row["sealed"])})
    return key.private_key(passphrase)


__all__ = ["CheckedReceipt", "ImportedItem", "ReceiptImport", "ReceiptRefused", "RecipientNeeded", "check_receipt",
           "import_receipt", "read_receipt_bytes"]
