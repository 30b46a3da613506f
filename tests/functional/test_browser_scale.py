"""The browser on a large real store: the first frame renders and the list scrolls to
the end. 20,000 records keep the suite quick; `commitments bench` measures 100,000
(speed itself is measured there, never asserted here)."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.store.synthetic import make_store
from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList

N = 20_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "commitments.json"
    make_store(path, N, seed=3)
    return Store(path)


@pytest.mark.slow
async def test_a_large_store_renders_and_scrolls_to_the_end(big_store):
    app = make_app(big_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        rows = app.query_one(CommitmentList)
        assert rows.border_title == f"Commitments ({N})"
        assert big_store.commitments[0].actors[0][:8] in "".join(s.text for s in rows.render_line(0))
        await pilot.press("pagedown", "pagedown", "end")
        await pilot.pause()
        assert rows.cursor == N - 1
        assert round(rows.scroll_offset.y) == rows.max_scroll_y
        last = big_store.commitments[-1]
        bottom = rows.scrollable_content_region.height - 1
        assert last.actors[0][:8] in "".join(s.text for s in rows.render_line(bottom))
        word = last.actors[0].split()[0].casefold()
        await pilot.press("slash", *word, "enter")
        await pilot.pause()
        assert 0 < len(rows.rows) < N
        assert word in " ".join(rows.selected.actors).casefold() + rows.selected.passage.text.casefold()
