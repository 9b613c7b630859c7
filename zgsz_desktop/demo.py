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
        report = score(document.questionnaire, document.answers)
        stem = document.questionnaire.id
        answers_path = out_dir / f"{stem}.answers.json"
        scores_path = out_dir / f"{stem}.scores.json"
        write_json_atomic(answers_path, document.to_json())
        write_json_atomic(scores_path, report.to_dict())
        outputs.append(DemoOutput(stem, answers_path, scores_path, document, report))
    return outputs


def write_demo_report(out_dir: Path, outputs: list[DemoOutput]) -> Path:
    """The demo enterprise's PDF report (core indicators with the MIIT level of the same period)."""
    from .report import build_report, from_documents

    path = out_dir / "demo-report.pdf"
    build_report(from_documents([o.document for o in outputs]), path)
    return path


def demo_manifest(outputs: list[DemoOutput], report: Path | None = None) -> str:
    data = {
        "enterprise": outputs[0].document.enterprise if outputs else {},
        "files": [
            {"questionnaire": o.questionnaire_id, "answers": str(o.answers_path), "scores": str(o.scores_path)}
            for o in outputs
        ],
        "report": str(report) if report else None,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
