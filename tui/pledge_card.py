"""What the pledge card shows: one line per report of a pledge, first report first, with
the mark of the first report and of every figure that differs from the one most sources
state. Plain Python: what counts as another figure is consolidation's rule
(extract.consolidate.readings_of)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commitments.extract.consolidate import amount_as_written
from commitments.extract.text import one_line
from commitments.records import Commitment, Document, MoneyAmount
from commitments.tui.format import format_usd
from commitments.tui.ledger import in_report_order

FIRST, DIFFERS = "first", "differs"


@dataclass(frozen=True)
class ReportLine:
    commitment: Commitment
    outlet: str  # the publisher, else the document's title, else its file name
    date: str
    amount: str  # as written, with its qualifier: "more than 4 billion euros"
    usd: str
    timeframe: str
    quote: str
    marks: tuple[str, ...]  # FIRST, DIFFERS
    figure: int | None = None  # which of the pledge's stated figures this report gives


def outlet(c: Commitment, doc: Document | None) -> str:
    """Who published the report: the publisher the document names ("Yonhap"), else its
    headline, else its file name."""
    for name in (doc.publisher if doc else None, (doc.title if doc else None) or c.title, c.doc):
        if name and one_line(name):
            return one_line(name)
    return ""


def report_lines(reports: Sequence[Commitment], documents: dict[str, Document | None]) -> list[ReportLine]:
    """The reports, the first report first (ledger.in_report_order); a report whose figure
    is another reading than the one most sources state is marked DIFFERS."""
    ro = in_report_order(reports)
    lines = []
    for k, (c, figure) in enumerate(zip(ro.reports, ro.figure)):
        marks = (FIRST,) if k == 0 else ()
        if figure is not None and figure != ro.reference:
            marks += (DIFFERS,)
        lines.append(ReportLine(c, outlet(c, documents.get(c.doc_hash)), c.published or "", _written(c.money),
                                format_usd(c.money) if c.money else "—",
                                one_line(c.timeframe.text) if c.timeframe else "", one_line(c.passage.text), marks, figure))
    return lines


def figures_note(lines: Sequence[ReportLine]) -> str | None:
    """Where the reports disagree, how many state each figure, the most stated first:
    "7 reports state $2.9 billion; 1 states approximately $3 billion"."""
    by_figure: dict[int, list[ReportLine]] = {}
    for line in lines:
        if line.figure is not None:
            by_figure.setdefault(line.figure, []).append(line)
    if len(by_figure) < 2:
        return None
    ranked = sorted(by_figure.values(), key=lambda ls: (DIFFERS in ls[0].marks, -len(ls)))
    return "; ".join(f"{len(ls)} {'reports state' if len(ls) > 1 else 'states'} {ls[0].amount}" for ls in ranked)


def _written(m: MoneyAmount | None) -> str:
    return one_line(amount_as_written(m)) if m else "—"
