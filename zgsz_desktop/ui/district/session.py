"""The open district session: the database file and the district key unlocked for this session.

The passphrase is used once to unlock the key and then forgotten; the unlocked key (``identity``) lives
only in this object, in memory, until the window closes. QSettings remembers the database and key
*file paths*, never the passphrase.

Threads: ``db`` belongs to the UI thread. Work on a pool thread (import, export, a report) opens its
own connection with :meth:`worker_db` — SQLite in WAL mode lets the window keep reading meanwhile.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import UserError
from ..i18n import tr

DB_KEY = "district/database"
KEY_FILE_KEY = "district/key_file"
GEOMETRY_KEY = "district/geometry"
IMPORT_FOLDER_KEY = "district/import_folder"
EXPORT_FOLDER_KEY = "district/export_folder"
ROSTER_FOLDER_KEY = "district/roster_folder"
DB_SUFFIX = ".zgszdb"


def default_db_path() -> Path:
    """Beside the enterprise workspace in the user's data folder (Windows: %LOCALAPPDATA%\\zgsz_desktop)."""
    import platformdirs

    from ...workspace.location import APP_DIR_NAME

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "district" / f"district{DB_SUFFIX}"


@dataclass
class DistrictSession:
    path: Path
    key_path: Path
    db: Any  # sqlite_utils.Database, used on the UI thread only
    identity: Any  # district.importer.DistrictIdentity: the unlocked key, memory only
    _report_dir: Path | None = field(default=None, repr=False)
    closed: bool = False

    @classmethod
    def open(cls, db_path: Path, key_path: Path, passphrase: str) -> DistrictSession:
        """Unlock the key first (a wrong passphrase leaves no file behind), then open or create the
        database and make sure it is this district's."""
        from ...district.db import open_db
        from ...district.identity import DistrictIdentity
        from ...district.importer import check_district
        from ...package.keys import load_district_key

        db_path, key_path = Path(db_path).expanduser(), Path(key_path).expanduser()
        if not str(key_path).strip() or not key_path.name:
            raise UserError(tr("请选择区县密钥文件（.zgszdistrict）"))
        identity = DistrictIdentity.from_key(load_district_key(key_path), passphrase)
        if db_path.suffix == "" and not db_path.exists():
            db_path = db_path.with_suffix(DB_SUFFIX)
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(tr("无法创建文件夹 {folder}（{error}）").format(folder=db_path.parent,
                                                                         error=exc.strerror or exc)) from exc
        db = open_db(db_path)
        try:
            check_district(db, identity, claim=False)
        except BaseException:
            db.conn.close()
            raise
        return cls(db_path, key_path, db, identity)

    @property
    def district(self) -> str:
        return str(self.identity.district)

    @contextmanager
    def worker_db(self) -> Iterator[Any]:
        """A connection of its own for a pool thread; closed when the work ends."""
        from ...district.db import open_db

        db = open_db(self.path, create=False)
        try:
            yield db
        finally:
            db.conn.close()

    def report_dir(self) -> Path:
        """A private temporary folder for decrypted reports, removed when the session closes."""
        if self._report_dir is None:
            self._report_dir = Path(tempfile.mkdtemp(prefix="zgsz-reports-"))
        return self._report_dir

    def close(self) -> None:
        self.closed = True  # a report still being decrypted is not written after this
        try:
            self.db.conn.close()
        finally:
            if self._report_dir is not None:
                shutil.rmtree(self._report_dir, ignore_errors=True)  # a viewer may still hold one open
                self._report_dir = None
