"""How a parallel import hands packages to its worker processes (issue #16): what is stored is exactly the file as
read, at most a bounded number of packages and bytes are in flight (a package with evidence can be tens of MB),
and when the workers die the rest is checked here with the same verdicts."""

from __future__ import annotations

import hashlib
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest
from district_fixtures import district, document, package, uscc, write

from zgsz_desktop.district import checking
from zgsz_desktop.district.checking import IN_FLIGHT_PER_WORKER, checked_stream, room_for_more
from zgsz_desktop.district.db import open_db
from zgsz_desktop.district.importer import import_packages


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pipeline")
    for serial in range(6):
        write(folder, f"{serial:02d}.zgsz", package(document("nantong-zgsz-core", code=uscc(300 + serial),
                                                             name=f"企业{serial}"), f"pipe-{serial}"))
    write(folder, "08-notes.zgsz", "会议纪要".encode())  # damaged: not a package
    return folder


class InlinePool:
    """Stands in for the process pool: runs each check at once in this process, as a worker would, and after
    ``break_after`` checks acts like a pool whose workers were killed."""

    def __init__(self, workers: int, *, break_after: int | None = None, refuse_after: int | None = None,
                 **_: Any) -> None:
        self.submitted: list[str] = []
        self.break_after = break_after
        self.refuse_after = refuse_after  # from then on submit itself raises, as a pool marked broken does

    def __enter__(self) -> InlinePool:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def submit(self, work: Any, source: str) -> Future[checking.Checked]:
        if self.refuse_after is not None and len(self.submitted) >= self.refuse_after:
            raise BrokenProcessPool("a worker was killed")
        future: Future[checking.Checked] = Future()
        self.submitted.append(source)
        if self.break_after is not None and len(self.submitted) > self.break_after:
            future.set_exception(BrokenProcessPool("a worker was killed"))
        else:
            future.set_result(work(source))
        return future


def _inline(monkeypatch: pytest.MonkeyPatch, **options: Any) -> list[InlinePool]:
    pools: list[InlinePool] = []

    def make(workers: int, **kwargs: Any) -> InlinePool:
        pools.append(InlinePool(workers, **options))
        return pools[-1]

    monkeypatch.setattr(checking, "ProcessPoolExecutor", make)
    monkeypatch.setattr(checking, "_WORKER_IDENTITY", district().identity)
    return pools


def _outcomes(summary) -> list[tuple[str, str, str]]:
    """(file, verdict, reason) in the order the import reported them."""
    return [(Path(o.source).name, o.verdict, o.reason) for o in summary.outcomes]


def test_a_parallel_import_decides_as_a_serial_one_and_stores_each_file_exactly(tmp_path, folder, monkeypatch):
    monkeypatch.setattr("zgsz_desktop.district.importer.PARALLEL_FROM", 2)  # real worker processes, even for 7 files
    db = open_db(tmp_path / "parallel.zgszdb")
    summary = import_packages(db, [folder], district().identity, workers=2)
    serial = import_packages(open_db(tmp_path / "serial.zgszdb"), [folder], district().identity, workers=1)

    assert _outcomes(summary) == _outcomes(serial)
    assert sorted(v for _, v, _ in _outcomes(summary)) == ["damaged", *["new"] * 6]
    for path in sorted(folder.glob("0[0-5].zgsz")):
        data = path.read_bytes()
        stored = db.execute("SELECT data FROM packages WHERE sha256 = ?", [hashlib.sha256(data).hexdigest()]).fetchone()
        assert stored is not None and stored[0] == data, path.name


def test_when_the_workers_die_the_rest_is_checked_here_with_the_same_verdicts(monkeypatch, tmp_path, folder):
    serial = import_packages(open_db(tmp_path / "serial.zgszdb"), [folder], district().identity, workers=1)
    pools = _inline(monkeypatch, break_after=2)
    monkeypatch.setattr("zgsz_desktop.district.importer.PARALLEL_FROM", 2)
    db = open_db(tmp_path / "broken.zgszdb")
    summary = import_packages(db, [folder], district().identity, workers=2)

    assert len(pools[0].submitted) > 2  # the pool did break under it
    assert _outcomes(summary) == _outcomes(serial)
    assert db.execute("SELECT count(*) FROM packages").fetchone()[0] == 6


def test_when_the_pool_refuses_new_work_the_rest_is_checked_here_in_order(monkeypatch, tmp_path, folder):
    # a worker died after the verdicts at the head of the queue were in: the next hand-out itself is refused
    serial = import_packages(open_db(tmp_path / "serial.zgszdb"), [folder], district().identity, workers=1)
    pools = _inline(monkeypatch, refuse_after=3)
    monkeypatch.setattr("zgsz_desktop.district.importer.PARALLEL_FROM", 2)
    db = open_db(tmp_path / "refused.zgszdb")
    summary = import_packages(db, [folder], district().identity, workers=2)

    assert len(pools[0].submitted) == 3
    assert _outcomes(summary) == _outcomes(serial)
    assert db.execute("SELECT count(*) FROM packages").fetchone()[0] == 6


def test_the_checking_runs_ahead_of_the_storing_by_a_bounded_number_of_bytes(monkeypatch, folder):
    paths = sorted(folder.glob("0[0-5].zgsz"))
    pools = _inline(monkeypatch)
    unbounded = checked_stream(paths, district().identity, 2, None)
    next(unbounded)
    assert len(pools[0].submitted) == len(paths)  # six small packages: all in flight at once

    sizes = [p.stat().st_size for p in paths]
    budget = 2 * max(sizes) + 1  # more than any two packages, no more than any three
    assert 3 * min(sizes) >= budget
    monkeypatch.setattr(checking, "IN_FLIGHT_BYTES", budget)
    bounded = checked_stream(paths, district().identity, 2, None)
    next(bounded)
    # three were handed out (the budget stops the fourth), the first came back, and one more went out in its place
    assert len(pools[1].submitted) == 4
    assert [Path(r.source).name for r in bounded] == [p.name for p in paths[1:]]  # all of them, in input order


def test_the_limits_on_what_is_in_flight():
    assert room_for_more(1, 10**9, workers=2)  # below one per worker: a huge package still goes out
    assert not room_for_more(2, 64 * 1024 * 1024, workers=2)
    assert room_for_more(2, 1024, workers=2)
    assert not room_for_more(2 * IN_FLIGHT_PER_WORKER, 1024, workers=2)  # the count bound
