"""``zgsz demo --out DIR --enterprises N``: a demo district with N synthetic enterprises.

Writes the district's key pair (passphrase :data:`DEMO_DISTRICT_PASSPHRASE`), its recipient file, one
package per enterprise and questionnaire (南通核心指标 and 工信部评测 2024, period 2024年度), each
signed by the enterprise's own key, and a roster (CSV) that also lists enterprises that have not
submitted — everything district staff need to practise import, the dashboard and the exports.

By default each package carries its enterprise's full PDF report (about 0.6 s each to draw, spread
over the machine's cores). ``light_reports`` puts a one-page PDF in instead; the benchmarks use it
so that thousands of packages can be made in minutes.
"""

from __future__ import annotations

import csv
import io
import os
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .answers_file import AnswersDocument
from .errors import UserError
from .fileio import write_bytes_atomic, write_json_atomic
from .jsontypes import JSONValue

if TYPE_CHECKING:  # for the annotations only: the functions import what they use when they run
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .demo_synthetic import SyntheticEnterprise
    from .keys import Recipient, SigningKey
    from .workspace.evidence_rules import EvidenceFile

DEMO_DISTRICT = "海安市"
DEMO_DISTRICT_PASSPHRASE = "demo-district-2024"
DEMO_PERIOD = "2024年度"
NOT_SUBMITTED_SHARE = 0.1  # share of roster enterprises that have not submitted


@dataclass(frozen=True)
class DistrictDemo:
    out_dir: Path
    district_key: Path
    recipient: Path
    roster: Path
    packages: list[Path]
    enterprises: int
    district: str = DEMO_DISTRICT


def signing_key_from_seed(seed_bytes: bytes) -> tuple[SigningKey, Ed25519PrivateKey]:
    """An enterprise key that is never stored (the demo does not need its sealed form)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from .keys import SigningKey, fingerprint

    private = Ed25519PrivateKey.from_private_bytes(seed_bytes)
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SigningKey(fingerprint(public), public, {}, "2024-12-01T00:00:00+00:00"), private


def _light_pdf(title: str, lines: list[str]) -> bytes:
    from reportlab.pdfgen import canvas

    from .report.fonts import register_pdf_fonts

    font = register_pdf_fonts()
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setFont(font, 16)
    page.drawString(72, 760, title)
    page.setFont(font, 11)
    for index, line in enumerate(lines):
        page.drawString(72, 730 - 18 * index, line)
    page.save()
    return buffer.getvalue()


def light_package(documents: AnswersDocument | Sequence[AnswersDocument], signing: SigningKey,
                  private: Ed25519PrivateKey, recipient: Recipient, *, package_id: str, sequence: int,
                  created_at: str, supersedes: Sequence[str] = (), report_pdf: bytes | None = None,
                  evidence: Sequence[EvidenceFile] = ()) -> bytes:
    """A genuine package of a submission (``documents``: its questionnaires' answers documents, or one)
    whose report is a one-page PDF (answers and scores are the real thing), or ``report_pdf`` as given
    (the benchmark puts a full-size report in every package); ``evidence``: 佐证材料 to carry (format 3)."""
    from .package.export import make_package

    parts = [documents] if isinstance(documents, AnswersDocument) else list(documents)
    enterprise = parts[0].enterprise

    pdf = report_pdf or _light_pdf(f"{enterprise['name']} {parts[0].period}",
                                   [f"统一社会信用代码 {enterprise['uscc']}",
                                    "问卷：" + "、".join(d.questionnaire.short_title for d in parts),
                                    f"签名密钥 {signing.key_id}", "（示例数据，简版报告）"])
    data, _, _ = make_package(parts, signing_key=signing, private_key=private, recipient=recipient,
                              package_id=package_id, sequence=sequence, supersedes=supersedes,
                              created_at=created_at, report_pdf=pdf, evidence=evidence)
    return data


def build_enterprise_packages(enterprise: SyntheticEnterprise, recipient_json: dict[str, JSONValue], seed: int,
                              light_reports: bool, report_pdf: bytes | None = None) -> list[tuple[str, bytes]]:
    """The package of one synthetic enterprise's submission (run in a worker process)."""
    import hashlib

    from .demo import demo_documents
    from .demo_synthetic import synthetic_documents
    from .keys import parse_recipient
    from .package.export import make_package
    from .package.format import SUFFIX
    from .report import from_documents

    recipient = parse_recipient(recipient_json)
    documents = synthetic_documents(enterprise, demo_documents(), DEMO_PERIOD, seed)
    key_seed = hashlib.sha256(f"zgsz-demo-key|{seed}|{enterprise.uscc}".encode()).digest()
    signing, private = signing_key_from_seed(key_seed)
    created = datetime.now(timezone.utc).isoformat(timespec="seconds")
    package_id = str(uuid.UUID(bytes=hashlib.sha256(f"{seed}|{enterprise.uscc}|submission".encode()).digest()[:16],
                               version=4))
    if light_reports:
        data = light_package(documents, signing, private, recipient, package_id=package_id, sequence=1,
                             created_at=created, report_pdf=report_pdf)
    else:
        data, _, _ = make_package(documents, signing_key=signing, private_key=private, recipient=recipient,
                                  package_id=package_id, sequence=1, supersedes=(), created_at=created,
                                  report_for=lambda signature: from_documents(documents, signature=signature))
    return [(f"{enterprise.uscc}-{DEMO_PERIOD}{SUFFIX}", data)]


def check_demo_district(name: str) -> str:
    """The plan's name of the demo district (``如皋市``), or a message listing the names it could be."""
    from .messages import say
    from .targets import plan_targets

    districts = plan_targets().districts
    cleaned = str(name).strip()
    if cleaned not in districts:
        raise UserError(say("“{name}”不是规划中的地区。示例区县可以是：{names}", name=cleaned[:40],
                            names="、".join(districts)))
    return cleaned


def district_seed(seed: int, district: str) -> int:
    """The seed a demo district's enterprises are drawn with: the seed itself for the default district (the
    demo stays as it was), mixed with the name for the others, so that three demo districts made to train a city
    clerk have three different sets of enterprises, not the same names under three districts' codes."""
    import zlib

    return seed if district == DEMO_DISTRICT else seed + zlib.crc32(district.encode("utf-8"))


def write_district_demo(out_dir: Path, enterprises: int, *, district: str = DEMO_DISTRICT, seed: int = 2024,
                        light_reports: bool = False, workers: int | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        report_pdf: bytes | None = None) -> DistrictDemo:
    """``report_pdf`` (with ``light_reports``): the same PDF in every package, for realistic sizes."""
    from .demo_synthetic import synthetic_enterprises
    from .keys import DISTRICT_KEY_SUFFIX, RECIPIENT_SUFFIX, DistrictKey

    if enterprises < 1 or enterprises > 100_000:
        raise UserError("示例企业数应在 1 到 100000 之间")
    district = check_demo_district(district)
    seed = district_seed(seed, district)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(f"输出位置 {out_dir} 已存在且不是文件夹，请换一个文件夹名")
    packages_dir = out_dir / "packages"
    packages_dir.mkdir(parents=True, exist_ok=True)
    key = DistrictKey.generate(district, DEMO_DISTRICT_PASSPHRASE)
    key_path = out_dir / f"demo-district{DISTRICT_KEY_SUFFIX}"
    recipient_path = out_dir / f"demo-district{RECIPIENT_SUFFIX}"
    write_json_atomic(key_path, key.to_json())
    write_json_atomic(recipient_path, key.recipient.to_json())
    recipient_json = key.recipient.to_json()
    written: list[Path] = []
    workers = workers or (os.cpu_count() or 1)
    args = [(enterprise, recipient_json, seed, light_reports, report_pdf)
            for enterprise in synthetic_enterprises(enterprises, district, seed)]

    def collect(results: list[tuple[str, bytes]]) -> None:
        for name, data in results:
            path = packages_dir / name
            write_bytes_atomic(path, data)
            written.append(path)
        if progress is not None:
            progress(len(written), enterprises)

    if workers <= 1 or enterprises < 4:
        for arg in args:
            collect(build_enterprise_packages(*arg))
    else:
        import multiprocessing

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            for results in pool.map(_build_star, args, chunksize=max(1, min(32, enterprises // (workers * 8)))):
                collect(results)

    roster_path = out_dir / "roster.csv"
    _write_roster(roster_path, enterprises, district, seed)
    return DistrictDemo(out_dir, key_path, recipient_path, roster_path, written, enterprises, district)


def _build_star(args: tuple[Any, ...]) -> list[tuple[str, bytes]]:
    return build_enterprise_packages(*args)


def _write_roster(path: Path, enterprises: int, district: str, seed: int) -> None:
    """Every demo enterprise plus about 10 % more that have not submitted (the district's 规上 list)."""
    from .demo_synthetic import synthetic_enterprises

    extra = max(1, round(enterprises * NOT_SUBMITTED_SHARE))
    rows = list(synthetic_enterprises(enterprises + extra, district, seed))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["统一社会信用代码", "企业名称", "重点企业", "规模", "行业", "联系人", "电话"])
    for enterprise in rows:
        p = enterprise.profile
        writer.writerow([p["uscc"], p["name"], "是" if p["key_enterprise"] else "否", p["scale"],
                         p["industry"]["name"], p["contact"], p["phone"]])
    # utf-8-sig: Excel on Windows reads it as UTF-8 only with the BOM
    write_bytes_atomic(path, buffer.getvalue().encode("utf-8-sig"))
