"""Ingesting from the browser: a path dialog, a thread worker, the lists updated after."""
from __future__ import annotations

import pytest
from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.ingest_progress import IngestProgress

STORY = """Solar maker pledges plant

Brightwater Energy will invest $3 billion in a new solar panel factory in Arizona by 2028,
the company said on Tuesday.
"""


@pytest.mark.slow
async def test_i_ingests_a_folder_in_the_background_and_the_lists_update(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "brightwater.txt").write_text(STORY, encoding="utf-8")
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        before = len(rows.rows)
        await pilot.press("i", *"nowhere", "enter")
        await pilot.pause()
        assert "no such file or folder" in str(app.screen.query_one("#ingest-error").render())
        await pilot.press("ctrl+u", *"news", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.query_one(IngestProgress).running
        assert any("Ingest finished" == n.title for n in app._notifications), [(n.title, n.message) for n in app._notifications]
        assert len(rows.rows) > before
        assert any("Brightwater" in " ".join(c.actors) for c in rows.rows)
        assert any("brightwater.txt" == d.doc for d in browser_store.documents.values())
