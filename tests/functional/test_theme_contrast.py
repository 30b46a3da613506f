"""The selected row of the commitment list is readable in every theme the app offers, light
ones included: the WCAG contrast between each character's foreground and background on the
cursor's line, as the screen is rendered (Pilot, the compositor's own strips), is at least
4.5:1, with the list focused and not; so is the shaded passage's text in the Source pane.
Snapshots show the list in one dark and one light theme."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import CommitmentsApp, make_app
from commitments.tui.contrast import READABLE, contrast_ratio
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.source_view import GUTTER, SourceView
from rich.color import Color
from textual.color import Color as TextualColor
from textual.filter import dim_color

WIDE = (200, 30)  # wide enough for the recipient, timeframe and outlet columns


def _rgb(color: Color, app: CommitmentsApp, foreground: bool) -> tuple[int, int, int]:
    """As the terminal shows it: an ANSI colour through the palette Textual maps it with."""
    if color.triplet is not None:
        return tuple(color.triplet)
    return tuple(color.get_truecolor(app.ansi_theme, foreground=foreground))


def contrasts(app: CommitmentsApp, strip, left: int, right: int, plain_only: bool = False) -> list[tuple[float, str]]:
    """(contrast, text) of each visible piece of a rendered line between columns ``left``
    and ``right``; with ``plain_only``, only text in no style of its own (no bold, italic
    or underline: not an actor, amount or timeframe)."""
    found, x = [], 0
    for segment in strip:
        text, style = segment.text, segment.style
        own = style is not None and (style.bold or style.italic or style.underline)
        if left <= x < right and text.strip() and not (plain_only and own):
            assert style is not None and style.color is not None and style.bgcolor is not None, text
            fg, bg = _rgb(style.color, app, True), _rgb(style.bgcolor, app, False)
            if style.dim:  # the terminal halves it, as Textual's own dim filter does
                fg = dim_color(TextualColor(*bg), TextualColor(*fg)).rgb
            found.append((contrast_ratio(fg, bg), text.strip()))
        x += segment.cell_length
    return found


def cursor_line_contrasts(app: CommitmentsApp) -> list[tuple[float, str]]:
    """(contrast, text) of each visible piece of the selected row, as rendered."""
    rows = app.query_one(CommitmentList)
    region = rows.content_region
    y = region.y + rows.cursor - round(rows.scroll_offset.y)
    return contrasts(app, app.screen._compositor.render_strips()[y], region.x, region.right)


def passage_contrasts(app: CommitmentsApp) -> list[tuple[float, str]]:
    """(contrast, text) of the passage's plain text in the Source pane (its lines carry the ▌)."""
    region = app.query_one(SourceView).content_region
    strips = app.screen._compositor.render_strips()
    return [found for y in range(region.y, region.bottom) if "▌" in strips[y].text
            for found in contrasts(app, strips[y], region.x + GUTTER, region.right, plain_only=True)]


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
        assert poor == [], "\n".join(poor)


async def test_the_shaded_passage_in_the_source_is_readable_in_every_theme(browser_store):
    poor = []
    for theme in sorted(make_app(browser_store).available_themes):
        app = make_app(browser_store)  # started in the theme: what a user who chose it sees
        async with app.run_test(size=WIDE) as pilot:
            app.theme = theme
            await pilot.pause()
            found = passage_contrasts(app)
            assert found, "the selected commitment's passage should be on screen"
            worst = min(found)
            if worst[0] < READABLE:
                poor.append(f"{theme}: {worst[0]:.2f} for {worst[1]!r}")
    assert poor == [], "\n".join(poor)


async def test_a_theme_chosen_while_browsing_restyles_the_source_at_once(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=WIDE) as pilot:
        region = app.query_one(SourceView).content_region

        def backgrounds() -> set:
            strips = app.screen._compositor.render_strips()
            return {seg.style.bgcolor for y in range(region.y, region.bottom) for seg in strips[y]
                    if seg.style is not None and seg.text.strip()}

        app.theme = "textual-dark"
        await pilot.pause()
        dark = backgrounds()
        app.theme = "solarized-light"
        await pilot.pause()
        assert backgrounds().isdisjoint(dark)  # no line drawn in the old theme's colours


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


def pane_contrasts(app: CommitmentsApp, widget, skip_line: int | None = None) -> list[tuple[float, str]]:
    """(contrast, text) of every visible piece in a pane (not its scrollbar), but the line ``skip_line``."""
    region = widget.scrollable_content_region
    strips = app.screen._compositor.render_strips()
    return [found for y in range(region.y, region.bottom) if y != skip_line
            for found in contrasts(app, strips[y], region.x, region.right)]


async def test_coloured_text_is_readable_in_every_theme(browser_store):
    """The list's amounts, recipients and timeframes and the source's actor, amount and
    timeframe take the theme's colours, legible on its background, light themes included.
    (The ANSI themes leave every colour to the terminal's palette, as they promise.)"""
    poor = []
    for theme in sorted(t for t in make_app(browser_store).available_themes if not t.startswith("ansi-")):
        app = make_app(browser_store)
        async with app.run_test(size=WIDE) as pilot:
            app.theme = theme
            await pilot.pause()
            rows = app.query_one(CommitmentList)
            cursor = rows.content_region.y + rows.cursor - round(rows.scroll_offset.y)
            found = pane_contrasts(app, rows, skip_line=cursor) + pane_contrasts(app, app.query_one(SourceView))
            assert len(found) > 20
            worst = min(found)
            if worst[0] < READABLE:
                poor.append(f"{theme}: {worst[0]:.2f} for {worst[1]!r}")
    assert poor == [], "\n".join(poor)
