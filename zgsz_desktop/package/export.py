"""Export an assessment as a report package (and the matching PDF to print, sign and stamp)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..answers_file import AnswersDocument
from ..errors import UserError
from ..fileio import write_bytes_atomic
from ..report import ReportData, SignatureInfo, build_report
from ..scoring.engine import score
from .build import PackageHeader, build_package, canonical_json
from .format import SUFFIX, sha256_hex, verification_code
from .keys import Recipient, SigningKey, check_new_passphrase


class ExportRefused(UserError, ValueError):
    pass


class ExportCancelled(UserError, ValueError):
    """The user cancelled; nothing was written."""


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


def make_package(document: AnswersDocument, *, signing_key: SigningKey, private_key: Any, recipient: Recipient,
                 package_id: str, sequence: int, supersedes: str | None, created_at: str,
                 report_for: Callable[[SignatureInfo], ReportData]) -> tuple[bytes, bytes, str]:
    """The package bytes, the PDF bytes inside it, and the verification code printed on that PDF."""
    import io

    answers_bytes = canonical_json(document.to_json())
    scores_bytes = canonical_json(score(document.questionnaire, document.answers).to_dict())
    code = verification_code(package_id, signing_key.key_id, sha256_hex(answers_bytes), sha256_hex(scores_bytes))
    pdf = io.BytesIO()
    build_report(report_for(SignatureInfo(signing_key.key_id, code, package_id)), pdf)
    enterprise = document.enterprise
    header = PackageHeader(
        package_id=package_id, sequence=sequence, supersedes=supersedes, created_at=created_at,
        enterprise={"name": str(enterprise["name"]), "uscc": str(enterprise["uscc"]),
                    "district": str(enterprise["district"])},
        period=document.period,
        questionnaire={"id": document.questionnaire.id, "version": document.questionnaire.version,
                       "hash": document.questionnaire.content_hash},
        recipient=recipient, verification_code=code,
    )
    files = {"answers.json": answers_bytes, "scores.json": scores_bytes, "report.pdf": pdf.getvalue()}
    return build_package(header, files, signing_key, private_key), pdf.getvalue(), code


def ensure_signing_key(workspace: Any, passphrase: str) -> SigningKey:
    """The workspace's signing key, created (sealed under ``passphrase``) on first use."""
    key = workspace.signing_key()
    if key is None:
        check_new_passphrase(passphrase)
        key = SigningKey.generate(passphrase)
        workspace.store_signing_key(key)
    return key


def default_file_stem(enterprise_name: str, period: str, questionnaire_short: str, sequence: int) -> str:
    safe = "".join(ch for ch in f"{enterprise_name}-{period}-{questionnaire_short}" if ch not in '\\/:*?"<>|')
    return f"{safe}-第{sequence}次报送"


def check_exportable(workspace: Any, assessment_id: int, recipient: Recipient) -> tuple[Any, Any]:
    """The profile and assessment, when the assessment may be exported to ``recipient``."""
    profile = workspace.profile()
    if profile is None:
        raise ExportRefused("请先填写企业信息")
    assessment = workspace.assessment(assessment_id)
    if assessment.status == "draft":
        raise ExportRefused("评估尚未标记为“已完成”，请先完成全部必答题并标记完成，再导出报告包")
    if recipient.district != profile.district:
        raise ExportRefused(f"接收方文件属于{recipient.district}，而企业所属地区为{profile.district}；"
                            "请向所属地区工信部门索取接收方文件")
    return profile, assessment


def export_assessment(workspace: Any, assessment_id: int, recipient: Recipient, passphrase: str, out: Path | None,
                      *, pdf: bool = True, now: datetime | None = None, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Sign, encrypt and write the package for a completed assessment; record it in the workspace.

    Everything that can fail for the user (no profile, draft assessment, wrong district, wrong
    passphrase) is checked before any file is written. ``progress`` reports the stages; ``cancelled``
    is polled between them, and a cancel before the files are written leaves nothing behind.
    """
    def step(percent: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("已取消导出，未写入任何文件")
        if progress is not None:
            progress(percent, text)

    step(5, "检查评估与密钥")
    profile, assessment = check_exportable(workspace, assessment_id, recipient)
    key = workspace.signing_key()
    if key is None:
        raise ExportRefused("尚未创建企业签名密钥：首次导出时请设置密钥密码（zgsz keys init）")
    private = key.private_key(passphrase)  # WrongPassphrase before anything is written
    questionnaire = workspace.questionnaire_for(assessment)
    document = AnswersDocument(questionnaire, workspace.answers(assessment.id), assessment.period,
                               profile.for_answers_file())
    previous = workspace.last_export_for(assessment.questionnaire_id, assessment.period)
    sequence = workspace.next_export_sequence()
    package_id = str(uuid.uuid4())
    created = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")

    from ..report import from_workspace

    step(20, "生成报告并签名加密")
    data, pdf_bytes, code = make_package(
        document, signing_key=key, private_key=private, recipient=recipient, package_id=package_id,
        sequence=sequence, supersedes=previous["package_id"] if previous else None, created_at=created,
        report_for=lambda signature: from_workspace(workspace, assessment.id, signature=signature))
    if out is None:
        out = Path.cwd() / (default_file_stem(profile.name, assessment.period, questionnaire.short_title, sequence)
                            + SUFFIX)
    elif out.suffix != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    pdf_path = out.with_suffix(".pdf") if pdf else None
    step(85, "写入文件")
    try:
        write_bytes_atomic(out, data)
    except OSError as exc:
        raise ExportRefused(f"无法写入 {out.parent}（{exc.strerror or exc}）。请换一个可以写入的文件夹。") from exc
    try:
        workspace.mark_exported(assessment.id, {"package_id": package_id, "key_fingerprint": key.key_id,
                                                "file_name": out.name, "created_at": created},
                                expected_sequence=sequence)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    if pdf_path is not None:
        try:
            write_bytes_atomic(pdf_path, pdf_bytes)
        except OSError as exc:
            raise ExportRefused(f"报告包已写入 {out}，但 PDF 无法写入（{exc.strerror or exc}）") from exc
    if progress is not None:
        progress(100, "完成")
    return ExportResult(out, pdf_path, package_id, sequence, key.key_id, code, len(data))
