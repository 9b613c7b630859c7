"""What the home page shows of each submission (报送), and a cache of it that lets the app paint the home page
at start without reading the questionnaire definitions.

A :class:`SubmissionOverview` is the part of a :class:`~.records.Submission` the home page shows: the
period, the stage, each questionnaire's title, completion and blanks, how many blanks, wrong answers and
contradictions the check found, and the last package. Computing it needs the definitions parsed (~0.1 s on a
cold start, more than the rest of the start-up); it is a pure function of

* the workspace's rows it is computed from (submissions, assessments, answers, exports),
* the definitions and the submission spec shipped with the installation, and this release's code,

so it is kept in ``overview-cache.json`` in the workspace folder under a fingerprint of exactly these
(:func:`fingerprint`: one small query over those rows, the bytes of the shipped files, the version). At start
the fingerprint is computed again; when it matches, the cached overview *is* what computing would give, and
the home page paints from it. Anything that changes one of the inputs (an answer saved here or from the
command line, a restore, an upgrade) changes the fingerprint, and the overview is computed again.

The file also keeps the names of the industry codes (``profile.industries()``, for the enterprise card), under
the BLAKE2b hash of the shipped list: reading them from YAML at start costs as much as painting the page.

The cache is not part of the workspace's data: it is not backed up, a missing, unreadable or foreign file is
ignored, and writing it is best effort (a read-only folder just means no cache).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import storage
from .submission import HAND_IN, STAGE_LABELS

if TYPE_CHECKING:
    from .records import Submission

CACHE_NAME = "overview-cache.json"
FORMAT = "zgsz-overview-cache/1"  # change it whenever SubmissionOverview or how it is computed changes
SPEC = "submission.yaml"  # resources/: which questionnaires a submission holds
INDUSTRIES = "industries-gb4754-2017.yaml"  # resources/: the industry codes' names (profile.industries)


@dataclass(frozen=True)
class PartOverview:
    """One questionnaire of a submission, as the home page shows it."""

    questionnaire_id: str
    title: str
    short_title: str
    status: str | None  # the assessment's status; None: not started yet
    completion: float  # share of visible required questions answered
    blanks: int  # required questions without an answer

    @property
    def started(self) -> bool:
        return self.status is not None


@dataclass(frozen=True)
class SubmissionOverview:
    period: str
    stage: str  # FILL, CHECK, EXPORT or HAND_IN
    parts: tuple[PartOverview, ...]
    blanks: int  # what the submission check found: required questions without an answer,
    problems: int  # answers that do not fit their question,
    errors: int  # contradictions that stop completion
    last_export: Mapping[str, Any] | None  # the record of the period's last package
    exports: int  # packages exported for this period

    @property
    def stage_label(self) -> str:
        return STAGE_LABELS[self.stage]

    @property
    def changed_since_export(self) -> bool:
        return self.last_export is not None and self.stage != HAND_IN

    def to_json(self) -> dict[str, Any]:
        return {"period": self.period, "stage": self.stage, "blanks": self.blanks, "problems": self.problems,
                "errors": self.errors, "last_export": dict(self.last_export) if self.last_export else None,
                "exports": self.exports,
                "parts": [{"questionnaire_id": p.questionnaire_id, "title": p.title, "short_title": p.short_title,
                           "status": p.status, "completion": p.completion, "blanks": p.blanks} for p in self.parts]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SubmissionOverview:
        """An overview as the cache file says it, every value checked (the file is outside the database: a
        forged or damaged one must never reach the page as a NaN progress bar or an export without a number);
        ValueError when anything is off."""
        from ..periods import check_period

        if data["stage"] not in STAGE_LABELS:
            raise ValueError(data["stage"])
        period = _text(data["period"])
        if check_period(period):
            raise ValueError("period")
        parts = tuple(PartOverview(_text(p["questionnaire_id"]), _text(p["title"]), _text(p["short_title"]),
                                   None if p["status"] is None else _text(p["status"]), _share(p["completion"]),
                                   _count(p["blanks"])) for p in data["parts"])
        last = data["last_export"]
        if last is not None and not (isinstance(last, Mapping) and _count(last["sequence"]) >= 1
                                     and _text(last["created_at"]) and _text(last["file_name"])):
            raise ValueError("last_export")
        return cls(period, str(data["stage"]), parts, _count(data["blanks"]), _count(data["problems"]),
                   _count(data["errors"]), dict(last) if last is not None else None, _count(data["exports"]))


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.isprintable() or len(value) > 500:
        raise ValueError("text")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or not 0 <= value < 1_000_000:
        raise ValueError("count")
    return value


def _share(value: Any) -> float:
    if type(value) not in (int, float) or not 0.0 <= value <= 1.0:  # NaN fails both comparisons
        raise ValueError("share")
    return float(value)


def overview_of(submission: Submission) -> SubmissionOverview:
    """The overview of a :class:`~.records.Submission`."""
    check = submission.check
    parts = tuple(PartOverview(p.questionnaire_id, p.title, p.short_title,
                               p.assessment.status if p.assessment is not None else None, p.completion, p.blanks)
                  for p in submission.parts)
    last = submission.last_export
    return SubmissionOverview(submission.period, submission.stage, parts, len(check.blanks), len(check.problems),
                              len(check.errors), dict(last) if last is not None else None, submission.exports)


# ---------------------------------------------------------------------------------------------- the cache


def _shipped_files() -> list[Path]:
    """The files an overview depends on besides the workspace: the current definitions and the spec."""
    from ..locate import assessments_dir, resource

    return [*sorted(assessments_dir().glob("*.yaml")), resource(SPEC)]


def _blake2b(data: bytes = b"") -> Any:
    """BLAKE2b (a cryptographic hash, as hashlib's). From CPython's own ``_blake2`` module when there is one:
    ``hashlib`` loads OpenSSL on import (3–4 ms on the way to the home page's first paint, issue #16)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python implementation
        from hashlib import blake2b
    return blake2b(data)


def fingerprint(db: storage.Database) -> str:
    """BLAKE2b over everything an overview is computed from (see the module docstring)."""
    from .. import __version__

    digest = _blake2b(f"{FORMAT}\0{__version__}\0".encode())
    for path in _shipped_files():
        try:
            content = path.read_bytes()
        except OSError:
            content = b"\0missing"
        digest.update(f"{path.name}\0{len(content)}\0".encode())
        digest.update(content)
    for rows in storage.overview_inputs(db):
        digest.update(repr(rows).encode())
    return str(digest.hexdigest())


MAX_CACHE_BYTES = 1024 * 1024  # a real cache is a few KB


def _read(directory: Path) -> dict[str, Any] | None:
    """The cache file's content, or None for anything that is not a small regular file holding our JSON (a
    pipe must not hang the start, a huge file must not fill memory, and nothing in it may raise)."""
    import stat

    from ..fileio import read_at_most

    global _last_read
    path = Path(directory) / CACHE_NAME
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            return None
        seen = (str(path), status.st_mtime_ns, status.st_size)
        if _last_read is not None and _last_read[0] == seen:  # the start reads it twice (overviews, industries)
            return _last_read[1]
        raw = read_at_most(path, MAX_CACHE_BYTES, "缓存")
        if len(raw) > MAX_CACHE_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
    except Exception:  # OSError, UserError, ValueError, RecursionError (a deeply nested file): no cache
        return None
    found = data if isinstance(data, dict) and data.get("format") == FORMAT else None
    _last_read = (seen, found)
    return found


_last_read: tuple[tuple[str, int, int], dict[str, Any] | None] | None = None  # _read's last file and its content


def read_cached(directory: Path, expected: str) -> list[SubmissionOverview] | None:
    """The cached overviews when they were computed under the fingerprint ``expected``; None otherwise
    (no cache, another fingerprint, or a file that cannot be read)."""
    data = _read(directory)
    if data is None or data.get("fingerprint") != expected:
        return None
    try:
        return [SubmissionOverview.from_json(item) for item in data["submissions"]]
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def _industries_key() -> str:
    from ..locate import resource

    try:
        return str(_blake2b(resource(INDUSTRIES).read_bytes()).hexdigest())
    except OSError:
        return ""


def cached_industry_names(directory: Path) -> dict[str, str] | None:
    """``profile.industries()`` as the cache holds it, when it was read from the list as it is installed now."""
    data = _read(directory)
    found = data.get("industries") if data is not None else None
    if not isinstance(found, dict) or not found.get("key") or found.get("key") != _industries_key():
        return None
    names = found.get("names")
    if not isinstance(names, dict) or not all(isinstance(k, str) and k.isalnum() and len(k) <= 8 and isinstance(v, str)
                                              and v.isprintable() and len(v) <= 60 for k, v in names.items()):
        return None
    return dict(names)


def write_cached(directory: Path, key: str, overviews: Sequence[SubmissionOverview]) -> None:
    """Keep ``overviews`` (computed under fingerprint ``key``) for the next start; best effort."""
    from .profile import industries

    path = Path(directory) / CACHE_NAME
    try:
        names: dict[str, Any] | None = {"key": _industries_key(), "names": industries()}
    except Exception:  # a damaged installation: no names kept (the card reads the list itself and fails there)
        names = None
    text = json.dumps({"format": FORMAT, "fingerprint": key, "submissions": [o.to_json() for o in overviews],
                       "industries": names}, ensure_ascii=False, sort_keys=True)
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, ValueError):
        pass
    import tempfile

    partial = None
    try:
        handle, partial = tempfile.mkstemp(prefix=f".{CACHE_NAME}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(partial, path)  # whole or not at all: a reader never sees half a file
    except OSError:
        if partial is not None:
            try:
                os.unlink(partial)
            except OSError:
                pass
