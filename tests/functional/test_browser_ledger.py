"""The ledger (L) and the pledge card (enter) in the browser (issue #13): who pledged the
most to Japan in two keys, enter opens a row's pledges, the card shows each source's
figure side by side; keys pressed fast never crash."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.pledge_card import DIFFERS, FIRST
from commitments.tui.screens.ledger import LedgerScreen
from commitments.tui.screens.pledge_card import PledgeCard
from commitments.tui.widgets.commitment_list import CommitmentList
from ledger_data import ledger_batch
from test_browser_views import run_from_palette
from textual.widgets import DataTable, Static


@pytest.fixture
def ledger_store(tmp_path):
    path = tmp_path / "commitments.json"
    Store(path).add(ledger_batch())
    return Store(path)


def _cells(table: DataTable, row: int) -> list[str]:
    return [str(cell) for cell in table.get_row_at(row)]


async def test_L_then_t_says_who_pledged_the_most_to_japan(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LedgerScreen)
        table = app.screen.query_one(DataTable)
        first = _cells(table, 0)
        assert first[0] == "Amazon Web Services" and first[2] == "$15bn"
        # Microsoft: two reports of one pledge, counted once at the first report's $2.9bn
        msft = next(_cells(table, i) for i in range(table.row_count) if _cells(table, i)[0] == "Microsoft")
        assert msft[1].strip() == "1" and msft[2] == "$2.9bn"
        await pilot.press("t")
        await pilot.pause()
        japan = _cells(table, 0)
        assert japan[0] == "Japan" and japan[1].strip() == "3" and japan[2] == "$25.9bn"
        assert japan[3].startswith("Amazon Web Services") and "by recipient" in str(app.screen.query_one("#ledger-box").border_title)


async def test_enter_on_a_ledger_row_shows_its_pledges(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash", *"to:japan", "enter", "L")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        assert "shown commitments" in str(app.screen.query_one("#ledger-box").border_title)
        assert [_cells(table, i)[0] for i in range(table.row_count)] == ["Amazon Web Services", "Oracle", "Microsoft"]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is app.screen_stack[0]
        rows = app.query_one(CommitmentList)
        assert app.filters.organisations == frozenset({"Oracle"}) and app.filters.query == "to:japan"
        assert {c.actors[0] for c in rows.rows} == {"Oracle"} and len(rows.rows) == 2  # the whole and its part
        assert app.focused is rows
        await pilot.press("L", "t")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.filters.recipients == frozenset({"Japan"})


async def test_the_ledger_from_the_palette_and_escape_closes_it(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await run_from_palette(pilot, "ledger: open")
        assert isinstance(app.screen, LedgerScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1 and app.filters.query == ""


async def test_L_is_typed_into_the_search_box_not_run(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", "L", "t")
        await pilot.pause()
        assert len(app.screen_stack) == 1 and app.filters.query == "Lt"


async def test_keys_fast_across_the_ledger_and_card_never_crash(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("L", "t", "t", "enter", "g", "enter", "escape", "L", "escape", "q", "L", "enter")
        await pilot.pause()


async def test_enter_on_a_group_opens_its_card_with_each_figure(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash", *"org:microsoft", "enter", "g")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PledgeCard)
        card = app.screen
        assert [(line.outlet, line.amount, line.marks) for line in card.lines] == [
            ("Nikkei", "$2.9 billion", (FIRST,)),
            ("Reuters", "about $3 billion", (DIFFERS,)),
        ]
        table = card.query_one(DataTable)
        assert table.row_count == 2 and "first" in _cells(table, 0)[0] and "differs" in _cells(table, 1)[0]
        assert _cells(table, 1)[4] == "$3bn" and _cells(table, 0)[2] == "2024-04-10"
        assert "sources differ" in str(card.query_one("#pledge-note", Static).render())
        await pilot.press("down")
        await pilot.pause()
        assert "reuters.txt" in str(card.query_one("#pledge-quote-text", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert len(app.screen_stack) == 1 and app.grouped


async def test_enter_on_a_single_row_shows_its_pledge_from_the_store(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash", *"reuters", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PledgeCard) and len(app.screen.lines) == 2


async def test_markup_in_a_figure_is_shown_as_text(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("slash", *"samsung", "enter", "enter")
        await pilot.pause()
        assert _cells(app.screen.query_one(DataTable), 0)[3] == "[b]4 trillion won[/b]"


async def test_the_card_fits_its_columns_to_a_narrow_terminal(ledger_store):
    """At 100 and 80 columns the card's table needs no sideways scroll: outlet, amount and
    USD stay in sight (the quote is beneath the table anyway)."""
    for size in ((100, 30), (80, 24)):
        app = make_app(ledger_store)
        async with app.run_test(size=size) as pilot:
            await pilot.press("slash", *"org:microsoft", "enter", "g")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            assert table.virtual_size.width <= table.scrollable_content_region.width, size
            labels = [str(c.label) for c in table.columns.values()]
            assert {"Outlet", "Amount as written", "USD"} <= set(labels), size
