"""A citation ready for a report, end to end: an invented wire story saved from a site
(menu, headline, wire dateline, a pledge stated with "It plans to", its address at the
foot) is ingested with the real model, and `c` in the browser copies a citation with the
headline, the agency, the date, the address and a quote that names the actor."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.citation_actions import SHORT, short_citation
from commitments.tui.widgets.commitment_list import CommitmentList
from text_store import ingested_store

STORY = """Home | Business | Markets | Technology

Acme Industries bets on Ohio chips

By Jane Doe, Planet Wire Service

COLUMBUS, May 7 (Yonhap) -- Acme Industries said on Tuesday that demand for its chips keeps growing. \
It plans to invest $2 billion in a new plant in Ohio by 2027, adding 3,000 jobs.

The company opened its first plant in 2024.

URL: https://news.example.com/2024/05/acme-ohio
"""


@pytest.fixture(autouse=True)
def no_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


@pytest.fixture
def wire_store(tmp_path) -> Store:
    return ingested_store(tmp_path, {"acme-ohio.txt": STORY})


async def test_c_copies_a_citation_with_headline_agency_date_address_and_the_actors_sentence(wire_store):
    app = make_app(wire_store)
    async with app.run_test(size=(120, 36)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.pause()
        assert rows.selected is not None and "$2 billion" in rows.selected.passage.text
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        citation = app.clipboard
        quote = citation[citation.index("“") + 1:citation.index("”")]
        assert quote.startswith("Acme Industries said on Tuesday") and "It plans to invest $2 billion" in quote
        source = citation[citation.index("”"):]
        assert "Acme Industries bets on Ohio chips, Yonhap, 2024-05-07, https://news.example.com/2024/05/acme-ohio" in source
        assert "Home" not in citation and "Markets" not in citation
        [note] = list(app._notifications)  # one notification, short: the Source pane stays in view
        assert note.message == short_citation(citation) and len(note.message) <= SHORT < len(citation)
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(list(app._notifications)) == 1
