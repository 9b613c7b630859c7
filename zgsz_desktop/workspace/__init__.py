"""The enterprise workspace (SQLite): profile, assessments, answers with their change log, exports.

The names below are loaded from their modules on first use (``__getattr__``), not when the package is imported:
``from zgsz_desktop.workspace import resolve_workspace_dir`` reads one small module, and the app's start-up pays
for a module only when it needs what the module holds (issue #16). A type checker sees the real imports.
"""

from typing import TYPE_CHECKING

__all__ = [
    "AnswerRejected", "Assessment", "AssessmentSummary", "BackupError", "EnterpriseProfile", "IncompleteAssessment",
    "IncompleteSubmission", "ProfileInvalid", "Submission", "SubmissionPart", "Workspace", "WorkspaceError",
    "check_profile", "create_backup", "default_workspace_dir", "industries", "make_profile", "resolve_workspace_dir",
    "restore_backup",
]

if TYPE_CHECKING:
    from .backup import BackupError, create_backup, restore_backup
    from .location import default_workspace_dir, resolve_workspace_dir
    from .profile import EnterpriseProfile, ProfileInvalid, check_profile, industries, make_profile
    from .records import Assessment, AssessmentSummary, Submission, SubmissionPart
    from .submission import IncompleteSubmission
    from .workspace import AnswerRejected, IncompleteAssessment, Workspace, WorkspaceError

_MODULES = {  # module: the names it gives this package
    "backup": ("BackupError", "create_backup", "restore_backup"),
    "location": ("default_workspace_dir", "resolve_workspace_dir"),
    "profile": ("EnterpriseProfile", "ProfileInvalid", "check_profile", "industries", "make_profile"),
    "records": ("Assessment", "AssessmentSummary", "Submission", "SubmissionPart"),
    "submission": ("IncompleteSubmission",),
    "workspace": ("AnswerRejected", "IncompleteAssessment", "Workspace", "WorkspaceError"),
}
_LATER = {name: module for module, names in _MODULES.items() for name in names}


def __getattr__(name: str) -> object:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
