"""The questionnaire page and the check page follow the hub (ops.changes) themselves: a colleague's answers
merged from the File menu, a key-process table filled from the ledger, or any Op that announces changed
answers of their workspace shows on the open page at once; a change of another workspace does not touch it."""

from __future__ import annotations

import pytest
from ledger_fixtures import EXPECTED, build_xlsx_ledger
from submission_fixtures import PROFILE

from zgsz_desktop.ui.editors import give
from zgsz_desktop.workspace import Workspace
from zgsz_desktop.workspace import handoff as ho

PERIOD = "2025年度"
CORE = "nantong-zgsz-core"
SENT_AT = "2025-03-01T08:00:00.000+00:00"


@pytest.fixture()
def heard():
    """What the hub announced about workspaces while the test ran."""
    from zgsz_desktop.ui.ops import changes

    seen: list = []
    changes.workspace_changed.connect(seen.append)
    yield seen
    changes.workspace_changed.disconnect(seen.append)


def open_questionnaire(window, module: str = "cnc"):
    from zgsz_desktop.ui.questionnaire_page import QuestionnairePage

    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.show_questionnaire(PERIOD)
    page = window.stack.currentWidget()
    assert isinstance(page, QuestionnairePage)
    page.open_module(CORE, module)
    return page


def test_a_colleagues_answers_merged_from_the_file_menu_show_on_the_open_questionnaire_page(
        qtbot, make_window, tmp_path, monkeypatch, heard):
    from zgsz_desktop.ui import colleague_window

    window = make_window()
    page = open_questionnaire(window)
    assert page.current_part.answers.get("cnc.industry_type") is None
    fill = tmp_path / "cnc.zgszfill"
    ho.send_modules(window.workspace, PERIOD, [f"{CORE}/cnc"], "张三", fill, SENT_AT)
    monkeypatch.setattr(colleague_window, "default_data_dir", lambda: tmp_path / "colleague-data")
    colleague = window.open_handoff_file(str(fill))
    give(colleague.page.blocks["cnc.industry_type"].editor, "process")
    back = colleague.hand_back(str(tmp_path / "back.zgszback"))
    colleague.close()

    dialog = window.import_return_file(str(back))
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.merged, timeout=30000):
        dialog.merge_button.click()
        assert dialog.task is not None and dialog.task.running  # the merge writes on a pool thread
    assert [(c.what, str(c.about)) for c in heard] == [
        (frozenset({"answers"}), str(window.workspace.directory))]
    assert window.stack.currentWidget() is page  # the same page, read again: nothing forwarded by the window
    assert page.current_part.answers["cnc.industry_type"] == "process"
    assert page.blocks["cnc.industry_type"].editor.known == "process"  # and the editor shows it


def test_a_table_filled_from_the_ledger_is_announced_and_the_page_shows_it_from_the_hub(
        qtbot, make_window, tmp_path, heard):
    from .test_ledger_dialog import _classify, _run_to_result

    window = make_window()
    page = open_questionnaire(window)
    dialog = page.open_ledger()
    _run_to_result(qtbot, dialog, build_xlsx_ledger(tmp_path / "台账.xlsx"))
    _classify(dialog, {"机加工车间": "机加工", "焊接车间": "焊接", "检测室": "成品检测", "动力车间": None})
    with qtbot.waitSignal(dialog.counted):
        dialog.next.click()
    with qtbot.waitSignal(dialog.filled):
        dialog.fill.click()
    assert [(c.what, str(c.about)) for c in heard] == [
        (frozenset({"answers"}), str(window.workspace.directory))]
    assert page.current_part.answers["cnc.key_processes"] == EXPECTED
    assert page.blocks["cnc.key_processes"].editor.known == EXPECTED


def test_the_check_page_checks_again_when_answers_of_its_workspace_change_and_not_for_another(
        qtbot, make_window, tmp_path):
    from zgsz_desktop.ui.check_page import CheckPage
    from zgsz_desktop.ui.ops import Changed, changes

    window = make_window()
    window.workspace.set_profile(PROFILE)
    window.workspace.start_submission(PERIOD)
    window.show_check(PERIOD)
    page = window.stack.currentWidget()
    assert isinstance(page, CheckPage)
    blanks = {blank.question_id for blank in page.check.blanks}
    assert "cnc.industry_type" in blanks and page.link(CORE, "cnc.industry_type") is not None  # unanswered: listed
    # another writer (an Op's own connection) answers it, then the Op announces what it changed
    with Workspace.open(window.workspace.directory, create=False) as other:
        other.save_answer(other.find_assessment(CORE, PERIOD).id, "cnc.industry_type", "discrete")
    changes.announce(Changed.workspace("answers", about=tmp_path / "another-workspace"))
    assert {blank.question_id for blank in page.check.blanks} == blanks  # another workspace: not checked again
    changes.announce(Changed.workspace("answers", about=window.workspace.directory))
    assert "cnc.industry_type" not in {blank.question_id for blank in page.check.blanks}
    assert page.link(CORE, "cnc.industry_type") is None
