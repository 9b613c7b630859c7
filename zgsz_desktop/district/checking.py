"""Checking district packages: the CPU-bound stage of an import (see ``importer``), run in worker processes
for large batches.

Each file is read and verified as ``zgsz verify`` does — signature, decryption with the district key,
payload hashes, identity, and re-scoring with the questionnaire version it names — and what the dashboard
counts is computed from it. This module is what a worker process imports: it needs neither the database
nor sqlite_utils (each worker would pay their import again).
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from .facts import submission_facts
from .identity import DistrictIdentity

if TYPE_CHECKING:  # a worker process imports these when it checks a package, not before
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from ..package.format import PackageRejected
    from ..policy import PolicyEdition

_REASON_VERDICT = {
    "not_a_package": "damaged", "too_large": "damaged",
    "wrong_recipient": "wrong_district",
    "unknown_questionnaire": "unsupported", "unsupported_version": "unsupported",
}


@dataclass
class Checked:
    """The outcome of checking one file (picklable: it crosses from a worker process)."""

    source: str
    sha256: str = ""
    size: int = 0
    ok: bool = False
    verdict: str = ""  # set for failures: tampered / damaged / wrong_district / unsupported / unreadable
    reason: str = ""  # the package reason code, e.g. bad_signature
    message: str = ""
    manifest: dict[str, Any] = field(default_factory=dict)
    signer_public: bytes = b""
    parts: list[Part] = field(default_factory=list)  # one per questionnaire in the package
    data: bytes = b""
    # the enterprise's card as its answers say it (read in the worker, so the serial database side does not
    # parse the answers again); empty for a package rebuilt from the database, which is then parsed
    enterprise: dict[str, Any] = field(default_factory=dict)

    @property
    def format_version(self) -> int:
        return int(self.manifest.get("format_version", 1))

    @property
    def questionnaires(self) -> list[dict[str, str]]:
        if self.format_version == 1:
            return [dict(self.manifest.get("questionnaire") or {})]
        return [dict(q) for q in self.manifest.get("questionnaires") or []]


@dataclass
class Part:
    """One questionnaire of a checked package: its decrypted answers, our re-scoring and what the
    dashboard counts from them (picklable)."""

    questionnaire_id: str
    version: str
    hash: str
    answers: str  # canonical JSON of the answers document
    scores: str  # canonical JSON of our re-scoring
    facts: dict[str, Any] = field(default_factory=dict)


def clean_text(text: str) -> str:
    """A file name as it can be shown, logged and stored: bytes that are not UTF-8 (a GBK name from a
    zip unpacked on Linux) become U+FFFD instead of breaking the batch."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# --------------------------------------------------------------------------- checking (worker side)


_WORKER_IDENTITY: DistrictIdentity | None = None
_WORKER_EDITIONS: tuple[PolicyEdition, ...] = ()  # the policy editions the district loaded from the city


def _init_worker(identity: DistrictIdentity, editions: tuple[PolicyEdition, ...] = ()) -> None:
    global _WORKER_IDENTITY, _WORKER_EDITIONS
    import signal

    _WORKER_IDENTITY, _WORKER_EDITIONS = identity, editions
    # Ctrl-C reaches every process of the console's group: the importer stops the batch and says so;
    # the workers must not each print a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()


@contextmanager
def _workers_start_deaf_to_ctrl_c() -> Iterator[None]:
    """While worker processes are started, SIGINT is *blocked* in this thread, and a started process
    inherits the blocked mask: a Ctrl-C in the first moment, before a worker has run its initializer,
    cannot kill it half-started with Python's own error dump. Here the signal only waits: it is delivered
    to the importer's own handler (stop the batch) as soon as the workers are started. On Windows there
    is no signal mask and the initializer's SIG_IGN is what protects the workers."""
    import signal

    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _exit_with_parent() -> None:
    """A worker holds the district's unlocked private key: it must not outlive the importer. If the
    importer is killed (Task Manager, SIGKILL, a crash), the pipe or process handle that
    ``parent_process().sentinel`` watches becomes ready at once (on Windows and POSIX alike) and the
    worker ends itself, without waiting for work that will never come."""
    import multiprocessing
    from multiprocessing.connection import wait

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(3)

    threading.Thread(target=watch, name="exit-with-importer", daemon=True).start()


def _check_in_worker(path: str) -> Checked:
    assert _WORKER_IDENTITY is not None
    return _safe_check(Path(path), _WORKER_IDENTITY, editions=_WORKER_EDITIONS)


def check_bytes(data: bytes, source: str, identity: DistrictIdentity, private_key: X25519PrivateKey | None = None, *,
                editions: tuple[PolicyEdition, ...] = ()) -> Checked:
    """Verify, decrypt and re-score one package (against the policy edition of its period: ``editions`` are
    those the district loaded from the city, which win over the shipped ones)."""
    from ..package.build import canonical_json
    from ..package.format import PackageRejected
    from ..package.verify import verify_bytes

    checked = Checked(source, hashlib.sha256(data).hexdigest(), len(data))
    try:
        verified = verify_bytes(data, identity.key_id, private_key or identity.private_key(),
                                district_name=identity.district, editions=editions)
    except PackageRejected as exc:
        checked.verdict = _REASON_VERDICT.get(exc.reason, "tampered")
        checked.reason, checked.message = exc.reason, _chinese_reason(exc) + _claimed_sender(data)
        return checked
    manifest = verified.manifest
    if manifest["enterprise"]["district"] != identity.district:
        checked.verdict, checked.reason = "wrong_district", "enterprise_district"
        checked.message = (f"企业所属地区为{manifest['enterprise']['district']}，不是{identity.district}；"
                           "请企业把报告包报送所属地区")
        return checked
    payload = verified.payload
    assert payload is not None
    checked.ok = True
    checked.manifest = manifest
    checked.signer_public = verified.signer_public_key
    for ref, (answers, rescored) in zip(verified.questionnaires, payload.parts(), strict=True):
        checked.parts.append(Part(ref["id"], ref["version"], ref["hash"], canonical_json(answers).decode("utf-8"),
                                  canonical_json(rescored).decode("utf-8"),
                                  submission_facts(ref["id"], answers, rescored)))
    checked.enterprise = enterprise_card(payload.parts()[0][0]) if checked.parts else {}
    checked.data = data
    return checked


def _chinese_reason(exc: PackageRejected) -> str:
    """The rejection in Chinese for staff (the CLI's ``verify`` adds the English code; here it would only
    be noise). Library details in English (``Bad CRC-32 for file …``) are left out."""
    import re

    detail = str(exc.detail or "")
    if re.search(r"[A-Za-z]{3,} [A-Za-z]{2,}", detail):
        detail = ""
    return exc.zh + (f"：{detail}" if detail else "")


def _claimed_sender(data: bytes) -> str:
    """Who a rejected package says it is from, when its manifest can still be read — marked as not
    verified, so staff know whom to call without trusting it."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("manifest.json")
            if info.file_size > 256 * 1024:
                return ""
            manifest = json.loads(archive.read(info).decode("utf-8"))
        enterprise = manifest["enterprise"]
        text = f"{enterprise['name']}（{enterprise['uscc']}），{manifest['period']}"
        text = text if isinstance(text, str) else ""
    except Exception:  # a broken file: nothing to add
        return ""
    text = "".join(ch for ch in str(text) if ch.isprintable())[:120]
    return f"。报告包自称来自：{text}（未经验证）"


def check_file(path: Path, identity: DistrictIdentity, private_key: X25519PrivateKey | None = None, *,
               editions: tuple[PolicyEdition, ...] = ()) -> Checked:
    from ..package.format import MAX_FILE_BYTES, PackageRejected
    from ..package.verify import read_package_file

    shown = clean_text(str(path))
    try:
        try:
            mode = path.stat().st_mode  # follows links: a loop or a dangling link says so here
        except OSError as exc:
            return Checked(str(path), verdict="unreadable", reason="unreadable",
                           message=f"{shown} {_stat_problem(path, exc)}")
        import stat

        if not stat.S_ISREG(mode):
            what = "是文件夹" if stat.S_ISDIR(mode) else "不是普通文件（可能是设备或管道）"
            return Checked(str(path), verdict="unreadable", reason="unreadable", message=f"{shown} {what}")
        data = read_package_file(path)
    except PackageRejected as exc:
        message = _chinese_reason(exc)
        if exc.reason == "too_large":
            message = (f"文件超过 {MAX_FILE_BYTES // 1024 // 1024} MB，不是报告包（报告包通常只有几百 KB），"
                       "已拒绝；请检查是否选错了文件")
        return Checked(str(path), verdict="damaged", reason=exc.reason, message=message)
    except (UserError, OSError) as exc:
        return Checked(str(path), verdict="unreadable", reason="unreadable", message=clean_text(str(exc)))
    return check_bytes(data, str(path), identity, private_key, editions=editions)


def _stat_problem(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ELOOP:
        return "是循环的快捷方式（符号链接指向自己或互相指向），无法读取"
    if exc.errno == errno.ENOENT:
        return "是指向不存在文件的快捷方式（符号链接）" if path.is_symlink() else "不存在"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "没有读取权限"
    if exc.errno == errno.ENAMETOOLONG:
        return "路径过长，无法读取"
    return f"无法读取（{exc.strerror or exc}）"


def _safe_check(path: Path, identity: DistrictIdentity, private_key: X25519PrivateKey | None = None, *,
                editions: tuple[PolicyEdition, ...] = ()) -> Checked:
    """check_file, and a package that makes our own code fail is reported, not a stopped batch."""
    try:
        return check_file(path, identity, private_key, editions=editions)
    except Exception as exc:
        return Checked(str(path), verdict="error", reason="internal_error",
                       message=f"核验此文件时程序出错（{type(exc).__name__}），请把文件交给软件维护方")


# How far the checking runs ahead of the storing. Each worker has up to IN_FLIGHT_PER_WORKER packages in hand, so
# the workers keep checking while the main process waits for the disk at a commit (with 4 they ran dry there); and
# no more is handed out once the files in flight (being checked, or checked and waiting to be stored, their bytes
# with them) reach IN_FLIGHT_BYTES — a package that carries evidence can be tens of MB. So at most IN_FLIGHT_BYTES
# plus one package are in flight, or one package per worker if that is more. Memory does not grow with the batch:
# ~7 MB for 32 ordinary packages.
IN_FLIGHT_PER_WORKER = 16
IN_FLIGHT_BYTES = 64 * 1024 * 1024


def room_for_more(held: int, held_bytes: int, workers: int) -> bool:
    """Whether another package may be handed out, with ``held`` packages (``held_bytes``) in flight."""
    if held < workers:
        return True
    return held < workers * IN_FLIGHT_PER_WORKER and held_bytes < IN_FLIGHT_BYTES


def _size(path: Path) -> int:
    """The file's size as far as the bound on memory is concerned (a file that cannot be read holds nothing)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def checked_stream(paths: list[Path], identity: DistrictIdentity, workers: int,
                    cancel: threading.Event | None, editions: tuple[PolicyEdition, ...] = ()) -> Iterator[Checked]:
    """Checked files in input order; a bounded number in flight (see IN_FLIGHT_*), so memory does not grow
    with the number of files. If the worker processes fail (killed, out of memory), the rest is
    checked in this process: slower, but the batch completes."""
    cancelled = cancel.is_set if cancel is not None else (lambda: False)
    if workers <= 1:
        private = identity.private_key()
        for path in paths:
            if cancelled():
                return
            yield _safe_check(path, identity, private, editions=editions)
        return
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    # spawn: the desktop app runs Qt threads, and forking a threaded process is unsafe
    context = multiprocessing.get_context("spawn")
    window: deque[tuple[Path, int, Future[Checked]]] = deque()  # (path, its size, the worker's verdict to come)
    held_bytes = 0
    pending = iter(paths)
    leftover: list[Path] = []
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(identity, editions)) as pool:

        def hand_out() -> bool:
            """Give the next file to a worker; False when there is none left."""
            nonlocal held_bytes
            path = next(pending, None)
            if path is None:
                return False
            size = _size(path)
            future: Future[Checked]
            try:
                future = pool.submit(_check_in_worker, str(path))
            except BrokenProcessPool as exc:  # a worker died since the last verdict: this file joins the rest
                future = Future()  # checked here, in its turn (below)
                future.set_exception(exc)
            window.append((path, size, future))
            held_bytes += size
            return True

        def top_up() -> None:
            while room_for_more(len(window), held_bytes, workers) and hand_out():
                pass

        try:
            with _workers_start_deaf_to_ctrl_c():  # the pool starts its processes on these first submits
                top_up()
            while window:
                if cancelled():
                    return
                path, size, future = window.popleft()
                held_bytes -= size
                try:
                    result = future.result()
                except BrokenProcessPool:
                    leftover = [path, *(p for p, _, _ in window), *pending]
                    window.clear()
                    break
                except Exception as exc:
                    result = Checked(str(path), verdict="error", reason="internal_error",
                                     message=f"核验此文件时程序出错（{type(exc).__name__}）")
                top_up()
                yield result
        finally:
            for _, _, future in window:
                future.cancel()
    if leftover:
        private = identity.private_key()
        for path in leftover:
            if cancelled():
                return
            yield _safe_check(path, identity, private, editions=editions)


def _text(value: Any) -> str:
    """A profile field as text: a missing one (null) is empty, never "None"; a list or an object where text
    belongs is not text at all (not "['x']"); a number (a phone typed as digits) is its digits."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        return ""
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return ""


def enterprise_card(document: Mapping[str, Any]) -> dict[str, Any]:
    """The enterprise's card (name, industry, scale, contact…) from its first questionnaire's answers."""
    enterprise = document.get("enterprise") or {}
    enterprise = enterprise if isinstance(enterprise, Mapping) else {}
    industry = enterprise.get("industry") or {}
    industry = industry if isinstance(industry, Mapping) else {}
    return {"name": _text(enterprise.get("name")), "district": _text(enterprise.get("district")),
            "industry_code": _text(industry.get("code")), "industry_name": _text(industry.get("name")),
            "scale": _text(enterprise.get("scale")), "key_enterprise": int(enterprise.get("key_enterprise") is True),
            "contact": _text(enterprise.get("contact")), "phone": _text(enterprise.get("phone"))}
