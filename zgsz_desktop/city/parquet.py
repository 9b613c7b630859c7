"""The city's figures as Parquet files for analysts (DuckDB, pandas, Power BI): ``city_districts.parquet``,
``city_submissions.parquet``, ``city_quota_rows.parquet``, each with an explicit schema whose columns carry a
Chinese description in their metadata. ``docs/city.md`` documents the same schema (a test holds the two equal).
pyarrow is imported on use (start-up time)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..district.receipts import STATE_LABELS
from .consolidate import CityBoard
from .importer import RATES

if TYPE_CHECKING:
    import pyarrow as pa

# file → [(column, type, nullable, description)]; types: string, int64, double, bool, timestamp
COLUMNS: dict[str, list[tuple[str, str, bool, str]]] = {
    "city_districts.parquet": [
        ("period", "string", False, "评估期，如2024年度"),
        ("district", "string", False, "区县"),
        ("status", "string", False, "已报或未报"),
        ("issued_at", "timestamp", True, "汇总包签发时间（UTC）"),
        ("audit_ok", "bool", True, "区县导出时数据库核查是否通过"),
        ("submitted", "int64", False, "已报送企业数"),
        ("core_submitted", "int64", False, "已报送南通核心指标的企业数"),
        ("miit_submitted", "int64", False, "已报送评测问卷的企业数"),
        ("under_correction", "int64", False, "其中退回修改中的报送数（区县已退回企业修改、尚未收到更正）"),
        ("cnc_key_average", "double", True, "重点企业关键工序数控化率平均（0—1）"),
        ("mgmt_key_average", "double", True, "重点企业经营管理数字化普及率平均（0—1）"),
        ("rnd_key_average", "double", True, "重点企业数字化研发设计工具普及率平均（0—1）"),
    ],
    "city_submissions.parquet": [
        ("period", "string", False, "汇总的评估期"),
        ("district", "string", False, "报送的区县"),
        ("uscc", "string", False, "统一社会信用代码"),
        ("name", "string", False, "企业名称"),
        ("industry_code", "string", False, "行业代码"),
        ("scale", "string", False, "规模"),
        ("key_enterprise", "bool", False, "是否重点企业"),
        ("submission_period", "string", True, "企业报送的评估期（空：本年度未报送，仅计入累计配额）"),
        ("acceptance", "string", True, "区县受理状态：待受理、已受理、退回修改、已更正待受理（空：本年度未报送）"),
        ("package_id", "string", False, "报告包编号"),
        ("package_sha256", "string", False, "报告包校验值"),
        ("sequence", "int64", False, "报送序号"),
        ("imported_at", "timestamp", True, "区县导入时间（UTC）"),
        ("cnc_rate", "double", True, "关键工序数控化率（0—1）"),
        ("mgmt_rate", "double", True, "经营管理数字化普及率（0—1）"),
        ("rnd_rate", "double", True, "数字化研发设计工具普及率（0—1）"),
        ("miit_level", "string", True, "工信部评测等级"),
        ("cloud_awarded", "int64", True, "已获评上云星级"),
        ("cloud_estimate", "int64", True, "星级上云估计"),
    ],
    "city_quota_rows.parquet": [
        ("period", "string", False, "评估期"),
        ("district", "string", False, "区县；全市合计行为“全市”"),
        ("table_name", "string", False, "规划附件，如附件1"),
        ("key", "string", False, "配额行编号"),
        ("label", "string", False, "配额行名称"),
        ("actual", "int64", True, "完成数（空：问卷未采集）"),
        ("quota", "int64", True, "任务数（空：未下达）"),
    ],
}


def _type(name: str) -> pa.DataType:
    import pyarrow as pa

    return {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(), "bool": pa.bool_(),
            "timestamp": pa.timestamp("ms", tz="UTC")}[name]  # Parquet has no second unit


def schema(file_name: str) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(column, _type(kind), nullable=nullable,
                               metadata={"comment": description.encode("utf-8")})
                      for column, kind, nullable, description in COLUMNS[file_name]])


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _rows(board: CityBoard) -> dict[str, list[dict[str, Any]]]:
    districts = [{"period": board.period, "district": d.district, "status": d.status,
                  "issued_at": _time(d.issued_at), "audit_ok": d.audit_ok, "submitted": d.submitted,
                  "core_submitted": d.core_submitted, "miit_submitted": d.miit_submitted,
                  "under_correction": d.under_correction,
                  **{f"{rate.split('_')[0]}_key_average": d.key_averages.get(rate) for rate, _ in RATES}}
                 for d in board.districts]
    submissions = [{"period": board.period, "district": e["district"], "uscc": e["uscc"], "name": e["name"],
                    "industry_code": e["industry_code"], "scale": e["scale"],
                    "key_enterprise": bool(e["key_enterprise"]), "submission_period": e["period"],
                    "acceptance": str(STATE_LABELS[e["acceptance"]]) if e.get("acceptance") in STATE_LABELS else None,
                    "package_id": e["package_id"], "package_sha256": e["package_sha256"], "sequence": e["sequence"],
                    "imported_at": _time(e["imported_at"]), "cnc_rate": e["cnc_rate"], "mgmt_rate": e["mgmt_rate"],
                    "rnd_rate": e["rnd_rate"], "miit_level": e["miit_level"], "cloud_awarded": e["cloud_awarded"],
                    "cloud_estimate": e["cloud_estimate"]} for e in board.enterprises]
    labels = {q.key: q for q in board.quotas}
    quota_rows = [{"period": board.period, "district": "全市", "table_name": q.table, "key": q.key, "label": q.label,
                   "actual": q.actual, "quota": q.quota} for q in board.quotas]
    for d in board.districts:
        for key, actual in d.quota_actual.items():
            q = labels.get(key)
            quota_rows.append({"period": board.period, "district": d.district, "table_name": q.table if q else "",
                               "key": key, "label": q.label if q else key, "actual": actual,
                               "quota": d.quota.get(key)})
    return {"city_districts.parquet": districts, "city_submissions.parquet": submissions,
            "city_quota_rows.parquet": quota_rows}


def write_parquet(board: CityBoard, folder: Path) -> list[Path]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # the `city` extra (170 MB) is not in every install nor in the installer
        from ..errors import UserError
        from ..messages import say

        raise UserError(say("导出 Parquet 需要 pyarrow，本机没有安装。市级用户请安装完整版："
                            "pip install \"zgsz-desktop[city]\"（见 docs/city.md）；"
                            "Excel 和 PDF 导出不受影响")) from exc

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, rows in _rows(board).items():
        table = pa.Table.from_pylist(rows, schema=schema(file_name))
        target = folder / file_name
        temporary = folder / f".{file_name}.tmp"
        pq.write_table(table, temporary)
        temporary.replace(target)  # never a half-written file under the real name
        written.append(target)
    return written
