"""The list's columns (issue #13): a fixed-width amount column that keeps the qualifier,
and recipient, timeframe and outlet/date columns as the width allows; exports keep the
qualifier too."""
from __future__ import annotations

import csv
import io

from commitments.records import Commitment, MoneyAmount, Passage, Timeframe
from commitments.store.export import write
from commitments.tui.format import AMOUNT_WIDTH, format_usd_qualified
from commitments.tui.widgets.rows import build_entries, columns_for, render_entry


def _c(qualifier: str | None = None, usd: float = 8e9, source: str = "native") -> Commitment:
    text = "Oracle will invest more than $8 billion in Japan by 2030."
    money = MoneyAmount(usd, "USD", "$8 billion", qualifier=qualifier, usd_value=usd, usd_source=source)
    return Commitment("o1", "oracle.txt", "h", ["Amazon Web Services"], Passage(0, len(text), text),
                      recipients=["Japan"], money=money, timeframe=Timeframe("by 2030"), published="2024-04-18")


def _row(c: Commitment, width: int, outlet=lambda c: "Reuters") -> str:
    return render_entry(build_entries([c], grouped=False, expanded=set())[0], set(), None, False, width, outlet).plain


def test_amounts_keep_their_qualifier_as_a_mark():
    assert format_usd_qualified(_c("more than").money) == "> $8bn"
    assert format_usd_qualified(_c("approximately", 3e9).money) == "≈ $3bn"
    assert format_usd_qualified(_c("up to", 3e9, "converted").money) == "≤ ≈$3bn"  # and still says converted
    assert format_usd_qualified(_c().money) == "$8bn"


def test_a_converted_figure_shows_three_significant_digits_and_a_stated_one_as_stated():
    assert format_usd_qualified(_c(usd=728_571_428.57, source="converted").money) == "≈$729m"
    assert format_usd_qualified(_c(usd=1_015_000_000, source="converted").money) == "≈$1.02bn"
    assert format_usd_qualified(_c(usd=2_950_000_000).money) == "$2.95bn"


def test_the_amount_column_keeps_its_width_whatever_the_qualifier():
    starts = {_row(_c(q), 120).index("Amazon") for q in (None, "more than", "approximately", "nearly")}
    assert len(starts) == 1 and starts.pop() == 4 + AMOUNT_WIDTH + 1


def test_columns_come_in_as_the_width_allows():
    narrow, medium, wide = _row(_c("more than"), 60), _row(_c("more than"), 83), _row(_c("more than"), 140)
    assert "> $8bn Amazon Web" in narrow and "Japan" not in narrow.split("Oracle")[0]
    assert "Amazon Web Services" in medium and " Japan " in medium.split("Oracle")[0]
    assert "by 2030" in wide.split("Oracle")[0] and "Reuters 2024-04-18" in wide
    assert [c.name for c in columns_for(140, False)] == ["recipient", "timeframe", "outlet"]
    assert columns_for(60, False) == ()


def test_exports_keep_the_qualifier():
    for fmt in ("csv", "md"):
        out = io.StringIO()
        write([_c("more than")], fmt, out)
        assert "more than $8 billion" in out.getvalue()
    out = io.StringIO()
    write([_c("more than")], "csv", out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["amount"] == "more than $8 billion"
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["value"], row["currency"], row["usd_value"]) == ("8000000000.0", "USD", "8000000000.0")
