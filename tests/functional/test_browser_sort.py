"""Sorting the list (issue #13): by amount, date, actor or number of sources, either way,
from a key and the palette, and the title says the order; marks are counted there too."""
from __future__ import annotations

from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList
from test_browser_views import run_from_palette


def _dollars(rows):
    return [c.money.usd_value for c in rows if c.money and c.money.usd_value is not None]


async def test_s_sorts_by_amount_then_S_reverses_and_the_title_says_so(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(160, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("s")
        await pilot.pause()
        dollars = _dollars(rows.rows)
        assert dollars == sorted(dollars, reverse=True) and dollars != _dollars(browser_store.commitments)
        assert "by amount (USD) ↓" in str(rows.border_title)
        assert rows.rows[len(dollars)].money is None or rows.rows[len(dollars)].money.usd_value is None  # none last
        await pilot.press("S")
        await pilot.pause()
        assert _dollars(rows.rows) == sorted(dollars) and "by amount (USD) ↑" in str(rows.border_title)
        await pilot.press("s", "s")  # date, then actor
        await pilot.pause()
        actors = [c.actors[0].casefold() for c in rows.rows]
        assert actors == sorted(actors) and "by actor ↑" in str(rows.border_title)
        await pilot.press("s")
        await pilot.pause()
        assert "by number of sources ↓" in str(rows.border_title)
        assert rows.rows[0].actors == ["Zenith Power"]  # the one pledge with two sources
        await pilot.press("m")
        assert "1 marked" in str(rows.border_title)


async def test_sort_from_the_palette(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await run_from_palette(pilot, "sort: next key")
        assert app.order.key == "amount"
