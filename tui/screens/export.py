"""The export dialog: choose a format and a path; the file is written here."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from commitments.records import Commitment
from commitments.store.export import EXTENSIONS, Documents, UnknownExtension, format_for, write_file
from commitments.tui.format import counted
from commitments.tui.screens.confirm import ConfirmScreen
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

    def __init__(self, commitments: Sequence[Commitment], what: str, directory: Path | None = None,
                 note: str = "", documents: Documents | None = None) -> None:
        super().__init__()
        self.commitments = list(commitments)
        self.documents = documents  # for each commitment's publisher and address
        self.what = what
        self.note = note  # e.g. that some marked commitments are hidden by the search
        self.directory = directory or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            n = len(self.commitments)
            box.border_title = f"Export {counted(n, self.what + ' commitment')}"
            if self.note:
                yield Label(Text(self.note), id="export-note")
            with RadioSet(id="export-format"):
                for i, (ext, name) in enumerate(FORMATS.items()):
                    yield RadioButton(name, value=i == 0, name=ext, id=f"format-{ext}")
            yield Input(str(free_path(self.directory / "commitments.csv")), id="export-path", select_on_focus=False)
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
        if path.value and EXTENSIONS.get(Path(path.value).suffix.lower()) != self.format:
            path.value = str(free_path(Path(path.value).with_suffix(f".{self.format}")))

    def on_input_changed(self, event: Input.Changed) -> None:
        # The format follows the extension typed: "x.json" presses JSON.
        fmt = EXTENSIONS.get(Path(event.value).suffix.lower())
        if fmt in FORMATS and fmt != self.format:
            with self.prevent(RadioSet.Changed):
                self.query_one(f"#format-{fmt}", RadioButton).value = True

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
        error = self.query_one("#export-error", Label)
        if not value:
            error.update("Give a file path.")
            return
        path = Path(value).expanduser()
        try:
            fmt = format_for(path)
        except UnknownExtension as exc:
            error.update(Text(str(exc)))
            return
        if path.exists():
            question = f"{path} exists. Replace it?"
            self.app.push_screen(ConfirmScreen(question, "Replace", "Keep it"),
                                 lambda replace: replace and self._write(path, fmt))
        else:
            self._write(path, fmt)

    def _write(self, path: Path, fmt: str) -> None:
        try:
            write_file(path, self.commitments, fmt, self.documents)
        except OSError as exc:
            self.query_one("#export-error", Label).update(Text(f"{path}: cannot write ({exc.strerror or exc})"))
            return
        self.dismiss(path)


def free_path(path: Path) -> Path:
    """``path``, or the first of ``name-2.ext``, ``name-3.ext`` … that does not exist yet."""
    candidate, n = path, 2
    while candidate.exists() and n < 1000:
        candidate, n = path.with_name(f"{path.stem}-{n}{path.suffix}"), n + 1
    return candidate
