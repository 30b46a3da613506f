"""The browser's pure parts: bands, facet counts, search terms, rows, source marks, export."""
from __future__ import annotations

import csv
import io
import json

from commitments.records import Commitment, Mention, MoneyAmount, Passage
from commitments.store.export import write, write_file
from commitments.store.index import CommitmentIndex
from commitments.tui.filtering import BANDS, NO_AMOUNT, FacetIndex, Filters, band_of
from commitments.tui.highlight import search_terms, terms_pattern
from commitments.tui.widgets.rows import GROUP, build_entries, discrepancy, render_entry
from commitments.tui.widgets.source_view import MARKS, render_source


def _c(cid: str, actors: list[str], usd: float | None, text: str = "X will invest.", group: str | None = None) -> Commitment:
    money = MoneyAmount(usd, "USD", f"${usd:,.0f}", usd_value=usd) if usd is not None else None
    return Commitment(cid, "d.txt", "h", actors, Passage(0, len(text), text), money=money, group=group)


def test_bands_cover_every_amount():
    assert [band_of(_c("a", [], v)) for v in (2e10, 1e10, 5e9, 5e8, 5e6, None)] == [0, 0, 1, 2, 3, NO_AMOUNT]
    assert BANDS[NO_AMOUNT].label == "no amount"


def test_each_facet_counts_what_the_other_filters_leave():
    rows = [_c("1", ["A"], 2e10), _c("2", ["B"], 5e6), _c("3", ["A", "B"], None), _c("4", ["C"], 2e10)]
    facets = FacetIndex(CommitmentIndex(rows))
    result = facets.apply(Filters(organisations=frozenset({"A", "C"}), bands=frozenset({0})))
    assert result.rows == [0, 3]
    assert dict(result.organisations) == {"A": 1, "C": 1}  # counted within band 0
    assert result.band_counts == [2, 0, 0, 0, 1]  # counted within A or C


def test_search_terms_skip_field_filters_and_keep_phrases():
    assert search_terms('solar "wind farm" org:acme amount>1bn -coal year:2027') == ["solar", "wind farm"]
    pattern = terms_pattern(["wind", "wind farm"])
    assert pattern.search("A WIND FARM").group() == "WIND FARM"


def test_groups_show_sources_and_amount_discrepancy():
    rows = [_c("1", ["Z"], 1e9, group="g"), _c("2", ["Z"], 1.2e9, group="g"), _c("3", ["Y"], None)]
    entries = build_entries(rows, grouped=True, expanded=set())
    assert [e.kind for e in entries] == [GROUP, GROUP] and len(entries[0].members) == 2
    assert discrepancy(entries[0].members) == "$1,000,000,000 / $1,200,000,000"
    assert discrepancy(entries[1].members) is None
    assert "2 sources" in render_entry(entries[0], {"1"}, None, False).plain
    assert render_entry(entries[0], {"1"}, None, False).plain.startswith("◐")


def test_document_text_is_never_markup_and_mentions_are_bracketed():
    text = "[bold]Acme[/bold] will invest $5 billion by 2030."
    c = Commitment("1", "d", "h", ["Acme"], Passage(0, len(text), text),
                   mentions=[Mention("actor", 6, 10, "Acme"), Mention("money", 30, 40, "$5 billion")])
    rendered = render_source(text, c, terms_pattern(["2030"]))
    assert rendered.text.plain.startswith("[bold]⟦Acme⟧[/bold]")
    left, right = MARKS["money"]
    assert f"{left}$5 billion{right}" in rendered.text.plain
    year = text.index("2030")
    assert rendered.text.plain[rendered.at(year):rendered.at(year) + 4] == "2030"
    assert rendered.passage == (0, len(rendered.text.plain))


def test_export_formats(tmp_path):
    rows = [_c("1", ["A, Inc"], 2e9, 'He said "yes", | then left.'), _c("2", ["B"], None)]
    as_csv, as_md = io.StringIO(), io.StringIO()
    write(rows, "csv", as_csv)
    write(rows, "md", as_md)
    parsed = list(csv.DictReader(io.StringIO(as_csv.getvalue())))
    assert [r["id"] for r in parsed] == ["1", "2"] and parsed[0]["passage"] == 'He said "yes", | then left.'
    assert 'He said "yes", \\| then left.' in as_md.getvalue() and "| A, Inc |" in as_md.getvalue()
    path = tmp_path / "x.json"
    assert write_file(path, rows, "json") == 2
    assert [d["id"] for d in json.loads(path.read_text(encoding="utf-8"))] == ["1", "2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.json"]  # no temporary file left


def test_control_characters_never_reach_the_terminal_and_offsets_hold():
    text = "Acme\x1b[2J will \x9b invest $5 billion."
    c = Commitment("1", "d", "h", ["Acme"], Passage(0, len(text), text), mentions=[Mention("actor", 0, 4, "Acme")])
    plain = render_source(text, c, None).text.plain
    assert "\x1b" not in plain and "\x9b" not in plain
    assert plain == "⟦Acme⟧\ufffd[2J will \ufffd invest $5 billion."


def test_a_converted_dollar_value_is_marked_approximate_whatever_the_reason():
    from commitments.tui.format import format_usd

    local = MoneyAmount(40e6, "NZD", "$40 million", usd_value=24e6,
                        usd_source="converted: bare $ read as NZD from the dateline")
    assert format_usd(local) == "≈$24m"
    assert format_usd(MoneyAmount(5e6, "USD", "$5 million", usd_value=5e6, usd_source="native")) == "$5m"
