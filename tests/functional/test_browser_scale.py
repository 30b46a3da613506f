"""The browser with 100,000 commitments: the first frame renders and the list scrolls to
the end (speed itself is measured by the bench command, not asserted here)."""
from __future__ import annotations

import pytest

from store import Store
from tui.app import make_app
from tui.widgets.commitment_list import CommitmentList

from browser_data import make_batch

N = 100_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    """A real Store object holding 100k records in memory: writing them through TinyDB
    takes minutes, and loading is the store's own concern (and bench's)."""
    store = Store(tmp_path_factory.mktemp("big") / "commitments.json")
    batch = make_batch(N, seed=3, per_document=50)
    store.documents = {doc.sha256: doc for doc, _ in batch}
    store.commitments = [c for _, records in batch for c in records]
    return store


@pytest.mark.slow
async def test_100k_commitments_render_and_scroll_to_the_end(big_store):
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
        await pilot.press("slash", *"initech", "enter")
        await pilot.pause()
        assert 0 < len(rows.rows) < N and rows.selected.actors == ["Initech"]
