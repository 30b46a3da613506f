"""Resizing a scrolling pane's content without laying out the whole screen."""
from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget


def set_content_size(widget: Widget, size: Size) -> None:
    """Give ``widget`` a new scrollable size. ``virtual_size`` is a layout reactive: set
    plainly, a list that changes length on every keystroke of a search would lay out and
    repaint the whole screen each time, when only the pane and its scrollbars change. A
    scrollbar that appears or goes still re-lays out, through ``show_vertical_scrollbar``."""
    if size != widget.virtual_size:
        widget.set_reactive(Widget.virtual_size, size)
        widget._scroll_update(size)
        widget.refresh()
