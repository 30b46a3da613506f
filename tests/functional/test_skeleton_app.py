"""The browser driven through Pilot on a real store built from the seeds."""
from __future__ import annotations

from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList


async def test_typing_a_search_shrinks_the_list(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        everything = len(rows.rows)
        await pilot.press("slash", *"nvidia")
        await pilot.pause()
        assert 0 < len(rows.rows) < everything
        assert all("nvidia" in (c.passage.text + " ".join(c.actors)).casefold() for c in rows.rows)
        await pilot.press("escape")
        await pilot.pause()
        assert len(rows.rows) == everything


async def test_single_keys_type_into_the_search_box(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", "q", "c")
        await pilot.pause()
        assert app.is_running
        assert app.query_one("#search").value == "qc"
        assert app.clipboard == ""


async def test_c_copies_a_citation_of_the_selected_commitment(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"microsoft", "enter", "c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        selected = app.query_one(CommitmentList).selected
        assert selected is not None
        assert selected.passage.text.split()[0] in app.clipboard
        assert selected.doc in app.clipboard
        assert "Microsoft" in app.clipboard
