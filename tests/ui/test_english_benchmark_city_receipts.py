# ruff: noqa: F811, F401  (fixtures imported from the modules that define them are parameters of the tests)
"""Issue #17's screens in English show no Chinese the interface could say in English — the peer comparison's levels,
sizes and publisher, the city's periods, districts, plan rows, notes and import lines, the district's return dialog
and receipt history — while the Chinese interface reads exactly as before. The English comes from the committed
translations, compiled to a scratch .qm here."""

from __future__ import annotations

import re

import pytest
from city_fixtures import PERIOD, build_three

from zgsz_desktop.messages import Said
from zgsz_desktop.ui import i18n

from .test_district_window import demo, ended, fast_scrypt, import_demo, make_window, settings, window

CJK = re.compile("[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")  # characters and Chinese punctuation


@pytest.fixture()
def english(qapp, tmp_path_factory, monkeypatch):
    """English for every window made from now on (the setting the windows read), Chinese again afterwards."""
    from zgsz_desktop.translations import compile_language

    qm = compile_language("en", tmp_path_factory.mktemp("qm"))
    shipped = i18n.qm_path
    monkeypatch.setattr(i18n, "qm_path", lambda language: qm if language == "en" else shipped(language))
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "en")
    assert i18n.install(qapp, "en") == "en"
    yield qm
    i18n.install(qapp, "zh_CN")


# --------------------------------------------------------------------------- peer comparison


def _group(industry: str = "34", size: str = "规上"):
    from zgsz_desktop.scoring.peer_groups import PeerGroup

    return PeerGroup(industry, "通用设备制造业" if industry == "34" else "制造业", size, 8)


def test_levels_and_groups_read_in_chinese_as_before():
    from zgsz_desktop.scoring.peer_groups import ALL_SIZES, MANUFACTURING, value_text

    assert [value_text("cloud_stars", n) for n in range(6)] == ["未达三星", "一星", "二星", "三星", "四星", "五星"]
    assert [value_text("miit_level", n) for n in range(5)] == ["未达到一级", "一级", "二级", "三级", "四级"]
    assert _group().label == "34 通用设备制造业（规上）"
    assert _group(MANUFACTURING, ALL_SIZES).label == "制造业（全部规模）"
    assert isinstance(value_text("cloud_stars", 4), Said) and isinstance(_group().label, Said)


def test_levels_and_groups_read_in_english(english):
    from zgsz_desktop.scoring.peer_groups import ALL_SIZES, MANUFACTURING
    from zgsz_desktop.ui.peer_section import value_words

    assert [value_words("cloud_stars", n) for n in (0, 1, 4)] == ["Below 3-star", "1-star", "4-star"]
    assert value_words("miit_level", 0) == "Below Level 1" and value_words("miit_level", 2) == "Level 2"
    assert value_words("cnc_rate", 66.66) == "66.7%"
    assert i18n.said(_group().label) == "34 Manufacture of general-purpose machinery (above designated size)"
    assert i18n.said(_group(MANUFACTURING, ALL_SIZES).label) == "Manufacturing (all sizes)"
    assert i18n.said(_group("34", "列规纳统小微").label).endswith("(small or micro (in official statistics))")
    unknown = i18n.said(_group("34", "某规模").label)  # a size from a newer file: shown as written, not dropped
    assert unknown.endswith("(某规模)")


def test_the_publisher_reads_in_english_as_written_plain_text(english, qtbot):
    from PySide6.QtWidgets import QLabel

    from zgsz_desktop.scoring.peer_groups import PublishedBenchmark, Standing
    from zgsz_desktop.ui.peer_section import PeerSection

    published = PublishedBenchmark("b1", "2025-03-01T09:00:00+08:00", "2024年度", ("海安市", "如皋市"), "district",
                                   "海安市", 12, 0, (), {})
    section = PeerSection(Standing(published, None, ()))
    qtbot.addWidget(section)
    source = section.findChild(QLabel, "peers_source").text()
    assert source.startswith("Published by Hai'an City, Rugao City (2025-03-01)"), source  # no &#x27;


# --------------------------------------------------------------------------- the city


@pytest.fixture(scope="module")
def districts(tmp_path_factory):
    return build_three(tmp_path_factory.mktemp("city-en"))


def _city_window(qtbot, tmp_path, districts, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from zgsz_desktop.ui.app import create_app
    from zgsz_desktop.ui.city_window import CityWindow

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    create_app([])
    w = CityWindow(tmp_path / "nantong.zgszcity")
    qtbot.addWidget(w)
    w.show()
    for case in districts:
        w.pin_key(case.recipient_path)
    said.clear()
    op = w.import_files([case.summary_path for case in districts])
    with qtbot.waitSignal(op.ended, timeout=60000):
        pass
    return w, said


def _cells(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_city_window_in_english(english, qtbot, tmp_path, districts, monkeypatch):
    from zgsz_desktop.city.consolidate import NOTES

    w, said = _city_window(qtbot, tmp_path, districts, monkeypatch)
    names = {case.summary_path.name for case in districts}  # the files' own names stay as they are
    lines = said[0].split("\n")
    assert len(lines) == 3
    for line in lines:
        name, _, rest = line.partition(": ")
        assert name in names and not CJK.search(rest), line
    assert any(line.endswith("Hai'an City 2024: Imported, 3 enterprises") for line in lines), lines
    # the period shown in English, the stored period kept for everything else
    assert w.period_box.currentText() == "2024" and w.current_period() == PERIOD
    assert not CJK.search(w.headline.text()), w.headline.text()
    for model in (w.quota_model, w.rate_model, w.district_model):
        for column in range(model.columnCount()):
            texts = [text for text in _cells(model, column) if text]
            assert not [text for text in texts if CJK.search(text)], texts
    assert _cells(w.quota_model, 0)[0] == "Annex 1" and "Hai'an City" in _cells(w.district_model, 0)
    assert _cells(w.rate_model, 1)[0] == "at least 65%"
    assert not CJK.search(w.notes.text()) and len(w.notes.text().split("\n")) == len(NOTES)
    # each column as wide as its contents at once, not cut to "…" until the window is resized
    for view in (w.rate_view, w.quota_view, w.district_view):
        for column in range(view.model().columnCount() - 1):  # the last one stretches
            assert view.columnWidth(column) >= view.sizeHintForColumn(column), (view, column)


def test_the_city_window_in_chinese_reads_as_before(qtbot, tmp_path, districts, monkeypatch):
    w, said = _city_window(qtbot, tmp_path, districts, monkeypatch)
    assert "海安市.zgszsummary：海安市 2024年度：已导入，企业 3 家" in said[0].split("\n")
    assert w.period_box.currentText() == PERIOD
    assert w.headline.text().startswith(f"全市 {PERIOD}：已报区县 3 / ")
    assert _cells(w.quota_model, 0)[0] == "附件1" and "海安市" in _cells(w.district_model, 0)
    from zgsz_desktop.city.consolidate import NOTES

    assert w.notes.text() == "\n".join(NOTES)


def test_the_notes_marked_for_translation_are_the_cores_words():
    """The window marks the core's notes for translation by repeating them: the same words, or English shows
    Chinese."""
    from zgsz_desktop.city.consolidate import NOTES
    from zgsz_desktop.ui.city_window import NOTE_WORDS

    assert tuple(NOTE_WORDS) == tuple(NOTES)


def test_import_verdicts_and_warnings_are_messages_in_english(english):
    from zgsz_desktop.city.importer import VERDICTS
    from zgsz_desktop.district.summary_package import WHAT
    from zgsz_desktop.messages import say

    assert all(isinstance(v, Said) for v in VERDICTS.values()) and isinstance(WHAT, Said)
    assert i18n.said(VERDICTS["refused"]) == "Refused"
    head = say("{district} {period}：{label}，企业 {count} 家", district="海安市", period=PERIOD,
               label=VERDICTS["superseding"], count=3)
    warned = say("{message}。注意：该区县导出时数据库核查未通过（强制导出），数字仅供参考，请与区县核实", message=head)
    assert str(warned) == ("海安市 2024年度：已导入（替代该区县此前的汇总），企业 3 家。注意：该区县导出时数据库核查"
                           "未通过（强制导出），数字仅供参考，请与区县核实")
    english_text = i18n.said(warned)
    assert english_text.startswith("Hai'an City 2024: Imported (replaces the district's earlier summary), "
                                   "3 enterprises. Note: ") and not CJK.search(english_text), english_text


# --------------------------------------------------------------------------- the district


def _question_row(question_id: str, value):
    from zgsz_desktop.district.receipts import QuestionRow
    from zgsz_desktop.questionnaire.definitions import get_questionnaire
    from zgsz_desktop.questionnaire.display import display_value

    questionnaire = get_questionnaire("miit-sme-2024")
    question = questionnaire.question(question_id)
    return question, QuestionRow(questionnaire.id, questionnaire.short_title, question.id, 1,
                                 questionnaire.module_of(question.id).title, question.text,
                                 display_value(question, value))


def _questions_of_each_kind():
    from zgsz_desktop.questionnaire.definitions import get_questionnaire

    found = {}
    for question in get_questionnaire("miit-sme-2024").questions():
        found.setdefault(question.type, question)
    return found


def _answer_of(question):
    if question.type == "single":
        return question.options[-1].key
    if question.type == "multiple":
        return [o.key for o in question.options[:2]]
    if question.type == "number":
        return 12
    if question.type == "percent":
        return 37.5
    if question.type == "yesno":
        return True
    if question.type == "table":
        return [{}, {}]
    return "文字"


def test_the_return_dialog_shows_answers_as_the_interface_does(english, qtbot):
    from zgsz_desktop.ui.district.review_dialog import ANSWER, QuestionsModel

    kinds = _questions_of_each_kind()
    assert {"single", "multiple", "number"} <= set(kinds)
    cases = [(q, _answer_of(q)) for q in kinds.values()] + [(kinds["single"], None)]
    rows = [_question_row(q.id, value) for q, value in cases]
    model = QuestionsModel([row for _q, row in rows])
    for index, (question, value) in enumerate(cases):
        shown = model.index(index, ANSWER).data()
        assert shown == i18n.answer(question, value), (question.type, shown)
        if question.type in ("single", "multiple", "yesno") or value is None:
            assert not CJK.search(shown), shown
    assert model.index(len(cases) - 1, ANSWER).data() == "Not answered"


def test_the_return_dialog_shows_answers_in_chinese_as_before(qtbot):
    from zgsz_desktop.ui.district.review_dialog import ANSWER, QuestionsModel

    cases = [(q, _answer_of(q)) for q in _questions_of_each_kind().values()]
    rows = [row for _q, row in (_question_row(q.id, value) for q, value in cases)]
    model = QuestionsModel(rows)
    assert [model.index(i, ANSWER).data() for i in range(len(rows))] == [row.answer for row in rows]


def test_an_answer_it_cannot_read_back_is_shown_as_written(english):
    from zgsz_desktop.ui.district.review_dialog import answer_words

    question = _questions_of_each_kind()["single"]
    assert answer_words("miit-sme-2024", question.id, "某个被截断的选项…") == "某个被截断的选项…"
    assert answer_words("no-such-questionnaire", "q1", "未知") == "未知"


def test_the_receipt_history_names_questions_and_answers_in_english(english, monkeypatch):
    from types import SimpleNamespace

    from zgsz_desktop.district import receipt_history
    from zgsz_desktop.district.receipt_history import Change
    from zgsz_desktop.messages import say
    from zgsz_desktop.questionnaire.definitions import get_questionnaire
    from zgsz_desktop.ui.district import receipts_actions

    question = next(q for q in get_questionnaire("miit-sme-2024").questions()
                    if q.type == "single" and all(CJK.search(o.text) for o in q.options))
    first, last = question.options[0], question.options[-1]
    reason = SimpleNamespace(questionnaire="miit-sme-2024", question=question.id, question_text=question.text,
                             reason="请核实")
    entry = SimpleNamespace(current=True, title=say("第{n}次报送", n=2), decision_text=say("待受理"),
                            status_text=say("待受理"), review_text=lambda review: say("退回修改"),
                            changes=[Change("miit-sme-2024", question.id, question.text, first.text, last.text)],
                            reviews=[SimpleNamespace(decision=SimpleNamespace(reasons=[reason], note=""))])
    monkeypatch.setattr(receipt_history, "history", lambda db, uscc, period: [entry])
    monkeypatch.setattr(receipts_actions, "submission_period", lambda row: PERIOD)
    lines = receipts_actions.history_lines(object(), SimpleNamespace(uscc="x"), lambda text: str(text))
    text = "\n".join(lines)
    assert i18n.content(question.text) in text and i18n.content(last.text) in text, text
    assert question.text not in text and last.text not in text


def test_the_enterprise_detail_scrolls_when_taller_than_its_room(english, qtbot, window, demo):
    """At 1400×820 the English detail (a returned submission with its reasons) is taller than the room above the
    buttons: all of it can be scrolled to; none of it is cut off."""
    page = window.enterprises
    import_demo(qtbot, window, demo)
    window.tabs.setCurrentWidget(page)
    window.resize(1400, 820)
    page.view.selectRow(0)
    row = page.selected_row()
    dialog = page.receipts.open_return(row)
    dialog.proxy.setData(dialog.proxy.index(2, 5), "数控设备数大于设备总数，请核对")
    dialog.proxy.setData(dialog.proxy.index(4, 5), "请补充上云服务的起始时间")
    dialog.clerk.setText("王敏")
    dialog.ok.click()
    ended(qtbot, page.receipts.task)
    page.select_uscc(row.uscc)
    qtbot.waitUntil(lambda: "Reason for return" in page.detail.text())
    from PySide6.QtWidgets import QApplication

    from zgsz_desktop.ui.clipping import clipped_texts

    area, detail = page.detail_area, page.detail
    for height in (820, 600):  # at 600 it certainly does not fit
        window.resize(1400, height)
        QApplication.processEvents()
        needed = detail.heightForWidth(detail.width())
        assert detail.height() >= needed  # the whole text is laid out …
        # … and what does not fit in the room is reached by scrolling
        assert area.verticalScrollBar().maximum() >= needed - area.viewport().height()
        if needed > area.viewport().height():  # the bar shows on the next turn of the event loop
            qtbot.waitUntil(area.verticalScrollBar().isVisible)
        assert not [c for c in clipped_texts(page) if "detail" in str(c)]
    assert area.verticalScrollBar().isVisible() and area.verticalScrollBar().maximum() > 0


def test_a_multiple_choice_whose_options_hold_a_list_comma_and_a_long_one_cut_short(english):
    """Options such as 使用了网络安全产品及服务（如防火墙、网络分区…） hold the 、 that joins them; and the core keeps
    120 characters of an answer. Both still read in English."""
    from zgsz_desktop.questionnaire.definitions import get_questionnaire
    from zgsz_desktop.questionnaire.display import display_value
    from zgsz_desktop.text import visible
    from zgsz_desktop.ui.district.review_dialog import answer_words

    question = next(q for q in get_questionnaire("miit-sme-2024").questions()
                    if q.type == "multiple" and sum(chr(0x3001) in o.text for o in q.options) >= 1)
    for value in ([o.key for o in question.options if chr(0x3001) in o.text][:1],
                  [o.key for o in question.options[1:]]):
        written = visible(display_value(question, value), 120)
        shown = answer_words("miit-sme-2024", question.id, written)
        assert shown == i18n.answer(question, value) and not CJK.search(shown), (written, shown)
    assert len(display_value(question, [o.key for o in question.options[1:]])) > 120  # the cut case is tested
