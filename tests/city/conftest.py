"""Three districts, each with its own key and a district database of genuine imported packages, each exporting its
signed summary for 2024年度 — what the city tests start from (tests/city_fixtures.py)."""

from __future__ import annotations

import pytest
from city_fixtures import DistrictCase, build_three


@pytest.fixture(scope="session")
def three_districts(tmp_path_factory: pytest.TempPathFactory) -> list[DistrictCase]:
    return build_three(tmp_path_factory.mktemp("districts"))
