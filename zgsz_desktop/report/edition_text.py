"""Plain-language text about the policy edition a report's figures are compared with.

The report is a document an enterprise stamps: it names the edition (title, document number, years, how
sure the software is of its figures), says what each compared figure is and where it comes from, and lists
the sources with their confidence in words. Everything here reads the edition's data
(``policy/edition.py``); nothing names a particular year.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from ..policy.edition import CONFIDENCE_LABELS

if TYPE_CHECKING:
    from ..policy.edition import PolicyEdition
    from ..scoring.results import BenchmarkResult


class ComparedFigure(Protocol):
    """A compared figure: an edition's benchmark (``targets.Benchmark``) or a scored one (``BenchmarkResult``)."""

    @property
    def reference_only(self) -> bool: ...

CONFIDENCE_LEGEND = (
    "来源可信度：“已核对原文”指内容已与发文机关公布的原文核对；“转引，原文未核对”指内容取自新闻发布、"
    "媒体报道或其他单位的转述，原文未能核对；“未证实”指只查到文件名称或线索，内容未经核实。"
)
INDICATIONS_CAVEAT = "以下各项仅为本软件按企业填报内容所作的提示，不是认定结论，以主管部门认定为准。"


def confidence_words(code: str) -> str:
    """V → 已核对原文; 3P → 转引，原文未核对; U → 未证实."""
    return CONFIDENCE_LABELS.get(code, "未注明")


def year_of(period: str) -> int | None:
    """The year of an assessment period such as 2025年度 (None when it cannot be read)."""
    from ..periods import period_key

    year = period_key(period)[0] if period else 0
    return year or None


def fit_note(edition: PolicyEdition, period: str) -> str:
    """What the reader must know when the period lies outside the edition's years ("" when it fits)."""
    year = year_of(period)
    return edition.fit_note(year) if year is not None else ""


def is_reference(benchmarks: Iterable[ComparedFigure]) -> bool:
    """Whether the compared figures are reference figures only (not targets set for this period)."""
    return any(b.reference_only for b in benchmarks)


def target_heading(benchmarks: Iterable[ComparedFigure]) -> str:
    """The column heading of the compared figure."""
    return "参照值（适用范围）" if is_reference(benchmarks) else "规划目标（重点企业）"


def target_cell(benchmark: BenchmarkResult) -> str:
    """The compared figure in a table cell; a reference figure names whom it is set for."""
    if benchmark.reference_only and benchmark.scope:
        return f"{benchmark.target_label}（{benchmark.scope}）"
    return benchmark.target_label


def target_words(benchmark: BenchmarkResult) -> str:
    """规划目标（重点企业）达到65% / 参照值（全国制造业整体）超过70%."""
    kind = "参照值" if benchmark.reference_only else "规划目标"
    scope = f"（{benchmark.scope}）" if benchmark.scope else ""
    return f"{kind}{scope}{benchmark.target_label}"


def source_text(citation: str, confidence: str) -> str:
    """《…》（文号，发文机关）［转引，原文未核对］."""
    if not citation:
        return "来源未注明"
    return f"{citation}［{confidence_words(confidence)}］"


def benchmark_basis(benchmark: BenchmarkResult) -> str:
    """One sentence: what the compared figure is, and where it comes from."""
    parts = []
    if benchmark.basis:
        parts.append(f"对照依据：{benchmark.basis.rstrip('。')}。")
    if benchmark.reference_only:
        parts.append("该数值仅作参照，不是对本企业的考核目标。")
    parts.append(f"来源：{source_text(benchmark.source, benchmark.confidence)}。")
    return "".join(parts)


def edition_opening(edition: PolicyEdition, period: str) -> str:
    """The sentence that opens the conclusion: which edition the figures are compared with."""
    reference = "，所列数值均仅作参照" if is_reference(list(edition.benchmarks.values())) else ""
    return (f"本期（{period}）各项数值的对照依据为“{edition.label}”（适用年份：{edition.years_label}；"
            f"内容可信度：{confidence_words(edition.confidence)}）{reference}。")


def edition_rows(edition: PolicyEdition, period: str) -> list[tuple[str, str]]:
    """The edition as label/value rows for a table."""
    rows = [("政策版本", edition.title),
            ("文号", edition.document_no or "无单一文号（汇集多份文件，见下列来源）"),
            ("发布机关", edition.issuer),
            ("适用年份", edition.years_label),
            ("适用地区", edition.region),
            ("内容可信度", confidence_words(edition.confidence)),
            ("说明", edition.summary)]
    note = fit_note(edition, period)
    if note:
        rows.append(("本期提示", note))
    if edition.origin != "shipped":
        rows.append(("版本来源", f"由{edition.origin}下发（版本 {edition.edition_version}）"))
    rows.append(("版本标识", f"{edition.id} 版本 {edition.edition_version}（内容摘要 {edition.digest[:12]}）"))
    return rows


def figure_lines(edition: PolicyEdition) -> list[str]:
    """Other published figures of the edition (e.g. Jiangsu's 2027 aims), each with its source."""
    lines = []
    for figure in edition.figures:
        source = edition.source(figure.source)
        where = "".join(part for part in (figure.scope, f"到{figure.year}年" if figure.year else "") if part)
        citation = source_text(source.citation, source.confidence) if source is not None else "来源未注明"
        lines.append(f"{where + '：' if where else ''}{figure.text}。来源：{citation}")
    return lines


def source_lines(edition: PolicyEdition) -> list[tuple[str, str, str]]:
    """(citation, confidence in words, note) of every source something in the edition rests on."""
    return [(source.citation, source.confidence_label,
             (f"发布时间：{source.date}。" if source.date else "") + source.note)
            for source in edition.cited_sources()]
