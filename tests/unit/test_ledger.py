"""The ledger's arithmetic (tui/ledger.py): reports of one pledge count once, a part never
adds to its whole, rows come largest first."""
from __future__ import annotations

from commitments.records import Commitment, MoneyAmount, Passage
from commitments.tui.ledger import ledger, pledges_of


def rec(id, actors, usd=None, recipients=(), group=None, part_of=None, published="2024-04-10", text=None,
        qualifier=None):
    money = None
    if usd is not None:
        money = MoneyAmount(usd, "USD", text or f"${usd:,.0f}", usd_value=usd, usd_source="native", qualifier=qualifier)
    return Commitment(id, f"{id}.txt", f"h-{id}", list(actors), Passage(0, 10, "x will invest"),
                      recipients=list(recipients), money=money, group=group, part_of=part_of, published=published)


def by_name(rows):
    return {r.name: r for r in rows}


def test_the_reports_of_one_pledge_count_once_at_the_first_reports_amount():
    rows = ledger([
        rec("a", ["Microsoft"], 3.0e9, group="g1", published="2024-04-11"),
        rec("b", ["Microsoft Corp."], 2.9e9, group="g1", published="2024-04-10"),  # the first report
        rec("c", ["microsoft"], 1e9, group="g2"),
    ])
    assert len(rows) == 1
    row = rows[0]
    assert row.name == "Microsoft" and row.pledges == 2 and row.total_usd == 2.9e9 + 1e9


def test_a_first_report_without_dollars_gives_way_to_the_next_one_with_them():
    p = pledges_of([rec("a", ["X"], None, group="g", published="2024-01-01"), rec("b", ["X"], 5e6, group="g")])
    assert p["g"].usd == 5e6 and p["g"].first.id == "a"


def test_a_part_never_adds_to_its_whole():
    rows = by_name(ledger([
        rec("whole", ["Japan"], 10e9),
        rec("part", ["Japan"], 4e8, part_of="whole"),  # "$400 million of that sum"
        rec("g-part-report", ["Japan"], 4e8, group="gp", part_of="whole"),
    ]))
    japan = rows["Japan"]
    assert japan.total_usd == 10e9 and japan.pledges == 1 and japan.parts_left_out == 2


def test_a_part_names_its_whole_by_group_too():
    rows = ledger([rec("w1", ["EU"], 5e9, group="g-whole"), rec("w2", ["EU"], 5e9, group="g-whole"),
                   rec("p", ["EU"], 1e9, part_of="g-whole")])
    assert rows[0].total_usd == 5e9 and rows[0].pledges == 1


def test_a_part_counts_alone_where_its_whole_is_absent():
    only_part = ledger([rec("part", ["Japan"], 4e8, part_of="whole")])
    assert only_part[0].total_usd == 4e8 and only_part[0].pledges == 1
    # another organisation's part adds to that organisation, not to the whole's
    rows = by_name(ledger([rec("whole", ["Japan"], 10e9), rec("part", ["JBIC"], 4e8, part_of="whole")]))
    assert rows["Japan"].total_usd == 10e9 and rows["JBIC"].total_usd == 4e8


def test_rows_by_recipient_with_the_largest_pledger_sorted_by_total():
    records = [
        rec("a", ["AWS"], 15e9, recipients=["Japan"]),
        rec("b", ["Microsoft"], 2.9e9, recipients=["Japan"], group="m"),
        rec("c", ["Microsoft"], 3e9, recipients=["Japan"], group="m", published="2024-05-01"),
        rec("d", ["Oracle"], 8e9, recipients=["Japan", "Korea"]),
        rec("e", ["Google"], 1e9, recipients=["Korea"]),
        rec("f", ["Nobody"], None, recipients=["Chile"]),
    ]
    rows = ledger(records, by="recipient")
    assert [r.name for r in rows] == ["Japan", "Korea", "Chile"]
    japan = rows[0]
    assert japan.pledges == 3 and japan.total_usd == 15e9 + 2.9e9 + 8e9 and japan.top == ("AWS", 15e9)
    assert rows[2].without_amount == 1 and rows[2].total_usd == 0
    actors = ledger(records, by="actor")
    assert [r.name for r in actors][:3] == ["AWS", "Oracle", "Microsoft"]
    assert by_name(actors)["Oracle"].top == ("Japan", 8e9)  # ties: the first name


def test_ties_go_by_number_of_pledges_then_name():
    rows = ledger([rec("a", ["Beta"], 1e6), rec("b", ["alpha"], 1e6), rec("c", ["Gamma"], 5e5),
                   rec("d", ["Gamma"], 5e5), rec("e", ["Delta"])])
    assert [r.name for r in rows] == ["Gamma", "alpha", "Beta", "Delta"]


def test_a_total_with_a_converted_figure_says_so_and_rounds():
    from commitments.tui.format import dollars

    stated = rec("a", ["Pemex"], 1e9)
    converted = rec("b", ["Pemex"], 1_234_567_890.0)
    converted.money.usd_source = "converted"
    only_stated = by_name(ledger([stated]))["Pemex"]
    mixed = by_name(ledger([stated, converted]))["Pemex"]
    assert not only_stated.converted and dollars(only_stated.total_usd, only_stated.converted) == "$1bn"
    assert mixed.converted and mixed.to_dict()["usd_converted"] is True
    assert dollars(mixed.total_usd, mixed.converted) == "≈$2.23bn"
