"""Who published a document, when its text says so: the outlet or agency to cite.

Scraped news names its publisher in the furniture around the article, in one of a few
ways; ``find_publisher`` tries them in this order, among the first ``TOP_LINES``
non-blank lines:

1. **A wire dateline**: "SEOUL, May 7 (Yonhap) --", "MADRID, June 9, 2024 (Reuters) -",
   "TOKYO, April 10, 2024 /PRNewswire/ --": the agency in brackets or slashes after the date.
2. **A byline naming its outlet**: "By Jane Doe, Reuters", "By Jane Doe for The Guardian",
   "By Ana Campos - Reporter, Diário Norte - Manaus", "By Meera K. | GreenLedger Asia |
   12 May 2024": the first part after the names that is not a role, a date or a place
   after the outlet. "By A and B" names no outlet.
3. **A label**: "From: Ministry of Trade", "Publisher: …", "Source: Reuters".
4. **An outlet line**: "European Commission - Press release", "Northfield University - News", or a
   line of parts with a date or byline ("Solar Daily | Staff Reporter | May 6, 2024").
5. **The masthead**: the site's name before its navigation ("Northwind Kenya Blog" above
   "Home | Products | AI"), or the first part of a navigation line that is not "Home"
   ("Andes Post | News | Business | Energy").
6. **A web address on the date line**: "news.example.gov May 14, 2023".

Nothing here guesses from the article's prose: a publisher found is one the page states.
"""
from __future__ import annotations

import re

from commitments.extract.dateline import NAV_TOP, has_date, is_navigation

TOP_LINES = 15
MAX_LINE = 200
MAX_OUTLET_WORDS = 6

_DATE_ISH = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?"
             r"|\d{4}-\d{2}-\d{2})")
_WIRE = re.compile(
    r"^[A-Z][\w .,'’()/-]{1,60}?,\s*" + _DATE_ISH
    + r"\s*(?:\((?P<paren>[^()\n]{2,40})\)|/(?P<slash>[^/\n]{2,40})/)\s*(?:--|—|–|-|:)"
)
_BYLINE = re.compile(r"^(?:written\s+|posted\s+|reported\s+)?by\s+(?P<rest>.+)$", re.IGNORECASE)
_LABEL = re.compile(r"^(?:from|publisher|published\s+by|source)\s*:\s*(?P<name>.+)$", re.IGNORECASE)
_KIND = re.compile(
    r"^(?:news(?:\s+release)?|press\s+releases?|media\s+releases?|blog|opinion|analysis|"
    r"statement|announcements?|newsroom|features?|insights?)$", re.IGNORECASE)
_BANNER = re.compile(r"^(?P<name>[^|\-–—]{2,60}?)\s+(?:-|–|—|\|)\s+(?P<kind>[^|\-–—]{2,30})$")
_ROLE = re.compile(
    r"\b(?:editor|writer|reporter|correspondent|contributor|columnist|journalist|analyst|"
    r"staff|desk|bureau\s+chief|producer|author|intern|fellow)s?\b", re.IGNORECASE)
_READ_TIME = re.compile(r"\b\d+\s*min(?:ute)?s?\b(?:\s+read)?|\bread(?:ing)?\s+time\b", re.IGNORECASE)
_DOMAIN = re.compile(r"^(?P<domain>(?:[a-z0-9-]+\.)+(?:com|org|gov|net|edu|int|io|co|news)(?:\.[a-z]{2})?)\b",
                     re.IGNORECASE)
MAX_BYLINE_WORDS = 16
# Wire services, whose one-word names follow a byline's comma as a city's would.
WIRES = {"reuters", "ap", "afp", "bloomberg", "yonhap", "xinhua", "kyodo", "jiji", "ians", "pti", "ani", "bns",
         "ansa", "efe", "dpa", "tass", "anadolu", "bernama", "antara", "aap", "bbc", "cnn", "cnbc", "upi"}
_NOT_OUTLETS = {"home", "news", "menu", "search", "subscribe", "sign in", "log in", "share"}
_URL = re.compile(r"https?://", re.IGNORECASE)


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            out.append(line[:MAX_LINE])
            if len(out) == TOP_LINES:
                break
    return out


def _outlet(part: str) -> str | None:
    """``part`` as an outlet's name, or None when it is a role, date, byline, time or chrome."""
    part = part.strip(" ,;:-–—|")
    words = part.split()
    if not words or len(words) > MAX_OUTLET_WORDS or not part[0].isalnum():
        return None
    if (part.casefold() in _NOT_OUTLETS or re.match(r"(?:page|p\.)\s*\d", part, re.IGNORECASE) or ":" in part or "," in part or _ROLE.search(part) or has_date(part) or _READ_TIME.search(part)
            or _BYLINE.match(part) or _URL.match(part) or _KIND.match(part) or part.endswith((".", "!", "?"))):
        return None
    if not any(ch.isalpha() for ch in part):
        return None
    return part


def _wire(line: str) -> str | None:
    m = _WIRE.match(line)
    if not m:
        return None
    name = (m.group("paren") or m.group("slash") or "").strip()
    return name if _outlet(name) and not name.isdigit() else None


def _byline(parts: list[str]) -> str | None:
    """The outlet a byline names after its authors: the first part that is one."""
    for i, part in enumerate(parts):
        m = _BYLINE.match(part)
        if not m or len(part.split()) > MAX_BYLINE_WORDS or part.endswith((".", "!", "?")):
            continue  # "By the close of the meeting, lenders had promised ...": prose
        # "Jane Doe, Reuters", "Jane Doe for The Guardian", "Ana Campos - Reporter, Diário Norte - Manaus"
        rest = re.split(r"\s*,\s*|\s+(?:-|–|—)\s+|\s+for\s+|\s+of\s+(?=[A-Z])", m.group("rest"))
        # A part after the names is an outlet unless it may be a place ("By M. Lundholm,
        # Copenhagen"): one word that is not a wire service is taken for a place.
        candidates = [p for p in rest[1:] if len(p.split()) > 1 or p.casefold() in WIRES] + parts[i + 1:]
        for name in candidates:
            found = _outlet(name)
            if found and " and " not in f" {found} ":
                return found
        return None
    return None


def _parts(line: str) -> list[str]:
    """"HARBOR NEWS - Feb 4, 2024 - 09:45 | Business": the parts between bars, and between
    dashes where the line holds no bar."""
    sep = r"\s*\|\s*" if "|" in line else r"\s+[-–—]\s+"
    parts = [p.strip() for p in re.split(sep, line) if p.strip()]
    if "|" in line:  # "HARBOR NEWS - Feb 4, 2024" inside a part
        parts = [q.strip() for p in parts for q in re.split(r"\s+[-–—]\s+", p) if q.strip()]
    return parts


def _outlet_line(line: str) -> str | None:
    """"Solar Daily | Staff Reporter | May 6, 2024": the outlet of a line of parts that
    also holds a date or a byline ("Grid Weekly | Posted by J. Brenner | 7 June 2024")."""
    parts = _parts(line)
    if len(parts) < 2 or not any(has_date(p) or _BYLINE.match(p) or _ROLE.search(p) for p in parts):
        return None
    return next((found for found in map(_outlet, parts) if found), None)


def _banner(line: str) -> str | None:
    m = _BANNER.match(line)
    if m and _KIND.match(m.group("kind").strip()):
        return _outlet(m.group("name"))
    return None


def _masthead(lines: list[str]) -> str | None:
    for i, line in enumerate(lines[:NAV_TOP]):
        if not is_navigation(line):
            continue
        if i > 0:  # the site's name just above its menu
            found = _outlet(lines[0])
            if found:
                return found
        first = _parts(line)[0] if "|" in line else ""
        return _outlet(first) if first else None
    return None


def _domain_dateline(lines: list[str]) -> str | None:
    for line in lines:
        m = _DOMAIN.match(line)
        if m and has_date(line[m.end():]):
            return m.group("domain").lower()
    return None


def find_publisher(text: str) -> str | None:
    """The publisher the text names at its top (see the module docstring), or None."""
    if not isinstance(text, str) or not text:
        return None
    try:
        lines = _lines(text)
        for line in lines:
            found = _wire(line)
            if found:
                return found
        for line in lines:
            found = _byline([p.strip() for p in line.split("|") if p.strip()])
            if found:
                return found
        for line in lines:
            m = _LABEL.match(line)
            found = _outlet(m.group("name")) if m else None
            if found:
                return found
        for line in lines:
            found = _banner(line) or _outlet_line(line)
            if found:
                return found
        return _masthead(lines) or _domain_dateline(lines)
    except Exception:  # a malformed page must not stop the others being read
        return None
