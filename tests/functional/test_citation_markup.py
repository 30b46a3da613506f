"""A document full of Rich/Textual markup and terminal sequences, ingested by the real
pipeline into a real store: the browser shows the markup as the characters it is, passes
no escape sequence to the terminal, and a click on `[@click=app.quit]` does nothing."""
from __future__ import annotations

import unicodedata

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.citation import CitationFormat, format_citation
from commitments.tui.citation_actions import short_citation
from text_store import ingested_store
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.source_view import SourceView
from rich.cells import cell_len

HOSTILE_DOCUMENT = (
    "Globex [bold]Daily[/bold] \x1b[31mNews\x1b[0m\n\nMarch 3, 2025\n\n"
    "Globex Corporation will invest $3 billion in [bold]new[/] [/b]factories"
    "[link=file:///etc/passwd] in Ohio[@click=app.quit] by 2030.\x1b]52;c;ZXZpbA==\x07 \x9b2J \u202eevil\u202c\n\n"
    "The [red]company[/red] said \x1b[2Jit would hire 500 [@click=app.quit]workers[/].\n"
)
LITERALS = ("[bold]new[/]", "[/b]factories", "[link=file:///etc/passwd]", "[@click=app.quit]")


@pytest.fixture
def hostile_store(tmp_path) -> Store:
    return ingested_store(tmp_path, {"hostile.txt": HOSTILE_DOCUMENT})


def screen_lines(app) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def unsafe(text: str) -> list[str]:
    return [hex(ord(ch)) for ch in text if ch != "\n" and unicodedata.category(ch) in ("Cc", "Cf")]


async def test_markup_in_a_document_shows_literally_and_clicking_it_does_nothing(hostile_store, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)  # keep the copy off the developer's clipboard
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    app = make_app(hostile_store)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        screen = "\n".join(lines)
        assert unsafe(screen) == []
        assert "[bold]Daily[/bold]" in screen  # the title line, in the Source pane
        # The Source pane may fold a long run of markup over lines: read it unfolded (without
        # the passage bar in its margin).
        source = app.query_one(SourceView).content_region
        unfolded = "".join(line[source.x:source.right].strip() for line in lines[source.y:source.bottom])
        for literal in LITERALS:
            assert literal in screen or literal in unfolded.replace(" ", "").replace("▌", ""), f"{literal!r} is not shown as written"

        # Click where `[@click=app.quit]` is drawn: as markup it would quit the app.
        y = next(i for i, line in enumerate(lines) if "[@click=app.quit]" in line)
        x = cell_len(lines[y][: lines[y].index("[@click=app.quit]")]) + 3
        await pilot.click(offset=(x, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        row = app.query_one(CommitmentList).selected  # the click may have selected the row it landed on

        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        citation = app.clipboard
        assert citation == format_citation(row, CitationFormat.PLAIN, hostile_store.documents.get(row.doc_hash))
        assert "[@click=app.quit]" in citation and unsafe(citation) == []
        [note] = list(app._notifications)
        assert note.message == short_citation(citation) and "[bold]new[/]" in note.message and not note.markup
