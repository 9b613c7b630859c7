"""Check every shipped questionnaire definition against the JSON Schema and write the list of their content
hashes (``assessments/schema/validated.txt``), which lets the app skip the schema check for exactly these
definitions at run time (see ``questionnaire.loader.schema_validated_hashes``).

Run after changing a definition in ``assessments/``: ``python tools/validated_definitions.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    import yaml

    from zgsz_desktop.questionnaire import loader
    from zgsz_desktop.questionnaire.hashing import content_hash
    from zgsz_desktop.questionnaire.schema_gate import schema_problems

    folder = ROOT / "assessments"
    lines = ["# Content hashes of the shipped definitions checked against questionnaire.schema.json.",
             "# Written by tools/validated_definitions.py; tests/test_definitions.py fails when it is stale."]
    for path in [*sorted(folder.glob("*.yaml")), *sorted((folder / loader.ARCHIVE).glob("*.yaml"))]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems = schema_problems(data, None)
        if problems:
            print(f"{path}: {problems[0]}", file=sys.stderr)
            return 1
        lines.append(f"{path.relative_to(folder)} {content_hash(data)}")
    (folder / "schema" / "validated.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 2} hashes to assessments/schema/validated.txt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
