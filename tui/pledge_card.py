"""What the pledge card shows: one line per report of a pledge, first report first, with
the mark of the first report and of every figure that differs from it. Plain Python: the
rule for "differs" is consolidation's (extract.consolidate.differing_readings)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commitments.extract.consolidate import amount_as_written, differing_readings
from commitments.extract.text import one_line
from commitments.records import Commitment, Document, MoneyAmount
from commitments.tui.format import format_usd
from commitments.tui.ledger import first_report_order

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


def outlet(c: Commitment, doc: Document | None) -> str:
    """Who published the report: the publisher the document names ("Yonhap"), else its
    headline, else its file name."""
    for name in (doc.publisher if doc else None, (doc.title if doc else None) or c.title, c.doc):
        if name and one_line(name):
            return one_line(name)
    return ""


def report_lines(reports: Sequence[Commitment], documents: dict[str, Document | None]) -> list[ReportLine]:
    """The reports, the earliest published first; a report whose figure is another reading
    than the first report's (by differing_readings) is marked DIFFERS."""
    ordered = sorted(reports, key=first_report_order)
    readings = differing_readings(ordered)

    def reading(c: Commitment) -> int | None:
        if not readings or c.money is None:
            return None
        for n, (m, docs) in enumerate(readings):
            if m is c.money:
                return n
        return next((n for n, (_, docs) in enumerate(readings) if c.doc in docs), None)

    first_reading = next((reading(c) for c in ordered if c.money is not None), None)
    lines = []
    for k, c in enumerate(ordered):
        marks = (FIRST,) if k == 0 else ()
        r = reading(c)
        if r is not None and r != first_reading:
            marks += (DIFFERS,)
        lines.append(ReportLine(c, outlet(c, documents.get(c.doc_hash)), c.published or "", _written(c.money),
                                format_usd(c.money) if c.money else "—",
                                one_line(c.timeframe.text) if c.timeframe else "", one_line(c.passage.text), marks))
    return lines


def _written(m: MoneyAmount | None) -> str:
    return one_line(amount_as_written(m)) if m else "—"
