"""Which district recipient files (区县文件, ``.zgszkey``) this workspace trusts, to check what districts send back.

A recipient file names the district's encryption key (``key_id``) and, since receipts exist, its signing key.
The workspace remembers every recipient file it used: the one a package was exported to (``export``), the one
given with a receipt (``receipt``), one the user added (``file``). Recipient files bundled with the app
(``recipients.bundled_recipients``) are trusted as installed.

**The encryption key** is what identifies a district: the export records, per package, the key it was sealed to,
and only a receipt that proves it holds that key (its binding, ``package/receipt.py``) is accepted about that
package — a file handed over later cannot make another key "the district".

**The signing key** (which benchmarks are checked against) is trusted only when it is known the same way:
written in the file the package was sealed to (``export``) or in a bundled file (``bundled``), or proved by a
receipt's binding (``binding``). A signing key merely named by a file given later (``file``) is kept but trusted for
nothing until a receipt proves it; a file whose signing key *differs* from a proven one is refused — one of the
two is not the district's, and only a phone call can say which.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from ..keys import Recipient, fingerprint
from ..messages import say
from ..workspace import storage
from ..workspace.workspace import Workspace

SOURCES = ("export", "receipt", "bundled", "file")
# how a signing key may be known to be trusted; 'first_use': the user gave their own district's file while the
# workspace knew no signing key of that district (package/benchmark_import.py checks that it may)
PROVEN = ("export", "bundled", "binding", "first_use")
ADDED, UPGRADED, UNCHANGED = "added", "upgraded", "unchanged"


class RecipientConflict(UserError, ValueError):
    """A recipient file whose signing key differs from the one remembered for the same district key."""


@dataclass(frozen=True)
class Remembered:
    recipient: Recipient  # as the workspace trusts it now
    outcome: str  # ADDED | UPGRADED | UNCHANGED


def _from_row(row: Mapping[str, Any], *, proven_only: bool = True) -> Recipient:
    """The remembered file; its signing key only when proven (``PROVEN``), unless ``proven_only`` is off."""
    signing = row["signing_key"]
    if proven_only and row["signing_source"] not in PROVEN:
        signing = None
    return Recipient(str(row["district"]), str(row["key_id"]), bytes(row["public_key"]), str(row["created"]),
                     bytes(signing) if signing is not None else None)


def conflict_message(remembered: Recipient, offered: Recipient) -> str:
    return say("这份区县文件与本工作区已保存的{district}区县文件（编号 {key}）的签名公钥不同"
               "（已保存 {known}，这份 {offered}），不能两个都相信。请打电话向{district}工信部门核对哪一个是他们的",
               district=remembered.district, key=remembered.key_id, known=str(remembered.signing_key_id),
               offered=str(offered.signing_key_id))


def _signing_source(source: str, proven_by_binding: bool, first_use: bool) -> str:
    if proven_by_binding:
        return "binding"
    if first_use:
        return "first_use"
    return source if source in ("export", "bundled") else "file"


def remember_in_transaction(db: storage.Database, recipient: Recipient, source: str, now: str, *,
                            proven_by_binding: bool = False, first_use: bool = False) -> Remembered:
    """:func:`remember_recipient` inside the caller's ``storage.transaction`` (an import remembers the file with
    what it stores, all or nothing). ``proven_by_binding``: the signing key is the one a receipt's binding
    proved (its signing source becomes ``binding``, replacing a key that was only named by a file)."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    row = storage.get_district_recipient(db, recipient.key_id)
    signing_source = _signing_source(source, proven_by_binding, first_use) if recipient.signing_raw is not None \
        else None
    if row is not None:
        known = _from_row(row, proven_only=False)
        known_source = row["signing_source"]
        if known.public_raw != recipient.public_raw or known.district != recipient.district:
            # the key id is the public key's fingerprint: a file that parsed cannot differ here unless forged
            raise RecipientConflict(conflict_message(known, recipient))
        if recipient.signing_raw is None:
            return Remembered(_from_row(row), UNCHANGED)  # an older file never takes the signing key away
        if known.signing_raw == recipient.signing_raw and (known_source in PROVEN or signing_source not in PROVEN):
            return Remembered(_from_row(row), UNCHANGED)
        if known.signing_raw is not None and known.signing_raw != recipient.signing_raw:
            if known_source in PROVEN or signing_source not in PROVEN:
                raise RecipientConflict(conflict_message(known, recipient))
            # a proven key replaces one a later file merely named (that file was not the district's)
    signing = recipient.signing_raw
    storage.put_district_recipient(db, {
        "key_id": recipient.key_id, "district": recipient.district, "public_key": recipient.public_raw,
        "signing_key": signing, "signing_key_id": fingerprint(signing) if signing is not None else None,
        "created": recipient.created, "source": source if row is None else str(row["source"]),
        "signing_source": signing_source,
        "added_at": now if row is None else str(row["added_at"]), "updated_at": now})
    remembered = Recipient(recipient.district, recipient.key_id, recipient.public_raw, recipient.created,
                           signing if signing_source in PROVEN else None)
    return Remembered(remembered, ADDED if row is None else UPGRADED)


def remember_recipient(workspace: Workspace, recipient: Recipient, source: str) -> Remembered:
    """Remember ``recipient`` as a district file this workspace trusts (``source``: export, receipt, bundled,
    file). Refuses (:class:`RecipientConflict`) a file whose signing key differs from the remembered one."""
    with storage.transaction(workspace.db):
        return remember_in_transaction(workspace.db, recipient, source, workspace._now())


def _bundled() -> list[Recipient]:
    from ..keys import load_recipient
    from ..recipients import bundled_recipients

    found = []
    for bundled in bundled_recipients():
        try:
            found.append(load_recipient(bundled.path))
        except UserError:  # listed a moment ago; gone or changed since: not trusted
            continue
    return found


def _prefer_signing(remembered: Recipient | None, bundled: Recipient | None) -> Recipient | None:
    """The remembered file, unless it lacks the signing key the bundled file of the same key has."""
    if remembered is not None and (remembered.signing_raw is not None or bundled is None):
        return remembered
    return bundled or remembered


def trusted_recipient(workspace: Workspace, key_id: str) -> Recipient | None:
    """The recipient file trusted for the district key ``key_id``: the remembered one, else the bundled one."""
    row = storage.get_district_recipient(workspace.db, key_id)
    remembered = _from_row(row) if row is not None else None
    if remembered is not None and remembered.signing_raw is not None:
        return remembered
    bundled = next((r for r in _bundled() if r.key_id == key_id), None)
    return _prefer_signing(remembered, bundled)


def trusted_signer(workspace: Workspace, signing_key_id: str) -> Recipient | None:
    """The recipient file whose district *signing* key is ``signing_key_id`` (what a signed file names as its
    signer), remembered with that key proven (``PROVEN``) or bundled; None when this workspace trusts no such
    key."""
    row = storage.find_district_recipient_by_signing(workspace.db, signing_key_id)
    if row is not None and row["signing_source"] in PROVEN:
        return _from_row(row)
    return next((r for r in _bundled() if r.signing_key_id == signing_key_id), None)


def remembered_recipients(workspace: Workspace) -> list[Recipient]:
    return [_from_row(row) for row in storage.list_district_recipients(workspace.db)]


__all__ = ["ADDED", "PROVEN", "SOURCES", "UNCHANGED", "UPGRADED", "RecipientConflict", "Remembered", "conflict_message",
           "remember_in_transaction", "remember_recipient", "remembered_recipients", "trusted_recipient",
           "trusted_signer"]
