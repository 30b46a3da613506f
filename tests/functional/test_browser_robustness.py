"""Input that once broke the browser headless too (issue #13): a query pasted in one go,
and the Source pane wrapped for a width it no longer had."""
from __future__ import annotations

from commitments.tui.app import make_app
from commitments.tui.widgets.search_bar import SearchBar
from commitments.tui.widgets.source_view import GUTTER, SourceView
from rich.cells import cell_len


async def test_a_pasted_query_that_empties_the_facets_then_backspace(seed_store):
    app = make_app(seed_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        # A paste: every character lands before any queued message is handled, so the
        # facets are emptied while their own highlight messages are still on the way.
        for ch in "tesla":
            app.query_one(SearchBar).insert_text_at_cursor(ch)
        await pilot.pause()
        await pilot.press("backspace")
        await pilot.pause()
        assert app.is_running and app.filters.query == "tesl"
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert len(app.pane("CommitmentList").rows) == len(seed_store.commitments)


def _cut_lines(view: SourceView) -> list[str]:
    width = view.scrollable_content_region.width
    return [line.plain for line in view._lines if cell_len(line.plain.rstrip()) + GUTTER > width]


async def test_the_source_fits_its_pane_after_facets_empty_and_refill_it(seed_store):
    """At 160x45: choose an organisation and a band that leave nothing, search, then
    unchoose the band; the document comes back wrapped for the pane with its scrollbar."""
    app = make_app(seed_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("1", "space", "2", "space")  # Microsoft, ≥ $10bn: nothing
        await pilot.pause()
        await pilot.press("slash", *"org:microsoft", "enter")
        await pilot.pause()
        await pilot.press("2", "space")
        await pilot.pause(0.3)
        source = app.query_one(SourceView)
        assert source.commitment is not None and source._lines
        assert not _cut_lines(source)
