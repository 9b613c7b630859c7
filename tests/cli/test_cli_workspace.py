"""``zgsz workspace`` and ``zgsz answers``, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_CORE = ROOT / "resources" / "demo" / "nantong-zgsz-core.answers.json"


def zgsz(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zgsz_desktop.cli", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env=env)


def test_init_show_import_export_backup_restore(tmp_path):
    ws = str(tmp_path / "ws")
    result = zgsz("workspace", "init", "--workspace", ws, "--name", "南通瑞丰精密机械有限公司",
                  "--uscc", "91320685MA1R8K2X5W", "--district", "海安市", "--industry", "34", "--scale", "规上",
                  "--contact", "陈建华", "--phone", "0513-88861234", "--key")
    assert result.returncode == 0, result.stderr
    imported = zgsz("answers", "import", str(DEMO_CORE), "--workspace", ws)
    assert imported.returncode == 0, imported.stderr
    assert "完成度 100%" in imported.stdout
    shown = json.loads(zgsz("workspace", "show", "--workspace", ws, "--json").stdout)
    assert shown["enterprise"]["industry_name"] == "通用设备制造业"
    (assessment,) = shown["assessments"]
    assert assessment["period"] == "2024年度" and assessment["completion"] == 1.0
    text = zgsz("workspace", "show", "--workspace", ws).stdout
    assert "南通瑞丰精密机械有限公司" in text and "2024年度" in text and "草稿" in text

    exported = tmp_path / "out.answers.json"
    assert zgsz("answers", "export", "--workspace", ws, "--assessment", str(assessment["id"]),
                "--out", str(exported)).returncode == 0
    # the exported file scores exactly like the original demo file
    original = json.loads(zgsz("score", str(DEMO_CORE), "--json").stdout)
    again = json.loads(zgsz("score", str(exported), "--json").stdout)
    assert original == again

    backup = tmp_path / "ws-backup.zgszbak"
    assert zgsz("workspace", "backup", "--workspace", ws, "--out", str(backup)).returncode == 0
    restored = str(tmp_path / "restored")
    result = zgsz("workspace", "restore", str(backup), "--workspace", restored)
    assert result.returncode == 0, result.stderr
    assert json.loads(zgsz("workspace", "show", "--workspace", restored, "--json").stdout)["assessments"][0][
        "completion"] == 1.0


def test_workspace_from_environment_variable(tmp_path):
    env = dict(os.environ, ZGSZ_WORKSPACE=str(tmp_path / "env-ws"))
    assert zgsz("workspace", "init", env=env).returncode == 0
    assert (tmp_path / "env-ws" / "workspace.sqlite").is_file()


def test_bad_inputs_are_refused_and_change_nothing(tmp_path):
    ws = str(tmp_path / "ws")
    bad_code = zgsz("workspace", "init", "--workspace", ws, "--name", "X", "--uscc", "91320685MA1R8K2X5X",
                    "--district", "海安市", "--industry", "34", "--scale", "规上", "--contact", "张", "--phone",
                    "13912345678")
    assert bad_code.returncode == 1 and "校验位" in bad_code.stderr and "Traceback" not in bad_code.stderr
    assert not Path(ws).exists()  # nothing was created for a refused profile

    data = json.loads(DEMO_CORE.read_text(encoding="utf-8"))
    data["answers"]["rnd.tool_users"] = 19  # 18 design staff
    bad_file = tmp_path / "bad.answers.json"
    bad_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    refused = zgsz("answers", "import", str(bad_file), "--workspace", ws)
    assert refused.returncode == 1 and "rnd.tool_users" in refused.stderr and "未导入" in refused.stderr
    assert not Path(ws).exists()  # a refused import changes nothing, not even an empty workspace

    not_backup = tmp_path / "not.zgszbak"
    not_backup.write_bytes(b"PK\x03\x04 truncated")
    result = zgsz("workspace", "restore", str(not_backup), "--workspace", str(tmp_path / "r"))
    assert result.returncode == 1 and "不是本软件的工作区备份文件" in result.stderr


def test_import_from_another_enterprise_is_refused(tmp_path):
    ws = str(tmp_path / "ws")
    zgsz("answers", "import", str(DEMO_CORE), "--workspace", ws)
    data = json.loads(DEMO_CORE.read_text(encoding="utf-8"))
    data["enterprise"]["uscc"] = "914403001922038216"
    other = tmp_path / "other.answers.json"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = zgsz("answers", "import", str(other), "--workspace", ws, "--period", "2023年度")
    assert result.returncode == 1 and "另一家企业" in result.stderr


def test_upgrade_to_a_newer_shipped_version_previews_then_applies(tmp_path):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(ROOT / "assessments", data / "assessments")
    shutil.copytree(ROOT / "resources", data / "resources")
    ws = str(tmp_path / "ws")
    assert zgsz("answers", "import", str(DEMO_CORE), "--workspace", ws).returncode == 0
    from zgsz_desktop.questionnaire.loader import get_questionnaire

    current = get_questionnaire("nantong-zgsz-core").version  # the newest shipped, which the demo answers
    later = f"{current}.1"
    text = (data / "assessments" / "nantong-zgsz-core.yaml").read_text(encoding="utf-8")
    assert f'version: "{current}"' in text
    text = text.replace(f'version: "{current}"', f'version: "{later}"')
    text = text.replace("          - {key: office, text: 云办公/企业邮箱}\n", "")
    (data / "assessments" / f"nantong-zgsz-core-{later}.yaml").write_text(text, encoding="utf-8")
    env = dict(os.environ, ZGSZ_DATA_DIR=str(data))

    shown = zgsz("workspace", "show", "--workspace", ws, env=env).stdout
    assert f"问卷有新版本 {later}" in shown
    preview = zgsz("assessment", "upgrade", "1", "--workspace", ws, env=env)
    assert preview.returncode == 0, preview.stderr
    assert "cloud.basic_services" in preview.stdout and "将删除" in preview.stdout and "未做任何修改" in preview.stdout
    assert json.loads(zgsz("workspace", "show", "--workspace", ws, "--json", env=env).stdout)[
        "assessments"][0]["version"] == current
    applied = zgsz("assessment", "upgrade", "1", "--workspace", ws, "--apply", env=env)
    assert applied.returncode == 0 and f"已换用问卷版本 {later}" in applied.stdout
    after = json.loads(zgsz("workspace", "show", "--workspace", ws, "--json", env=env).stdout)["assessments"][0]
    assert after["version"] == later and after["completion"] < 1.0  # the dropped answer must be given again
