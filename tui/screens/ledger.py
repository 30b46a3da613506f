"""`L`: the ledger. One row per organisation or recipient (`t` switches), with its
distinct pledges and their total in US dollars, largest first (the counting is in
tui/ledger.py); `enter` shows that row's pledges in the list."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from commitments.extract.text import one_line
from commitments.records import Commitment
from commitments.tui.format import counted, dollars
from commitments.tui.ledger import NOUN, OTHER_SIDE, LedgerRow, ledger
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static


class LedgerScreen(ModalScreen["LedgerScreen.Choice | None"]):
    BINDINGS = [
        Binding("escape,q,L", "dismiss(None)", "Close"),
        Binding("t", "toggle_by", "Organisations / recipients"),
    ]
    DEFAULT_CSS = """
    LedgerScreen { align: center middle; }
    LedgerScreen > Vertical {
        width: 90%; max-width: 130; height: 80%;
        border: round $accent; background: $surface;
    }
    LedgerScreen DataTable { height: 1fr; }
    LedgerScreen #ledger-rule { height: auto; color: $text-muted; border-top: solid $panel; }
    """

    @dataclass(frozen=True)
    class Choice:
        """The row the user opened: show the list narrowed to it."""

        by: str  # "actor" or "recipient"
        name: str

    def __init__(self, commitments: Sequence[Commitment], by: str = "actor", filtered: bool = False) -> None:
        super().__init__()
        self.commitments = commitments
        self.by = by
        self.filtered = filtered  # whether a search or facet narrows what is counted
        self.rows: list[LedgerRow] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="ledger-box"):
            yield DataTable(cursor_type="row", zebra_stripes=True, id="ledger")
            yield Static(Text("Each pledge counts once, at its first report's dollar value; a part never adds "
                              "to its whole · t organisations/recipients · enter its pledges · esc close"),
                         id="ledger-rule")

    def on_mount(self) -> None:
        self.show()
        self.query_one(DataTable).focus()

    def show(self) -> None:
        table = self.query_one(DataTable)
        self.rows = ledger(self.commitments, self.by)
        table.clear(columns=True)
        noun, other = NOUN[self.by], NOUN[OTHER_SIDE[self.by]]
        table.add_column(noun.capitalize(), key="name")
        table.add_column("Pledges", key="pledges")
        table.add_column("Total (USD)", key="total")
        table.add_column(f"Largest {'to' if self.by == 'actor' else 'from'} ({other})", key="top")
        for row in self.rows:
            top = f"{one_line(row.top[0])[:40]}  {dollars(row.top[1], row.converted)}" if row.top else ""
            unpriced = f" ({row.without_amount} without $)" if row.without_amount else ""
            # Text, never markup: names come from untrusted documents.
            table.add_row(Text(one_line(row.name)[:50]), Text(f"{row.pledges}{unpriced}", justify="right"),
                          Text(dollars(row.total_usd, row.converted), justify="right", style="bold"), Text(top),
                          key=row.key)
        scope = "shown" if self.filtered else "all"
        box = self.query_one("#ledger-box")
        box.border_title = f"Ledger by {noun} ({counted(len(self.rows), noun)}, {scope} commitments)"
        box.border_subtitle = "t: by " + other

    def action_toggle_by(self) -> None:
        self.by = OTHER_SIDE[self.by]
        self.show()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if 0 <= event.cursor_row < len(self.rows):
            self.dismiss(self.Choice(self.by, self.rows[event.cursor_row].name))
