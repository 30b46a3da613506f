"""Find a document's publication date and title from the furniture around the article.

Scraped news arrives as plain text in which the date is wherever the outlet put it: a
dateline under the headline, a byline, "This post was last modified on ...", or a bare
timestamp at the end of the page. Pages also carry dates that are *not* the article's:
today's date in a header, and later dates in "Recent Posts" footers.

``find_published`` takes the first tier that yields a date:

1. **Top of the page**: among the first ``TOP_LINES`` non-blank lines, the *earliest*
   date found on a dateline-like line: a line that is little more than a date (with an
   outlet domain, a byline, "Published:", a weekday or a time around it), or a press
   release dateline "TOKYO, April 10, 2024 /PRNewswire/ --". Earliest, because a
   "Published" line precedes its "Updated" line and a header's today-date is later.
2. **Phrases anywhere**: "published/posted/dated (on) DATE", preferred over
   "updated/last modified (on) DATE"; the earliest within the preferred kind.
3. **A lone timestamp line** anywhere ("2024-04-10 03:33"): the earliest.

Dates need a year; "April 10, 2024", "10 April 2024", "Apr. 10, 2024", "2024-04-10",
"2024/04/10" and "2024年4月10日" are read. Numeric dates like "10/04/2024" are used only when unambiguous
(a part above 12, or day == month). Dates inside running sentences are ignored, so the
event dates an article reports do not pass for its publication date.
"""
from __future__ import annotations

import datetime as dt
import re

TOP_LINES = 15
TITLE_LINES = 25
MAX_DATELINE_WORDS = 6  # words left on a date line once the date and furniture are gone
MAX_DATELINE_CHARS = 200  # longer lines are prose; also keeps huge lines cheap

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<mon>(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
    r"|Aug(?:ust)?|Sep(?:tember|t)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)|"
    r"(?-i:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEP(?:TEMBER|T)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?))\.?"
)
# A year may run straight into a time when scraping drops a space: "April 10, 20245:31 AM".
_YEAR = r"(?P<year>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}))"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# One alternation per layout; each names its own groups, read by ``_to_date``.
_DATE_FORMS = (
    r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR,
    r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR,
    r"(?<![\d./-])" + _YEAR + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d])",
    r"(?<![\d./-])" + _YEAR + r"/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])",
    r"(?<![\d./-])" + _YEAR + r"\.(?P<m>[01]?\d)\.(?P<d>[0-3]?\d)(?![\d]|\.\d)",  # 2024.04.18
    # dots and dashes put the day first (9.2.2025, 10-02-2025); a slash may be either way
    r"(?<![\d./-])(?P<dd>[0-3]?\d)\.(?P<mm>[01]?\d)\." + _YEAR + r"(?![\d/.]\d)",
    r"(?<![\d./-])(?P<dd>[0-3]?\d)-(?P<mm>[01]?\d)-" + _YEAR + r"(?![\d/.-]\d)",
    r"(?<![\d./-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR + r"(?![\d/.]\d)",
    _YEAR + r"\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日",  # 2024年4月10日
)
_DATE_RXS = tuple(re.compile(form, re.IGNORECASE) for form in _DATE_FORMS)

_TIME = r"\b\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2}))?\b"
_FURNITURE_WORDS = re.compile(
    r"\b(?:by|published|posted|updated|last|modified|on|at|date|dated|released|am|pm|"
    r"min|mins|minute|minutes|read|reading|time|utc|gmt|est|edt|pst|pdt|cet|jst|"
    r"mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b",
    re.IGNORECASE,
)
# After a press or wire dateline's date: the agency ("/PRNewswire/", "(Reuters)"), then a dash.
_PRESS_DATELINE = re.compile(r"\s*(?:/[^/\n]{1,40}/)?\s*(?:--|—|–|-)")
_WIRE_DATELINE = re.compile(r"\s*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))?\s*(?:--|—|–|-)")
_PHRASE = re.compile(
    r"\b(?P<kind>published|posted|dated|updated|last\s+(?:modified|updated)|modified)"
    r"(?:\s+(?:on|at))?\s*:?\s*",
    re.IGNORECASE,
)
_WEEKDAY_ONLY = re.compile(r"(?:[a-z]{3,6}day,?\s*)?", re.IGNORECASE)
_LONE_TIMESTAMP = re.compile(
    r"\s*(?P<year>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s*"
)


# --- dates ----------------------------------------------------------------------------


def _to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        year = int(g["year"])
        if g.get("mon"):
            return dt.date(year, _MONTHS[g["mon"][:3].lower()], int(g["day"]))
        if g.get("m"):
            return dt.date(year, int(g["m"]), int(g["d"]))
        if g.get("dd"):
            return dt.date(year, int(g["mm"]), int(g["dd"]))
        a, b = int(g["a"]), int(g["b"])
    except (ValueError, KeyError, TypeError):
        return None
    if a != b and a <= 12 and b <= 12:
        return None  # 04/10/2024: April 10 or 4 October, we cannot tell
    day, month = (a, b) if b <= 12 else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def has_date(line: str) -> bool:
    """Whether ``line`` holds a date with its year (any layout ``find_published`` reads)."""
    return bool(_dates_in(line[:MAX_DATELINE_CHARS]))


def _dates_in(line: str) -> list[tuple[dt.date, int, int]]:
    """Every date in a line with its span; overlapping readings keep the first layout."""
    found: list[tuple[dt.date, int, int]] = []
    for rx in _DATE_RXS:
        for m in rx.finditer(line):
            if any(m.start() < e and s < m.end() for _d, s, e in found):
                continue
            date = _to_date(m)
            if date is not None:
                found.append((date, m.start(), m.end()))
    return sorted(found, key=lambda f: f[1])


# --- tiers ----------------------------------------------------------------------------


def _is_dateline(line: str, start: int, end: int, wire: bool = False) -> bool:
    # "TOKYO, April 10, 2024 /PRNewswire/ --": a place in capitals, then the date; with
    # ``wire`` also "MADRID, June 9, 2024 (Reuters) -" (a full date only: a year-less
    # date has its own rule for the place before it).
    press = _WIRE_DATELINE if wire else _PRESS_DATELINE
    if start <= 60 and not re.search(r"\b[a-z]", line[:start]) and press.match(line, end, end + 60):
        return True
    if len(line) > MAX_DATELINE_CHARS:
        return False
    rest = line[:start] + " " + line[end:]
    rest = re.sub(_TIME, " ", rest, flags=re.IGNORECASE)
    rest = _FURNITURE_WORDS.sub(" ", rest)
    words = re.findall(r"[^\W\d_][\w.'’-]*", rest)
    return len(words) <= MAX_DATELINE_WORDS and not rest.rstrip().endswith((".", "?", "!"))


def _top_dateline(lines: list[str]) -> dt.date | None:
    found = [
        date
        for line in lines[:TOP_LINES]
        for date, start, end in _dates_in(line[:MAX_DATELINE_CHARS])
        if _is_dateline(line, start, end, wire=True)
    ]
    return min(found) if found else None


def _phrase_date(text: str) -> dt.date | None:
    best: tuple[int, dt.date] | None = None
    for m in _PHRASE.finditer(text):
        after = text[m.end():m.end() + 60]
        dates = _dates_in(after)
        # The date must follow at once, or after a weekday: "Published on Wednesday, April 10".
        if not dates or not _WEEKDAY_ONLY.fullmatch(after[:dates[0][1]]):
            continue
        rank = 1 if re.search("updated|modified", m.group("kind"), re.IGNORECASE) else 0
        candidate = (rank, dates[0][0])
        if best is None or candidate < best:
            best = candidate
    return best[1] if best else None


def _lone_timestamp(lines: list[str]) -> dt.date | None:
    found = []
    for line in lines:
        m = _LONE_TIMESTAMP.fullmatch(line)
        if m:
            try:
                found.append(dt.date(int(m["year"]), int(m["m"]), int(m["d"])))
            except ValueError:
                continue
    return min(found) if found else None


_YEARLESS = (
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r"\b(?!\s*,?\s*(?:19|20)\d{2})", re.IGNORECASE),
    re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"(?!\w)(?!\s*,?\s*(?:19|20)\d{2})", re.IGNORECASE),
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*day)?\b", re.IGNORECASE)
# "said on Tuesday", and the wires' "said Wednesday"
_ON_WEEKDAY = re.compile(r"\b(?:on|said|announced|told)\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*day\b", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:\b(?:by|until|till|before|through|from|to|end of)|(?:19|20)\d{2}\s+and)\s*$", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d])")


def _yearless_dateline(lines: list[str], text: str) -> dt.date | None:
    """A dateline with no year ("Apr 19", "Friday 14 May", "Pune, May 8 (IANS)"): the
    year the text names most (the latest of a tie), or, with a weekday, the year near it
    where the date falls on that weekday."""
    # years named as deadlines or spans ("by 2030", "from 2025 to 2060") say nothing of when it was written
    years = [int(m.group()) for m in _ANY_YEAR.finditer(text[:20000])
             if not _DEADLINE.search(text[max(0, m.start() - 12):m.start()]) and text[m.end():m.end() + 1] not in "-–/"]
    if not years:
        return None
    for line in lines[:TOP_LINES]:
        head = line[:MAX_DATELINE_CHARS]
        for rx in _YEARLESS:
            m = rx.search(head)
            if m is None:
                continue
            # a dateline: little else on the line, or the line opens with a place and the date
            if not (_is_dateline(head, m.start(), m.end()) or re.match(r"^[A-Z][\w .'’-]{1,30},\s*$", head[:m.start()])):
                continue
            try:
                month, day = _MONTHS[m.group("mon")[:3].lower()], int(m.group("day"))
                wd = _WEEKDAY.search(head[:m.start()])
                if wd is None:  # "OSLO, Oct 14 (Reuters) - Norway ... said on Tuesday"
                    at = text.find(line)
                    wd = _ON_WEEKDAY.search(text, at + m.end(), at + len(line) + 600) if at >= 0 else None
                if wd:  # the weekday picks the year among those the text names
                    want = _WEEKDAYS.index(wd.group(1)[:3].lower())
                    fits = sorted({y for y in years if dt.date(y, month, day).weekday() == want}, key=years.count)
                    return dt.date(fits[-1], month, day) if fits else None
                # else the year of a full date the text gives (an event it reports, not a deadline)
                full = [d for d, s, _e in _dates_in(text[:20000]) if not _DEADLINE.search(text[max(0, s - 12):s])]
                if full:
                    return dt.date(max(full).year, month, day)
                # else the year the text names most ("SEOUL, May 7 (Yonhap) -- ... since 2024"), the latest of a tie
                return dt.date(max(set(years), key=lambda y: (years.count(y), y)), month, day)
            except (ValueError, KeyError):
                continue
    return None


def _nonblank_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def find_published(text: str) -> dt.date | None:
    """The publication date (see the module docstring for the rule), or None."""
    if not isinstance(text, str) or not text:
        return None
    try:
        lines = _nonblank_lines(text)
        return _top_dateline(lines) or _phrase_date(text) or _lone_timestamp(lines) or _yearless_dateline(lines, text)
    except Exception:  # a malformed page must not stop extraction of the others
        return None


# --- title ----------------------------------------------------------------------------

_SKIP_LINE = re.compile(
    r"^(?:by\s|written\s+by\b|author\b|posted\s+by\b|\d+\s*min(?:ute)?s?\s+read\b|reading\s+time\b"
    r"|skip\s+to\b|share\b|advertisement\b|\(?(?:image|photo|picture)s?\b(?:\s*(?:credit|source))?\s*(?:[:|]|by\b)"
    r"|home\s*[>»/|]|https?://|www\.|\S+\.(?:com|org|gov|net|edu|io|co)\S*$)",
    re.IGNORECASE,
)
# Site chrome that reads like a short phrase; only applied to short lines, so a headline
# such as "Search giant Duneway invests ..." is not mistaken for a search box.
_CHROME = re.compile(
    r"\b(?:subscribe|sign\s+(?:in|up)|log\s*in|cookies?|newsletter|menu|search|follow\s+us|"
    r"listen|print|e-?mail|related|recent\s+posts|read\s+more|you\s+may\s+also\s+like)\b",
    re.IGNORECASE,
)
MAX_CHROME_WORDS = 6
_ESCAPED = re.compile(r"\\([$*_#\[\]()`~>])")


def _latin_share(line: str) -> tuple[int, int, int]:
    letters = [c for c in line if c.isalpha()]
    latin = [c for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f"]
    upper = sum(1 for c in latin if c.isupper())
    return len(letters), len(latin), upper


def _is_furniture(line: str) -> bool:
    """Section labels, outlet banners, bylines, dates: everything that is not a headline."""
    words = len(line.split())
    if _SKIP_LINE.match(line) or words < 3 or (words <= MAX_CHROME_WORDS and _CHROME.search(line)):
        return True
    letters, latin, upper = _latin_share(line)
    if letters == 0 or latin * 2 < letters:
        return True  # mostly non-Latin: the outlet's name in another script
    if upper > 0.7 * latin and latin > 3:
        return True  # "PRESS OFFICE, U.S. EMBASSY, LIMA"
    return any(_is_dateline(line, s, e) for _d, s, e in _dates_in(line[:MAX_DATELINE_CHARS]))


# Navigation: "Home | Business | Markets", "Gov.example > Ministry of Trade > News",
# "Home / News / Press Release": three or more short parts between separators.
_NAV_SEPARATOR = re.compile(r"\s*[|›»·•]\s*|\s+[>/]\s+")
MAX_NAV_PART_WORDS = 4
NAV_TOP = 6  # a masthead and its menu sit in the first lines
# "European Commission - Press release", "Northfield University - News": an outlet's banner.
_BANNER = re.compile(
    r"^[^|–—-]{2,60}?\s+[-–—|]\s+(?:news(?:\s+release)?|press\s+releases?|media\s+releases?|blog|newsroom"
    r"|opinion|analysis|statement|features?|insights?)$", re.IGNORECASE)
_COOKIES = re.compile(r"\bcookies?\b.*\b(?:accept|consent|policy|settings|agree)|\b(?:accept|consent)\b.*\bcookies?\b",
                      re.IGNORECASE)
# "Press Information Bureau", "Government of India", "Northwind Kenya Blog": a short line of
# capitalised words that ends with what names an organisation is its name, not a headline.
_ORG_TAIL = re.compile(
    r"\b(?:bureau|ministry|government|department|agency|commission|office|news|blog|press|newsroom|"
    r"embassy|council|institute|university|authority|secretariat|service|daily|times|post|journal)$",
    re.IGNORECASE)
_CONNECTORS = {"of", "the", "and", "&", "for", "de", "da", "do", "du", "des", "la", "le", "del", "für"}
MAX_NAME_WORDS = 6
# Wire tags before a headline: "(LEAD)", "(2nd LD)", "UPDATE 1-".
_WIRE_TAG = re.compile(r"^(?:\((?:[A-Z0-9]+(?:st|nd|rd|th)?\s?){1,3}\)\s+|UPDATE\s+\d+\s*-\s*)")


def is_navigation(line: str) -> bool:
    """A site's menu or breadcrumbs rather than text: "Home | Business | Markets"."""
    if re.match(r"^home\s*[>»›/|]", line, re.IGNORECASE):
        return True
    parts = [p for p in _NAV_SEPARATOR.split(line.strip()) if p]
    # a line of parts holding a date or a byline is an outlet line, furniture of another kind
    return (len(parts) >= 3 and all(len(p.split()) <= MAX_NAV_PART_WORDS and not p.endswith(".") for p in parts)
            and not has_date(line) and not re.search(r"\bby\s", line, re.IGNORECASE))


_ORG_HEAD = re.compile(r"^(?:ministry|government|department|office|embassy|bureau|council|secretariat)\s+of\b",
                       re.IGNORECASE)


def _is_organisation_name(line: str) -> bool:
    """"Press Information Bureau", "Government of India": a short line of capitalised
    words that ends with, or opens "X of" with, what names an organisation."""
    words = line.split()
    return (len(words) <= MAX_NAME_WORDS and not any(ch.isdigit() for ch in line)
            and bool(_ORG_TAIL.search(line) or _ORG_HEAD.match(line))
            and all(w[:1].isupper() or w.casefold() in _CONNECTORS for w in words))


def _clean_title(line: str) -> str:
    line = re.sub(r"^#+\s*", "", line.strip())  # a Markdown heading
    line = _WIRE_TAG.sub("", line)
    return " ".join(_ESCAPED.sub(r"\1", line).split())


STANDFIRST_LINES = 2  # lines under a headline read with it, before the story's first sentence
MAX_STANDFIRST_WORDS = 30


def _is_top_furniture(line: str) -> bool:
    return bool(_is_furniture(line) or is_navigation(line) or _BANNER.match(line) or _COOKIES.search(line)
                or _is_organisation_name(line))


def top_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the headline (``find_title``'s line) and of the standfirst lines under it
    (short lines without a final stop, furniture between them skipped), up to the story's
    first sentence."""
    title = find_title(text)
    if not title or title.endswith((".", "!", "?")):
        return []  # a text that opens on a sentence has no headline
    spans, at = [], 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        bare = line.strip()
        if not bare:
            continue
        if not spans:
            if _clean_title(bare) == title:
                lead = start + len(line) - len(line.lstrip())
                spans.append((lead, lead + len(bare)))
            continue
        if _is_top_furniture(bare):
            continue
        if bare.endswith((".", "!", "?", ":")) or len(bare.split()) > MAX_STANDFIRST_WORDS or len(spans) > STANDFIRST_LINES:
            break
        lead = start + len(line) - len(line.lstrip())
        spans.append((lead, lead + len(bare)))
    return spans


def find_title(text: str) -> str | None:
    """The headline: the first line near the top that is not furniture (navigation and the
    masthead above it, banners, bylines, datelines, cookie notices), stripped; None when
    there is none."""
    if not isinstance(text, str) or not text:
        return None
    try:
        lines = [line.strip() for line in _nonblank_lines(text)[:TITLE_LINES]]
        # Everything down to a menu near the top is the site's masthead.
        menus = [i for i, line in enumerate(lines[:NAV_TOP]) if is_navigation(line)]
        for line in lines[menus[-1] + 1 if menus else 0:]:
            if not _is_top_furniture(line):
                return _clean_title(line) or None
        return None
    except Exception:  # as above: never let one page stop the run
        return None


# "HALBY, May 4 (Kanto) -", "MEDELLÍN, Colombia (AP) —", "Oslo -- ": the place a story was filed from,
# opening a line in its first lines
_DATELINE_PLACE = re.compile(r"^\s*([A-ZÀ-ÖØ-Þ][\w.'\-]*(?: [A-ZÀ-ÖØ-Þ][\w.'\-]*){0,2})\s*"
                             r"(?:\(|--|—|–| - |,\s*[A-Z][a-z]{2,8}\.? \d|,\s*\d{1,4}[./-]\d"
                             r"|,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?\s*(?:\(|--|—|–|-\s))")


def dateline_place(text: str, lines: int = 8) -> str | None:
    """The place of the story's dateline, as the text writes it in running prose ("MEDELLÍN" →
    "Medellín"), or None."""
    for line in text.split("\n", lines)[:lines]:
        m = _DATELINE_PLACE.match(line)
        if m and m.group(1)[:1].isupper():
            place = m.group(1)
            return place.title() if place.isupper() else place
    return None


_WIRE_AGENCY = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ](?:(?! - |--)[^\n()—–]){1,60}?\((?P<agency>[^()\n]{2,40})\)\s*(?:—|–|--|-|:|(?=[A-Z]))")


def wire_agency(text: str, lines: int = 8) -> str | None:
    """The agency in brackets before a wire dateline's dash ("SANTIAGO, Aug. 21 (Kanto Press) –"), or None."""
    for line in text.split("\n", lines)[:lines]:
        m = _WIRE_AGENCY.match(line)
        if m and dateline_place(line) is not None:
            return m.group("agency").strip()
    return None


# a wire dateline opening a line: a place in capitals, what qualifies it, the agency, a dash
_WIRE_HEAD = re.compile(r"^[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'\-]{1,40}(?:,[^\n—–]{1,40}?)?\s*(?:\([^()\n]{1,40}\))?"
                        r"\s*(?:—|–|--| - )\s*(?=\S)", re.MULTILINE)


def wire_head_ends(text: str, reach: int = 800) -> list[int]:
    """Where the story starts after each wire dateline in the first ``reach`` characters
    ("MEDELLÍN, Colombia (AP) — |Medellín will")."""
    return [m.end() for m in _WIRE_HEAD.finditer(text, 0, reach)]

