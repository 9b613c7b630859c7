"""Building the questionnaire model (``model.py``) from a definition that passed its checks."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from ..jsontypes import JSONValue
from ..text import tidy
from .model import Group, Module, Option, Question, Questionnaire


def as_decimal(value: object) -> Decimal:
    """Points and bounds as the model holds them (exact: 0.1 + 0.2 adds up to 0.3)."""
    return Decimal(str(value))


def _option(spec: Mapping[str, JSONValue]) -> Option:
    return Option(
        key=str(spec["key"]),
        text=spec["text"],  # verbatim (the MIIT option texts are copied from the official data)
        help=tidy(spec.get("help", "")),
        points=as_decimal(spec["points"]) if "points" in spec else None,
        level=spec.get("level"),
        exclusive=bool(spec.get("exclusive", False)),
        not_applicable=bool(spec.get("not_applicable", False)),
        band=(float(spec["band"][0]), float(spec["band"][1])) if "band" in spec else None,
    )


def _question(spec: Mapping[str, JSONValue], option_sets: Mapping[str, JSONValue]) -> Question:
    options = spec.get("options") or option_sets.get(spec.get("options_from", ""), [])
    scene = spec.get("scene") or {}
    return Question(
        id=spec["id"],
        type=spec["type"],
        text=tidy(spec["text"]),
        help=tidy(spec["help"]),
        required=bool(spec.get("required", True)),
        show_if=spec.get("show_if"),
        options=tuple(_option(o) for o in options),
        unit=spec.get("unit", ""),
        min=as_decimal(spec["min"]) if "min" in spec else (Decimal(0) if spec["type"] == "percent" else None),
        max=as_decimal(spec["max"]) if "max" in spec else (Decimal(100) if spec["type"] == "percent" else None),
        min_ref=spec.get("min_ref"),
        max_ref=spec.get("max_ref"),
        integer=bool(spec.get("integer", False)),
        max_length=spec.get("max_length"),
        multiline=bool(spec.get("multiline", False)),
        placeholder=spec.get("placeholder", ""),
        min_rows=int(spec.get("min_rows", 0)),
        max_rows=spec.get("max_rows"),
        row_label=spec.get("row_label", ""),
        columns=tuple(_question(c, option_sets) for c in spec.get("columns", ())),
        points=as_decimal(spec["points"]) if "points" in spec else None,
        group=spec.get("group", ""),
        item=spec.get("item", ""),
        scene_group=scene.get("group", ""),
        scene_binding=bool(scene.get("binding", False)),
        band_check=spec.get("band_check"),
    )


def build_questionnaire(data: Mapping[str, JSONValue], digest: str, path: Path | None, text: str) -> Questionnaire:
    from .consistency import implicit_band_rules

    option_sets = data.get("option_sets", {})
    modules = []
    index: dict[str, tuple[Module, Question]] = {}
    for spec in data["modules"]:
        module = Module(
            id=spec["id"],
            title=tidy(spec["title"]),
            description=tidy(spec.get("description", "")),
            questions=tuple(_question(q, option_sets) for q in spec["questions"]),
            scoring=spec["scoring"],
            points=as_decimal(spec["points"]) if "points" in spec else None,
            groups=tuple(Group(g["name"], as_decimal(g["points"])) for g in spec.get("groups", ())),
        )
        modules.append(module)
        for question in module.questions:
            index[question.id] = (module, question)
    return Questionnaire(
        id=data["id"],
        version=str(data["version"]),
        title=tidy(data["title"]),
        short_title=tidy(data.get("short_title", data["title"])),
        description=tidy(data.get("description", "")),
        source=data.get("source", ""),
        modules=tuple(modules),
        content_hash=digest,
        path=path,
        points=as_decimal(data["points"]) if "points" in data else None,
        overall=data.get("overall"),
        consistency=(tuple(data["consistency"]) if "consistency" in data
                     else implicit_band_rules(q for m in modules for q in m.questions)),
        source_text=text,
        _index=index,
    )
