"""The Recipients facet beside Organisations (issue #13): its counts follow the other
filters, choosing narrows every pane by recipient, each facet's title says how many are
chosen, and a chosen entry reads differently from an unchosen one without colour."""
from __future__ import annotations

import pytest
from commitments.store import Store
from commitments.tui.app import make_app
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.facets import CHOSEN, AmountList, OrganisationList, RecipientList
from ledger_data import ledger_batch


@pytest.fixture
def ledger_store(tmp_path):
    path = tmp_path / "commitments.json"
    Store(path).add(ledger_batch())
    return Store(path)


def _lines(facet) -> list[str]:
    return ["".join(s.text for s in facet.render_line(y)) for y in range(facet.option_count)]


def _names(facet) -> dict[str, int]:
    return {str(o.prompt).rsplit(" (", 1)[0]: int(str(o.prompt).rsplit("(", 1)[1][:-1])
            for o in (facet.get_option_at_index(i) for i in range(facet.option_count))}


async def test_choosing_a_recipient_narrows_the_list_and_the_other_facets(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        recipients, orgs = app.query_one(RecipientList), app.query_one(OrganisationList)
        assert _names(recipients) == {"Japan": 5, "Korea": 2}
        assert recipients.border_title == "Recipients (2)"
        await pilot.press("5")
        assert app.focused is recipients
        await pilot.press("down", "space")  # Korea
        await pilot.pause()
        rows = app.query_one(CommitmentList).rows
        assert app.filters.recipients == frozenset({"Korea"})
        assert {c.actors[0] for c in rows} == {"Google", "Samsung"}
        assert recipients.border_title == "Recipients (2 · 1 chosen)"
        assert _names(orgs) == {"Google": 1, "Samsung": 1}  # the organisations follow the recipient
        assert _names(recipients) == {"Japan": 5, "Korea": 2}  # a facet never narrows itself
        await pilot.press("1", "space")  # Google, among Korea's
        await pilot.pause()
        assert orgs.border_title == "Organisations (2 · 1 chosen)"
        assert _names(recipients) == {"Korea": 1}  # and the recipients follow the organisation
        await pilot.press("escape")
        await pilot.pause()
        assert app.filters.recipients == frozenset() and recipients.border_title == "Recipients (2)"


async def test_the_ledger_by_recipient_chooses_in_the_recipients_facet(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("L", "t")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        recipients = app.query_one(RecipientList)
        assert recipients.selected == ["Japan"] and "1 chosen" in str(recipients.border_title)


async def test_chosen_entries_are_marked_without_colour(ledger_store, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 45)) as pilot:
        assert app.no_color
        await pilot.press("2", "down", "space")  # $1–10bn
        await pilot.press("5", "space")  # Japan
        await pilot.pause()
        for facet, chosen in ((app.query_one(AmountList), 1), (app.query_one(RecipientList), 0)):
            lines = _lines(facet)
            assert len(lines) > 1 and CHOSEN in lines[chosen], lines
            assert all(CHOSEN not in line for i, line in enumerate(lines) if i != chosen), lines
            # the box alone, as text, tells them apart ("▐✓▌" and "▐ ▌")
            assert lines[chosen][:3] != lines[1 - chosen][:3]


async def test_the_recipient_keys_do_not_fire_in_the_search_box(ledger_store):
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("slash", "5")
        await pilot.pause()
        assert app.filters.query == "5" and not isinstance(app.focused, RecipientList)


async def test_at_160_columns_nothing_important_is_cut(ledger_store):
    """Actors, recipients, qualified amounts and a group's discrepancy show in full."""
    app = make_app(ledger_store)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        rows = app.query_one(CommitmentList)
        lines = ["".join(s.text for s in rows.render_line(y)) for y in range(len(rows.entries))]
        text = "\n".join(lines)
        assert "Amazon Web Services" in text and "> $8bn Oracle" in text and "≈ $3bn Microsoft Corp." in text
        assert all(" Japan " in line or " Korea " in line for line in lines)  # the recipient column
        assert len({line.index(name) for line, name in zip(lines, ["Microsoft", "Microsoft", "Amazon"])}) == 1
        await pilot.press("g")
        await pilot.pause()
        first = "".join(s.text for s in rows.render_line(0))
        assert "2 sources" in first and "⚠ $2.9 billion / about $3 billion" in first
