"""The demo: a realistic sample enterprise's complete answers for both questionnaires, scored.

The answers live as data in ``resources/demo/``; the demo checks them like any answers file,
scores them and writes answers + scores to a folder. Later issues add the PDF and the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .answers_file import AnswersDocument, load_answers_file
from .errors import UserError
from .fileio import write_json_atomic
from .jsontypes import JSONValue
from .locate import resource
from .scoring.engine import score
from .scoring.results import ScoreReport

DEMO_FILES = ("nantong-zgsz-core.answers.json", "miit-sme-2024.answers.json")


@dataclass(frozen=True)
class DemoOutput:
    questionnaire_id: str
    answers_path: Path
    scores_path: Path
    document: AnswersDocument
    report: ScoreReport


def demo_documents() -> list[AnswersDocument]:
    return [load_answers_file(resource("demo", name)) for name in DEMO_FILES]


def write_demo(out_dir: Path) -> list[DemoOutput]:
    """Write ``<questionnaire>.answers.json`` and ``<questionnaire>.scores.json`` for each demo file."""
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"输出位置 {out_dir} 已存在且不是文件夹，请换一个文件夹名")
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = []
    for document in demo_documents():
        report = score(document.questionnaire, document.answers, period=document.period)
        stem = document.questionnaire.id
        answers_path = out_dir / f"{stem}.answers.json"
        scores_path = out_dir / f"{stem}.scores.json"
        write_json_atomic(answers_path, document.to_json())
        write_json_atomic(scores_path, report.to_dict())
        outputs.append(DemoOutput(stem, answers_path, scores_path, document, report))
    return outputs


DEMO_DISTRICT_PASSPHRASE = "demo-district-2024"
DEMO_ENTERPRISE_PASSPHRASE = "demo-enterprise-2024"


@dataclass(frozen=True)
class DemoPackage:
    report: Path
    package: Path
    district_key: Path
    recipient: Path
    enterprise_key: Path
    key_id: str
    verification_code: str


def write_demo_package(out_dir: Path, outputs: list[DemoOutput]) -> DemoPackage:
    """A demo district key pair, a demo enterprise key, and a signed package of the demo assessment that
    verifies (decrypted and re-scored) — plus the PDF inside it, with its fingerprint and code."""
    import uuid
    from datetime import datetime, timezone

    from .fileio import write_bytes_atomic
    from .keys import DISTRICT_KEY_SUFFIX, RECIPIENT_SUFFIX, DistrictKey, SigningKey
    from .package.export import make_package
    from .package.format import SUFFIX
    from .package.verify import verify_bytes
    from .report import from_documents

    documents = [o.document for o in outputs]
    main = documents[0]
    district = DistrictKey.generate(str(main.enterprise["district"]), DEMO_DISTRICT_PASSPHRASE)
    signing = SigningKey.generate(DEMO_ENTERPRISE_PASSPHRASE)
    paths = {
        "district": out_dir / f"demo-district{DISTRICT_KEY_SUFFIX}",
        "recipient": out_dir / f"demo-recipient{RECIPIENT_SUFFIX}",
        "enterprise": out_dir / "demo-enterprise-key.json",
        "package": out_dir / f"demo-package{SUFFIX}",
        "report": out_dir / "demo-report.pdf",
    }
    write_json_atomic(paths["district"], district.to_json())
    write_json_atomic(paths["recipient"], district.recipient.to_json())
    write_json_atomic(paths["enterprise"], signing.to_json())
    package_id = str(uuid.uuid4())
    data, pdf, code = make_package(
        documents, signing_key=signing, private_key=signing.private_key(DEMO_ENTERPRISE_PASSPHRASE),
        recipient=district.recipient, package_id=package_id, sequence=1, supersedes=(),
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        report_for=lambda signature: from_documents(documents, signature=signature))
    verify_bytes(data, district.recipient.key_id, district.private_key(DEMO_DISTRICT_PASSPHRASE))
    write_bytes_atomic(paths["package"], data)
    write_bytes_atomic(paths["report"], pdf)
    return DemoPackage(paths["report"], paths["package"], paths["district"], paths["recipient"],
                       paths["enterprise"], signing.key_id, code)


def demo_manifest(outputs: list[DemoOutput], package: DemoPackage | None = None) -> str:
    data: dict[str, JSONValue] = {
        "enterprise": outputs[0].document.enterprise if outputs else {},
        "files": [
            {"questionnaire": o.questionnaire_id, "answers": str(o.answers_path), "scores": str(o.scores_path)}
            for o in outputs
        ],
    }
    if package is not None:
        data.update({
            "report": str(package.report),
            "package": str(package.package),
            "district_key": str(package.district_key),
            "recipient": str(package.recipient),
            "enterprise_key": str(package.enterprise_key),
            "key_fingerprint": package.key_id,
            "verification_code": package.verification_code,
            "passphrases": {"district": DEMO_DISTRICT_PASSPHRASE, "enterprise": DEMO_ENTERPRISE_PASSPHRASE},
        })
    return json.dumps(data, ensure_ascii=False, indent=2)
