"""A district database belongs to one district: the first real import claims it for the key's district, and
another district's key is refused."""

from __future__ import annotations

import sqlite_utils

from ..errors import UserError
from .db import transaction
from .identity import DistrictIdentity


def check_district(db: sqlite_utils.Database, identity: DistrictIdentity, *, claim: bool) -> None:
    """A database belongs to one district; the first real import records which."""
    from .db import get_meta, set_meta

    recorded = get_meta(db, "district")
    if recorded is not None and recorded != identity.district:
        raise UserError(f"此区县数据库属于{recorded}，不能用{identity.district}的密钥导入；"
                        "请打开本区县的数据库，或新建一个")
    if recorded is None and claim:
        with transaction(db):
            set_meta(db, "district", identity.district)
