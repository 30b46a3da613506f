"""`C`: choose the citation format, with a preview of exactly what will be copied."""
from __future__ import annotations

from commitments.records import Commitment, Document
from commitments.tui.citation import CitationFormat, format_citation
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

FORMATS = list(CitationFormat)


class CitationChooser(ModalScreen[CitationFormat | None]):
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel"),
        *(Binding(str(i), f"choose({i - 1})", fmt.label, show=False) for i, fmt in enumerate(FORMATS, 1)),
    ]
    DEFAULT_CSS = """
    CitationChooser { align: center middle; }
    CitationChooser > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    CitationChooser OptionList, CitationChooser OptionList:focus { height: auto; max-height: 5; border: none; }
    CitationChooser #citation-preview { height: auto; max-height: 14; border-top: solid $panel; }
    """

    def __init__(self, commitment: Commitment, document: Document | None = None) -> None:
        super().__init__()
        self.commitment = commitment
        self.document = document

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Copy citation as…"
            box.border_subtitle = "enter copy · esc cancel"
            yield OptionList(*(Option(f"{i}  {fmt.label}", id=fmt.value) for i, fmt in enumerate(FORMATS, 1)),
                             id="citation-formats")
            with VerticalScroll(id="citation-preview"):
                yield Static(id="citation-preview-text")

    def on_mount(self) -> None:
        formats = self.query_one(OptionList)
        formats.highlighted = 0
        formats.focus()
        self.preview(FORMATS[0])

    def citation(self, fmt: CitationFormat) -> str:
        return format_citation(self.commitment, fmt, self.document)

    def preview(self, fmt: CitationFormat) -> None:
        # Text, never markup: the citation quotes untrusted documents.
        self.query_one("#citation-preview-text", Static).update(Text(self.citation(fmt)))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.preview(CitationFormat(event.option.id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(CitationFormat(event.option.id))

    def action_choose(self, index: int) -> None:
        self.dismiss(FORMATS[index])
