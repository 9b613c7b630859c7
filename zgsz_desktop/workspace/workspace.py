"""The enterprise workspace: profile, assessments, answers saved one at a time, change log, exports.

Contract: every write method checks its input inside the same write transaction that applies it
(so two windows, or the app and the command line, cannot interleave), raises a typed error with a
Chinese message and changes nothing when refused; when it returns, the change is committed and
durable (see ``storage``). Nothing here imports Qt: the desktop app and the CLI share it. One ``Workspace``
object owns one connection; use it from one thread at a time (the UI runs it on a single worker).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..jsontypes import JSONValue
from ..messages import say
from ..periods import check_period, normalise_period, period_key, period_kind
from . import locks, storage
from .profile import EnterpriseProfile, check_profile, make_profile
from .submission import SubmissionMixin

if TYPE_CHECKING:
    from ..keys import SigningKey
    from ..questionnaire.model import Questionnaire
    from .records import AnswerDiff, Assessment, AssessmentSummary, VersionImpact

# The questionnaire modules (definitions, answer rules, YAML) are imported where they are used, not here:
# opening a workspace and reading its profile and home-page overview needs none of them (app start-up).

DB_NAME = "workspace.sqlite"
BACKUPS_DIR = "backups"

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def _json(value: JSONValue) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class WorkspaceError(UserError, ValueError):
    """An operation was refused; the message says why, in Chinese."""


class AnswerRejected(WorkspaceError):
    def __init__(self, question_id: str, messages: list[str]):
        self.question_id = question_id
        self.messages = messages
        super().__init__(messages[0] if len(messages) == 1 else "；".join(messages))


class IncompleteAssessment(WorkspaceError):
    """Marking complete was refused: ``missing`` required questions, ``problems`` invalid answers."""

    def __init__(self, missing: list[tuple[str, str]], problems: list[str]):
        self.missing = missing  # (question id, question text)
        self.problems = problems
        lines: list[str] = [say("尚未填写 {count} 道必答题", count=len(missing))] if missing else []
        lines += [say("  - {question}（{id}）", question=text, id=qid) for qid, text in missing[:30]]
        lines += problems[:30]
        super().__init__(say("评估尚不能标记为已完成：\n{lines}", lines="\n".join(lines)))


class Workspace(SubmissionMixin):
    def __init__(self, db: storage.Database, directory: Path, clock: Clock = utc_now):
        self._holder: locks.Holder | None = None
        self.db = db
        self.directory = directory
        self._clock = clock
        self._definitions: dict[str, Questionnaire] = {}

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, directory: Path, *, create: bool = True, clock: Clock = utc_now) -> Workspace:
        """Open the workspace in ``directory`` (created when ``create``), migrating an older schema.

        Before migrating, the old file is copied to ``backups/`` so an upgrade can always be undone.
        """
        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            raise WorkspaceError(say("{directory} 是一个文件，不是工作区文件夹", directory=str(directory)))
        path = directory / DB_NAME
        if not path.exists():
            if not create:
                raise WorkspaceError(say("{directory} 中没有工作区（{file}），请先初始化或从备份恢复",
                                         directory=str(directory), file=DB_NAME))
            try:
                directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(say("无法创建工作区文件夹 {directory}（{error}）", directory=str(directory),
                                         error=str(exc.strerror))) from exc
        try:
            holder = locks.Holder(directory)
        except OSError as exc:
            from ..fileio import path_too_long, too_long_advice

            lock_file = directory / locks.LOCKS_DIR / "0000000000-00000000.holder"  # as long as a holder's name
            if path_too_long(lock_file):
                raise WorkspaceError(say("无法打开工作区 {directory}：{advice}。", directory=str(directory),
                                         advice=too_long_advice(lock_file))) from exc
            raise WorkspaceError(say("工作区文件夹 {directory} 不可写（{error}），请换一个位置",
                                     directory=str(directory), error=str(exc.strerror))) from exc
        try:
            db = storage.open_database(path)
        except BaseException:
            holder.release()
            raise
        workspace = cls(db, directory, clock)
        workspace._holder = holder
        try:
            storage.migrate(db, before=workspace._copy_before_migration)
        except BaseException:
            workspace.close()
            raise
        return workspace

    def _copy_before_migration(self, found_version: int) -> None:
        target_dir = self.directory / BACKUPS_DIR
        target_dir.mkdir(exist_ok=True)
        storage.snapshot_to(self.db, unique_path(target_dir, f"before-migration-v{found_version}", ".sqlite"))

    def close(self) -> None:
        self.db.conn.close()
        holder = getattr(self, "_holder", None)
        if holder is not None:
            holder.release()
            self._holder = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def path(self) -> Path:
        return self.directory / DB_NAME

    def _now(self) -> str:
        return self._clock().astimezone(timezone.utc).isoformat(timespec="milliseconds")

    # ------------------------------------------------------------------ profile

    def profile(self) -> EnterpriseProfile | None:
        row = storage.get_profile(self.db)
        if row is None:
            return None
        return EnterpriseProfile(**{k: row[k] for k in storage.PROFILE_FIELDS})

    def industry_name(self, code: str, *, from_cache: bool = False) -> str:
        """The name of an industry code, as ``EnterpriseProfile.industry_name`` gives it. ``from_cache``: from the
        overview cache when it holds the list as installed (no YAML read: the home page's enterprise card at
        start-up, repainted from the list itself once the definitions are loaded)."""
        from . import overview

        names = overview.cached_industry_names(self.directory) if from_cache else None
        if names is None:
            from .profile import industries

            names = industries()
        return names.get(code, "")

    def set_profile(self, data: Mapping[str, Any]) -> EnterpriseProfile:
        """Validate and save the profile; raises ``ProfileInvalid`` (field → message) and saves nothing.

        The 统一社会信用代码 cannot change once a package was exported: the district has pinned the
        enterprise's key to it, so a different code means a different enterprise (a new workspace).
        """
        profile = make_profile(data)
        with storage.transaction(self.db):
            current = storage.get_profile(self.db)
            if current and current["uscc"] != profile.uscc and storage.list_exports(self.db):
                raise WorkspaceError(say("本工作区已导出过报告包，不能更改统一社会信用代码；"
                                         "其他企业请使用新的工作区。"))
            storage.put_profile(self.db, profile.to_dict(), self._now())
        return profile

    # ------------------------------------------------------------------ definitions

    def questionnaire_for(self, assessment: Assessment) -> Questionnaire:
        """The exact definition the assessment is answered against (kept in the workspace)."""
        cached = self._definitions.get(assessment.questionnaire_hash)
        if cached is not None:
            return cached
        shipped = self.newest_definition(assessment.questionnaire_id)
        if shipped is not None and shipped.content_hash == assessment.questionnaire_hash:
            self._definitions[shipped.content_hash] = shipped  # the same content: no need to parse it again
            return shipped
        text = storage.get_definition_text(self.db, assessment.questionnaire_hash)
        if text is None:
            raise WorkspaceError(say("工作区缺少评估 {id} 所用问卷定义（{hash}）", id=assessment.id,
                                     hash=assessment.questionnaire_hash[:12]))
        from ..questionnaire.loader import DefinitionError, parse_definition  # only for a definition not shipped

        try:
            label = f"工作区中的 {assessment.questionnaire_id}@{assessment.questionnaire_version}"
            questionnaire = parse_definition(text, label)
        except DefinitionError as exc:
            raise WorkspaceError(exc.args[0] if len(exc.args) == 1 else str(exc)) from exc
        if questionnaire.content_hash != assessment.questionnaire_hash:
            raise WorkspaceError(say("评估 {id} 的问卷定义内容与记录的哈希不符，工作区可能已损坏", id=assessment.id))
        self._definitions[questionnaire.content_hash] = questionnaire
        return questionnaire

    def _store_definition(self, questionnaire: Questionnaire) -> None:
        # The exact text it was loaded from: the workspace can re-read it even after an upgrade removes it.
        storage.put_definition(self.db, questionnaire.content_hash, questionnaire.id, questionnaire.version,
                               questionnaire.source_text)
        self._definitions[questionnaire.content_hash] = questionnaire

    def _locked_assessment(self, assessment_id: int) -> tuple[Assessment, Questionnaire]:
        """Inside a write transaction: the assessment as it is now (another window may have changed or
        deleted it since it was read) and its definition."""
        from .records import Assessment

        row = storage.get_assessment(self.db, assessment_id)
        if row is None:
            raise WorkspaceError(say("没有编号为 {id} 的评估（可能已在其他窗口删除）", id=assessment_id))
        assessment = Assessment.from_row(row)
        return assessment, self.questionnaire_for(assessment)

    # ------------------------------------------------------------------ assessments

    def assessment(self, assessment_id: int) -> Assessment:
        from .records import Assessment

        row = storage.get_assessment(self.db, assessment_id)
        if row is None:
            raise WorkspaceError(say("没有编号为 {id} 的评估", id=assessment_id))
        return Assessment.from_row(row)

    def find_assessment(self, questionnaire_id: str, period: str) -> Assessment | None:
        from .records import Assessment

        row = storage.find_assessment(self.db, questionnaire_id, normalise_period(period))
        return Assessment.from_row(row) if row else None

    def assessments(self) -> list[AssessmentSummary]:
        """Every assessment, newest period first, with its completion."""
        from ..questionnaire import answers as answer_rules
        from ..questionnaire.loader import version_key
        from .records import Assessment, AssessmentSummary

        summaries = []
        for row in storage.list_assessments(self.db):
            assessment = Assessment.from_row(row)
            questionnaire = self.questionnaire_for(assessment)
            answers = storage.get_answers(self.db, assessment.id)
            newest = self.newest_definition(assessment.questionnaire_id)
            newer = newest.version if newest and version_key(newest.version) > version_key(
                assessment.questionnaire_version) else None
            summaries.append(AssessmentSummary(assessment, questionnaire.title,
                                               answer_rules.completion(questionnaire, answers), newer))
        summaries.sort(key=lambda s: (period_key(s.assessment.period), s.assessment.id), reverse=True)
        return summaries

    @staticmethod
    def newest_definition(questionnaire_id: str) -> Questionnaire | None:
        """The newest version of a questionnaire shipped with this installation, if any."""
        from ..questionnaire.loader import get_questionnaire

        try:
            return get_questionnaire(questionnaire_id)
        except KeyError:
            return None

    def previous_assessment(self, questionnaire_id: str, period: str) -> Assessment | None:
        """The latest assessment of the same questionnaire for an earlier period of the same kind
        (year after year, half after half, quarter after quarter)."""
        from .records import Assessment

        kind = period_kind(period)
        earlier = [Assessment.from_row(r) for r in storage.list_assessments(self.db)
                   if r["questionnaire_id"] == questionnaire_id and period_kind(r["period"]) == kind
                   and period_key(r["period"]) < period_key(period)]
        return max(earlier, key=lambda a: period_key(a.period), default=None)

    def start_assessment(self, questionnaire_id: str, period: str, *, from_previous: bool = False,
                         version: str | None = None) -> Assessment:
        """Start an assessment for a period, optionally pre-filled from the previous period (以上期为基础).

        Pre-filled answers that do not fit the new definition are left out (and listed in the log).
        """
        from ..questionnaire.loader import get_questionnaire

        problem = check_period(period)
        if problem:
            raise WorkspaceError(problem)
        period = normalise_period(period)
        try:
            questionnaire = get_questionnaire(questionnaire_id, version)
        except KeyError as exc:
            raise WorkspaceError(exc.args[0]) from exc
        now = self._now()
        with storage.transaction(self.db):
            if storage.find_assessment(self.db, questionnaire.id, period) is not None:
                raise WorkspaceError(say("{period}的“{questionnaire}”评估已存在，请继续填写该评估", period=period,
                                         questionnaire=questionnaire.title))
            previous = self.previous_assessment(questionnaire_id, period) if from_previous else None
            if from_previous and previous is None:
                raise WorkspaceError(say("没有{period}之前同类评估期的“{questionnaire}”评估，无法以上期为基础",
                                         period=period, questionnaire=questionnaire.title))
            new_id = self._add_part(questionnaire, period, previous, now)
        return self.assessment(new_id)

    def _prefill(self, new_id: int, questionnaire: Questionnaire, previous: Assessment, now: str) -> None:
        """Copy the previous period's answers that fit the new definition (the others are logged)."""
        from ..questionnaire import answers as answer_rules

        old_answers = storage.get_answers(self.db, previous.id)
        for question_id, value in old_answers.items():
            reason = f"以上期（{previous.period}）为基础"
            if answer_rules.check_answer(questionnaire, question_id, value, old_answers):
                storage.append_log(self.db, new_id, question_id, _json(value), None, now, "prefill",
                                   f"{reason}：该答案不符合当前问卷版本，未带入")
                continue
            storage.put_answer(self.db, new_id, question_id, _json(value), now)
            storage.append_log(self.db, new_id, question_id, None, _json(value), now, "prefill", reason)

    def answers(self, assessment_id: int) -> dict[str, Any]:
        self.assessment(assessment_id)
        return storage.get_answers(self.db, assessment_id)

    def save_answer(self, assessment_id: int, question_id: str, value: JSONValue, *, reason: str | None = None,
                    source: str = "ui") -> bool:
        """Save one answer (``None`` clears it). Durable when it returns; returns whether anything changed.

        An invalid value raises :class:`AnswerRejected` and changes nothing. The checks run inside the
        write transaction, against the answers as they are at that moment (two windows, or the app and
        the command line, cannot interleave). Editing a completed or exported assessment puts it back
        to 草稿 (the earlier exports stay recorded).
        """
        from ..questionnaire import answers as answer_rules

        self.questionnaire_for(self.assessment(assessment_id))  # parse outside the write lock
        new_json = _json(value) if answer_rules.is_answered(value) else None
        now = self._now()
        with storage.transaction(self.db):
            assessment, questionnaire = self._locked_assessment(assessment_id)
            if not questionnaire.has_question(question_id):
                raise AnswerRejected(question_id, [say("问卷 {questionnaire} 中没有题目 {question}",
                                                      questionnaire=questionnaire.ref, question=question_id)])
            current = storage.get_answers(self.db, assessment_id)
            question = questionnaire.question(question_id)
            messages = answer_rules.check_answer(questionnaire, question_id, value, current,
                                                 label=answer_rules.question_label(question))
            if messages:
                raise AnswerRejected(question_id, messages)
            old_json = storage.get_answer_json(self.db, assessment_id, question_id)
            if old_json == new_json:
                return False
            if new_json is None:
                storage.delete_answer(self.db, assessment_id, question_id)
            else:
                storage.put_answer(self.db, assessment_id, question_id, new_json, now)
            storage.append_log(self.db, assessment_id, question_id, old_json, new_json, now, source, reason)
            self._status_after_change(assessment, now)
        return True

    def save_answers(self, assessment_id: int, values: Mapping[str, Any], *, source: str = "import",
                     reason: str | None = None) -> int:
        """Save many answers at once, all or nothing; returns how many changed."""
        self.questionnaire_for(self.assessment(assessment_id))
        with storage.transaction(self.db):
            assessment, questionnaire = self._locked_assessment(assessment_id)
            self._check_many(questionnaire, storage.get_answers(self.db, assessment_id), values)
            return self._write_many(assessment, values, source, reason, self._now())

    @staticmethod
    def _check_many(questionnaire: Questionnaire, current: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        from ..questionnaire import answers as answer_rules

        merged = {k: v for k, v in {**current, **values}.items() if answer_rules.is_answered(v)}
        problems = answer_rules.validate_answers(questionnaire, merged, partial=True)
        if problems:
            raise WorkspaceError(say("答案有误，未导入任何内容：\n{problems}",
                                     problems="\n".join(f"  - {p}" for p in problems[:30])))

    def _write_many(self, assessment: Assessment, values: Mapping[str, Any], source: str, reason: str | None,
                    now: str) -> int:
        """Write checked answers inside the caller's transaction."""
        from ..questionnaire import answers as answer_rules

        changed = 0
        for question_id, value in values.items():
            old_json = storage.get_answer_json(self.db, assessment.id, question_id)
            new_json = _json(value) if answer_rules.is_answered(value) else None
            if old_json == new_json:
                continue
            if new_json is None:
                storage.delete_answer(self.db, assessment.id, question_id)
            else:
                storage.put_answer(self.db, assessment.id, question_id, new_json, now)
            storage.append_log(self.db, assessment.id, question_id, old_json, new_json, now, source, reason)
            changed += 1
        if changed:
            self._status_after_change(assessment, now)
        return changed

    def _status_after_change(self, assessment: Assessment, now: str) -> None:
        """Inside the write: an edited assessment is a draft again — unless its answers are now exactly
        those of the last package of its period (a mis-click put right): then it is still handed in, and
        no new package is needed."""
        from .attachments import content_digest  # answers and evidence files: what a package carried

        exported = storage.last_export_for(self.db, assessment.questionnaire_id, assessment.period)
        digests = (exported or {}).get("answers_digest") or {}
        if digests.get(assessment.questionnaire_id) == content_digest(self.db, assessment.questionnaire_hash,
                                                                       assessment.id):
            if assessment.status != "exported":
                storage.set_assessment_status(self.db, assessment.id, "exported", now)
            else:
                storage.touch_assessment(self.db, assessment.id, now)
        elif assessment.status != "draft":
            storage.set_assessment_status(self.db, assessment.id, "draft", now)
        else:
            storage.touch_assessment(self.db, assessment.id, now)

    def import_answers(self, questionnaire: Questionnaire, values: Mapping[str, Any], period: str, *,
                       enterprise: Mapping[str, Any] | None = None, source_name: str = "") -> tuple[Assessment, int]:
        """Fill an assessment from an answers file, as one transaction: the assessment is created when
        needed, the enterprise profile is taken from the file when the workspace has none, and a file
        that is wrong in any way changes nothing. Blank answers (``null``) in the file leave existing
        answers alone — a half-filled template never wipes what was entered. Returns the assessment and
        how many answers changed."""
        from ..questionnaire import answers as answer_rules
        from .records import Assessment

        problem = check_period(period)
        if problem:
            raise WorkspaceError(problem)
        period = normalise_period(period)
        given = {k: v for k, v in values.items() if answer_rules.is_answered(v)}
        reason = f"从文件导入：{source_name}" if source_name else "从文件导入"
        with storage.transaction(self.db):
            now = self._now()
            profile = self.profile()
            new_profile = None
            if enterprise:
                from .. import uscc

                code = uscc.normalise(str(enterprise.get("uscc") or ""))
                if profile is not None and code != profile.uscc:
                    raise WorkspaceError(say("答案文件属于另一家企业（{other}，{other_code}），"
                                             "与本工作区的 {name}（{code}）不符，未导入",
                                             other=str(enterprise.get("name")), other_code=code, name=profile.name,
                                             code=profile.uscc))
                if profile is None:
                    fields = {**enterprise, "industry_code": (enterprise.get("industry") or {}).get("code", "")}
                    if not check_profile(fields):
                        new_profile = make_profile(fields)
            row = storage.find_assessment(self.db, questionnaire.id, period)
            existing = Assessment.from_row(row) if row else None
            if existing is not None and existing.questionnaire_hash != questionnaire.content_hash:
                raise WorkspaceError(say("{period}的评估按问卷版本 {version} 填写，"
                                         "答案文件为版本 {file_version}，未导入",
                                         period=period, version=existing.questionnaire_version,
                                         file_version=questionnaire.version))
            current = storage.get_answers(self.db, existing.id) if existing else {}
            self._check_many(questionnaire, current, given)
            if new_profile is not None:
                storage.put_profile(self.db, new_profile.to_dict(), now)
            if existing is None:
                self._store_definition(questionnaire)
                new_id = storage.insert_assessment(self.db, questionnaire.id, questionnaire.version,
                                                   questionnaire.content_hash, period, None, now)
                existing = self.assessment(new_id)
            changed = self._write_many(existing, given, "import", reason, now)
        return self.assessment(existing.id), changed

    def set_position(self, assessment_id: int, position: str) -> None:
        """Remember where the user was (module / question), to return there on reopening."""
        with storage.transaction(self.db):
            if not storage.set_last_position(self.db, assessment_id, position):
                raise WorkspaceError(say("没有编号为 {id} 的评估", id=assessment_id))

    def complete(self, assessment_id: int) -> Assessment:
        """Mark 已完成; refused with the list of missing required answers and invalid ones."""
        from ..questionnaire import answers as answer_rules
        from ..questionnaire.consistency import local_findings

        self.questionnaire_for(self.assessment(assessment_id))
        with storage.transaction(self.db):
            assessment, questionnaire = self._locked_assessment(assessment_id)
            answers = storage.get_answers(self.db, assessment_id)
            missing = [(q.id, q.text) for q in answer_rules.missing_required(questionnaire, answers)]
            problems = [str(p) for p in answer_rules.validate_answers(questionnaire, answers)]
            problems += [say("前后矛盾：{message}", message=f.message)
                         for f in local_findings(questionnaire, answers) if f.blocking]
            if missing or problems:
                raise IncompleteAssessment(missing, problems)
            if assessment.status == "draft":
                storage.set_assessment_status(self.db, assessment_id, "completed", self._now())
        return self.assessment(assessment_id)

    def exports(self) -> list[dict[str, Any]]:
        return storage.list_exports(self.db)

    def last_export_for(self, questionnaire_id: str, period: str) -> dict[str, Any] | None:
        return storage.last_export_for(self.db, questionnaire_id, normalise_period(period))

    # ------------------------------------------------------------------ signing key

    def signing_key(self) -> SigningKey | None:
        """The enterprise's active signing key (sealed), or None before the first export."""
        row = storage.get_active_signing_key(self.db)
        if row is None:
            return None
        from ..keys import SigningKey

        return SigningKey.from_json({"format": "zgsz-signing-key/1", "key_id": row["key_id"],
                                     "public_key": row["public_key"], "created": row["created_at"],
                                     "private": json.loads(row["sealed"])})

    def store_signing_key(self, key: SigningKey, *, replace: bool = False) -> None:
        """Store a (sealed) signing key as the active one. Replacing a key that has signed exports needs
        ``replace``: the district has pinned the old key and will hold the next package for review."""
        from ..keys import b64

        with storage.transaction(self.db):
            current = storage.get_active_signing_key(self.db)
            if current and current["key_id"] != key.key_id and not replace:
                raise WorkspaceError(say("工作区已有签名密钥 {key}。更换密钥后，区县工信部门需核对"
                                         "盖章纸质报告才能接受新的报告包；确需更换请确认替换。", key=current["key_id"]))
            storage.put_signing_key(self.db, key.key_id, b64(key.public_raw), json.dumps(dict(key.sealed)),
                                    key.created_at)

    def log(self, assessment_id: int | None = None) -> list[dict[str, Any]]:
        """The append-only change log (old value, new value, time, source, reason)."""
        rows = storage.get_log(self.db, assessment_id)
        for row in rows:
            row["old_value"] = json.loads(row["old_value"]) if row["old_value"] is not None else None
            row["new_value"] = json.loads(row["new_value"]) if row["new_value"] is not None else None
        return rows

    def delete_assessment(self, assessment_id: int, *, confirm: str) -> None:
        """Delete an assessment and its answers. ``confirm`` must repeat its period (e.g. ``2024年度``),
        which the UI asks the user to type. The change log and export records are kept."""
        with storage.transaction(self.db):
            assessment, _ = self._locked_assessment(assessment_id)
            if normalise_period(confirm) != assessment.period:
                raise WorkspaceError(say("请输入评估期“{period}”以确认删除", period=assessment.period))
            storage.append_log(self.db, assessment_id, "*", None, None, self._now(), "delete",
                               f"删除评估（{assessment.questionnaire_id}，{assessment.period}）")
            storage.delete_assessment(self.db, assessment_id)

    # ------------------------------------------------------------------ comparison and versions

    def compare(self, before_id: int, after_id: int) -> list[AnswerDiff]:
        """Answer-by-answer comparison of two periods of the same questionnaire: the newer definition's
        questions in order, then questions only the older definition has."""
        from .records import AnswerDiff

        before, after = self.assessment(before_id), self.assessment(after_id)
        if before.questionnaire_id != after.questionnaire_id:
            raise WorkspaceError(say("只能比较同一问卷的两个评估期"))
        newer, older = self.questionnaire_for(after), self.questionnaire_for(before)
        old, new = storage.get_answers(self.db, before_id), storage.get_answers(self.db, after_id)
        diffs, seen = [], set()
        for questionnaire in (newer, older):
            for module in questionnaire.modules:
                for question in module.questions:
                    if question.id in seen or (question.id not in old and question.id not in new):
                        continue
                    seen.add(question.id)
                    diffs.append(AnswerDiff(question.id, question.text, module.title,
                                            old.get(question.id), new.get(question.id)))
        return diffs

    def version_impact(self, assessment_id: int, target: Questionnaire) -> list[VersionImpact]:
        """Which answers moving to ``target`` would affect: dropped (no longer valid) or kept but with
        a changed question text, help or chosen option text (the user should check them)."""
        assessment = self.assessment(assessment_id)
        current = self.questionnaire_for(assessment)
        return self._impacts(current, target, storage.get_answers(self.db, assessment_id))

    @staticmethod
    def _impacts(current: Questionnaire, target: Questionnaire, answers: Mapping[str, Any]) -> list[VersionImpact]:
        from ..questionnaire import answers as answer_rules
        from .records import VersionImpact

        impacts = []
        for question_id, value in answers.items():
            text = current.question(question_id).text if current.has_question(question_id) else question_id
            if not target.has_question(question_id):
                impacts.append(VersionImpact(question_id, text, say("新版本中已删除此题"), False))
                continue
            problems = answer_rules.check_answer(target, question_id, value, answers)
            if problems:
                reason = problems[0] if len(problems) == 1 else "；".join(problems)
                impacts.append(VersionImpact(question_id, text, reason, False))
                continue
            if not current.has_question(question_id):
                continue
            old_q, new_q = current.question(question_id), target.question(question_id)
            chosen = value if isinstance(value, list) and old_q.type == "multiple" else [value]
            chosen_texts = ([(o.text if (o := q.option(k)) else None) for k in chosen if isinstance(k, str)]
                            for q in (old_q, new_q))
            if (old_q.text, old_q.help, old_q.columns) != (new_q.text, new_q.help, new_q.columns) or (
                    old_q.type in ("single", "multiple") and next(chosen_texts) != next(chosen_texts)):
                impacts.append(VersionImpact(question_id, text, say("题目、口径或所选选项的文字有修改，请核对答案"),
                                             True))
        return impacts

    def move_to_version(self, assessment_id: int, target: Questionnaire) -> list[VersionImpact]:
        """Move an assessment to another version of its questionnaire; answers that no longer fit are
        removed (logged with the reason). Returns the impacts that were applied."""
        self.questionnaire_for(self.assessment(assessment_id))
        with storage.transaction(self.db):
            assessment, current = self._locked_assessment(assessment_id)
            if target.id != assessment.questionnaire_id:
                raise WorkspaceError(say("只能换到同一问卷的其他版本"))
            impacts = self._impacts(current, target, storage.get_answers(self.db, assessment_id))
            now = self._now()
            self._store_definition(target)
            for impact in impacts:
                if not impact.kept:
                    old_json = storage.get_answer_json(self.db, assessment_id, impact.question_id)
                    storage.delete_answer(self.db, assessment_id, impact.question_id)
                    storage.append_log(self.db, assessment_id, impact.question_id, old_json, None, now, "version",
                                       f"换用问卷版本 {target.version}：{impact.reason}")
            storage.set_assessment_definition(self.db, assessment_id, target.version, target.content_hash, now)
            if assessment.status != "draft":
                storage.set_assessment_status(self.db, assessment_id, "draft", now)
        return impacts


def answers_digest(definition_hash: str, answers: Mapping[str, Any]) -> str:
    """What was exported, in one value: the definition and every answer (canonical JSON, SHA-256)."""
    import hashlib

    return hashlib.sha256(_json({"definition": definition_hash, "answers": dict(answers)}).encode()).hexdigest()


def unique_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem-<time>suffix``, never an existing file (two copies in one second stay apart)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    candidate = folder / f"{stem}-{stamp}{suffix}"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{stem}-{stamp}-{counter}{suffix}"
        counter += 1
    return candidate
