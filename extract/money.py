"""Stand-in amount finder for the walking skeleton (replaced by the full parser)."""
from __future__ import annotations

import re

from extract.records import MoneyAmount

_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "b": 1e9}
_AMOUNT = re.compile(r"\\?(?:US ?)?\$ ?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|bn|b|m)\b)?", re.I)


def find_amounts(text: str) -> list[MoneyAmount]:
    out = []
    for m in _AMOUNT.finditer(text):
        value = float(m.group(1).replace(",", "")) * _SCALES.get((m.group(2) or "").lower(), 1)
        out.append(MoneyAmount(value=value, currency="USD", text=m.group(0), start=m.start(), end=m.end(),
                               usd_value=value, usd_source="native"))
    return out
