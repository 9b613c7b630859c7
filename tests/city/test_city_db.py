"""The city's database names itself in its problems (市级汇总库), never as a district's or a workspace's."""

from __future__ import annotations

import sqlite3

import pytest

from zgsz_desktop.city.db import CityDbError, open_city_db


def test_a_file_that_is_not_a_database_is_called_what_it_is(tmp_path):
    path = tmp_path / "南通.zgszcity"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(CityDbError) as refused:
        open_city_db(path)
    assert "市级汇总库" in str(refused.value)
    assert "区县数据库" not in str(refused.value)


def test_another_programs_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CityDbError) as refused:
        open_city_db(path)
    assert "不是市级汇总库" in str(refused.value)
    assert path.read_bytes() == before
