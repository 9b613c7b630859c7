"""The ``zgsz`` command line, run as a user runs it (a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from zgsz_desktop import __version__


def zgsz(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=120)


def test_version():
    result = zgsz("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_questionnaires_lists_id_version_hash_and_title(core_q, miit_q):
    result = zgsz("questionnaires")
    assert result.returncode == 0
    lines = result.stdout.strip().splitlines()
    assert f"{core_q.id}\t{core_q.version}\t{core_q.content_hash[:12]}\t{core_q.title}" in lines
    assert any(line.startswith(f"{miit_q.id}\t") for line in lines)
    as_json = json.loads(zgsz("questionnaires", "--json").stdout)
    assert {core_q.content_hash, miit_q.content_hash} <= {item["hash"] for item in as_json}
    # earlier versions stay installed, so old workspaces and packages are scored with the definition they name
    assert {(item["id"], item["version"]) for item in as_json} >= {("nantong-zgsz-core", "2024.1"),
                                                                    ("miit-sme-2024", "2024.1")}


def test_demo_writes_answers_and_scores_for_both_questionnaires(tmp_path):
    result = zgsz("demo", "--out", str(tmp_path / "out"), "--json")
    assert result.returncode == 0, result.stderr
    manifest = json.loads(result.stdout)
    assert manifest["enterprise"]["name"] == "南通瑞丰精密机械有限公司"
    assert {f["questionnaire"] for f in manifest["files"]} == {"nantong-zgsz-core", "miit-sme-2024"}
    for entry in manifest["files"]:
        answers = json.loads(Path(entry["answers"]).read_text(encoding="utf-8"))
        scores = json.loads(Path(entry["scores"]).read_text(encoding="utf-8"))
        assert answers["format"] == "zgsz-answers/1"
        assert scores["complete"] is True
        assert scores["questionnaire"]["hash"] == answers["questionnaire"]["hash"]


def test_score_prints_figures_and_targets(tmp_path):
    zgsz("demo", "--out", str(tmp_path))
    result = zgsz("score", str(tmp_path / "nantong-zgsz-core.answers.json"))
    assert result.returncode == 0, result.stderr
    # demo: NC 44/65 = 67.7 %, management 6/9 = 66.7 %, design tools 15/18 = 83.3 %
    assert "67.7%，重点企业目标达到65%，达标" in result.stdout
    assert "66.7%，重点企业目标超过82%，未达标，差距 15.3个百分点" in result.stdout
    assert "83.3%，重点企业目标接近92%，未达标" in result.stdout
    assert "按自评口径估计可达 四星" in result.stdout and "量化门槛" in result.stdout
    as_json = json.loads(zgsz("score", str(tmp_path / "miit-sme-2024.answers.json"), "--json").stdout)
    assert as_json["overall"]["level"] == "二级" and as_json["overall"]["total_points"] == 60.15
    assert as_json["overall"]["verified"] is False


def test_score_refuses_a_bad_answer_naming_it(tmp_path):
    zgsz("demo", "--out", str(tmp_path))
    path = tmp_path / "nantong-zgsz-core.answers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"]["cnc.key_processes"][2]["nc_equipment"] = 11  # the row has 10 machines
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = zgsz("score", str(path))
    assert result.returncode == 1
    assert "cnc.key_processes" in result.stderr and "第3行" in result.stderr and "其中数控化设备数" in result.stderr
    assert "Traceback" not in result.stderr


def test_score_refuses_broken_json_and_missing_files(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "zgsz-answers/1", ', encoding="utf-8")
    result = zgsz("score", str(broken))
    assert result.returncode == 1 and "JSON 格式错误" in result.stderr and "第1行" in result.stderr
    missing = zgsz("score", str(tmp_path / "nope.json"))
    assert missing.returncode == 1 and "找不到答案文件" in missing.stderr


def test_score_refuses_answers_made_against_another_definition(tmp_path):
    zgsz("demo", "--out", str(tmp_path))
    path = tmp_path / "miit-sme-2024.answers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questionnaire"]["hash"] = "0" * 64
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = zgsz("score", str(path))
    assert result.returncode == 1 and "内容" in result.stderr and "不同" in result.stderr


def test_invalid_enterprise_code_in_answers_file_is_refused(tmp_path):
    zgsz("demo", "--out", str(tmp_path))
    path = tmp_path / "miit-sme-2024.answers.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["enterprise"]["uscc"] = "91320685MA1R8K2X5X"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = zgsz("score", str(path))
    assert result.returncode == 1 and "统一社会信用代码" in result.stderr and "校验位" in result.stderr


def test_targets_reports_the_attachment4_mismatch():
    result = zgsz("targets")
    assert result.returncode == 0 and "4100" in result.stdout and "5000" in result.stdout


def test_uscc_command_exit_codes():
    assert zgsz("uscc", "914403001922038216").returncode == 0
    bad = zgsz("uscc", "914403001922038217")
    assert bad.returncode == 1 and "校验位" in bad.stdout


def test_no_command_prints_help_with_usage_exit_code():
    result = zgsz()
    assert result.returncode == 2 and "demo" in result.stdout


def test_hostile_answers_files_get_a_message_not_a_traceback(tmp_path):
    base = '{"format": "zgsz-answers/1", "questionnaire": {"id": "nantong-zgsz-core"}, "answers": {%s}}'
    cases = {
        "huge.json": base % ('"rnd.has_design": true, "rnd.design_staff": 1' + "0" * 5000),
        "big.json": base % ('"rnd.has_design": true, "rnd.design_staff": 1' + "0" * 400),
        "nan.json": base % '"rnd.has_design": true, "rnd.design_staff": NaN',
        "deep.json": "[" * 100000,
        "name-null.json": '{"format": "zgsz-answers/1", "questionnaire": {"id": "nantong-zgsz-core"}, '
                          '"enterprise": {"name": null, "uscc": null}, "answers": {}}',
        "not-json.json": "\u0000\u0001 binary",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = zgsz("score", str(path))
        assert result.returncode == 1, name
        assert "Traceback" not in result.stderr and result.stderr.startswith("错误："), (name, result.stderr)
    null_name = zgsz("score", str(tmp_path / "name-null.json")).stderr
    assert "企业名称（enterprise.name）未填写" in null_name and "统一社会信用代码（enterprise.uscc）未填写" in null_name


def test_demo_into_a_file_path_says_so(tmp_path):
    existing = tmp_path / "afile"
    existing.write_text("x", encoding="utf-8")
    result = zgsz("demo", "--out", str(existing))
    assert result.returncode == 1 and "不是文件夹" in result.stderr


def test_demo_writes_a_report_and_report_command_builds_one(tmp_path):
    result = zgsz("demo", "--out", str(tmp_path), "--json")
    manifest = json.loads(result.stdout)
    assert Path(manifest["report"]).read_bytes().startswith(b"%PDF")
    out = tmp_path / "单独报告.pdf"
    made = zgsz("report", str(tmp_path / "nantong-zgsz-core.answers.json"), "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF") and "页" in made.stdout
    missing = zgsz("report", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "答案文件" in missing.stderr


def test_report_refuses_files_of_different_enterprises(tmp_path):
    zgsz("demo", "--out", str(tmp_path))
    other = json.loads((tmp_path / "miit-sme-2024.answers.json").read_text(encoding="utf-8"))
    other["enterprise"]["uscc"] = "914403001922038216"
    path = tmp_path / "other.json"
    path.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    result = zgsz("report", str(tmp_path / "nantong-zgsz-core.answers.json"), str(path), "--out",
                  str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and "不同企业" in result.stderr


def test_scoring_a_submission_with_an_absurd_number_says_which_answer(tmp_path):
    import copy

    root = Path(__file__).resolve().parents[2] / "resources" / "demo"
    files = []
    for name in ("nantong-zgsz-core", "miit-sme-2024"):
        data = json.loads((root / f"{name}.answers.json").read_text(encoding="utf-8"))
        if name == "miit-sme-2024":
            data = copy.deepcopy(data)
            data["answers"]["miit.effect.revenue_last_year"] = 10**400
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        files.append(str(path))
    result = zgsz("score", *files, "--json")
    assert result.returncode == 1 and "数值过大" in result.stderr and "Traceback" not in result.stderr
