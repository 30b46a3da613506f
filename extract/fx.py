"""US-dollar values for money amounts, from a small bundled table of yearly average rates.

``usd_value(amount, year)`` fills ``usd_value``/``usd_source`` on a ``MoneyAmount``:
1. a dollar figure the text itself states ("3 trillion yen ($20 billion)") wins: "stated";
2. a USD amount is its own value: "native";
3. otherwise convert at that year's average rate (nearest year on file when the exact
   year is missing, the latest year when ``year`` is None): "converted";
4. no known rate: ``usd_value`` stays None.

The rates (``data/fx_rates.json``) are approximate annual averages; see its "source".
Standard library only, no spaCy: the store and the browser import this.
"""
from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from commitments.records import MoneyAmount

_RATES_FILE = Path(__file__).resolve().parent / "data" / "fx_rates.json"


@lru_cache(maxsize=1)
def rates() -> dict[str, dict[int, float]]:
    """Currency -> {year: units per 1 USD}, read once."""
    data = json.loads(_RATES_FILE.read_text(encoding="utf-8"))
    return {cur: {int(y): float(r) for y, r in years.items()}
            for cur, years in data["rates"].items()}


def rate(currency: str, year: int | None = None) -> float | None:
    """Units of ``currency`` per 1 USD for ``year`` (nearest year on file; latest if None)."""
    if currency == "USD":
        return 1.0
    years = rates().get(currency)
    if not years:
        return None
    if year is None:
        return years[max(years)]
    # nearest year; on a tie prefer the later one (closer to how news reports today)
    best = min(years, key=lambda y: (abs(y - year), -y))
    return years[best]


def usd_value(amount: MoneyAmount, year: int | None = None) -> MoneyAmount:
    """A copy of ``amount`` with ``usd_value``/``usd_source`` filled where possible."""
    eq = amount.equivalent
    if eq is not None and eq.currency == "USD" and amount.currency != "USD":
        return replace(amount, usd_value=eq.value, usd_source="stated")
    if amount.currency == "USD":
        return replace(amount, usd_value=amount.value, usd_source="native")
    r = rate(amount.currency, year)
    if r is None or r <= 0:
        return replace(amount, usd_value=None, usd_source=None)
    return replace(amount, usd_value=amount.value / r, usd_source="converted")
