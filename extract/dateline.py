"""Stand-in publication-date and title finder for the walking skeleton."""
from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})\b")


def find_published(text: str) -> dt.date | None:
    for line in text.splitlines()[:15]:
        m = _DATE.search(line)
        if m:
            return dt.datetime.strptime(m.group(0), "%B %d, %Y").date()
    return None


def find_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if len(line.split()) >= 4:
            return line
    return None
