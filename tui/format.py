"""How amounts and records read in the terminal."""
from __future__ import annotations

from commitments.records import MoneyAmount

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def short_number(value: float, significant: int | None = None) -> str:
    """``2.95bn``; with ``significant``, rounded to that many digits first (a figure
    converted at a reference rate must not read as exact: 728.57m is ``729m``)."""
    if significant and value:
        value = float(f"{value:.{significant}g}")
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            n = value / scale
            return f"{n:,.2f}".rstrip("0").rstrip(".") + suffix
    return f"{value:,.0f}"


def format_money(money: MoneyAmount | None) -> str:
    if money is None:
        return ""
    text = f"{money.currency} {short_number(money.value)}"
    if money.value_max:
        text += f"–{short_number(money.value_max)}"
    if money.qualifier:
        text = f"{money.qualifier} {text}"
    return text


def dollars(value: float, converted: bool = False) -> str:
    """``$2.95bn``; a figure (or a total) that a reference rate made: ``≈$729m``."""
    return f"≈${short_number(value, significant=3)}" if converted else f"${short_number(value)}"


def is_converted(money: MoneyAmount | None) -> bool:
    # usd_source is "converted", or "converted: bare $ read as CAD from the dateline"
    return money is not None and (money.usd_source or "").startswith("converted")


def format_usd(money: MoneyAmount | None) -> str:
    if money is None or money.usd_value is None:
        return "—"
    return dollars(money.usd_value, is_converted(money))


# The extractor's normalised qualifiers (extract/data/money_words.json) as one-character
# marks, so that a qualified amount still fits the list's fixed-width amount column.
QUALIFIER_MARKS = {"approximately": "≈", "more than": ">", "at least": "≥", "less than": "<",
                   "at most": "≤", "up to": "≤", "nearly": "≲",
                   # as written in records made before the words were normalised
                   "about": "≈", "around": "≈", "roughly": "≈", "over": ">", "under": "<"}
AMOUNT_WIDTH = 10  # "≲ ≈$2.95bn": a mark, a converted figure and two decimals


def format_usd_qualified(money: MoneyAmount | None) -> str:
    """The dollar figure with its qualifier's mark: "> $8bn", "≈ $3bn" (an unknown
    qualifier keeps its words: the list must never claim more precision than the text)."""
    usd = format_usd(money)
    if money is None or not money.qualifier or money.usd_value is None:
        return usd
    return f"{QUALIFIER_MARKS.get(money.qualifier, money.qualifier)} {usd}"


def amount_as_stated(money: MoneyAmount | None) -> str:
    """The amount as the text states it, with its qualifier: "more than $8 billion"."""
    return " ".join(filter(None, [money.qualifier, money.text])) if money else ""


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 match``, ``2 matches``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
