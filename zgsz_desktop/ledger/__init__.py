"""Equipment ledger import (设备台账导入, issue #20): read a ledger, map its columns, classify its rows to key
processes and fill ``cnc.key_processes`` with the counts, every row explained. No Qt here."""

from .counting import (
    COUNTED,
    LEFT_OUT,
    Entry,
    LedgerCount,
    ProcessTotal,
    Records,
    count,
    default_classification,
    non_production_reason,
    quantity_of,
)
from .header import FIELD_LABELS, FIELDS, Header, unmapped_columns
from .reading import LedgerCancelled, LedgerFile, LedgerFileError, open_ledger
from .service import (
    LedgerPreview,
    ReplaceNeeded,
    core_assessment,
    current_table,
    file_sha256,
    fill_key_processes,
    inspect,
    read,
    remember,
    remembered_classification,
    remembered_layouts,
)

__all__ = [
    "COUNTED", "FIELDS", "FIELD_LABELS", "LEFT_OUT", "Entry", "Header", "LedgerCancelled", "LedgerCount",
    "LedgerFile", "LedgerFileError", "LedgerPreview", "ProcessTotal", "Records", "ReplaceNeeded", "core_assessment",
    "count", "current_table", "default_classification", "file_sha256", "fill_key_processes", "inspect",
    "non_production_reason", "open_ledger", "quantity_of", "read", "remember", "remembered_classification",
    "remembered_layouts", "unmapped_columns",
]
