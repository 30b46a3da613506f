"""The Source pane: the whole document, scrolled to the passage.

The passage is shaded and flagged with a bar in the gutter; the actor, the amount and the
timeframe each have their own style and are also bracketed ⟦like this⟧, so all of it still
reads under NO_COLOR. Search terms are highlighted; ``n``/``N`` step through them. The
document is wrapped here and rendered a line at a time, so a long document costs only
what is on screen. Its text is only ever appended to Text: never parsed as markup.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from commitments.records import Commitment
from commitments.tui.contrast import readable
from commitments.tui.format import counted
from commitments.tui.highlight import TERM_STYLE
from commitments.tui.theme_colours import ThemedStyles
from rich._wrap import (
    divide_line,  # the same wrapping Rich uses, but keeping every character
)
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

STYLES = {
    "actor": "bold cyan",
    "money": "bold underline green",
    "timeframe": "italic underline magenta",
    "recipient": "underline",
}
MARKS = {"actor": ("⟦", "⟧"), "money": ("⟦", "⟧"), "timeframe": ("⟦", "⟧")}
# Text is cleaned at ingest; should a control character still arrive, show it as � rather
# than let the terminal act on it (same length, so every offset still holds).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
CURRENT_MATCH_STYLE = "bold reverse"
GUTTER = 2


@dataclass
class Rendered:
    """The document as styled Text, and where document offsets land in it."""

    text: Text
    inserts: list[tuple[int, int]]  # (document offset, characters inserted before it)
    passage: tuple[int, int]  # in rendered offsets

    def at(self, offset: int) -> int:
        return offset + sum(n for where, n in self.inserts if where <= offset)


def render_source(text: str, c: Commitment, pattern: re.Pattern[str] | None) -> Rendered:
    text = _CONTROL.sub("\ufffd", text)
    out, inserts, pos = Text(), [], 0
    for m in sorted(c.mentions, key=lambda m: m.start):
        if m.start < pos or m.end > len(text) or m.start < 0:
            continue
        left, right = MARKS.get(m.role, ("", ""))
        out.append(text[pos:m.start])
        out.append(f"{left}{text[m.start:m.end]}{right}", style=STYLES.get(m.role, "bold"))
        inserts += [(m.start, len(left)), (m.end, len(right))] if left else []
        pos = m.end
    out.append(text[pos:])
    # a bracket inserted before document offset w moves every offset from w on
    rendered = Rendered(out, inserts, (0, 0))
    start, end = rendered.at(c.passage.start), rendered.at(c.passage.end)
    rendered.passage = (start, end)  # shaded when drawn, in the theme's colours
    return rendered


class SourceView(ScrollView, can_focus=True):
    # The scrollbar's columns are kept whether it shows or not: a ScrollView gets no
    # Resize when its scrollbar comes or goes, so lines wrapped without it would be cut.
    # The passage is shaded with the theme's primary colour, so light themes shade it
    # lightly (a fixed dark shade made their dark text unreadable).
    COMPONENT_CLASSES = {"source-view--passage"}
    DEFAULT_CSS = """
    SourceView { overflow-x: hidden; scrollbar-gutter: stable; }
    SourceView > .source-view--passage { background: $primary 25%; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.commitment: Commitment | None = None
        self._document: str | None = None
        self.pattern: re.Pattern[str] | None = None
        self._rendered: Rendered | None = None
        self.matches: list[tuple[int, int]] = []  # rendered offsets of search matches
        self.current_match = -1
        self._lines: list[Text] = []
        self._starts: list[int] = []  # rendered offset where each wrapped line begins
        self._cache: LRUCache[tuple, Strip] = LRUCache(256)
        self._anchor = (0, 0)  # (rendered offset, lines above it) to keep in view
        self._shade: Style | None = None  # the passage's, from the theme
        self._themed: ThemedStyles | None = None  # the mentions' named colours in the theme's

    def show(self, c: Commitment | None, document: str | None, pattern: re.Pattern[str] | None = None) -> None:
        self.commitment, self._document, self.pattern = c, document, pattern
        self.current_match = -1
        if c is None:
            self._rendered = Rendered(Text("No commitment selected.", style="dim"), [], (0, 0))
            self.matches = []
            self.border_title = "Source"
        else:
            if document is None:  # the document is missing: show what the record holds
                document, c = c.passage.text, _relative(c)
            self._rendered = render_source(document, c, pattern)
            self.matches = [(self._rendered.at(m.start()), self._rendered.at(m.end()))
                            for m in pattern.finditer(document)] if pattern else []
            for start, end in self.matches:
                self._rendered.text.stylize(TERM_STYLE, start, end)
            self.border_title = Text(f"Source: {c.doc}")  # a file name is not markup
        self._anchor = (self._rendered.passage[0], 2)
        self._wrap()
        self._update_subtitle()

    def _wrap(self) -> None:
        width = max(self.scrollable_content_region.width - GUTTER, 10)
        self._lines, self._starts, pos = [], [], 0
        if self._rendered is not None:
            for paragraph in self._rendered.text.split("\n", allow_blank=True):
                plain = paragraph.plain
                offsets = divide_line(plain, width, fold=True)
                self._lines.extend(paragraph.divide(offsets))
                self._starts.extend(pos + o for o in [0, *offsets])
                pos += len(plain) + 1
        self.virtual_size = Size(width + GUTTER, len(self._lines))
        self._cache.clear()
        self.refresh()
        self.scroll_to_offset(*self._anchor)

    def on_resize(self) -> None:
        if self._rendered is not None:
            self._wrap()

    def line_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def scroll_to_offset(self, offset: int, top_margin: int) -> None:
        """Bring a rendered offset into view; kept as the anchor when the width changes."""
        self._anchor = (offset, top_margin)
        y = max(self.line_of(offset) - top_margin, 0)
        self.scroll_to(y=y, animate=False, force=True, immediate=True)

    # n / N
    def step_match(self, step: int) -> bool:
        if not self.matches:
            return False
        if self.current_match < 0:
            here = self._first_step_from(step)
            starts = [s for s, _ in self.matches]
            self.current_match = bisect.bisect_left(starts, here) if step > 0 else bisect.bisect_left(starts, here) - 1
            self.current_match %= len(self.matches)
        else:
            self.current_match = (self.current_match + step) % len(self.matches)
        self._cache.clear()
        self.scroll_to_offset(self.matches[self.current_match][0], top_margin=self.size.height // 3)
        self.refresh()
        self._update_subtitle()
        return True

    def _first_step_from(self, step: int) -> int:
        """Where the first n (N) looks from: the passage while it is on screen, else the
        top (bottom) of what is on screen, so that n goes to the next match below what
        the reader sees, never back up to the first match of the document."""
        top = round(self.scroll_offset.y)
        bottom = top + max(self.scrollable_content_region.height, 1)
        start, end = self._rendered.passage
        if top <= self.line_of(start) < bottom:
            return start if step > 0 else end
        if step > 0:
            return self._starts[min(top, len(self._starts) - 1)] if self._starts else 0
        return self._starts[bottom] if bottom < len(self._starts) else len(self._rendered.text.plain)

    def _update_subtitle(self) -> None:
        if not self.matches:
            self.border_subtitle = ""
        elif self.current_match < 0:
            self.border_subtitle = f"{counted(len(self.matches), 'match', 'matches')} · n/N"
        else:
            self.border_subtitle = f"match {self.current_match + 1}/{len(self.matches)}"

    # Rendering
    def render_line(self, y: int) -> Strip:
        index = y + round(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        key = (index, width, self.current_match)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render(index, width)
            self._cache[key] = strip
        return strip

    def _passage_style(self) -> Style:
        if self._shade is None:
            shade = self.get_component_rich_style("source-view--passage")
            # An ANSI theme leaves colours to the terminal's palette, where no shade is sure
            # to keep the text readable: the gutter's bar alone marks the passage there.
            ansi = shade.bgcolor is None or shade.bgcolor.triplet is None
            self._shade = Style() if ansi else readable(shade)
        return self._shade

    def notify_style_update(self) -> None:
        # A theme change restyles the shade: lines drawn with the old one are stale.
        super().notify_style_update()
        self._shade = None
        self._themed = None
        self._cache.clear()

    def _render(self, index: int, width: int) -> Strip:
        line = self._lines[index].copy()
        start = self._starts[index]
        end = start + len(line.plain)
        p_start, p_end = self._rendered.passage
        in_passage = p_start < p_end and start < p_end and end >= p_start
        line = Text().append("▌ " if in_passage else "  ", style="bold cyan").append_text(line)
        if in_passage:  # under the line's own styles, so mentions and matches keep theirs
            shade = (GUTTER + max(p_start - start, 0), GUTTER + min(p_end, end) - start)
            line.spans.insert(0, Span(*shade, self._passage_style()))
        if 0 <= self.current_match < len(self.matches):
            m_start, m_end = self.matches[self.current_match]
            if m_start < end and m_end > start:
                line.stylize(CURRENT_MATCH_STYLE, GUTTER + max(m_start - start, 0), GUTTER + m_end - start)
        line.no_wrap, line.end = True, ""
        if self._themed is None:
            self._themed = ThemedStyles(self.app.get_css_variables(), self.rich_style.bgcolor)
        segments = [Segment(text, self._themed(style)) for text, style, _ in line.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, None).apply_style(self.rich_style)


def _relative(c: Commitment) -> Commitment:
    """Shift offsets when only the passage is known (the document is missing)."""
    from dataclasses import replace

    from commitments.records import Mention, Passage

    base = c.passage.start
    return replace(c, passage=Passage(0, len(c.passage.text), c.passage.text),
                   mentions=[Mention(m.role, m.start - base, m.end - base, m.text) for m in c.mentions])
