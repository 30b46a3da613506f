"""Facet panes: organisations with their counts, and amounts largest first."""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_usd


class OrganisationList(OptionList):
    """Organisations in the current result set; selecting one narrows every pane."""

    @dataclass
    class Chosen(Message):
        name: str | None

    def show(self, counts: list[tuple[str, int]], chosen: str | None) -> None:
        options = [Option(Text("All organisations", style="italic"), id="\x00all")]
        for name, n in counts:
            mark = "▶ " if name == chosen else ""
            options.append(Option(Text(f"{mark}{one_line(name)}  {n}"), id=name))
        self.set_options(options)
        self.border_title = f"Organisations ({len(counts)})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        oid = event.option.id
        self.post_message(self.Chosen(None if oid == "\x00all" else oid))


class AmountList(OptionList):
    """Dollar amounts, largest first; choosing one shows its commitment."""

    @dataclass
    class Chosen(Message):
        commitment_id: str

    def show(self, commitments: list[Commitment]) -> None:
        options = []
        for c in commitments:
            label = Text(f"{format_usd(c.money):>9} ", style="bold")
            label.append(one_line(", ".join(c.actors))[:40])
            options.append(Option(label, id=c.id))
        self.set_options(options)
        self.border_title = f"Amounts ({len(commitments)})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
