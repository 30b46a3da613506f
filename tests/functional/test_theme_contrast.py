"""The selected row of the commitment list is readable in every theme the app offers, light
ones included: the WCAG contrast between each character's foreground and background on the
cursor's line, as the screen is rendered (Pilot, the compositor's own strips), is at least
4.5:1, with the list focused and not. Snapshots show it in one dark and one light theme."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import CommitmentsApp, make_app
from commitments.tui.contrast import READABLE, contrast_ratio
from commitments.tui.widgets.commitment_list import CommitmentList
from rich.color import Color
from textual.color import Color as TextualColor
from textual.filter import dim_color

WIDE = (200, 30)  # wide enough for the recipient, timeframe and outlet columns


def _rgb(color: Color, app: CommitmentsApp, foreground: bool) -> tuple[int, int, int]:
    """As the terminal shows it: an ANSI colour through the palette Textual maps it with."""
    if color.triplet is not None:
        return tuple(color.triplet)
    return tuple(color.get_truecolor(app.ansi_theme, foreground=foreground))


def cursor_line_contrasts(app: CommitmentsApp) -> list[tuple[float, str]]:
    """(contrast, text) of each visible piece of the selected row, as rendered."""
    rows = app.query_one(CommitmentList)
    region = rows.content_region
    y = region.y + rows.cursor - round(rows.scroll_offset.y)
    strip = app.screen._compositor.render_strips()[y]
    found, x = [], 0
    for segment in strip:
        text, style = segment.text, segment.style
        if region.x <= x < region.right and text.strip():
            assert style is not None and style.color is not None and style.bgcolor is not None, text
            fg, bg = _rgb(style.color, app, True), _rgb(style.bgcolor, app, False)
            if style.dim:  # the terminal halves it, as Textual's own dim filter does
                fg = dim_color(TextualColor(*bg), TextualColor(*fg)).rgb
            found.append((contrast_ratio(fg, bg), text.strip()))
        x += segment.cell_length
    return found


async def test_the_selected_row_is_readable_in_every_theme(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=WIDE) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("3", "m")  # a mark on the row too: its symbol has a colour of its own
        await pilot.pause()
        assert rows.selected is not None and rows.has_focus
        pieces = cursor_line_contrasts(app)
        assert len(pieces) >= 4, "amount, actor, columns and passage should all be on the row"
        poor = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            for focused in (True, False):
                (rows.focus if focused else app.query_one("#search").focus)()
                await pilot.pause()
                worst = min(cursor_line_contrasts(app))
                if worst[0] < READABLE:
                    poor.append(f"{theme} ({'focused' if focused else 'not focused'}): {worst[0]:.2f} for {worst[1]!r}")
        assert poor == []


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["tokyo-night", "solarized-light"])
def test_the_list_in_a_dark_and_a_light_theme(snap_compare, seed_store_path, monkeypatch, theme):
    monkeypatch.delenv("NO_COLOR", raising=False)
    app = make_app(Store(seed_store_path))

    async def themed(pilot) -> None:
        pilot.app.theme = theme
        await pilot.press("3", "down")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(160, 30), run_before=themed)
