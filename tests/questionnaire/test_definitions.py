"""The shipped questionnaire definitions: they load, carry 口径 help, and match their sources."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from zgsz_desktop.questionnaire.loader import load_directory, parse_definition, shipped_questionnaires

ROOT = Path(__file__).resolve().parents[2]


def test_every_shipped_definition_loads_with_id_version_title_and_hash():
    loaded = load_directory(ROOT / "assessments")
    assert {q.id for q in loaded} == {"nantong-zgsz-core", "miit-sme-2024"}
    for q in loaded:
        assert q.version and q.title
        assert len(q.content_hash) == 64 and int(q.content_hash, 16) >= 0


def test_every_question_and_column_has_help_text():
    for q in shipped_questionnaires():
        for question in q.questions():
            assert question.help.strip(), question.id
            for column in question.columns:
                assert column.help.strip(), f"{question.id}.{column.id}"


def test_core_definition_has_the_six_modules_of_the_plan(core_q):
    assert [m.title for m in core_q.modules] == [
        "关键工序数控化率", "经营管理数字化普及率", "数字化研发设计工具普及率",
        "星级上云", "智改数转项目", "荣誉与认定",
    ]
    assert {m.scoring.get("benchmark") for m in core_q.modules if m.kind == "benchmark"} == {
        "key_process_cnc_rate", "management_digitalization_rate", "rnd_design_tool_rate"}


def test_self_assessed_formulas_say_so_in_their_help(core_q):
    # The official enterprise-level formulas are unknown (standards-notes §1): the help must say 自评口径.
    for module_id in ("cnc", "mgmt", "rnd"):
        helps = " ".join(q.help for q in core_q.module(module_id).questions)
        assert "自评口径" in helps, module_id


def test_core_uses_every_question_type(core_q):
    types = {q.type for q in core_q.questions()} | {c.type for q in core_q.questions() for c in q.columns}
    assert types == {"single", "multiple", "number", "percent", "yesno", "text", "table"} - {"percent"}
    # percent is used by the MIIT definition's supporting figure
    from zgsz_desktop.questionnaire.loader import get_questionnaire

    assert any(q.type == "percent" for q in get_questionnaire("miit-sme-2024").questions())


def test_miit_definition_has_every_item_option_and_point_of_the_transcription(miit_q):
    source = yaml.safe_load((ROOT / "resources" / "domain" / "miit-sme-2024.yaml").read_text(encoding="utf-8"))
    scored = [q for q in miit_q.questions() if q.points is not None]
    source_items = [(d["name"], g["name"], item) for d in source["dimensions"] for g in d["groups"]
                    for item in g["items"]]
    assert len(scored) == len(source_items) == 15
    for question, (dimension, group, item) in zip(scored, source_items, strict=True):
        assert miit_q.module_of(question.id).title == dimension
        assert question.group == group and question.item == item["name"]
        assert question.text == item["question"]
        assert question.type == item["type"]
        assert question.points == Decimal(str(item["points"]))
        assert [(o.key, o.text, o.points) for o in question.options] == [
            (o["key"], o["text"], Decimal(str(o["points"]))) for o in item["options"]]
    assert sum(q.points for q in scored) == Decimal(100)


def test_miit_definition_has_the_sixteen_scenes_with_their_level_texts(miit_q):
    source = yaml.safe_load((ROOT / "resources" / "domain" / "miit-sme-2024.yaml").read_text(encoding="utf-8"))
    scenes = miit_q.module("scenes").questions
    assert len(scenes) == len(source["scenes"]) == 16
    for question, scene in zip(scenes, source["scenes"], strict=True):
        assert question.text == scene["name"] and question.scene_group == scene["group"]
        assert question.scene_binding is scene["binding"]
        for level in (1, 2, 3, 4):
            option = next(o for o in question.options if o.level == level)
            assert option.text.endswith(scene["levels"][level])


def test_hash_ignores_formatting_but_not_meaning(core_q):
    text = core_q.path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    reformatted = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, default_flow_style=True)
    assert parse_definition(reformatted).content_hash == core_q.content_hash
    changed = text.replace("text: 其中数控化设备数", "text: 其中数控设备数", 1)
    assert changed != text
    assert parse_definition(changed).content_hash != core_q.content_hash


@pytest.mark.parametrize("name", ["nantong-zgsz-core.yaml", "miit-sme-2024.yaml"])
def test_definitions_validate_against_the_published_schema(name):
    import json

    import jsonschema

    schema = json.loads((ROOT / "assessments" / "schema" / "questionnaire.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((ROOT / "assessments" / name).read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)


def test_generated_miit_definition_is_up_to_date():
    """assessments/miit-sme-2024.yaml is generated; editing it by hand would drift from its source."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("convert_miit", ROOT / "tools" / "convert_miit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = yaml.safe_load((ROOT / "assessments" / "miit-sme-2024.yaml").read_text(encoding="utf-8"))
    assert shipped == module.build()


def test_the_list_of_schema_checked_definitions_is_exactly_the_shipped_ones():
    """The app skips the (slow) JSON Schema check for definitions whose content hash is listed; the list must
    name every shipped definition, each of which does pass the schema, and nothing else. When this fails after
    editing a definition: ``python tools/validated_definitions.py``."""
    import yaml

    from zgsz_desktop.locate import assessments_dir
    from zgsz_desktop.questionnaire import loader, schema_gate

    folder = assessments_dir()
    shipped = {}
    for path in [*folder.glob("*.yaml"), *(folder / loader.ARCHIVE).glob("*.yaml")]:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert schema_gate.schema_problems(data, None) == [], path.name
        shipped[loader.content_hash(data)] = path.name
    assert loader.schema_validated_hashes() == set(shipped)


def test_a_definition_not_on_the_list_is_still_checked_against_the_schema(core_q):
    from zgsz_desktop.questionnaire.loader import DefinitionError, parse_definition

    edited = core_q.source_text + "\ncolour: red\n"  # an edit behind the app's back that only the schema refuses
    with pytest.raises(DefinitionError, match="colour"):
        parse_definition(edited)


def test_the_current_folder_holds_the_newest_version_of_each_questionnaire():
    """get_questionnaire reads the archive only for an earlier version: that is right only while every
    questionnaire's newest version is the one in assessments/ (and no archived file repeats it)."""
    from zgsz_desktop.questionnaire.loader import current_questionnaires, get_questionnaire, version_key

    everything = shipped_questionnaires()
    for current in current_questionnaires():
        versions = [q.version for q in everything if q.id == current.id]
        assert max(versions, key=version_key) == current.version
        assert versions.count(current.version) == 1
        assert get_questionnaire(current.id) is current
    old = next(q for q in everything if q not in current_questionnaires())
    assert get_questionnaire(old.id, old.version).content_hash == old.content_hash
