"""Ask for a file or folder to ingest."""
from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class IngestScreen(ModalScreen[str | None]):
    BINDINGS = [("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    IngestScreen { align: center middle; }
    IngestScreen > Vertical { width: 70; max-width: 95%; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    IngestScreen #ingest-error { color: $error; }
    """

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Ingest a file or folder"
            yield Label("Text, Markdown or HTML files; a folder is read recursively. Enter to start.")
            yield Input(placeholder="path", id="ingest-path")
            yield Label("", id="ingest-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value or not Path(value).expanduser().exists():
            self.query_one("#ingest-error", Label).update(Text(f"{value or 'A path'}: no such file or folder"))
            return
        self.dismiss(str(Path(value).expanduser()))
