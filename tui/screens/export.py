"""The export dialog: choose a format and a path; the file is written here."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from commitments.records import Commitment
from commitments.store.export import write_file
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

FORMATS = {"csv": "CSV", "json": "JSON", "md": "Markdown"}  # what the dialog offers


class ExportScreen(ModalScreen[Path | None]):
    """Dismisses with the path written, or None when cancelled."""

    BINDINGS = [("escape", "dismiss(None)", "Cancel")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 70; max-width: 95%; height: auto; border: round $accent; background: $surface; padding: 0 1; }
    ExportScreen RadioSet { layout: horizontal; width: 100%; }
    ExportScreen Horizontal { height: auto; align-horizontal: right; }
    ExportScreen #export-error { color: $error; }
    """

    def __init__(self, commitments: Sequence[Commitment], what: str, directory: Path | None = None) -> None:
        super().__init__()
        self.commitments = list(commitments)
        self.what = what
        self.directory = directory or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Export {len(self.commitments)} {self.what} commitments"
            with RadioSet(id="export-format"):
                for i, (ext, name) in enumerate(FORMATS.items()):
                    yield RadioButton(name, value=i == 0, name=ext, id=f"format-{ext}")
            yield Input(str(self.directory / "commitments.csv"), id="export-path", select_on_focus=False)
            yield Label("", id="export-error")
            with Horizontal():
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @property
    def format(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed and pressed.name else "csv"

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        path = self.query_one("#export-path", Input)
        if path.value:
            path.value = str(Path(path.value).with_suffix(f".{self.format}"))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-ok":
            self.export()
        else:
            self.dismiss(None)

    def export(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.query_one("#export-error", Label).update("Give a file path.")
            return
        try:
            write_file(Path(value), self.commitments, self.format)
            written = Path(value).expanduser()
        except OSError as exc:
            self.query_one("#export-error", Label).update(Text(f"{value}: cannot write ({exc.strerror or exc})"))
            return
        self.dismiss(written)
