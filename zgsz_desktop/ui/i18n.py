"""The interface language: which one is used, loading its translation, and the two ways text is translated.

* ``tr("…")`` for a text written in the code outside a QObject method (context ``""``, where Qt's lupdate puts
  free ``tr()`` calls); inside a widget's method ``self.tr("…")`` does the same with the class as context.
  Module-level texts are marked with ``QT_TR_NOOP("…")`` and translated where they are shown: ``tr(CONSTANT)``.
  A text with values is one whole sentence with named placeholders, ``tr("共 {n} 家").format(n=…)``, never
  pieces glued together, because word order and punctuation differ between languages.
* ``content(text)`` for a text that comes from data — a question, an option, a help text, an industry name —
  looked up in the ``content`` context (see ``zgsz_desktop/translations.py``).

Chinese is the source language. The first start follows the system's language (Chinese for a Chinese system,
English for any other when its translation ships); the choice in Settings is kept in ``ui/language``. The PDF
report, the package and everything written for the district stay Chinese whatever the interface language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..languages import CONTENT_CONTEXT, LANGUAGES, PSEUDO, SOURCE_LANGUAGE, qm_name
from ..messages import Said

LANGUAGE_KEY = "ui/language"
LANGUAGE_ENV = "ZGSZ_LANGUAGE"  # overrides the setting: the test suite runs in Chinese on any machine
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("", text, disambiguation)


def QT_TR_NOOP(text: str) -> str:
    """Marks a module-level text for translation and returns it unchanged; it is translated where it is shown,
    ``tr(CONSTANT)``. lupdate finds the text by this name, as with Qt's own ``QT_TR_NOOP``, whose PySide6 stub
    declares it returns ``object`` (so the constants would not be known as ``str``)."""
    return text


def content(text: str) -> str:
    """A text from data (questionnaire, reference lists) in the interface language; unchanged in Chinese."""
    if not text or _language == SOURCE_LANGUAGE:
        return text
    if isinstance(text, Said):  # a message the core composed: its template is translated, not its text
        return said(text)
    return QCoreApplication.translate(CONTENT_CONTEXT, text)


def current_language() -> str:
    return _language


def chinese_interface() -> bool:
    return _language == SOURCE_LANGUAGE


def qm_path(language: str) -> Path:
    from ..locate import resource

    return resource("translations", qm_name(language))


def available_languages() -> dict[str, str]:
    """The languages Settings offers: Chinese and each whose compiled translation ships."""
    return {code: name for code, name in LANGUAGES.items()
            if code == SOURCE_LANGUAGE or qm_path(code).exists()}


def system_language(locale: QLocale | None = None) -> str:
    """The language a first start uses: Chinese on a Chinese system, otherwise English when it ships."""
    name = (locale or QLocale.system()).name()
    if name.startswith("zh"):
        return SOURCE_LANGUAGE
    return "en" if "en" in available_languages() else SOURCE_LANGUAGE


def language_setting(settings: Any) -> str:
    """The chosen language, or the system's when none was chosen yet (a value this version does not know, e.g.
    written by a newer one, falls back the same way)."""
    import os

    value = os.environ.get(LANGUAGE_ENV) or str(settings.value(LANGUAGE_KEY, "") or "")
    if value == PSEUDO or value in available_languages():
        return value
    return system_language()


def install(app: Any, language: str, qm: Path | None = None) -> str:
    """Load ``language``'s translations into ``app``, replacing any loaded before; returns the language in use
    (Chinese when its file cannot be loaded: a broken install still shows a working interface)."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = SOURCE_LANGUAGE
    qt_language = "en" if language == PSEUDO else language
    qt_own = QTranslator(app)  # Qt's own texts (standard buttons, file dialogs) in the same language
    if qt_own.load(f"qtbase_{qt_language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(str(qm or qm_path(language))):
            app.installTranslator(ours)
            _installed.append(ours)
            _language = language
    return _language


def period(text: str) -> str:
    """An assessment period as the interface shows it. Periods are stored and exported in their Chinese form
    (``2025年度``: the district and the report use it); another language shows them in its own words."""
    from ..periods import ANNUAL, HALF, period_key, period_kind

    kind = period_kind(text) if text and _language != SOURCE_LANGUAGE else ""
    if not kind:
        return text
    year, end_month, _ = period_key(text)
    if kind == ANNUAL:
        return tr("{year}年度").format(year=year)
    if kind == HALF:
        return (tr("{year}年上半年") if end_month == 6 else tr("{year}年下半年")).format(year=year)
    return tr("{year}年第{quarter}季度").format(year=year, quarter=end_month // 3)


def answer(question: Any, value: Any, empty: str | None = None) -> str:
    """An answer as the interface shows it: ``questionnaire.display.display_value`` in Chinese (the report's
    wording); in another language the options and units from the translation, and a space before a unit."""
    from ..questionnaire.display import display_value, plain_number

    if _language == SOURCE_LANGUAGE:
        return display_value(question, value) if empty is None else display_value(question, value, empty)
    if value is None or value == "" or value == []:
        return tr("未填写") if empty is None else empty
    if question.type == "single":
        option = question.option(value)
        return content(option.text) if option else str(value)
    if question.type == "multiple":
        texts = [content(o.text) for o in question.options if o.key in value]
        return tr("、").join(texts) if texts else (tr("未填写") if empty is None else empty)
    if question.type == "yesno":
        return tr("是") if value else tr("否")
    if question.type == "percent":
        return f"{plain_number(value)}%"
    if question.type == "number":
        return f"{plain_number(value)} {content(question.unit)}".rstrip()
    if question.type == "table":
        return tr("{count} 项").format(count=len(value))
    return str(value)


def citation(text: str) -> str:
    """A source as ``policy.edition.Source.citation`` writes it — 《title》（document number，issuer） — with the
    title and the issuer in the interface language (the document number stays as issued)."""
    from ..policy.edition import citation_parts

    if _language == SOURCE_LANGUAGE or not text:
        return text
    title, numbers, others = citation_parts(text)
    details = [*numbers, *map(content, others)]
    if not details:
        return content(title)
    return tr("{title}（{details}）").format(title=content(title), details=tr("，").join(details))


def said(message: object) -> str:
    """A message from the core in the interface language: a ``messages.Said`` has its template translated and its
    values filled in (messages among them said the same way, texts from the questionnaires looked up as
    content); anything else, or a template without a translation, is shown as the core wrote it."""
    from ..languages import CORE_CONTEXT
    from ..messages import Said

    text = str(message)
    if _language == SOURCE_LANGUAGE or not isinstance(message, Said):
        return text
    template = QCoreApplication.translate(CORE_CONTEXT, message.template)
    if template == message.template:
        return text
    values = {name: said(value) if isinstance(value, Said)
              else period(value) if name == "period" and isinstance(value, str)  # 2025年度 as the interface says it
              else content(value) if isinstance(value, str) else value
              for name, value in message.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the original, not a crash
        return text


def word(text: str) -> str:
    """A text on a chart (``report.charts``, ``words=``) in the interface language: a message said as ``said``
    says it, any other text (a module title, a scene name) looked up as content."""
    from ..messages import Said

    return said(text) if isinstance(text, Said) else content(text)


def error_text(exc: BaseException) -> str:
    """What a failure says, in the interface language when the core wrote it with ``say()``."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return said(first) if first is not None and isinstance(first, str) else str(exc)


def edition_name(edition: Any) -> str:
    """``PolicyEdition.label`` in the interface language (the document number stays as issued)."""
    if _language == SOURCE_LANGUAGE:
        return edition.label
    if not edition.document_no:
        return content(edition.short_title)
    return tr("{title}（{number}）").format(title=content(edition.short_title), number=edition.document_no)


def edition_years(edition: Any) -> str:
    """``PolicyEdition.years_label`` (2022—2024年) in the interface language."""
    if _language == SOURCE_LANGUAGE:
        return edition.years_label
    return tr("{first}—{last}年").format(first=edition.first_year, last=edition.last_year)
