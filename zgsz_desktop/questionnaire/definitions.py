"""The definitions shipped in ``assessments/`` (current ones and the ``archive/`` of earlier versions), each
loaded once per process, and finding one by id and version."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..locate import assessments_dir
from .definition_errors import DefinitionError, Problem
from .model import Questionnaire
from .parsing import load_definition


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


ARCHIVE = "archive"  # earlier versions: still read, so old workspaces and packages can be scored again


def load_directory(directory: Path) -> list[Questionnaire]:
    """Every ``*.yaml`` definition in ``directory`` and its ``archive/`` folder, sorted by id then version.

    Raises on the first broken file, and when two files declare the same id and version.
    """
    loaded: list[Questionnaire] = []
    seen: dict[tuple[str, str], Path] = {}
    for path in [*sorted(directory.glob("*.yaml")), *sorted((directory / ARCHIVE).glob("*.yaml"))]:
        questionnaire = load_definition(path)
        key = (questionnaire.id, questionnaire.version)
        if key in seen:
            raise DefinitionError(path, [Problem("id/version", None,
                                                 f"{questionnaire.ref} 与 {seen[key].name} 重复")])
        seen[key] = path
        loaded.append(questionnaire)
    return sorted(loaded, key=lambda q: (q.id, version_key(q.version)))


@cache
def shipped_questionnaires() -> tuple[Questionnaire, ...]:
    """The definitions shipped in ``assessments/``, loaded once per process."""
    return tuple(load_directory(assessments_dir()))


@cache
def current_questionnaires() -> tuple[Questionnaire, ...]:
    """The current definitions only (``assessments/*.yaml``, not the archive): what a new assessment uses and
    what most processes ever need. The archive (earlier versions, for old workspaces and packages) is read the
    first time something asks for an earlier version — a third of the cost at start-up and in each worker."""
    return tuple(sorted((load_definition(path) for path in sorted(assessments_dir().glob("*.yaml"))),
                        key=lambda q: (q.id, version_key(q.version))))


def get_questionnaire(questionnaire_id: str, version: str | None = None) -> Questionnaire:
    """A shipped definition by id (newest version unless ``version`` is given). The current folder holds the
    newest version of each questionnaire (tests/test_definitions.py checks it), so the archive is read only
    for an earlier version."""
    current = [q for q in current_questionnaires()
               if q.id == questionnaire_id and (version is None or q.version == version)]
    if current:
        return current[-1]
    matches = [q for q in shipped_questionnaires() if q.id == questionnaire_id]
    if version is not None:
        matches = [q for q in matches if q.version == version]
    if not matches:
        available = ", ".join(q.ref for q in shipped_questionnaires())
        wanted = f"{questionnaire_id}@{version}" if version else questionnaire_id
        raise KeyError(f"没有问卷 {wanted}（已安装：{available}）")
    return matches[-1]
