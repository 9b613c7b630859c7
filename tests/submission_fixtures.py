"""Helpers for tests that need a workspace submission filled in or exported."""

from __future__ import annotations

from typing import Any

# the demo enterprise, as a manager types it into the profile
PROFILE = {"name": "南通瑞丰精密机械有限公司", "uscc": "91320685MA1R8K2X5W", "district": "海安市",
           "industry_code": "34", "scale": "规上", "contact": "陈建华", "phone": "0513-88861234"}


def fill_submission(ws: Any, period: str, answers: dict[str, dict[str, Any]]) -> None:
    """Start ``period``'s submission when needed and give every answer (questionnaire id → answers)."""
    if period not in [s.period for s in ws.submissions()]:
        ws.start_submission(period)
    for assessment, _, _ in ws.submission_parts(period):
        for question_id, value in answers.get(assessment.questionnaire_id, {}).items():
            ws.save_answer(assessment.id, question_id, value)


def record_export(ws: Any, period: str, package_id: str, file_name: str = "p.zgsz") -> dict[str, Any]:
    """Complete the period's submission and record a package for it, as an export does."""
    ws.complete_submission(period)
    return ws.mark_submission_exported(period, {"package_id": package_id, "key_fingerprint": "K7Q2-9XWM-AAAA-BBBB",
                                                "file_name": file_name})
