"""The search box: filters every pane as you type."""
from __future__ import annotations

from dataclasses import dataclass

from textual.geometry import Size
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [("escape", "clear", "Clear search")]

    @dataclass
    class QueryChanged(Message):
        query: str

    @dataclass
    class Done(Message):
        """The user pressed enter: move on to the results."""

    def __init__(self) -> None:
        super().__init__(placeholder="/ search: words, \"phrases\"", id="search")

    def _watch_value(self, value: str) -> None:
        # Input grows its virtual width (a layout reactive) with every character, which
        # lays out and repaints the whole screen per keystroke; the box scrolls its text
        # with the size set quietly, and only the panes that change are repainted.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_clear(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.post_message(self.Done())
