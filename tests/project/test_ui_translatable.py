"""Every text the interface shows can be translated, and is: the English interface has no Chinese left in it
except the data that must stay as it is (names, addresses, periods typed by the user).

The rules a UI module follows (zgsz_desktop/ui/i18n.py): no Chinese literal outside ``tr()``/``self.tr()``/
``QCoreApplication.translate()``/``QT_TR_NOOP()``; the text handed to them is a plain literal (an f-string, a
``+`` or a ``%`` would make the source differ from what lupdate extracted); the committed ``.ts`` files hold
every text of the code and of the questionnaires with a finished translation, and the shipped ``.qm`` is compiled
from them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from zgsz_desktop import translations
from zgsz_desktop.translations import GROUPS, ROOT, read_ts, ts_path

UI = ROOT / "zgsz_desktop" / "ui"
CHINESE = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")  # characters and punctuation
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "content"}


def _called(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def untranslatable(source: str, filename: str = "<test>") -> list[str]:
    """Problems in one module's source: Chinese literals outside the translating calls, and translating calls
    given a text built at run time."""
    tree = ast.parse(source)
    allowed: set[int] = set()
    problems = []
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and body
                and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)):
            allowed.add(id(body[0].value))  # docstrings are for developers
        if isinstance(node, ast.Call) and _called(node) in ("add_argument", "ArgumentParser"):
            for keyword in node.keywords:  # command-line help: printed to a console, never shown in a window
                if keyword.arg in ("help", "description"):
                    allowed.update(id(inner) for inner in ast.walk(keyword.value))
        if isinstance(node, ast.Call) and _called(node) in TRANSLATING:
            texts = node.args[1:2] if _called(node) in ("translate", "QT_TRANSLATE_NOOP") else node.args[:1]
            for argument in node.args:
                allowed.update(id(inner) for inner in ast.walk(argument))
            for text in texts:
                if isinstance(text, (ast.JoinedStr, ast.BinOp)) or (
                        isinstance(text, ast.Call) and _called(text) == "format"):
                    problems.append(f"{filename}:{node.lineno}: {_called(node)}() of a text built at run time "
                                    f"(translate the template, then .format() it)")
        if isinstance(node, ast.JoinedStr):  # lupdate does not look inside an f-string's braces
            for part in node.values:
                for inner in ast.walk(part):
                    if (isinstance(inner, ast.Call) and _called(inner) in TRANSLATING - {"content"}
                            and any(isinstance(a, ast.Constant) for a in inner.args)):
                        problems.append(f"{filename}:{inner.lineno}: {_called(inner)}() inside an f-string is "
                                        f"never extracted (use a template with a placeholder)")
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and CHINESE.search(node.value)
                and id(node) not in allowed):
            problems.append(f"{filename}:{node.lineno}: not translatable: {node.value[:50]!r}")
    return problems


def test_the_check_finds_what_it_must() -> None:
    """The rule itself: a bare literal, glued punctuation and an f-string in tr() are caught; the right forms
    pass."""
    bad = ('label.setText("未填")\n'
           'x = name + "："\n'
           'y = tr(f"共 {n} 家")\n'
           'z = self.tr("第" + str(n) + "行")\n'
           'w = f"{self.tr(\'报送\')} {n}"\n')
    assert sorted(p.split(":")[1] for p in untranslatable(bad)) == ["1", "2", "3", "4", "5"]
    good = ('"""模块说明"""\n'
            'STEPS = (QT_TR_NOOP("填写"),)\n'
            'label.setText(self.tr("未填"))\n'
            'y = tr("共 {n} 家").format(n=n)\n'
            'z = QCoreApplication.translate("ctx", "显式")\n'
            'w = tr(STEPS[0])\n'
            'q = content(question.text)\n')
    assert untranslatable(good) == []


def test_every_ui_text_goes_through_tr() -> None:
    problems = []
    for path in sorted(UI.rglob("*.py")):
        problems += untranslatable(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert problems == [], "\n".join(problems)


def _code_sources(tmp_path: Path) -> dict[str, set[str]]:
    """What lupdate extracts from the code now, per interface group (into a scratch copy of the .ts)."""
    found = {}
    for group in GROUPS:
        if group.kind != "interface":
            continue
        scratch = tmp_path / f"{group.name}.ts"
        files = [str(p) for p in translations.interface_files(group)]
        import subprocess

        subprocess.run([str(translations.qt_tool("lupdate")), "-locations", "none", *files, "-ts", str(scratch)],
                       check=True, capture_output=True)
        found[group.name] = {m.source for m in read_ts(scratch)}
    return found


def test_every_text_of_the_code_has_an_english_translation(tmp_path: Path) -> None:
    """The committed .ts files are up to date with the code and translated (run
    ``python tools/translations.py update`` and translate what ``status`` lists)."""
    missing = []
    for name, sources in _code_sources(tmp_path).items():
        group = next(g for g in GROUPS if g.name == name)
        done = {m.source for m in read_ts(ts_path(group, "en")) if m.finished}
        missing += [f"{name}: {text[:60]!r}" for text in sorted(sources - done)]
    assert missing == [], f"{len(missing)} texts without English:\n" + "\n".join(missing[:40])


def test_every_questionnaire_and_reference_text_has_an_english_translation() -> None:
    missing = []
    for group in GROUPS:
        if group.kind == "content":
            done = {m.source for m in read_ts(ts_path(group, "en")) if m.finished}
            missing += [f"{group.name}: {text[:60]!r}" for text in translations.content_texts(group)
                        if text not in done]
    assert missing == [], f"{len(missing)} texts without English:\n" + "\n".join(missing[:40])


def test_the_shipped_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    shipped = translations.translations_dir() / translations.qm_name("en")
    fresh = translations.compile_language("en", tmp_path)
    assert shipped.read_bytes() == fresh.read_bytes(), "run: python tools/translations.py compile"


def test_translations_keep_placeholders_and_markup() -> None:
    """A translation that drops or renames a {placeholder} would raise KeyError or show a hole at run time; one
    that loses a tag breaks the rich text."""
    wrong = []
    for group in GROUPS:
        for m in read_ts(ts_path(group, "en")):
            if not m.finished:
                continue
            for pattern in (r"\{[^{}]*\}", r"%\d"):
                if sorted(re.findall(pattern, m.source)) != sorted(re.findall(pattern, m.translation)):
                    wrong.append(f"{group.name}: {m.source[:40]!r} → {m.translation[:40]!r}")
            if m.source.count("<") != m.translation.count("<"):
                wrong.append(f"{group.name}: markup differs: {m.source[:40]!r}")
    assert wrong == [], "\n".join(wrong[:40])


def test_english_has_no_chinese_left() -> None:
    """An English translation made of Chinese characters is a copy, not a translation (document numbers such as
    通政办发〔2022〕3号 and names of Chinese bodies may be quoted in brackets after their English)."""
    copied = []
    for group in GROUPS:
        for m in read_ts(ts_path(group, "en")):
            if m.finished:
                without_numbers = re.sub(r"[\u4e00-\u9fff]+〔\d{4}〕\d+号", "", m.translation)  # as issued
                without_quotes = re.sub(r"[（(《〔\[][^）)》〕\]]*[）)》〕\]]|“[^”]*”|「[^」]*」", "", without_numbers)
                if len(re.findall("[\u3400-\u9fff]", without_quotes)) > 4:
                    copied.append(f"{group.name}: {m.translation[:60]!r}")
    assert copied == [], "\n".join(copied[:40])


def test_english_uses_straight_quotes_and_three_dots() -> None:
    """The shipped font (WenQuanYi Micro Hei) draws “ ” ‘ ’ full-width, which leaves gaps in English text, and
    … as three raised dots (Chinese style)."""
    curly = [f"{group.name}: {m.translation[:60]!r}" for group in GROUPS for m in read_ts(ts_path(group, "en"))
             if m.finished and any(q in m.translation for q in "“”‘’…")]
    assert curly == [], "\n".join(curly[:40])


def test_pseudo_locale_keeps_placeholders_and_grows() -> None:
    """The pseudo-locale is only useful if the app still works in it: placeholders, tags, entities and Qt
    arguments survive, and the text is at least 40 % longer than the English it comes from."""
    english = "Total {count} enterprises, <b>{name}</b> &amp; %1"
    made = translations.pseudo(english)
    for kept in ("{count}", "{name}", "<b>", "</b>", "&amp;", "%1"):
        assert kept in made
    assert made.startswith("[") and made.endswith("]")
    visible = len("Total  enterprises,  & ")
    assert len(re.sub(r"\{[^}]*\}|<[^>]*>|&amp;|%1", "", made)) >= 1.4 * visible
    assert "Ŧ" in made or "Ť" in made  # accented: an untranslated text stands out
