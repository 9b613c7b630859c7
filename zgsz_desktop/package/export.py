"""Export a submission (报送) as one report package, and the one PDF to print, sign and stamp.

One enterprise, one period, every questionnaire of the submission: one ``.zgsz`` file (format 2), one PDF,
one verification code, numbered 第N次报送 within the period.
"""

from __future__ import annotations

import io
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..answers_file import AnswersDocument
from ..errors import UserError
from ..fileio import replace_retrying, write_bytes_atomic
from ..keys import Recipient, SigningKey, b64, check_new_passphrase
from ..messages import say
from ..report import ReportData, SignatureInfo, build_report
from .build import EvidenceFile, PackageHeader, build_package, canonical_json
from .format import (
    ANSWERS_FORMAT,
    EVIDENCE_FORMAT_VERSION,
    FORMAT_VERSION,
    SCORES_FORMAT,
    SUFFIX,
    sha256_hex,
    verification_code,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ..questionnaire.submission import SubmissionCheck
    from ..workspace.profile import EnterpriseProfile
    from ..workspace.records import Submission
    from ..workspace.workspace import Workspace


class ExportRefused(UserError, ValueError):
    pass


class ExportCancelled(UserError, ValueError):
    """The user cancelled; nothing was written."""


class SubmissionNotReady(ExportRefused):
    """The submission cannot be completed yet; ``check`` lists what is left (for the UI to offer to finish)."""

    def __init__(self, message: str, check: SubmissionCheck):
        super().__init__(message)
        self.check = check


Progress = Callable[[int, str], None]  # (percent, what is happening) — called from the working thread


@dataclass(frozen=True)
class ExportResult:
    package_path: Path
    pdf_path: Path | None
    package_id: str
    sequence: int
    key_id: str
    verification_code: str
    size: int
    period: str = ""
    questionnaires: tuple[str, ...] = ()
    evidence_count: int = 0  # 佐证材料 carried in the package
    evidence_bytes: int = 0


def answers_document(documents: Sequence[AnswersDocument]) -> dict[str, Any]:
    """The submission's answers (``answers.json`` of a format-2 package)."""
    first = documents[0]
    return {"format": ANSWERS_FORMAT, "period": first.period, "enterprise": dict(first.enterprise),
            "parts": [d.to_json() for d in documents]}


# Added to scores in 0.3 (policy editions). A district still on 0.2 compares a package's scores with its own
# re-scoring key by key, so these stay out of ``scores.json``: the district re-scores against its own edition
# anyway, and the report inside the package names the edition for the reader.
NEWER_SCORE_KEYS = ("edition",)
NEWER_BENCHMARK_KEYS = ("basis", "source", "confidence", "reference_only")


def _in_older_shape(scores: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in scores.items() if k not in NEWER_SCORE_KEYS}
    kept["modules"] = [{k: v for k, v in m.items() if k not in NEWER_BENCHMARK_KEYS} if m.get("kind") == "benchmark"
                       else m for m in scores["modules"]]
    return kept


def scores_document(documents: Sequence[AnswersDocument]) -> dict[str, Any]:
    """The submission's scores (``scores.json``): each questionnaire's report, and the contradictions
    found across them (each questionnaire's own are in its report)."""
    from ..questionnaire.consistency import submission_findings
    from ..scoring.engine import score

    # refuses answers that do not fit
    parts = [_in_older_shape(score(d.questionnaire, d.answers, period=d.period).to_dict()) for d in documents]
    cross = submission_findings([(d.questionnaire, d.answers) for d in documents], cross_only=True)
    return {"format": SCORES_FORMAT, "period": documents[0].period, "parts": parts,
            "cross_checks": [f.to_dict() for f in cross]}


def make_package(documents: Sequence[AnswersDocument], *, signing_key: SigningKey, private_key: Ed25519PrivateKey,
                 recipient: Recipient, package_id: str, sequence: int, supersedes: Sequence[str], created_at: str,
                 report_for: Callable[[SignatureInfo], ReportData] | None = None,
                 report_pdf: bytes | None = None, evidence: Sequence[EvidenceFile] = ()) -> tuple[bytes, bytes, str]:
    """The package bytes, the PDF bytes inside it, and the verification code printed on that PDF.
    ``documents`` are the submission's questionnaires (same enterprise and period), in order; the PDF is
    built by ``report_for`` (given the signature block it prints) unless ``report_pdf`` is given.
    ``evidence`` (佐证材料) makes the package format 3; without it, it is format 2 as before."""
    if not documents:
        raise ExportRefused(say("报送中没有问卷"))
    first = documents[0]
    if any(d.period != first.period or d.enterprise.get("uscc") != first.enterprise.get("uscc") for d in documents):
        raise ExportRefused(say("报送中的问卷属于不同企业或不同评估期"))
    answers_bytes = canonical_json(answers_document(documents))
    scores_bytes = canonical_json(scores_document(documents))
    code = verification_code(package_id, b64(signing_key.public_raw), sha256_hex(answers_bytes),
                             sha256_hex(scores_bytes))
    if report_pdf is None:
        if report_for is None:
            raise ValueError("report_for or report_pdf is needed")
        buffer = io.BytesIO()
        build_report(report_for(SignatureInfo(signing_key.key_id, code, package_id, sequence)), buffer)
        report_pdf = buffer.getvalue()
    enterprise = first.enterprise
    header = PackageHeader(
        package_id=package_id, sequence=sequence, supersedes=tuple(supersedes), created_at=created_at,
        enterprise={"name": str(enterprise["name"]), "uscc": str(enterprise["uscc"]),
                    "district": str(enterprise["district"])},
        period=first.period,
        questionnaires=[{"id": d.questionnaire.id, "version": d.questionnaire.version,
                         "hash": d.questionnaire.content_hash} for d in documents],
        recipient=recipient, verification_code=code,
    )
    files = {"answers.json": answers_bytes, "scores.json": scores_bytes, "report.pdf": report_pdf}
    return build_package(header, files, signing_key, private_key, evidence), report_pdf, code


def _write_pending(out: Path, data: bytes) -> Path:
    """``data`` written and flushed to a new file beside ``out`` (never an existing one)."""
    import tempfile

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{out.stem}.", suffix=".zgsz-part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def superseded_packages(earlier: Sequence[Mapping[str, Any]]) -> list[str]:
    """The packages a new one replaces at the district: for each questionnaire, the newest package that
    carried it (one package after a format-2 export; two after release 0.1's pair)."""
    newest: dict[str, str] = {}
    for record in earlier:  # oldest first
        for questionnaire in record["questionnaires"]:
            newest[str(questionnaire).split("@")[0]] = record["package_id"]
    return list(dict.fromkeys(newest.values()))


def replace_signing_key(workspace: Workspace, passphrase: str) -> SigningKey:
    """A new signing key for an enterprise whose passphrase is forgotten (or whose key is lost). The
    district has pinned the old key: it holds the next package until it has checked the stamped paper
    report (fingerprint and 核验码), then accepts it as the newest version."""
    check_new_passphrase(passphrase)
    key = SigningKey.generate(passphrase)
    workspace.store_signing_key(key, replace=True)
    return key


def ensure_signing_key(workspace: Workspace, passphrase: str) -> SigningKey:
    """The workspace's signing key, created (sealed under ``passphrase``) on first use."""
    key = workspace.signing_key()
    if key is None:
        check_new_passphrase(passphrase)
        key = SigningKey.generate(passphrase)
        workspace.store_signing_key(key)
    return key


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]')


def default_file_stem(enterprise_name: str, period: str, sequence: int) -> str:
    """``企业名称-2025年度-第1次报送``: no character Windows refuses in a file name, no invisible or
    direction-changing character, not too long for a deep folder."""
    name = _UNSAFE.sub("", enterprise_name).strip(" .")[:40] or "企业"
    return f"{name}-{_UNSAFE.sub('', period)}-第{sequence}次报送"


def check_exportable(workspace: Workspace, period: str,
                     recipient: Recipient) -> tuple[EnterpriseProfile, Submission]:
    """The profile and the submission, when the submission may be exported to ``recipient``.
    A submission that is not complete yet raises :class:`SubmissionNotReady` with what is left."""
    profile = workspace.profile()
    if profile is None:
        raise ExportRefused(say("请先填写企业信息"))
    if recipient.district != profile.district:
        raise ExportRefused(say("这份区县文件是{district}工信部门的，而企业所属地区为{own}。"
                                "请向{own}工信部门索取他们的区县文件（.zgszkey）",
                                district=recipient.district, own=profile.district))
    submission = workspace.submission(period)
    if not submission.check.ok:
        raise SubmissionNotReady(say("{period}的报送还不能导出：{summary}", period=submission.period,
                                     summary=submission.check.summary()), submission.check)
    return profile, submission


def _remember_recipient(workspace: Workspace, recipient: Recipient) -> None:
    """The district file the package went to becomes one this workspace trusts to check the district's receipts
    (``package/trust.py``). The package is written either way: a file that disagrees with the remembered one
    about the district's signing key is said when a receipt is imported, where it matters."""
    import logging

    from ..workspace.storage import StorageError
    from .trust import RecipientConflict, remember_recipient

    try:
        remember_recipient(workspace, recipient, "export")
    except (RecipientConflict, StorageError) as exc:
        logging.getLogger(__name__).warning("recipient file not remembered: %s", exc)


def export_submission(workspace: Workspace, period: str, recipient: Recipient, passphrase: str, out: Path | None, *,
                      pdf: bool = True, now: datetime | None = None, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Complete (when it can be), sign, encrypt and write the period's package; record it in the workspace.

    Everything that can fail for the user (no profile, blanks or contradictions left, wrong district,
    wrong passphrase) is checked before any file is written. ``progress`` reports the stages;
    ``cancelled`` is polled between them, and a cancel before the files are written leaves nothing behind.
    """
    from ..report import from_submission

    def step(percent: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(say("已取消导出，未写入任何文件"))
        if progress is not None:
            progress(percent, text)

    step(5, say("检查报送内容与密钥"))
    profile, submission = check_exportable(workspace, period, recipient)
    key = workspace.signing_key()
    if key is None:
        raise ExportRefused(say("尚未创建企业签名密钥：首次导出时请设置密钥密码（zgsz keys init）"))
    private = key.private_key(passphrase)  # WrongPassphrase before anything is written
    submission = workspace.complete_submission(submission.period)  # 已完成: the check passed
    parts = workspace.submission_parts(submission.period)
    documents = [AnswersDocument(questionnaire, answers, submission.period, profile.for_answers_file())
                 for _, questionnaire, answers in parts]
    hashes = {a.questionnaire_id: a.questionnaire_hash for a, _, _ in parts}
    supersedes = superseded_packages(workspace.submission_exports(submission.period))
    sequence = workspace.next_sequence(submission.period)
    package_id = str(uuid.uuid4())
    created = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")

    from ..workspace.attachments import evidence_files

    evidence = evidence_files(workspace, submission.period)  # 佐证材料: format 3 when there are any
    step(20, say("生成报告并签名加密"))
    data, pdf_bytes, code = make_package(
        documents, signing_key=key, private_key=private, recipient=recipient, package_id=package_id,
        sequence=sequence, supersedes=supersedes, created_at=created,
        report_for=lambda signature: from_submission(workspace, submission.period, signature=signature,
                                                     created_at=datetime.fromisoformat(created)),
        evidence=evidence)
    step(85, say("写入文件"))
    if out is None:
        out = Path.cwd() / (default_file_stem(profile.name, submission.period, sequence) + SUFFIX)
    elif out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    pdf_path = out.with_suffix(".pdf") if pdf else None
    # Two steps: the package goes to a file of its own first, and takes its name only once the workspace has
    # recorded it — an export refused at that point (another window took the number) never touches the
    # file another export has written under the same name.
    try:
        pending = _write_pending(out, data)
    except OSError as exc:
        raise ExportRefused(say("无法写入 {folder}（{reason}）。请换一个可以写入的文件夹。", folder=str(out.parent),
                                    reason=exc.strerror or str(exc))) from exc
    try:
        workspace.mark_submission_exported(
            submission.period, {"package_id": package_id, "key_fingerprint": key.key_id, "file_name": out.name,
                                "verification_code": code, "created_at": created,
                                "recipient_key_id": recipient.key_id,
                                "format_version": EVIDENCE_FORMAT_VERSION if evidence else FORMAT_VERSION},
            expected_sequence=sequence, expected_hashes=hashes)
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    try:
        replace_retrying(pending, out)
    except OSError as exc:
        raise ExportRefused(say("报告包已记录为第{sequence}次报送，但无法以 {name} 保存"
                                "（{reason}，文件可能正被打开）。报告包在 {pending}，"
                                "请关闭占用的程序后把它改名为 {name}。", sequence=sequence, name=out.name,
                                reason=exc.strerror or str(exc), pending=str(pending))) from exc
    _remember_recipient(workspace, recipient)
    if pdf_path is not None:
        try:
            write_bytes_atomic(pdf_path, pdf_bytes)
        except OSError as exc:
            raise ExportRefused(say("报告包已写入 {path}，但 PDF 无法写入（{reason}）", path=str(out),
                                    reason=exc.strerror or str(exc))) from exc
    if progress is not None:
        progress(100, say("完成"))
    return ExportResult(out, pdf_path, package_id, sequence, key.key_id, code, len(data), submission.period,
                        tuple(d.questionnaire.id for d in documents),
                        evidence_count=len(evidence), evidence_bytes=sum(len(f.data) for f in evidence))
