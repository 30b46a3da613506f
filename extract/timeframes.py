"""Stand-in timeframe finder for the walking skeleton (replaced by the full parser)."""
from __future__ import annotations

import datetime as dt
import re

from extract.records import Timeframe

_TF = re.compile(r"\b(?:over|within|in) (?:the )?(?:next|coming) (?:\w+ )?(?:years?|decade)\b|\bby (?:fiscal )?(\d{4})\b", re.I)


def find_timeframes(text: str, published: dt.date | None = None) -> list[Timeframe]:
    out = []
    for m in _TF.finditer(text):
        end = f"{m.group(1)}-12-31" if m.group(1) else None
        out.append(Timeframe(text=m.group(0), start=m.start(), end=m.end(), date_end=end))
    return out
