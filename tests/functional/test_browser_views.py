"""Grouped view, marks, export, the command palette and remembered settings."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.settings import Settings, settings_path
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.rows import GROUP, MEMBER
from textual.widgets import Footer


def _row_text(rows: CommitmentList, position: int) -> str:
    top = round(rows.scroll_offset.y)
    return "".join(seg.text for seg in rows.render_line(position - top))


async def test_g_groups_sources_and_right_shows_each_wording(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(200, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("slash", *"zenith", "enter")
        await pilot.pause()
        assert len(rows.rows) == 2 and len(rows.entries) == 2
        await pilot.press("g")
        await pilot.pause()
        assert app.grouped and len(rows.entries) == 1 and rows.entries[0].kind == GROUP
        text = _row_text(rows, 0)
        assert "2 sources" in text and "⚠ $1 billion / $1.2 billion" in text
        await pilot.press("right")  # enter opens the pledge card (issue #13)
        await pilot.pause()
        assert [e.kind for e in rows.entries] == [GROUP, MEMBER, MEMBER]
        assert "wire.txt" in _row_text(rows, 1) + _row_text(rows, 2)
        assert "paper.txt" in _row_text(rows, 1) + _row_text(rows, 2)
        await pilot.press("j", "j", "left")
        await pilot.pause()
        assert len(rows.entries) == 1 and rows.cursor == 0
        await pilot.press("escape", "g")
        await pilot.pause()
        assert not app.grouped and len(rows.entries) == len(browser_store.commitments)


async def test_m_marks_and_e_exports_the_marked_set_to_csv(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the dialog offers ./commitments.csv
    app = make_app(browser_store)
    out = tmp_path / "commitments.csv"
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("m", "j", "j", "m")
        chosen = {rows.entries[0].commitment.id, rows.entries[2].commitment.id}
        assert app.marks == chosen
        assert _row_text(rows, 0).startswith("●") and _row_text(rows, 1).startswith(" ")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.screen_stack) == 1
        await pilot.press("M")
        assert not app.marks and _row_text(rows, 0).startswith(" ")
    with out.open(encoding="utf-8", newline="") as f:
        written = list(csv.DictReader(f))
    assert {r["id"] for r in written} == chosen
    assert all(r["passage"] for r in written)


async def test_e_exports_the_filtered_set_as_json_when_nothing_is_marked(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"acme", "enter", "e")
        await pilot.pause()
        await pilot.click("#format-json")
        await pilot.pause()
        path = app.screen.query_one("#export-path").value
        assert path.endswith(".json")
        await pilot.click("#export-ok")
        await pilot.pause()
        shown = app.query_one(CommitmentList).rows
    assert path != str(browser_store.path)  # the store is commitments.json here: never offered
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert [d["id"] for d in data] == [c.id for c in shown] and all("Acme" in d["actors"][0] for d in data)


async def test_export_to_an_unwritable_place_says_so_and_stays_open(browser_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("e", "ctrl+u", *"no/x.csv", "enter")
        await pilot.pause()
        assert len(app.screen_stack) == 2
        assert "cannot write" in str(app.screen.query_one("#export-error").render())
        await pilot.press("tab", "q", "g")  # the browser's keys wait while a dialog is open
        assert app.is_running and len(app.screen_stack) == 2 and not app.grouped
        await pilot.press("escape")
        assert len(app.screen_stack) == 1


async def run_from_palette(pilot, name: str) -> None:
    """Open the command palette, type an action's name and run it."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*name)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_runs_an_action_by_its_name(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await run_from_palette(pilot, "view: toggle grouped")
        assert app.grouped


async def test_theme_is_remembered_across_two_app_instances(browser_store, _private_config):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.theme != "nord"
        app.theme = "nord"
        await pilot.pause()
    assert json.loads(settings_path().read_text(encoding="utf-8"))["theme"] == "nord"
    assert settings_path().parent == _private_config
    again = make_app(Store(browser_store.path))
    async with again.run_test(size=(120, 40)):
        assert again.theme == "nord"


async def test_keymap_in_settings_remaps_a_binding_by_id(browser_store):
    Settings(keymap={"view.toggle_grouped": "w", "list.down": "ctrl+n"}).save()
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        assert not app.grouped
        await pilot.press("w")
        assert app.grouped
        await pilot.press("ctrl+n")
        assert app.query_one(CommitmentList).cursor == 1


async def test_unreadable_settings_give_one_warning_and_defaults(browser_store):
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{not json", encoding="utf-8")
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)):
        assert any("cannot read settings" in str(n.message) for n in app._notifications)


async def test_footer_shows_the_main_keys(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        labels = {k.description for k in footer.query("FooterKey")}
        assert {"Search", "Cite", "Mark", "Export", "Group", "Open", "Help", "Quit"} <= labels
