"""How amounts and records read in the terminal."""
from __future__ import annotations

from commitments.records import MoneyAmount

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k"))


def short_number(value: float) -> str:
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


def format_usd(money: MoneyAmount | None) -> str:
    if money is None or money.usd_value is None:
        return "—"
    # "converted", or "converted: bare $ read as CAD from the dateline"
    mark = "≈" if (money.usd_source or "").startswith("converted") else ""
    return f"{mark}${short_number(money.usd_value)}"


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 match``, ``2 matches``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
