"""`enter` on a pledge: its card. One row per report (outlet, date, amount as written,
USD, timeframe), the first report and every differing figure marked, and the selected
report's whole quote beneath."""
from __future__ import annotations

from collections.abc import Sequence

from commitments.extract.consolidate import discrepancy_note
from commitments.extract.text import one_line
from commitments.records import Commitment, Document
from commitments.tui.format import counted
from commitments.tui.pledge_card import DIFFERS, FIRST, ReportLine, report_lines
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

MARKS = {FIRST: "① first", DIFFERS: "≠ differs"}


class PledgeCard(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "dismiss(None)", "Close")]
    DEFAULT_CSS = """
    PledgeCard { align: center middle; }
    PledgeCard > Vertical {
        width: 95%; max-width: 160; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    PledgeCard #pledge-note { height: auto; color: $warning; }
    PledgeCard #pledge-note.-agree { display: none; }
    PledgeCard DataTable { height: auto; max-height: 16; }
    PledgeCard #pledge-quote { height: auto; max-height: 10; border-top: solid $panel; }
    """

    def __init__(self, reports: Sequence[Commitment], documents: dict[str, Document | None]) -> None:
        super().__init__()
        self.reports = list(reports)
        self.lines: list[ReportLine] = report_lines(self.reports, documents)

    def compose(self) -> ComposeResult:
        actors = list(dict.fromkeys(a for c in self.reports for a in c.actors))
        recipients = list(dict.fromkeys(r for c in self.reports for r in c.recipients))
        docs = len({c.doc_hash for c in self.reports})
        with Vertical() as box:
            box.border_title = one_line(", ".join(actors) or "Pledge")[:80] + (
                f" → {one_line(', '.join(recipients))[:60]}" if recipients else "")
            box.border_subtitle = f"{counted(len(self.reports), 'report')} in {counted(docs, 'document')} · esc close"
            # Text, never markup: every field here comes from untrusted documents.
            note = discrepancy_note(self.reports)
            yield Static(Text(f"⚠ {one_line(note)}" if note else ""), id="pledge-note",
                         classes="" if note else "-agree")
            yield DataTable(cursor_type="row", id="pledge-reports")
            with VerticalScroll(id="pledge-quote"):
                yield Static(id="pledge-quote-text")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label in ("", "Outlet", "Date", "Amount as written", "USD", "Timeframe", "Quote"):
            table.add_column(label)
        for line in self.lines:
            mark = " ".join(MARKS[m] for m in line.marks)
            table.add_row(Text(mark, style="bold yellow" if DIFFERS in line.marks else "bold"),
                          Text(line.outlet[:40]), Text(line.date),
                          Text(line.amount[:40], style="bold red" if DIFFERS in line.marks else "bold green"),
                          Text(line.usd), Text(line.timeframe[:30]), Text(line.quote[:60]))
        table.focus()
        self.show_quote(0)

    def show_quote(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            line = self.lines[row]
            self.query_one("#pledge-quote-text", Static).update(Text(f"{line.outlet} ({line.commitment.doc}): "
                                                                     f"“{line.quote}”"))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.show_quote(event.cursor_row)
