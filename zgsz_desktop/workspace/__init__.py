"""The enterprise workspace (SQLite): profile, assessments, answers with their change log, exports."""

from .backup import BackupError, create_backup, restore_backup
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
