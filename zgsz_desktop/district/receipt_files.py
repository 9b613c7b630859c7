"""Writing receipt files (回执) in bulk: one ``.zgszreceipt`` per enterprise answering every decided, not yet
receipted current package, plus the district's recipient file with its signing key so enterprises holding an
older recipient file can check them.

All or nothing per run as far as the database goes: every file is first written under a temporary name, then all
are renamed and recorded (``receipts_issued`` and a signed log entry each) in one transaction; if recording fails
the renamed files are removed again, so a file on disk is always one the database knows it sent.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from ..errors import UserError, describe_os_error
from ..keys import RECIPIENT_SUFFIX, UnlockedDistrictKey, raw_public
from ..messages import say
from ..package.receipt import SUFFIX, ToIssue, build_receipt_file
from ..text import visible
from .anchor import remember as remember_log
from .db import append_log, transaction
from .identity import DistrictIdentity
from .receipts import Review, current_packages, latest_review, receipted_review_ids

if TYPE_CHECKING:
    from ..keys import Recipient

_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


class ReceiptWriteError(UserError, RuntimeError):
    """The receipts could not be written; nothing was recorded."""


@dataclass(frozen=True)
class Pending:
    """One enterprise's receipt to write: its decided, not yet receipted current packages."""

    uscc: str
    name: str
    items: tuple[tuple[ToIssue, Review], ...]

    @property
    def periods(self) -> list[str]:
        return sorted({issue.period for issue, _ in self.items})


def unlocked_key(key: DistrictIdentity | UnlockedDistrictKey, created: str = "") -> UnlockedDistrictKey:
    """The district key as ``build_receipt_file`` takes it, from the identity the import uses too."""
    if isinstance(key, UnlockedDistrictKey):
        return key
    from ..keys import Recipient, district_signing_key, fingerprint

    decryption = key.private_key()
    signing = district_signing_key(key.private_raw)
    public = raw_public(decryption)
    if fingerprint(public) != key.key_id:
        raise ReceiptWriteError(say("区县密钥与其编号不符，无法签发回执"))
    return UnlockedDistrictKey(Recipient(key.district, key.key_id, public, created, raw_public(signing)),
                               decryption, signing)


def signer_identity(key: DistrictIdentity | UnlockedDistrictKey) -> DistrictIdentity:
    """The identity that signs the import log, from either form of the key."""
    if isinstance(key, DistrictIdentity):
        return key
    from ..keys import raw_private

    return DistrictIdentity(key.recipient.district, key.recipient.key_id, raw_private(key.decryption))


def safe_file_part(text: str, limit: int = 60) -> str:
    """A name as part of a file name an office can e-mail: characters Windows forbids, control and invisible
    characters dropped, no trailing dot or space, not a reserved device name."""
    from ..text import hidden_characters

    hidden = set(hidden_characters(text))
    cleaned = "".join(ch for ch in str(text) if f"U+{ord(ch):04X}" not in hidden)
    cleaned = " ".join(_FORBIDDEN.sub("_", cleaned).split())[:limit].strip(" .")
    if cleaned.upper().split(".")[0] in _RESERVED:
        cleaned = f"_{cleaned}"
    return cleaned or "_"


def recipient_file_name(district: str) -> str:
    return f"{safe_file_part(district)}区县文件{RECIPIENT_SUFFIX}"


def recipient_bytes(recipient: Recipient) -> bytes:
    return (json.dumps(recipient.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_recipient_file(key: UnlockedDistrictKey, path: Path) -> Path:
    """The district's recipient file with its signing key (for districts whose key file predates receipts)."""
    from ..fileio import write_bytes_atomic

    try:
        write_bytes_atomic(path, recipient_bytes(key.recipient))
    except OSError as exc:
        raise ReceiptWriteError(say("无法写入区县文件 {path}（{error}）", path=str(path),
                                    error=describe_os_error(exc))) from exc
    return path


def _addressee(db: sqlite_utils.Database, package_id: str, sha: str) -> bytes:
    """The Ed25519 key that signed the package, read from the kept package and verified again (the enterprise
    opens the receipt with that key; ``enterprises.public_key`` is only the key pinned now)."""
    from ..package.format import PackageRejected
    from ..package.verify import open_package

    row = db.execute("SELECT data FROM packages WHERE sha256 = ?", [sha]).fetchone()
    data = row[0] if row else None
    problem = ReceiptWriteError(say("数据库中保存的报告包 {package} 缺失或与收到时的不同，无法签发回执；"
                                    "请先运行“核查数据库”", package=package_id))
    if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha:
        raise problem
    try:
        verified, _ = open_package(data)
    except PackageRejected as exc:
        raise problem from exc
    if verified.package_id != package_id:
        raise problem
    return verified.signer_public_key


def pending_receipts(db: sqlite_utils.Database, *, usccs: Iterable[str] | None = None,
                     period: str | None = None) -> list[Pending]:
    """Every enterprise with decided current packages whose latest decision has not gone out yet."""
    sql = "SELECT DISTINCT s.uscc, s.period FROM submissions s JOIN reviews r ON r.package_id = s.package_id " \
          "WHERE s.current = 1"
    parameters: list[str] = []
    if period is not None:
        sql += " AND s.period = ?"
        parameters.append(period)
    wanted = None if usccs is None else set(usccs)
    receipted = receipted_review_ids(db)
    by_uscc: dict[str, list[tuple[ToIssue, Review]]] = {}
    for uscc, period_ in db.execute(sql + " ORDER BY s.uscc, s.period", parameters).fetchall():
        if wanted is not None and uscc not in wanted:
            continue
        for package in current_packages(db, uscc, period_):
            review = latest_review(db, package.package_id)
            if review is None or review.id in receipted:
                continue
            issue = ToIssue(package.package_id, package.package_sha256, period_, package.sequence,
                            _addressee(db, package.package_id, package.package_sha256), review.decision)
            by_uscc.setdefault(uscc, []).append((issue, review))
    names = dict(db.execute("SELECT uscc, name FROM enterprises").fetchall()) if by_uscc else {}
    return [Pending(uscc, str(names.get(uscc, "")), tuple(items)) for uscc, items in sorted(by_uscc.items())]


def _file_names(pending: list[Pending], out_dir: Path) -> list[str]:
    """``回执_<企业名>_<period>.zgszreceipt``; two enterprises of the same name get their USCC added, and a file
    already in the folder (an earlier run) is never overwritten."""
    def base(item: Pending, with_uscc: bool) -> str:
        periods = item.periods
        period = periods[0] if len(periods) == 1 else f"{periods[0]}等{len(periods)}期"
        name = safe_file_part(item.name) + (f"_{item.uscc}" if with_uscc else "")
        return f"回执_{name}_{safe_file_part(period, 30)}"

    plain = [base(item, False) for item in pending]
    names, taken = [], set()
    for item, stem in zip(pending, plain, strict=True):
        if plain.count(stem) > 1:
            stem = base(item, True)
        candidate, n = stem, 1
        while candidate.lower() in taken or (out_dir / f"{candidate}{SUFFIX}").exists():
            n += 1
            candidate = f"{stem}_{n}"
        taken.add(candidate.lower())
        names.append(f"{candidate}{SUFFIX}")
    return names


def _write_temp(out_dir: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=".receipt.", suffix=".tmp", dir=out_dir)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(tmp)


def write_receipts(db: sqlite_utils.Database, key: DistrictIdentity | UnlockedDistrictKey, out_dir: Path,
                   now: str, *, usccs: Iterable[str] | None = None, period: str | None = None,
                   progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """One receipt file per enterprise with decided, not yet receipted current packages (``usccs``, ``period``:
    only those), written into ``out_dir`` with the district's recipient file; returns the receipt files written
    (none when there is nothing to answer). A package decided again after its receipt is answered again."""
    unlocked, signer = unlocked_key(key), signer_identity(key)
    pending = pending_receipts(db, usccs=usccs, period=period)
    if not pending:
        return []
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReceiptWriteError(say("无法创建文件夹 {folder}（{error}）", folder=str(out_dir),
                                    error=describe_os_error(exc))) from exc
    names = _file_names(pending, out_dir)
    temps: list[Path] = []
    written: list[Path] = []
    try:
        files = []
        for index, (item, name) in enumerate(zip(pending, names, strict=True)):
            data = build_receipt_file(unlocked, {"uscc": item.uscc, "name": item.name},
                                      [issue for issue, _ in item.items], now)
            temps.append(_write_temp(out_dir, data))
            files.append((item, name, data))
            if progress is not None:
                progress(index + 1, len(pending))
        for temp, (_, name, _) in zip(temps, files, strict=True):
            os.replace(temp, out_dir / name)
            written.append(out_dir / name)
        with transaction(db):
            for item, name, data in files:
                _record(db, signer, item, name, data, now)
    except OSError as exc:
        _remove(temps + written)
        raise ReceiptWriteError(say("无法在 {folder} 中写入回执（{error}），没有生成任何回执", folder=str(out_dir),
                                    error=describe_os_error(exc))) from exc
    except BaseException:
        _remove(temps + written)
        raise
    remember_log(db)
    recipient = out_dir / recipient_file_name(unlocked.recipient.district)
    if not recipient.exists() or recipient.read_bytes() != recipient_bytes(unlocked.recipient):
        write_recipient_file(unlocked, recipient)
    return written


def _record(db: sqlite_utils.Database, signer: DistrictIdentity, item: Pending, name: str, data: bytes,
            now: str) -> None:
    receipt_id = str(json.loads(_payload(data))["receipt_id"])
    package_ids = [issue.package_id for issue, _ in item.items]
    review_ids = [review.id for _, review in item.items]
    sha = hashlib.sha256(data).hexdigest()
    db.execute("INSERT INTO receipts_issued (receipt_id, uscc, package_ids, review_ids, file_name, file_sha256, "
               "issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [receipt_id, item.uscc, json.dumps(package_ids), json.dumps(review_ids), name, sha, now])
    append_log(db, signer, at=now, action="receipt", verdict="receipt_issued", uscc=item.uscc, source_name=name,
               file_sha256=sha, detail=say("生成回执（{count} 个报告包）：{name}", count=len(package_ids),
                                           name=visible(name, 120)),
               data={"receipt_id": receipt_id, "package_ids": package_ids, "review_ids": review_ids})


def _payload(data: bytes) -> bytes:
    """The signed content of a receipt file we have just built (a DSSE envelope: base64 payload)."""
    import base64

    return base64.b64decode(json.loads(data)["payload"])


def _remove(paths: list[Path]) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue
