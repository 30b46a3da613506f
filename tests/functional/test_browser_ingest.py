"""Ingesting from the browser: a path dialog, a thread worker ingesting into a store of
its own, and the browser swapping that store in when it ends."""
from __future__ import annotations

from time import monotonic

import pytest
from commitments.store import Store
from commitments.store.segments import copy_store
from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.ingest_progress import IngestProgress
from textual import events

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
        await pilot.press("j", "j", "j")
        reading = app.selected
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
        assert any("brightwater.txt" == d.doc for d in app.store.documents.values())
        assert app.selected is not reading and app.selected.id == reading.id  # the new store's record, same place
        assert any("brightwater.txt" == d.doc for d in Store(browser_store.path).documents.values())


COMPANIES = ("Northwind Energy", "Halcyon Grid", "Larkspur Motors", "Quillon Steel", "Marisol Foods",
             "Tessaract Chips", "Oriel Shipping", "Pellucid Labs")
PLACES = ("Ohio", "Texas", "Nevada", "Georgia", "Oregon", "Maine", "Idaho", "Utah")
FILLER = ("Analysts said the region had lost jobs in recent years and welcomed the news. Local officials "
          "described talks that lasted several months. Shares rose two percent in early trading. ") * 3


def write_news(folder, stories: int = 64) -> None:
    """Brightwater's pledge told by two outlets (a group to form), and many other pledges:
    enough work that the browser is searched while it runs (two batches, then a regroup)."""
    folder.mkdir()
    (folder / "brightwater.txt").write_text(STORY, encoding="utf-8")
    (folder / "brightwater-wire.txt").write_text(
        "Brightwater to build Arizona solar plant\n\nBrightwater Energy will invest $3 billion in a solar "
        "panel factory in Arizona by 2028, according to a company statement.\n", encoding="utf-8")
    for i in range(stories):
        company, place = COMPANIES[i % len(COMPANIES)], PLACES[i // len(COMPANIES) % len(PLACES)]
        (folder / f"story{i:02}.txt").write_text(
            f"{company} announces {place} expansion\n\n{company} will invest ${i + 2} million in a new plant "
            f"in {place} by {2027 + i % 5}, the company said.\n\n{FILLER}\n", encoding="utf-8")


async def type_keys(pilot, *keys: str) -> None:
    """Keys as Pilot.press sends them, without its waits for the process to go idle: an
    ingest keeps it busy, and each press would wait out a second for nothing."""
    for key in keys:
        char = {"slash": "/"}.get(key, key if len(key) == 1 else None)
        pilot.app.post_message(events.Key(key, char))
        await pilot.pause(0.002)


WORDS = ("brightwater", "solar", "invest", "ohio", "northwind", "acme")


@pytest.mark.slow
async def test_searches_during_an_ingest_see_the_old_store_or_the_new_never_a_mix(browser_store, tmp_path, monkeypatch):
    """The worker ingests into a store of its own; the list searches the browser's, which is
    swapped for the new one whole when the ingest ends. Every keystroke's result must be
    what a fresh Store on the file before, or on the file after, gives for that query."""
    from commitments.tui.filtering import FacetIndex, Filters

    monkeypatch.chdir(tmp_path)
    before = tmp_path / "before.json"
    copy_store(browser_store.path, before)
    write_news(tmp_path / "news")
    app = make_app(browser_store)
    seen = []  # (query, ingest still running, the browser's first index, its size, [(id, group)])
    async with app.run_test(size=(120, 40)) as pilot:
        first_index, progress = app.index, app.query_one(IngestProgress)

        def observe() -> None:
            shown = [(c.id, c.group) for c in app.pane(CommitmentList).rows]
            seen.append((app.filters.query, progress.running, app.index is first_index, len(app.index), shown))

        await pilot.press("i", *"news")
        await type_keys(pilot, "enter", "slash")
        deadline = monotonic() + 120
        while progress.running and monotonic() < deadline:
            for key in (*WORDS[len(seen) % len(WORDS)], "ctrl+u"):
                await type_keys(pilot, key)
                observe()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not progress.running and not app.screen.query("Toast.-error")
        for key in (*"brightwater", "ctrl+u", *"solar"):
            await pilot.press(key)
            observe()

    def results(path, query: str):
        store = Store(path)
        return [(c.id, c.group) for c in store.index.view(FacetIndex(store.index).rows(Filters(query=query)))]

    old_len, after = len(Store(before).index), browser_store.path
    assert any(running for _, running, *_ in seen), "no search ran while the ingest did"
    label = []
    for query, running, same_index, size, shown in seen:
        if same_index:
            assert size == old_len, f"the browser's index changed under it: {size} rows, not {old_len}"
        old, new = shown == results(before, query), shown == results(after, query)
        assert old or new, f"{query!r} showed a mix of the old store and the new"
        label.append("both" if old and new else "old" if old else "new")
    states = [s for s in label if s != "both"]
    assert states == sorted(states, key=("old", "new").index), "an old result after a new one"
    assert label[-1] in ("new", "both") and results(after, "brightwater") != results(before, "brightwater")
    brightwater = [c for c in app.index.commitments if "Brightwater Energy" in c.actors]
    assert len(brightwater) == 2 and brightwater[0].group and len({c.group for c in brightwater}) == 1  # regrouped
