"""`c` and `C` in the browser, driven through Pilot on a real store built from the seeds.

The clipboard outcome depends on the machine, so these tests pin DISPLAY away (no system
clipboard) and check what must hold everywhere: the citation goes out by OSC 52, the
notification says what happened and shows the citation itself.
"""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.citation_actions import short_citation
from commitments.tui.citation import CitationFormat, format_citation
from commitments.tui.screens.citation_chooser import CitationChooser
from commitments.tui.widgets.commitment_list import CommitmentList


@pytest.fixture(autouse=True)
def no_display(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)


def expected_citation(app, fmt=CitationFormat.PLAIN) -> str:
    c = app.query_one(CommitmentList).selected
    return format_citation(c, fmt, app.store.documents.get(c.doc_hash))


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_c_sends_the_plain_citation_and_shows_it_in_the_notification(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down", "c")
        await settle(app, pilot)
        citation = expected_citation(app)
        assert app.query_one(CommitmentList).selected.passage.text[:20] in citation
        assert app.clipboard == citation
        [note] = list(app._notifications)
        # short, copied or not (a whole citation would cover the Source pane); C shows it whole
        assert note.message == short_citation(citation) and note.markup is False
        await pilot.press("c", "c")
        await settle(app, pilot)
        assert len(list(app._notifications)) == 1  # never a stack
        assert "OSC 52" in note.title and "DISPLAY" in note.title


CHOICES = [  # both ways of picking a format; the formats themselves are unit-tested
    (["down", "enter"], CitationFormat.MARKDOWN),
    (["4"], CitationFormat.BIBTEX),
]


async def test_shift_c_copies_the_chosen_format(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down")
        for keys, fmt in CHOICES:
            await pilot.press("C")
            assert isinstance(app.screen, CitationChooser)
            await pilot.press(*keys)
            await settle(app, pilot)
            assert not isinstance(app.screen, CitationChooser)
            assert app.clipboard == expected_citation(app, fmt), fmt


async def test_the_chooser_previews_the_highlighted_format_and_escape_copies_nothing(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("C", "down", "down", "down")
        await pilot.pause()
        preview = str(app.screen.query_one("#citation-preview-text").render())
        assert preview.startswith("@misc{")
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, CitationChooser)
        assert app.clipboard == ""
        assert list(app._notifications) == []


async def test_with_nothing_selected_c_says_so(seed_store_path):
    app = make_app(Store(seed_store_path))
    async with app.run_test(size=(100, 30)) as pilot:
        app.query_one("#search").value = "zzzz nothing matches"  # typing it is slow in Pilot
        await pilot.pause()
        for key in ("c", "C"):  # each says so; the second replaces the first (one at a time)
            app.clear_notifications()
            await pilot.press(key)
            await settle(app, pilot)
            assert app.clipboard == ""
            assert not isinstance(app.screen, CitationChooser)
            assert [n.message for n in app._notifications] == ["Select a commitment first."]
