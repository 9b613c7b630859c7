"""The work a district import cannot avoid, per package, measured step by step on a sample of the files.

Issue #16 names what a package must cost: read, hash, decrypt, verify one signature, parse, re-score, write
the rows and the package once. Each step is timed here alone, in one process, with the same library calls the
import makes, so the import's time can be stated against the sum of its necessary parts instead of against
reading alone. The write is the import's own (``district.verdicts.decide``: the rows, the package and the signed
log entry the district keeps of every decision); until the end of issue #16's last session it was the package's
bytes alone, which left the rows out (``write_package_only`` keeps that figure):

    python bench/import_floor.py FOLDER_OF_PACKAGES DISTRICT_KEY PASSPHRASE [--sample 200] [--json]

The checking steps run in worker processes, one per core, while the main process writes, one package after the
other. No import of N packages on C cores can take less than N × (read + crypto + parse + re-score + write) / C,
nor less than N × write: ``floor_seconds`` is the larger. (Until the end of issue #16's last session it was
N × checking / C + N × write, writes not overlapping the checking: a higher floor.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def measure(folder: Path, key: Path, passphrase: str, sample: int = 200) -> dict[str, float]:
    from zgsz_desktop.district.db import open_db
    from zgsz_desktop.district.identity import DistrictIdentity
    from zgsz_desktop.package.build import hpke_suite
    from zgsz_desktop.package.format import hpke_info
    from zgsz_desktop.package.keys import load_district_key
    from zgsz_desktop.package.verify import _json_object, _parse_part, _score_part, open_package
    from zgsz_desktop.policy import edition_for_period  # noqa: F401  (loaded before timing: not per package)

    identity = DistrictIdentity.from_key(load_district_key(key), passphrase)
    private = identity.private_key()
    paths = sorted(folder.rglob("*.zgsz"))[:sample]
    steps: dict[str, list[float]] = {"read_hash": [], "crypto": [], "parse": [], "rescore": [], "write": []}

    # warm-up: definitions, editions and libraries load once per process, not per package
    warm = paths[0].read_bytes()
    _verified, _entries = open_package(warm)

    decrypted: list[tuple[dict, dict]] = []
    datas: list[bytes] = []
    for path in paths:
        start = time.perf_counter()
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        steps["read_hash"].append(time.perf_counter() - start)
        datas.append(data)

        start = time.perf_counter()  # the signature, the entry hashes and the decryption with the district key
        verified, entries = open_package(data)
        manifest = verified.manifest
        suite = hpke_suite()
        plain = {}
        for item in manifest["payload"]:
            info = hpke_info(manifest["package_id"], item["name"], verified.signer_key_id, identity.key_id,
                             verified.format_version)
            plain[item["name"]] = suite.decrypt(entries[item["entry"]], private, info=info)
            hashlib.sha256(plain[item["name"]]).hexdigest()
        steps["crypto"].append(time.perf_counter() - start)

        start = time.perf_counter()
        answers = _json_object(plain["answers.json"], "bad_answers", "answers.json")
        _json_object(plain["scores.json"], "payload_mismatch", "scores.json")
        documents = [_parse_part(part) for part in answers["parts"]]
        steps["parse"].append(time.perf_counter() - start)

        start = time.perf_counter()  # our scoring of each questionnaire, in the form that is compared and stored
        for document in documents:
            _score_part(document)
        steps["rescore"].append(time.perf_counter() - start)
        decrypted.append((answers, manifest))

    with tempfile.TemporaryDirectory(prefix="zgsz-floor-") as work:
        # Writing: what the import's main process must do with each checked package — its rows (submission, facts,
        # counts, the enterprise), the package itself and the signed log entry of the decision — with the import's
        # own function (district.verdicts.decide), in its transactions (a savepoint per package, a commit every
        # COMMIT_EVERY). The checking it takes as given (done untimed here, in this process).
        from zgsz_desktop.district.checking import check_file
        from zgsz_desktop.district.importer import COMMIT_EVERY, check_district
        from zgsz_desktop.district.outcomes import utc_now
        from zgsz_desktop.district.verdicts import decide

        db = open_db(Path(work) / "floor.zgszdb")
        check_district(db, identity, claim=True)
        checked = [check_file(path, identity, private) for path in paths]
        conn: sqlite3.Connection = db.conn
        conn.execute("PRAGMA temp_store = MEMORY")  # as import_packages: the savepoints' undo copies in memory
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for index, item in enumerate(checked, 1):
            conn.execute("SAVEPOINT package")
            decide(db, item, utc_now(), signer=identity)
            conn.execute("RELEASE package")
            if index % COMMIT_EVERY == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN IMMEDIATE")
        conn.execute("COMMIT")
        total = time.perf_counter() - start
        steps["write"] = [total / len(checked)] * len(checked)

        # for comparison with earlier figures: the package bytes alone, as the floor counted them before
        blobs = open_db(Path(work) / "blobs.zgszdb")
        start = time.perf_counter()
        blobs.conn.execute("BEGIN IMMEDIATE")
        for index, data in enumerate(datas, 1):
            blobs.conn.execute("INSERT INTO packages (sha256, data) VALUES (?, ?)",
                               [hashlib.sha256(data).hexdigest(), data])
            if index % COMMIT_EVERY == 0:
                blobs.conn.execute("COMMIT")
                blobs.conn.execute("BEGIN IMMEDIATE")
        blobs.conn.execute("COMMIT")
        package_only = (time.perf_counter() - start) / len(datas)
        db.conn.close()
        blobs.conn.close()

    per_package = {name: statistics.fmean(values) * 1000 for name, values in steps.items()}
    per_package["checking"] = sum(per_package[k] for k in ("read_hash", "crypto", "parse", "rescore"))
    per_package["write_package_only"] = package_only * 1000
    return {"sample": len(paths), "per_package_ms": {k: round(v, 3) for k, v in per_package.items()}}


def floor_seconds(result: dict, packages: int, cores: int) -> float:
    """No import can take less than all its necessary work spread over every core, nor less than its writes one
    after the other (they go through one database connection): the larger of the two."""
    ms = result["per_package_ms"]
    return packages * max((ms["checking"] + ms["write"]) / max(cores, 1), ms["write"]) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("key", type=Path)
    parser.add_argument("passphrase")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.folder, args.key, args.passphrase, args.sample)
    if args.json:
        print(json.dumps(result))
    else:
        cores = os.cpu_count() or 1
        for name, value in result["per_package_ms"].items():
            print(f"{name:10s} {value:7.3f} ms per package")
        print(f"floor for 1,000 packages on {cores} cores: {floor_seconds(result, 1000, cores):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
