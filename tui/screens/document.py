"""A document full screen, with the passage, mentions and search matches marked."""
from __future__ import annotations

import re

from commitments.records import Commitment
from commitments.tui.widgets.source_view import SourceView
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class DocumentScreen(Screen[None]):
    BINDINGS = [("escape,o,q", "dismiss", "Back")]
    DEFAULT_CSS = "DocumentScreen SourceView { height: 1fr; border: round $accent; padding: 0 1; }"

    def __init__(self, c: Commitment, document: str | None, pattern: re.Pattern[str] | None) -> None:
        super().__init__()
        self.commitment, self.document, self.pattern = c, document, pattern

    def compose(self) -> ComposeResult:
        yield SourceView(id="document")
        yield Footer()

    def on_mount(self) -> None:
        view = self.query_one(SourceView)
        view.show(self.commitment, self.document, self.pattern)
        view.focus()
