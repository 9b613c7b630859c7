"""The enterprise workspace (SQLite): profile, assessments, answers with their change log, exports."""

from typing import TYPE_CHECKING

from .location import default_workspace_dir, resolve_workspace_dir
from .profile import EnterpriseProfile, ProfileInvalid, check_profile, industries, make_profile
from .submission import IncompleteSubmission, Submission, SubmissionPart
from .workspace import (
    AnswerRejected,
    Assessment,
    AssessmentSummary,
    IncompleteAssessment,
    Workspace,
    WorkspaceError,
)

__all__ = [
    "AnswerRejected", "Assessment", "AssessmentSummary", "BackupError", "EnterpriseProfile", "IncompleteAssessment",
    "IncompleteSubmission", "ProfileInvalid", "Submission", "SubmissionPart", "Workspace", "WorkspaceError",
    "check_profile", "create_backup", "default_workspace_dir", "industries", "make_profile", "resolve_workspace_dir",
    "restore_backup",
]

if TYPE_CHECKING:  # loaded on first use (below); a type checker sees their real types
    from .backup import BackupError, create_backup, restore_backup

_LATER = {"BackupError", "create_backup", "restore_backup"}  # backup.py (zipfile, tempfile…): not at app start-up


def __getattr__(name: str) -> object:
    if name in _LATER:
        from . import backup

        return getattr(backup, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
