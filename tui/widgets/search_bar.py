"""The search box: filters every pane as you type."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commitments.store.query import parse_query
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Input


PLACEHOLDER = '/ search: words "a phrase" -word org:name to:name amount>1bn year:2027 kind:funding'


class SearchBar(Input):
    """The search box; its lower border says what in the query cannot be read (an error:
    nothing matches) or is not finished yet (pending: it filters nothing so far)."""

    BINDINGS = [("escape", "clear", "Clear search")]
    DEFAULT_CSS = """
    SearchBar.-query-error { border: tall $error; }
    SearchBar { border-subtitle-color: $text-muted; }
    SearchBar.-query-error { border-subtitle-color: $text-error; border-subtitle-style: bold; }
    """

    @dataclass
    class Done(Message):
        """The user pressed enter: move on to the results."""

    def __init__(self, on_query: Callable[[str], None]) -> None:
        """``on_query`` is called with the query each time it changes, from the keystroke
        itself rather than through a message: a message bubbling up to the app lets the
        screen paint the box alone first, and the list then waits a frame more."""
        super().__init__(placeholder=PLACEHOLDER, id="search")
        self._on_query = on_query

    def _watch_value(self, value: str) -> None:
        # Input grows its virtual width (a layout reactive) with every character, which
        # lays out and repaints the whole screen per keystroke; the box scrolls its text
        # with the size set quietly, and only the panes that change are repainted.
        self.set_reactive(Input.virtual_size, Size(self.content_width, 1))
        super()._watch_value(value)
        self._show_problems(value)
        self._on_query(value)

    def _show_problems(self, value: str) -> None:
        q = parse_query(value)
        self.set_class(bool(q.errors), "-query-error")
        if q.errors:
            self.border_subtitle = Text("⚠ " + "; ".join(q.errors))  # the query is typed text: never markup
        elif q.pending:
            self.border_subtitle = Text("… " + "; ".join(q.pending))
        else:
            self.border_subtitle = ""

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()  # the query went to on_query already

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done())

    def action_clear(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.post_message(self.Done())
