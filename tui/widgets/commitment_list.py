"""The list of commitments matching the current filters."""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_usd


def row_label(c: Commitment) -> Text:
    label = Text(one_line(", ".join(c.actors))[:30], style="bold")
    if c.money:
        label.append(f"  {format_usd(c.money)}", style="green")
    label.append(f"  {c.kind}", style="dim")
    label.append("\n")
    label.append(one_line(c.passage.text)[:160])
    return label


class CommitmentList(OptionList):
    @dataclass
    class Highlighted(Message):
        commitment: Commitment | None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Commitment] = []

    def show(self, rows: list[Commitment]) -> None:
        current = self.selected
        self.rows = rows
        self.set_options(Option(row_label(c), id=c.id) for c in rows)
        self.border_title = f"Commitments ({len(rows)})"
        if rows:
            ids = [c.id for c in rows]
            self.highlighted = ids.index(current.id) if current and current.id in ids else 0
        else:
            self.post_message(self.Highlighted(None))

    @property
    def selected(self) -> Commitment | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.rows)):
            return None
        return self.rows[self.highlighted]

    def select_id(self, commitment_id: str) -> None:
        for i, c in enumerate(self.rows):
            if c.id == commitment_id:
                self.highlighted = i
                return

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.selected))
