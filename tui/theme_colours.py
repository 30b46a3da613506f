"""The panes' coloured text in the theme's colours. Rows and the source name their colours
the terminal's way ("bold green" amounts, "cyan" actors); drawn as the terminal palette's
green and cyan they read at 2–4:1 on most themes' backgrounds, light ones worst. Each
named colour stands for a role instead, taken from the theme and made legible on the
pane's background."""
from __future__ import annotations

from collections.abc import Mapping

from commitments.tui.contrast import READABLE, contrast_ratio
from rich.color import Color as RichColor
from rich.style import Style
from textual.color import Color, ColorParseError

RGB = tuple[int, int, int]

# The theme variable each named colour stands for (Textual's text-* colours are drawn for text).
ROLES = {"green": "text-success", "cyan": "text-accent", "magenta": "text-secondary",
         "yellow": "text-warning", "red": "text-error", "blue": "text-primary"}


def legible(fg: RGB, bg: RGB) -> RGB:
    """``fg``, darkened on a light background or lightened on a dark one, by the least
    step that makes it readable on ``bg`` (WCAG 4.5:1), keeping its hue."""
    toward = Color(0, 0, 0) if contrast_ratio((0, 0, 0), bg) > contrast_ratio((255, 255, 255), bg) \
        else Color(255, 255, 255)
    colour = Color(*fg)
    for step in range(11):
        mixed = colour.blend(toward, step / 10)
        if contrast_ratio(mixed.rgb, bg) >= READABLE:
            return mixed.rgb
    return toward.rgb


class ThemedStyles:
    """Maps a piece's style to the theme's: a named colour becomes its role's colour in the
    theme, legible on the piece's own background (a shaded passage) or else the pane's.
    Where the pane's background is the terminal's own (an ANSI theme), the terminal's
    palette is left to decide, as the theme asks."""

    def __init__(self, variables: Mapping[str, str], background: RichColor | None) -> None:
        self._roles: dict[str, Color] = {}
        self._background: RGB | None = None
        if background is not None and background.triplet is not None:
            self._background = tuple(background.triplet)
            for name, role in ROLES.items():
                try:
                    self._roles[name] = Color.parse(variables[role])
                except (KeyError, ColorParseError):  # a theme without the role keeps the named colour
                    continue
        self._cache: dict[Style, Style] = {}

    def __call__(self, style: Style | None) -> Style | None:
        if style is None or not self._roles or style.color is None:
            return style
        themed = self._cache.get(style)
        if themed is None:
            themed = self._cache[style] = self._themed(style)
        return themed

    def _themed(self, style: Style) -> Style:
        role = self._roles.get(style.color.name)
        bg = tuple(style.bgcolor.triplet) if style.bgcolor is not None and style.bgcolor.triplet else self._background
        if role is None or bg is None:
            return style
        colour = Color(*bg) + role  # over the background, if translucent
        return style + Style(color=RichColor.from_rgb(*legible(colour.rgb, bg)))
