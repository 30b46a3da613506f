"""The source pane: the document around a passage, with who, how much and when marked.

Each mention is styled and also bracketed, so it still reads under NO_COLOR.
"""
from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from extract.records import Commitment

STYLES = {
    "actor": "bold reverse cyan",
    "money": "bold reverse green",
    "timeframe": "bold reverse magenta",
    "recipient": "underline",
}
MARKS = {"actor": ("⟦", "⟧"), "money": ("⟦", "⟧"), "timeframe": ("⟦", "⟧"), "recipient": ("", "")}


def highlighted_source(text: str, c: Commitment) -> tuple[Text, int]:
    """The document as Text with the passage and mentions styled; also the passage's line."""
    out = Text()
    pos = 0
    for m in sorted(c.mentions, key=lambda m: m.start):
        if m.start < pos or m.end > len(text):
            continue
        out.append(text[pos:m.start])
        left, right = MARKS.get(m.role, ("", ""))
        out.append(f"{left}{text[m.start:m.end]}{right}", style=STYLES.get(m.role, "bold"))
        pos = m.end
    out.append(text[pos:])
    shift = _shift_before(c, c.passage.start)
    out.stylize("on #333355", c.passage.start + shift, c.passage.end + _shift_before(c, c.passage.end))
    line = text.count("\n", 0, c.passage.start)
    return out, line


def _shift_before(c: Commitment, offset: int) -> int:
    return sum(len(MARKS[m.role][0]) + len(MARKS[m.role][1]) for m in c.mentions if m.end <= offset and m.role in MARKS)


class SourceView(VerticalScroll):
    def compose(self):
        yield Static(id="source-text")

    def show(self, c: Commitment | None, text: str | None) -> None:
        body = self.query_one("#source-text", Static)
        if c is None:
            body.update(Text("No commitment selected.", style="dim"))
            self.border_title = "Source"
            return
        if text is None:
            text = c.passage.text
            c = _relative(c)
        rendered, line = highlighted_source(text, c)
        body.update(rendered)
        self.border_title = f"Source: {c.doc}"
        self.call_after_refresh(self.scroll_to, y=max(line - 2, 0), animate=False)


def _relative(c: Commitment) -> Commitment:
    """Shift offsets when only the passage is known (the document is missing)."""
    from dataclasses import replace

    from extract.records import Mention, Passage

    base = c.passage.start
    return replace(c, passage=Passage(0, len(c.passage.text), c.passage.text),
                   mentions=[Mention(m.role, m.start - base, m.end - base, m.text) for m in c.mentions])
