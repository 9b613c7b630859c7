"""The interface's translations as files: which Qt ``.ts`` file holds which texts, how they are updated from the
code and the questionnaires, compiled to the ``.qm`` the app loads, and turned into a pseudo-locale for testing.

Chinese is the source language. A language ``xx`` is a set of ``.ts`` files in ``resources/translations/``
named ``<group>_xx.ts`` — one per group below, so that several people can translate at once without editing the
same file — compiled together into ``zgsz_xx.qm``:

* **interface groups** hold the texts written in the code (``tr()``, ``self.tr()``, ``QT_TR_NOOP``), extracted by
  Qt's ``lupdate``;
* **content groups** hold the texts that come from data: every question, option, help text and rule message of
  each questionnaire in ``assessments/``, and the reference lists a user picks from (industries, districts).
  The UI looks these up in the context ``content`` (``ui/i18n.content``) when it shows them; the core, the
  package and the PDF report never see a translation (the report is an official document and stays Chinese).

``python tools/translations.py update`` refreshes the files from the code and the data (keeping every
translation already written), ``compile`` writes the ``.qm`` files (the installer build runs it), ``status``
counts what is untranslated. No PySide6 import here: Qt's tools run as programs.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, is_dataclass
from importlib.util import find_spec
from pathlib import Path

from .languages import CONTENT_CONTEXT, CORE_CONTEXT, LANGUAGES, PSEUDO, SOURCE_LANGUAGE, qm_name  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Group:
    name: str
    kind: str  # "interface" (lupdate over sources), "content" (texts from data) or "core" (say() templates)
    sources: tuple[str, ...]  # globs relative to the checkout (interface) or questionnaire ids / files (content)


# The pages that hold most text are a group of their own, so that the enterprise screens can be translated by two
# people at once; a file belongs to the first interface group whose globs match it.
GROUPS: tuple[Group, ...] = (
    Group("ui_pages", "interface", ("zgsz_desktop/ui/home_page.py", "zgsz_desktop/ui/new_submission.py",
                                    "zgsz_desktop/ui/questionnaire_page.py",
                                    "zgsz_desktop/ui/results_page.py")),
    Group("ui_enterprise", "interface", ("zgsz_desktop/ui/*.py",)),
    Group("ui_district", "interface", ("zgsz_desktop/ui/district/*.py",)),
    Group("content_nantong-zgsz-core", "content", ("nantong-zgsz-core",)),
    Group("content_miit-sme-2024", "content", ("miit-sme-2024",)),
    Group("content_reference", "content", ("resources/industries-gb4754-2017.yaml",
                                           "resources/nantong-divisions.yaml")),
    # what the results page says about the plan an assessment is compared with, and the advice it gives
    Group("content_policy", "content", ("resources/policy/nantong-2022-2024.yaml",
                                        "resources/policy/jiangsu-2025-2027.yaml",
                                        "resources/plan/nantong-targets-2022-2024.yaml",
                                        "resources/plan/plan-references.yaml")),
    Group("content_recommendations", "content", ("resources/recommendations.yaml",)),
    # the core's messages to a person (errors, checks, progress) written with messages.say()
    Group("core_messages", "core", ("zgsz_desktop/**/*.py",)),
)


def translations_dir(root: Path = ROOT) -> Path:
    return root / "resources" / "translations"


def ts_path(group: Group, language: str, root: Path = ROOT) -> Path:
    return translations_dir(root) / f"{group.name}_{language}.ts"


def interface_files(group: Group, root: Path = ROOT) -> list[Path]:
    """The source files of an interface group (a file matched by an earlier group is not repeated)."""
    earlier = set()
    for other in GROUPS:
        if other.kind != "interface":
            continue
        files = sorted({p for pattern in other.sources for p in root.glob(pattern)})
        if other == group:
            return [p for p in files if p not in earlier]
        earlier.update(files)
    raise ValueError(group.name)


# --------------------------------------------------------------------------- content texts


def _texts_in(value: object, seen: set[int]) -> Iterator[str]:
    """Every Chinese text inside a loaded definition (dataclasses, lists, dicts), in order."""
    if id(value) in seen:
        return
    if isinstance(value, str):
        if CJK.search(value):
            yield value
        return
    seen.add(id(value))
    if is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            if f.name != "source_text":  # the YAML the definition was parsed from
                yield from _texts_in(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts_in(item, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts_in(item, seen)


def _as_shown(path: Path) -> Callable[[str], str]:
    """How the app turns a YAML text into what it shows, per file: folded lines joined the way the code that reads
    the file joins them, so the translation is looked up under exactly the text on screen."""
    if path.parent.name == "policy":
        from .policy.edition import unfolded

        return unfolded
    if path.name == "recommendations.yaml":
        from .text import tidy

        return tidy
    return str.strip


def _yaml_texts(path: Path) -> Iterator[str]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    shown = _as_shown(path)

    def walk(value: object) -> Iterator[str]:
        if isinstance(value, str):
            if CJK.search(value):
                yield shown(value)
        elif isinstance(value, dict):
            for item in value.values():
                yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    yield from walk(data)


def _reference_labels() -> list[str]:
    """The labels and sections a recommendation cites, as the core composes them (重点任务（二）…, and a section
    marked as from the expired plan): the results page looks these up whole."""
    from .scoring.recommendations import EXPIRED_PLAN, _references, load_rules

    _rules, references = load_rules()
    everything = {"plan_tasks": list(references["tasks"]), "measures": list(references["measures"])}
    labels = []
    for reference in _references(everything, references):
        labels += [reference.label, reference.section, reference.section + EXPIRED_PLAN]
    return labels


def _target_labels() -> list[str]:
    """Each benchmark's target as the core writes it (达到65%, 超过90%): shown on the questionnaire and results
    pages, made from a comparison and a number rather than read from the file."""
    from .policy.edition import shipped_editions

    return [benchmark.target_label for edition in shipped_editions() for benchmark in edition.benchmarks.values()
            if benchmark.target_label]


# texts the core composes from a data file, added to that file's group (keyed by group name)
COMPOSED: dict[str, Callable[[], list[str]]] = {
    "content_policy": _target_labels,
    "content_recommendations": _reference_labels,
}


def said_templates(root: Path = ROOT) -> list[str]:
    """Every ``say("…")`` template in the core (not the interface, which uses tr()), in file order."""
    import ast

    found = []
    for path in sorted((root / "zgsz_desktop").rglob("*.py")):
        if "ui" in path.relative_to(root / "zgsz_desktop").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "say"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append((node.lineno, str(path), node.args[0].value))
    return [text for _line, _path, text in sorted(found, key=lambda item: (item[1], item[0]))]


def content_texts(group: Group, root: Path = ROOT) -> list[str]:
    """The texts of a content (or core) group, each once, in the order the user meets them."""
    if group.kind == "core":
        return list(dict.fromkeys(said_templates(root)))
    texts: Iterable[str]
    collected: list[str] = []
    for source in group.sources:
        if source.endswith(".yaml"):
            texts = _yaml_texts(root / source)
        else:
            from .questionnaire.loader import load_definition

            texts = _texts_in(load_definition(root / "assessments" / f"{source}.yaml"), set())
        collected.extend(texts)
    if group.name in COMPOSED:
        collected.extend(COMPOSED[group.name]())
    return list(dict.fromkeys(text for text in collected))


# --------------------------------------------------------------------------- .ts files


@dataclass
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path, *, vanished: bool = False) -> list[Message]:
    """The messages of a ``.ts``; those whose source is gone from the code or data only when ``vanished``
    (then marked finished if they hold a translation, so a text that comes back gets it again)."""
    if not path.exists():
        return []
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            kind = "" if element is None else element.get("type", "")
            if kind in ("obsolete", "vanished") and not vanished:
                continue
            forms = [] if element is None else [f.text or "" for f in element.iter("numerusform")]
            text = forms[0] if forms else ("" if element is None else element.text or "")
            messages.append(Message(name, message.findtext("source") or "", text,
                                    kind != "unfinished" and bool(text)))
    return messages


def _read_all(path: Path) -> list[Message]:
    return read_ts(path, vanished=True)


def write_content_ts(path: Path, language: str, texts: list[str], context_name: str = CONTENT_CONTEXT
                     ) -> tuple[int, int]:
    """Write a content (or core) group's ``.ts``: every text of ``texts``, keeping translations already written
    (texts gone from the data are kept as ``vanished`` so no translation is lost). Returns (texts, untranslated)."""
    old = {m.source: m for m in _read_all(path) if m.context == context_name}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = context_name
    untranslated = 0
    for text in texts:
        previous = old.pop(text, None)
        _message(context, text, previous)
        untranslated += previous is None or not previous.finished
    for gone in old.values():
        _message(context, gone.source, gone, vanished=True)
    _write_xml(path, root)
    return len(texts), untranslated


def _message(context: ET.Element, source: str, previous: Message | None, vanished: bool = False) -> None:
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    translation = ET.SubElement(message, "translation")
    translation.text = previous.translation if previous else ""
    if vanished:
        translation.set("type", "vanished")
    elif previous is None or not previous.finished:
        translation.set("type", "unfinished")


def _write_xml(path: Path, root: ET.Element) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(path: Path, translations: dict[str, str]) -> int:
    """Write ``translations`` (Chinese source → translation) into the ``.ts`` at ``path``, marking each finished;
    a source the file does not hold is ignored. Returns how many messages were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        text = translations.get(source, "")  # kept as written: ", " for "、" needs its space
        element = message.find("translation")
        if not text.strip() or element is None or element.get("type") in ("obsolete", "vanished"):
            continue
        for child in list(element):
            element.remove(child)
        element.text = text
        element.attrib.pop("type", None)
        filled += 1
    _write_xml(path, tree.getroot())
    return filled


def untranslated(path: Path) -> dict[str, str]:
    """The sources of ``path`` that have no finished translation, each with its current draft (often "")."""
    return {m.source: m.translation for m in read_ts(path) if not m.finished}


# --------------------------------------------------------------------------- Qt's tools


def qt_tool(name: str) -> Path:
    """``lupdate`` / ``lrelease`` as shipped inside the PySide6 wheel (PySide6-Essentials has both)."""
    spec = find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("PySide6 is not installed")
    folder = Path(spec.origin).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} not found in {folder}")


def update_interface(group: Group, language: str, root: Path = ROOT) -> str:
    """Run lupdate over the group's files into its ``.ts`` (existing translations kept)."""
    files = [str(p) for p in interface_files(group, root)]
    target = ts_path(group, language, root)
    target.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run([str(qt_tool("lupdate")), "-locations", "none", "-source-language", SOURCE_LANGUAGE,
                             "-target-language", language, *files, "-ts", str(target)],
                            capture_output=True, text=True, check=True)
    return result.stdout


def update(language: str = "en", root: Path = ROOT, groups: Iterable[Group] = GROUPS) -> list[str]:
    report = []
    for group in groups:
        if group.kind == "interface":
            update_interface(group, language, root)
            messages = read_ts(ts_path(group, language, root))
            report.append(f"{group.name}: {len(messages)} texts, "
                          f"{sum(not m.finished for m in messages)} untranslated")
        else:
            total, missing = write_content_ts(ts_path(group, language, root), language, content_texts(group, root),
                                              CORE_CONTEXT if group.kind == "core" else CONTENT_CONTEXT)
            report.append(f"{group.name}: {total} texts, {missing} untranslated")
    return report


def compile_language(language: str, out_dir: Path | None = None, root: Path = ROOT) -> Path:
    """lrelease every ``.ts`` of ``language`` into one ``zgsz_<language>.qm``."""
    sources = [str(ts_path(group, language, root)) for group in GROUPS if ts_path(group, language, root).exists()]
    if not sources:
        raise FileNotFoundError(f"no .ts files for {language} in {translations_dir(root)}")
    target = (out_dir or translations_dir(root)) / qm_name(language)
    subprocess.run([str(qt_tool("lrelease")), "-silent", *sources, "-qm", str(target)], check=True)
    return target


# --------------------------------------------------------------------------- the pseudo-locale

_ACCENTED = dict(zip("AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
                     "ÅåƁÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŘřŠšŤťÜüŴŵÝýŽž", strict=True))
# Left as they are: {placeholders} and %1/%n arguments (formatted later), <html tags>, &entities; and
# &-mnemonics' letters would still work but read oddly — they are rare here.
_PROTECTED = re.compile(r"\{[^{}]*\}|%(?:\d+|n|L\d+)|<[^>]*>|&[a-zA-Z#0-9]+;")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, in brackets: what a longer language does to the layout, while every
    word stays readable and every placeholder, tag and argument still works."""
    if not text:
        return text
    parts, last = [], 0
    for match in _PROTECTED.finditer(text):
        parts.append("".join(_ACCENTED.get(c, c) for c in text[last:match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append("".join(_ACCENTED.get(c, c) for c in text[last:]))
    visible = len(_PROTECTED.sub("", text))
    extra = math.ceil(visible * GROWTH)
    # padding in short words, so that word-wrapped labels can still wrap it
    padding = " ".join("~" * min(4, extra - i) for i in range(0, extra, 4))
    lines = "".join(parts).split("\n")
    lines[-1] = f"{lines[-1]} {padding}".rstrip()
    return "[" + "\n".join(lines) + "]"


def write_pseudo(out_dir: Path, base: str = "en", root: Path = ROOT) -> Path:
    """``zgsz_pseudo.qm`` in ``out_dir``: every text of ``base`` (its translation, or the Chinese source where
    there is none) made pseudo."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = []
    for group in GROUPS:
        messages = read_ts(ts_path(group, base, root))
        if not messages:
            continue
        by_context: dict[str, list[Message]] = {}
        for m in messages:
            by_context.setdefault(m.context, []).append(m)
        tree = ET.Element("TS", version="2.1", language=PSEUDO, sourcelanguage=SOURCE_LANGUAGE)
        for name, items in by_context.items():
            context = ET.SubElement(tree, "context")
            ET.SubElement(context, "name").text = name
            for m in items:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = m.source
                ET.SubElement(message, "translation").text = pseudo(m.translation if m.finished else m.source)
        path = out_dir / f"{group.name}_{PSEUDO}.ts"
        _write_xml(path, tree)
        sources.append(str(path))
    target = out_dir / qm_name(PSEUDO)
    subprocess.run([str(qt_tool("lrelease")), "-silent", *sources, "-qm", str(target)], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="translations", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "status", "pseudo", "todo", "fill"))
    parser.add_argument("--language", default="en")
    parser.add_argument("--group", action="append", help="only these groups (update)")
    parser.add_argument("--out", type=Path, help="folder for the .qm (compile, pseudo)")
    parser.add_argument("--json", type=Path, help="todo: write the untranslated texts here as {source: \"\"}; "
                                                   "fill: read {source: translation} from here")
    args = parser.parse_args(argv)
    groups = [g for g in GROUPS if not args.group or g.name in args.group]
    if args.command == "update":
        print("\n".join(update(args.language, groups=groups)))
    elif args.command == "compile":
        print(compile_language(args.language, args.out))
    elif args.command in ("todo", "fill"):
        import json

        if len(groups) != 1 or args.json is None:
            parser.error("todo and fill take exactly one --group and --json FILE")
        path = ts_path(groups[0], args.language)
        if args.command == "todo":
            args.json.write_text(json.dumps(untranslated(path), ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{len(untranslated(path))} untranslated texts written to {args.json}")
        else:
            mapping = json.loads(args.json.read_text(encoding="utf-8"))
            print(f"{fill(path, mapping)} translations written into {path}")
    elif args.command == "pseudo":
        print(write_pseudo(args.out or translations_dir()))
    else:
        missing = 0
        for group in groups:
            messages = read_ts(ts_path(group, args.language))
            todo = [m for m in messages if not m.finished]
            missing += len(todo)
            print(f"{group.name}: {len(messages)} texts, {len(todo)} untranslated")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
