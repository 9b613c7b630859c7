"""Process hygiene of the district import: its worker processes hold the district's unlocked private key,
so none may outlive the importer, and Ctrl-C ends a run with a sentence, not a traceback.

No timing guesses: the tests wait for the events themselves (workers started, parent gone), and freeze
the importer with SIGSTOP so the batch cannot finish before the kill arrives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from district_fixtures import PASSPHRASE, district, document, package, uscc, write

from zgsz_desktop.fileio import write_json_atomic

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")

FILES = 40  # above PARALLEL_FROM, so the import starts worker processes


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("batch")
    for index in range(FILES):
        write(folder, f"{index:03d}.zgsz", package(document("nantong-zgsz-core", code=uscc(600 + index),
                                                            name=f"企业{index}"), f"proc-{index}"))
    key_file = folder.parent / "district.zgszdistrict"
    write_json_atomic(key_file, district().key.to_json())
    return folder, key_file


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _workers(pid: int) -> set[int]:
    """The importer's worker processes (spawned interpreters running the pool), not the resource tracker."""
    workers = set()
    for child in _children(pid):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            workers.add(child)
    return workers


def _start(batch: tuple[Path, Path], tmp_path: Path) -> subprocess.Popen[bytes]:
    folder, key_file = batch
    env = {**os.environ, "ZP": PASSPHRASE}
    return subprocess.Popen(
        [sys.executable, "-m", "zgsz_desktop.cli", "district", "import", "--db", str(tmp_path / "d.zgszdb"),
         "--district-key", str(key_file), "--passphrase-env", "ZP", "--workers", "2", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)


def _wait_for_workers(process: subprocess.Popen[bytes]) -> set[int]:
    while process.poll() is None:  # no deadline of our own: pytest's timeout or CI's is the limit
        workers = _workers(process.pid)
        if len(workers) >= 2:
            return workers
        time.sleep(0.005)
    pytest.fail(f"the import ended before its workers were seen: {process.stderr.read().decode()}")


def test_no_worker_outlives_a_killed_importer(batch, tmp_path):
    process = _start(batch, tmp_path)
    workers = _wait_for_workers(process)
    os.kill(process.pid, signal.SIGSTOP)  # frozen: the batch cannot finish before the kill
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    gone_by = time.monotonic() + 2.0  # the bound: gone within 2 s of the parent's death
    while any(_alive(w) for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.01)
    survivors = [w for w in workers if _alive(w)]
    for worker in survivors:
        os.kill(worker, signal.SIGKILL)
    assert not survivors, "worker processes holding the district key outlived the killed importer"


def test_ctrl_c_ends_the_import_with_a_sentence_and_no_traceback(batch, tmp_path):
    process = _start(batch, tmp_path)
    workers = _wait_for_workers(process)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends: every process of the group
    _, err = process.communicate()
    text = err.decode("utf-8", "replace")
    assert "Traceback" not in text and "KeyboardInterrupt" not in text, text
    assert "中断" in text
    assert process.returncode in (130, 2)
    gone_by = time.monotonic() + 10.0
    while any(_alive(w) for w in workers) and time.monotonic() < gone_by:
        time.sleep(0.01)
    assert not any(_alive(w) for w in workers)
