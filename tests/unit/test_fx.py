import json
import subprocess
import sys

import pytest
from commitments.extract import fx
from commitments.extract.money import find_amounts
from commitments.records import MoneyAmount


def test_rates_file_names_its_source_and_says_approximate():
    data = json.loads(fx._RATES_FILE.read_text(encoding="utf-8"))
    assert "Federal Reserve" in data["source"]
    assert "approximate" in data["about"].lower()
    for cur in ("EUR", "JPY", "GBP", "KRW", "INR", "CNY", "CAD", "AUD", "CHF", "HKD", "SGD"):
        years = fx.rates()[cur]
        assert set(range(2015, 2025)) <= set(years), cur
        assert all(r > 0 for r in years.values())


@pytest.mark.parametrize("cur,year,low,high", [
    ("JPY", 2024, 140, 160), ("EUR", 2022, 0.9, 1.0), ("GBP", 2016, 0.7, 0.8),
    ("KRW", 2023, 1250, 1350), ("INR", 2020, 70, 78), ("CNY", 2019, 6.8, 7.0),
    ("NOK", 2024, 10, 11.5), ("DKK", 2023, 6.5, 7.2), ("ZAR", 2023, 17, 19.5), ("PLN", 2022, 4.2, 4.7),
])
def test_rates_are_plausible(cur, year, low, high):
    assert low <= fx.rate(cur, year) <= high


def test_native_usd():
    a = fx.usd_value(MoneyAmount(value=5e6, currency="USD", text="$5 million"), 2024)
    assert (a.usd_value, a.usd_source) == (5e6, "native")


def test_stated_equivalent_wins_over_conversion():
    [a] = find_amounts("SoftBank pledged 2 trillion yen ($13 billion) for AI.")
    a.usd_value = a.usd_source = None
    b = fx.usd_value(a, 2024)
    assert (b.usd_value, b.usd_source) == (13e9, "stated")


def test_converted_at_that_years_rate():
    a = fx.usd_value(MoneyAmount(value=1.4545e12, currency="JPY", text="1.4545 trillion yen"), 2024)
    assert a.usd_source == "converted"
    assert a.usd_value == pytest.approx(1.4545e12 / fx.rate("JPY", 2024))
    assert 9e9 < a.usd_value < 1.0e10


def test_nearest_year_and_latest_when_unknown():
    years = fx.rates()["EUR"]
    assert fx.rate("EUR", 1990) == years[min(years)]
    assert fx.rate("EUR", 2090) == years[max(years)]
    assert fx.rate("EUR", None) == years[max(years)]


def test_unknown_currency_has_no_usd_value():
    a = fx.usd_value(MoneyAmount(value=5.0, currency="FIM", text="5 markka"), 1995)
    assert a.usd_value is None and a.usd_source is None


def test_input_is_not_mutated():
    a = MoneyAmount(value=100.0, currency="EUR", text="€100")
    fx.usd_value(a, 2023)
    assert a.usd_value is None


def test_fx_and_money_import_without_spacy():
    code = ("import sys, commitments.extract.fx, commitments.extract.money; "
            "sys.exit(1 if any(m.split('.')[0] == 'spacy' for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
