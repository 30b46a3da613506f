"""Snapshots of the browser on the seed store (built once per session by conftest, so
every run draws the same screen). After a deliberate change of layout, look at the
report and accept with `pytest tests/functional/test_snapshots.py --snapshot-update`."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import CommitmentsApp, make_app

pytestmark = pytest.mark.slow


@pytest.fixture
def app(seed_store_path, monkeypatch) -> CommitmentsApp:
    monkeypatch.delenv("NO_COLOR", raising=False)
    return make_app(Store(seed_store_path))


def test_main_screen_80x24(snap_compare, app):
    assert snap_compare(app, terminal_size=(80, 24))


def test_main_screen_160x48(snap_compare, app):
    assert snap_compare(app, terminal_size=(160, 48))


def test_help(snap_compare, app):
    assert snap_compare(app, press=["f1"], terminal_size=(80, 24))


def test_citation_chooser(snap_compare, app):
    assert snap_compare(app, press=["down", "C", "down"], terminal_size=(80, 24))


@pytest.mark.skipif(not hasattr(CommitmentsApp, "action_toggle_grouped"),
                    reason="the grouped view is not in this build of the browser yet")
def test_grouped_view(snap_compare, app):
    async def grouped(pilot) -> None:
        await pilot.app.run_action("toggle_grouped")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(160, 48), run_before=grouped)


def test_sorted_by_amount(snap_compare, app):
    assert snap_compare(app, press=["s"], terminal_size=(160, 48))


def test_ledger_by_recipient(snap_compare, app):
    assert snap_compare(app, press=["L", "t"], terminal_size=(160, 48))


def test_pledge_card(snap_compare, tmp_path, monkeypatch):
    """On a store whose Microsoft pledge has two reports that state different figures."""
    from ledger_data import ledger_batch

    monkeypatch.delenv("NO_COLOR", raising=False)
    path = tmp_path / "ledger.json"
    Store(path).add(ledger_batch())
    app = make_app(Store(path))

    async def card(pilot) -> None:
        await pilot.press("slash", *"org:microsoft", "enter", "g")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(160, 48), run_before=card)
