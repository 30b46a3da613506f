"""`enter` on a pledge: its card. One row per report (outlet, date, amount as written,
USD, timeframe), the first report and every differing figure marked, and the selected
report's whole quote beneath."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commitments.extract.text import one_line
from commitments.records import Commitment, Document
from commitments.tui.format import counted
from commitments.tui.pledge_card import DIFFERS, FIRST, ReportLine, figures_note, report_lines
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

MARKS = {FIRST: "① first", DIFFERS: "≠ differs"}


@dataclass(frozen=True)
class CardColumn:
    label: str
    least: int  # narrower than this it is not worth showing
    most: int  # wider than this it takes room the others need
    optional: bool  # left out when the terminal is too narrow (the quote is beneath the table anyway)


COLUMNS = (CardColumn("", 17, 17, False), CardColumn("Outlet", 12, 40, False), CardColumn("Date", 10, 10, False),
           CardColumn("Amount as written", 12, 40, False), CardColumn("USD", 12, 12, False),
           CardColumn("Timeframe", 12, 30, True), CardColumn("Quote", 24, 60, True))
GROWS_FIRST = (3, 1, 5, 6)  # where spare room goes: the amount as written, then the outlet, ...
PADDING = 2  # a DataTable cell's padding, one each side


def fit_columns(room: int, values: Sequence[Sequence[str]]) -> list[int]:
    """Each column's width (0: left out) so that the table fits ``room`` terminal columns:
    the required columns at their least (or their content, if narrower), then the optional
    ones that still fit, then the spare room to the columns that want it, amount first."""
    natural = [max([len(COLUMNS[k].label), *map(len, vs)], default=0) for k, vs in enumerate(values)]
    want = [min(n, c.most) for n, c in zip(natural, COLUMNS)]
    widths = [0 if c.optional else min(w, max(c.least, len(c.label))) for c, w in zip(COLUMNS, want)]
    used = sum(w + PADDING for w in widths if w)
    for k, c in enumerate(COLUMNS):
        first = min(want[k], c.least)
        if c.optional and want[k] and used + first + PADDING <= room:
            widths[k] = first
            used += first + PADDING
    for k in (*GROWS_FIRST, *range(len(COLUMNS))):
        if widths[k]:
            extra = max(0, min(want[k] - widths[k], room - used))
            widths[k] += extra
            used += extra
    return widths


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


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
            note = figures_note(self.lines)
            yield Static(Text(f"⚠ sources differ: {note}" if note else ""), id="pledge-note",
                         classes="" if note else "-agree")
            yield DataTable(cursor_type="row", id="pledge-reports")
            with VerticalScroll(id="pledge-quote"):
                yield Static(id="pledge-quote-text")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        cells = [(" ".join(MARKS[m] for m in line.marks), line.outlet, line.date, line.amount, line.usd,
                  line.timeframe, line.quote) for line in self.lines]
        room = min(int(self.app.size.width * 0.95), 160) - 4 - table.scrollbar_size_vertical
        widths = fit_columns(room, [[row[k] for row in cells] for k in range(len(COLUMNS))])
        shown = [k for k, w in enumerate(widths) if w]
        for k in shown:
            table.add_column(COLUMNS[k].label, width=widths[k])
        for line, row in zip(self.lines, cells):
            differs = DIFFERS in line.marks
            styles = ("bold yellow" if differs else "bold", "", "", "bold red" if differs else "bold green", "", "", "")
            table.add_row(*(Text(clip(row[k], widths[k]), style=styles[k]) for k in shown))
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
