"""Text readable on its background: the WCAG 2 contrast ratio, and a foreground that
reaches it whatever the theme (a theme's own cursor colours are not always 4.5:1 apart)."""
from __future__ import annotations

from rich.color import Color
from rich.style import Style

READABLE = 4.5  # WCAG AA for normal text
_WHITE, _BLACK = Color.from_rgb(255, 255, 255), Color.from_rgb(0, 0, 0)


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB colour."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    """From 1 (the same) to 21 (black on white)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(style: Style) -> Style:
    """``style`` with its foreground kept if it is readable on its background, else the
    more readable of white and black (one of them always is: at least 4.58:1). Colours the
    terminal's own palette decides (ANSI, default) are left to it."""
    fg, bg = style.color, style.bgcolor
    if fg is None or bg is None or fg.triplet is None or bg.triplet is None:
        return style
    if contrast_ratio(tuple(fg.triplet), tuple(bg.triplet)) >= READABLE:
        return style
    best = max((_WHITE, _BLACK), key=lambda c: contrast_ratio(tuple(c.triplet), tuple(bg.triplet)))
    return style + Style(color=best)
