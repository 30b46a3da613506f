"""What the browser offers is in sight: every key binding of the app has a command palette
entry that runs the same action, the search box and the help show the search syntax, and
the list's title counts the marks."""
from __future__ import annotations

from functools import partial

from commitments.tui.app import make_app
from commitments.tui.screens.help import HelpScreen
from commitments.tui.widgets.commitment_list import CommitmentList
from textual.command import CommandList, CommandPalette

SYNTAX = ("org:", "to:", "amount>", "year:", "-", '"')  # "-word" and "a phrase" as the help writes them
# Textual's own: opening the palette cannot be a palette entry of itself; ctrl+c is its
# system binding (copy, or say how to quit).
NOT_PALETTE_ACTIONS = {"command_palette", "help_quit"}


async def palette_entries(app, pilot) -> dict[str, str]:
    """{action it runs: name shown} for each entry the palette lists before anything is typed."""
    await pilot.press("ctrl+p")
    await pilot.pause(0.3)
    assert isinstance(app.screen, CommandPalette)
    entries = {}
    for option in app.screen.query_one(CommandList).options:
        command = option.hit.command
        if isinstance(command, partial) and command.args:  # ours run app.run_action(action)
            entries[command.args[0]] = str(option.hit.text or option.hit.display)
    await pilot.press("escape")
    await pilot.pause()
    return entries


async def test_every_binding_of_the_app_has_a_palette_entry(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        bindings = [b for bs in app._bindings.key_to_bindings.values() for b in bs
                    if not b.system and b.action not in NOT_PALETTE_ACTIONS]
        assert len({b.action for b in bindings}) >= 25
        entries = await palette_entries(app, pilot)
        missing = sorted({f"{b.key} ({b.action})" for b in bindings if b.action not in entries})
        assert missing == []
        # and the entry is named for the binding: "view: toggle grouped" for view.toggle_grouped
        for b in bindings:
            if b.id:
                area, verb = b.id.split(".", 1)
                assert entries[b.action] == f"{area}: {verb.replace('_', ' ')}", b.id


async def test_the_search_box_and_the_help_show_the_search_syntax(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(160, 40)) as pilot:
        placeholder = app.query_one("#search").placeholder
        assert all(token in placeholder for token in SYNTAX), placeholder
        assert "-word" in placeholder and '"a phrase"' in placeholder
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "org:name to:name amount>1bn year:2027" in shown  # drawn, not only set
    app = make_app(browser_store)
    async with app.run_test(size=(160, 200)) as pilot:  # tall enough for the whole help
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        for token in ("org:microsoft", "to:japan", "amount>1bn", "year:2027", "-coal", '"clean energy"'):
            assert token in shown, token


async def test_the_list_title_counts_the_marks(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        rows = app.query_one(CommitmentList)
        await pilot.press("3", "m", "down", "m")
        await pilot.pause()
        assert "2 marked" in str(rows.border_title)
        await pilot.press("m")  # the second again: unmarked
        await pilot.pause()
        assert "1 marked" in str(rows.border_title)
        await pilot.press("M")
        await pilot.pause()
        assert "marked" not in str(rows.border_title)
