"""The pledge card's lines (tui/pledge_card.py): which report comes first and which figures
are marked as differing, when several sources report one pledge."""
from __future__ import annotations

from commitments.records import Commitment, MoneyAmount, Passage
from commitments.tui.ledger import pledges_of
from commitments.tui.pledge_card import DIFFERS, FIRST, figures_note, report_lines


def report(id, usd, published="2024-04-10", text=None):
    money = MoneyAmount(usd, "USD", text or f"${usd / 1e9:g} billion", usd_value=usd, usd_source="native")
    return Commitment(id, f"{id}.txt", f"h-{id}", ["Microsoft"], Passage(0, 10, "will invest"),
                      money=money, group="g", published=published)


def marks(lines):
    return [(line.commitment.id, line.marks) for line in lines]


def test_only_the_figure_that_most_sources_disagree_with_is_marked():
    # one outlet rounds the figure; seven state it exactly, all on the same day
    reports = [report("rounded", 3e9, text="approximately $3 billion")]
    reports += [report(f"exact{k}", 2.9e9) for k in range(7)]
    lines = report_lines(reports, {})
    differing = [cid for cid, m in marks(lines) if DIFFERS in m]
    assert differing == ["rounded"]
    # among reports of one day, the first shown states the figure most sources state
    assert lines[0].commitment.id.startswith("exact") and FIRST in lines[0].marks


def test_an_earlier_outlier_stays_first_and_is_the_one_marked():
    reports = [report("late1", 2.9e9, "2024-04-11"), report("early", 3e9, "2024-04-09"),
               report("late2", 2.9e9, "2024-04-12")]
    assert marks(report_lines(reports, {})) == [("early", (FIRST, DIFFERS)), ("late1", ()), ("late2", ())]


def test_a_tie_between_figures_is_settled_by_the_earliest_report():
    reports = [report("b", 3e9, "2024-04-11"), report("a", 2.9e9, "2024-04-10")]
    assert marks(report_lines(reports, {})) == [("a", (FIRST,)), ("b", (DIFFERS,))]


def test_the_ledger_counts_a_pledge_at_the_figure_most_sources_state():
    reports = [report("early", 3e9, "2024-04-09"), report("x", 2.9e9, "2024-04-11"), report("y", 2.9e9, "2024-04-12")]
    assert pledges_of(reports)["g"].usd == 2.9e9


def test_the_note_counts_the_reports_of_each_figure_the_most_stated_first():
    reports = [report("rounded", 3e9, text="approximately $3 billion")] + [report(f"e{k}", 2.9e9) for k in range(3)]
    assert figures_note(report_lines(reports, {})) == "3 reports state $2.9 billion; 1 states approximately $3 billion"
    assert figures_note(report_lines(reports[1:], {})) is None
