"""Issue #13's small bugs: counts in the right number, a remap that would take Quit's key,
and where the first `n` goes."""
from __future__ import annotations

from commitments.tui.app import make_app
from commitments.tui.cli import main
from commitments.tui.settings import Settings
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.source_view import SourceView


async def test_one_match_is_one_match(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"zenith", "enter")
        await pilot.pause(0.3)
        assert app.query_one(SourceView).border_subtitle == "1 match · n/N"


def test_groups_count_one_report_in_one_document(browser_store, capsys):
    assert main(["groups", "--all", "--db", str(browser_store.path)]) == 0
    out = capsys.readouterr().out
    assert "1 report in 1 document" in out and "1 reports" not in out and "1 documents" not in out


async def test_a_remap_onto_q_keeps_quit_and_says_so(browser_store):
    Settings(keymap={"view.toggle_grouped": "q"}).save()
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert any("q stays Quit" in str(n.message) for n in app._notifications)
        await pilot.press("g")  # the remap was refused, so g still groups
        assert app.grouped
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_the_first_n_goes_to_the_next_match_below_what_is_shown(browser_store):
    app = make_app(browser_store)
    async with app.run_test(size=(120, 16)) as pilot:
        await pilot.press("slash", *"will", "enter")
        await pilot.pause(0.3)
        source = app.query_one(SourceView)
        await pilot.press("4", "end")  # the reader scrolls to the end of the document
        await pilot.pause()
        top = round(source.scroll_offset.y)
        assert source.line_of(source._rendered.passage[0]) < top  # the passage is above, out of sight
        await pilot.press("n")
        assert source.line_of(source.matches[source.current_match][0]) >= top
        assert app.query_one(CommitmentList).rows


async def test_notifications_never_stack(browser_store):
    """One notification at a time (issue #13): a stack of toasts covers the Source pane.
    Two keymap problems at start are one notification, and a new one replaces the last."""
    Settings(keymap={"view.toggle_grouped": "q", "mark.toggle": "c"}).save()
    app = make_app(browser_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        (problems,) = [str(n.message) for n in app._notifications]
        assert "q stays Quit" in problems and "c stays" in problems
        app.notify("first", markup=False)
        app.notify("second", markup=False)
        await pilot.pause()
        await pilot.pause()
        assert [str(n.message) for n in app._notifications] == ["second"]
