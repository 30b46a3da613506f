"""Issue #13: a filter that cannot be read is an error in the search box, one still being
typed is pending (the list does not blink empty); exports ask before replacing a file,
take their format from the extension, and say when marked rows are hidden."""
from __future__ import annotations

import json

from commitments.tui.app import make_app
from commitments.tui.screens.confirm import ConfirmScreen
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.search_bar import SearchBar


async def test_a_broken_filter_is_an_error_and_an_unfinished_one_is_pending(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows, bar = app.query_one(CommitmentList), app.query_one(SearchBar)
        everything = len(rows.rows)
        await pilot.press("slash", *"amount>")
        await pilot.pause()
        assert len(rows.rows) == everything  # pending: no blink to an empty list
        assert "amount> needs an amount" in str(bar.border_subtitle) and not bar.has_class("-query-error")
        await pilot.press(*"abc")
        await pilot.pause()
        assert rows.rows == [] or len(rows.rows) == 0
        assert "amount>abc is not an amount" in str(bar.border_subtitle) and bar.has_class("-query-error")
        await pilot.press("escape")
        await pilot.press(*"year:20x")
        await pilot.pause()
        assert len(rows.rows) == 0 and "not a year" in str(bar.border_subtitle)
        await pilot.press("escape")
        await pilot.press(*"org:")
        await pilot.pause()
        assert len(rows.rows) == everything and "org: needs a value" in str(bar.border_subtitle)
        await pilot.press("escape")
        await pilot.press(*"zzz:japan")
        await pilot.pause()
        assert len(rows.rows) == 0 and "there is no field zzz:" in str(bar.border_subtitle)
        await pilot.press("escape")
        await pilot.pause()
        assert bar.border_subtitle == "" and len(rows.rows) == everything


async def test_export_asks_before_replacing_and_follows_the_extension(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "commitments.csv"
    existing.write_text("precious\n", encoding="utf-8")
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        path = app.screen.query_one("#export-path")
        assert path.value != str(existing)  # the dialog offers a name that is free
        await pilot.press("ctrl+u", *existing.name, "enter")  # relative to the working folder
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert existing.read_text(encoding="utf-8") == "precious\n" and len(app.screen_stack) == 2
        await pilot.press("ctrl+u", *"out.xlsx", "enter")
        await pilot.pause()
        assert "names no export format" in str(app.screen.query_one("#export-error").render())
        assert not (tmp_path / "out.xlsx").exists()
        await pilot.press("ctrl+u", *"out.json", "enter")
        await pilot.pause()
        assert len(app.screen_stack) == 1
    assert isinstance(json.loads((tmp_path / "out.json").read_text(encoding="utf-8")), list)


async def test_export_replaces_a_file_when_told_to(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "mine.md"
    existing.write_text("old\n", encoding="utf-8")
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "ctrl+u", *existing.name, "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert len(app.screen_stack) == 1
    assert existing.read_text(encoding="utf-8").startswith("| Actors")


async def test_e_says_when_marked_rows_are_hidden_by_the_search(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "slash", *"zenith", "enter", "e")
        await pilot.pause()
        note = app.screen.query_one("#export-note").render()
        assert "1 of the 1 marked is hidden" in str(note)
