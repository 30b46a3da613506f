"""The Commitments list, virtualised: only the rows on screen are ever rendered, so a
hundred thousand commitments scroll as lightly as ten (the Line API: ``render_line``
returns one Strip per visible line, cached while nothing changes)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from commitments.records import Commitment
from commitments.tui.contrast import readable
from commitments.tui.theme_colours import ThemedStyles
from commitments.tui.format import counted
from commitments.tui.widgets.quiet_size import set_content_size
from commitments.tui.widgets.rows import (
    GROUP,
    Entry,
    FlatEntries,
    GroupedEntries,
    Outlet,
    build_entries,
    entry_segments,
)
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip


class CommitmentList(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("down,j", "move(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "move(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("home", "jump(0)", "Top", show=False, id="list.top"),
        Binding("end,G", "jump(-1)", "Bottom", show=False, id="list.bottom"),
        Binding("right,l", "expand", "Expand", show=False, id="list.expand"),
        Binding("left,h", "collapse", "Collapse", show=False, id="list.collapse"),
    ]
    COMPONENT_CLASSES = {"commitment-list--cursor"}
    # The theme's own cursor colours, which each theme pairs for contrast (light themes
    # included); the row's coloured columns give way to them (see _render_entry).
    DEFAULT_CSS = """
    CommitmentList { overflow-x: hidden; }
    CommitmentList > .commitment-list--cursor {
        background: $block-cursor-blurred-background; color: $block-cursor-blurred-foreground; text-style: bold;
    }
    CommitmentList:focus > .commitment-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    """

    @dataclass
    class Highlighted(Message):
        commitment: Commitment | None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[Commitment] = []  # the filtered commitments, whatever the view
        self.entries: Sequence[Entry] = []  # what is on screen, one per line
        self.marks: set[str] = set()  # shared with the app, which owns the marks
        self.grouped = False
        self.order = ""
        self.expanded: set[str] = set()
        self.cursor = 0
        self._pattern: re.Pattern[str] | None = None
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._styles: dict[bool, Style] = {}  # the base style of a line, by whether it has the cursor
        self._themed: ThemedStyles | None = None  # the rows' named colours in the theme's
        self.outlet: Outlet = lambda c: c.doc  # who published a commitment's document (the app knows)

    # Content
    def show(self, rows: list[Commitment], grouped: bool | None = None,
             pattern: re.Pattern[str] | None = None, order: str | None = None) -> None:
        """Replace the rows, keeping the cursor on the same commitment when it is still there;
        ``order`` is what the title says of their order ("by amount (USD) ↓")."""
        current = self.selected
        self.rows = rows
        if order is not None:
            self.order = order
        self._pattern = pattern
        if grouped is not None:
            self.grouped = grouped
        self._rebuild(current)

    def select(self, c: Commitment) -> None:
        """Put the cursor on this commitment (on the first row when it is not shown)."""
        self._set_cursor(self._position_of(c))

    def _rebuild(self, current: Commitment | None) -> None:
        self.entries = build_entries(self.rows, self.grouped, self.expanded)
        self._fit_to_entries()
        self.redraw()
        self._set_cursor(self._position_of(current), force=True)

    def _position_of(self, c: Commitment | None) -> int:
        if c is None:
            return 0
        if isinstance(self.entries, (FlatEntries, GroupedEntries)):
            return self.entries.position(c) or 0
        return 0

    def _fit_to_entries(self) -> None:
        set_content_size(self, Size(self.scrollable_content_region.width, len(self.entries)))

    def redraw(self) -> None:
        """Drop cached lines (after marks or highlighting change) and repaint."""
        self._cache.clear()
        self._update_title()
        self.refresh()

    def _update_title(self) -> None:
        """The count, the order and the marks: "Commitments (36) · by amount (USD) ↓ · 2 marked"."""
        if isinstance(self.entries, GroupedEntries):
            title = f"Commitments ({len(self.rows)} in {counted(self.entries.groups, 'pledge')})"
        else:
            title = f"Commitments ({len(self.rows)})"
        marked = len(self.marks)
        self.border_title = " · ".join(filter(None, [title, self.order, f"{marked} marked" if marked else ""]))

    @property
    def selected(self) -> Commitment | None:
        entry = self.selected_entry
        return entry.commitment if entry else None

    @property
    def selected_entry(self) -> Entry | None:
        return self.entries[self.cursor] if 0 <= self.cursor < len(self.entries) else None

    # Cursor
    def _set_cursor(self, position: int, force: bool = False) -> None:
        position = max(0, min(position, len(self.entries) - 1))
        if position == self.cursor and not force:
            return
        old, self.cursor = self.cursor, position
        self.refresh_line_at(old)
        self.refresh_line_at(position)
        self.scroll_to_region(Region(0, position, 1, 1), animate=False, force=True)
        self.post_message(self.Highlighted(self.selected))

    def refresh_line_at(self, position: int) -> None:
        self.refresh_lines(position - round(self.scroll_offset.y), 1)

    def action_move(self, step: int) -> None:
        self._set_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        self._set_cursor(self.cursor + direction * max(self.scrollable_content_region.height - 1, 1))

    def action_jump(self, position: int) -> None:
        self._set_cursor(position if position >= 0 else len(self.entries) - 1)

    def action_expand(self) -> None:
        entry = self.selected_entry
        if entry is not None and entry.kind == GROUP and entry.key not in self.expanded:
            self.expanded.add(entry.key)
            self._rebuild_keeping(entry.key)

    def action_collapse(self) -> None:
        entry = self.selected_entry
        if entry is None or not self.grouped:
            return
        key = entry.key if entry.kind == GROUP else self.entries.group_of_line(self.cursor)
        if key in self.expanded:
            self.expanded.discard(key)
            self._rebuild_keeping(key)

    def _rebuild_keeping(self, group: str) -> None:
        self.entries = build_entries(self.rows, self.grouped, self.expanded)
        self._fit_to_entries()
        self.redraw()
        self._set_cursor(self.entries.group_line(group) or 0, force=True)

    # Mouse
    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        position = offset.y + round(self.scroll_offset.y)
        if 0 <= position < len(self.entries):
            entry = self.entries[position]
            if position == self.cursor and entry.kind == GROUP:
                self.action_collapse() if entry.key in self.expanded else self.action_expand()
            else:
                self._set_cursor(position)

    # Rendering
    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.entries))
        self._cache.clear()

    def notify_style_update(self) -> None:
        # Focus and theme change the styles: lines drawn with the old ones are stale.
        super().notify_style_update()
        self._styles.clear()
        self._themed = None
        self._cache.clear()

    def _line_style(self, on_cursor: bool) -> Style:
        """The base style of a line; looked up once, since each lookup walks the DOM."""
        style = self._styles.get(on_cursor)
        if style is None:
            style = self._styles[on_cursor] = (
                readable(self.get_component_rich_style("commitment-list--cursor")) if on_cursor else self.rich_style)
        return style

    def render_line(self, y: int) -> Strip:
        position = y + round(self.scroll_offset.y)
        width = self.scrollable_content_region.width
        if position >= len(self.entries):
            return Strip.blank(width, self._line_style(False))
        on_cursor = position == self.cursor
        key = (position, on_cursor, width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_entry(position, width, on_cursor)
            self._cache[key] = strip
        return strip

    def _render_entry(self, position: int, width: int, on_cursor: bool) -> Strip:
        entry = self.entries[position]
        expanded = entry.kind == GROUP and entry.key in self.expanded
        segments = entry_segments(entry, self.marks, self._pattern, expanded, width, self.outlet)
        if on_cursor:
            segments = [Segment(text, _on_cursor(style)) for text, style, _ in segments]
        else:
            if self._themed is None:
                self._themed = ThemedStyles(self.app.get_css_variables(), self._line_style(False).bgcolor)
            segments = [Segment(text, self._themed(style)) for text, style, _ in segments]
        strip = Strip(segments)
        return strip.crop_extend(0, width, None).apply_style(self._line_style(on_cursor))


def _on_cursor(style: Style | None) -> Style | None:
    """A piece of the selected row: in the cursor's colour, which the theme makes readable on
    the cursor's background (green amounts or dim dates on a blue bar would not be), keeping
    bold and italic; a search match keeps its own colours, which carry their background."""
    if style is None or style.bgcolor is not None:
        return style
    return Style(bold=style.bold, italic=style.italic, underline=style.underline)
