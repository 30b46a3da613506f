"""Find timeframe expressions ("over the next two years", "by 2027") and date them.

``find_timeframes(text, published)`` returns every mention with its character offsets
and, where the text allows, ISO ``date_start``/``date_end`` resolved against the
publication date. The grammar lives in data: ``_PERIOD`` describes a calendar period
("mid-2025", "the end of next year", "Q3 fiscal 2026") and ``_RULES`` is a table of
rows (name, anchor words, regex, resolver name) that place periods and durations in a
sentence. Adding a phrasing means adding a row, not a branch.

Conventions, chosen so that downstream consumers can compare timeframes:

* A period is the closed span of days it covers: "2026" is 2026-01-01..2026-12-31.
* "by X", "through X", "until X" end on the last day of X and start on ``published``.
* "the end/start/middle of X" (and "mid-X") are single days: "mid-2025" is 2025-06-30.
  "early"/"late" X are its first/last third (a year's Jan-Apr / Sep-Dec).
* Fiscal years ("fiscal 2030", "FY2030", "FY30") are treated as calendar years, since the
  text rarely says when the fiscal year ends; "by fiscal 2030" ends on 2030-12-31.
* "by the end of the decade" means the decade of ``published`` (2024 -> 2029-12-31).
* Durations ("over the next two years") run from ``published`` to published + N units.
* Vague phrases ("in the coming years", "soon") are kept with both dates None, and so
  is anything relative when ``published`` is unknown; absolute parts still resolve.

Every regex is built from bounded pieces anchored on a keyword, with no nested
quantifiers, so matching stays linear on megabyte-long lines.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, Iterable

from commitments.records import Timeframe

Date = dt.date
Span = tuple[Date, Date]

# --- vocabulary -----------------------------------------------------------------------

MONTHS = {name: i for i, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
# Case-sensitive so that "may" and "march" as ordinary words never start a date.
MONTH_RX = (
    r"\b(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May"
    r"|June?\.?|July?\.?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?"
    r"|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])"
)

# A month on its own must be spelt out and not start a name: "by Jan Michael", "May's".
_MONTH_NAME = (
    r"\b(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)

NUMBER_WORDS = dict(
    zip("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen twenty".split(), range(1, 21)),
    a=1, an=1, thirty=30, forty=40, fifty=50, **{"a couple of": 2})
VAGUE_COUNTS = ("a few", "few", "several", "many", "some")
_NUM = (
    r"(?:(?:\d{1,3}(?:\.\d{1,2})?|a\s+couple\s+of|"
    + "|".join(sorted((w for w in NUMBER_WORDS if " " not in w), key=len, reverse=True))
    + r")(?:\s+and\s+a\s+half)?|a\s+few|few|several|many|some)"
)
_UNIT = r"(?:years?|months?|weeks?|days?|decades?|quarters?)"
UNIT_MONTHS = {"year": 12, "decade": 120, "quarter": 3, "month": 1}
UNIT_DAYS = {"week": 7, "day": 1}

# A year is 1900-2099 and not part of a longer number, an amount or a percentage.
_NOT_AMOUNT = (
    r"(?![\d%]|[.,/]\d)(?!\s*(?:%|percent\b|per\s*cent\b|[mbt]illion\b|bn\b|thousand\b))"
    r"(?!\s+(?:people|persons|employees|staff|workers|jobs|units|homes|houses|students|customers"
    r"|users|members|shares|points|tons|tonnes|acres|hectares|miles|km|sq|square|feet|meters|metres"
    r"|[MGk]W)\b)"
)
_YEAR = r"(?<![\d$€£¥.,/])(?:19|20)\d{2}" + _NOT_AMOUNT
_ORD = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_REL = r"(?:this|next|last|the\s+(?:current|coming|next|following|previous|past))"

# A calendar period. Named groups are read by ``_period_span``; for embedding in the
# rules the names are stripped (``_plain``) so one template serves both purposes.
_PERIOD = (
    r"(?:"
    r"(?:the\s+)?(?P<edge>end|close|middle|start|beginning|turn)\s+of\s+(?:the\s+)?"
    r"|(?P<edge2>end|year[-\s]?end)\s*-?\s*(?=\d|FY|fiscal)"
    r"|(?P<part>early|mid|late|later|earlier)\s*-?\s*"
    r")?(?:"
    r"(?:the\s+)?(?P<qord>" + _ORD + r")\s+(?P<qunit>quarter|half)\s+(?:of\s+)?(?:the\s+)?"
    r"|(?P<qcode>[QH][1-4])\s*(?:of\s+)?"
    r"|(?:the\s+)?(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?"
    r")?"
    r"(?:"
    r"(?P<mon1>" + MONTH_RX + r")\s+(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year1>" + _YEAR + r")"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>" + MONTH_RX + r"),?\s+(?P<year2>" + _YEAR + r")"
    r"|(?P<mon3>" + MONTH_RX + r"),?\s+(?P<year3>" + _YEAR + r")"
    r"|(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*['’]?(?P<fy>" + _YEAR + r"|\d{2}(?!\d))"
    r"|(?:the\s+year\s+)?(?P<year4>" + _YEAR + r")"
    r"|(?:the\s+)?(?P<decade>(?:19|20)\d0)['’]?s\b"
    r"|(?P<rel>" + _REL + r")\s+(?:(?:fiscal|financial|calendar)\s+)?"
    r"(?P<relunit>year|quarter|month|week|decade|spring|summer|autumn|fall)\b"
    r"|(?P<mon4>" + _MONTH_NAME + r")(?!\s*\d|['’]s|\s+(?-i:[A-Z][a-z]))"
    r"|(?<=of\s)(?:the\s+)?(?P<bare>year|decade)\b"
    r"|(?P<yearend>year[-\s]?end)\b"
    r"|(?:the\s+)?(?P<qonly>(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|half))\b"
    r"(?!\s+of\b)"
    r"|(?P<qconly>[QH][1-4])\b(?!\s*(?:of\b|['’]?\d))"
    r")"
)


def _plain(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_P = _plain(_PERIOD)
_PERIOD_RX = re.compile(_PERIOD, re.IGNORECASE)

_VAGUE = (
    r"in\s+the\s+(?:coming|next\s+few)\s+(?:years|months|weeks|decades)",
    r"(?:in|over)\s+the\s+(?:years?|months?|decades?|weeks?)\s+(?:ahead|to\s+come)",
    r"within\s+(?:days|weeks|months|years)",
    r"in\s+the\s+(?:near|foreseeable|not-too-distant|not\s+too\s+distant)\s+future",
    r"in\s+the\s+future", r"over\s+time", r"in\s+due\s+course", r"going\s+forward",
    r"(?:in|over)\s+the\s+(?:near|short|medium|long|longer)[-\s]term",
    r"in\s+the\s+long\s+run", r"as\s+soon\s+as\s+possible", r"at\s+a\s+later\s+date",
    r"(?<!as\s)soon(?!\s+as\b|er|-)", r"shortly(?!\s+after|\s+before)",
    # a period named earlier in the text: kept as written, its dates are the earlier one's
    r"(?:over|in|during|within)\s+(?:the\s+same|that|this)\s+(?:period|time(?:\s*frame)?|span)",
    r"(?:each|every|per)\s+year", r"annually",
    # a rate of giving ("40 billion pesos a year"), not a span ("in a year", "a year ago")
    r"(?<![\w-])(?<!in\s)(?<!for\s)(?<!half\s)(?<!over\s)(?<!within\s)"
    r"a\s+year(?![\w-]|\s+(?:ago|earlier|before|later|after|old|since|from|starting|beginning|until|till|through"
    r"|to|by|over|for|between|in\s+(?:19|20)\d\d))",  # "€5m a year from 2028": the dated period says more
)

_DUR_PREP = r"(?:(?:over|during|in)\s+the\s+course\s+of|over|in|within|during|throughout)"
_FORWARD = r"(?:next|coming|following|ensuing|upcoming)"
# "two", "3-5", "three to five": a range of counts resolves to its upper end.
_COUNT = r"(?:(?P<n>" + _NUM + r")(?:\s*(?:-|–|to|or)\s*(?P<nmax>" + _NUM + r"))?\s+)?"

# Rows: (rule name, anchor words, reach back, pattern, resolver name). A rule is only
# tried where one of its anchor words occurs ("#year" is any 19xx/20xx token, "#q" a
# Q1-Q4/H1-H2 code): reach 0 means the match starts at the anchor; otherwise it may
# start up to `reach` characters before it. Earlier rows win ties between equal spans.
_PREPS = "over in within during throughout for through across"
_RULES: tuple[tuple[str, str, int, str, str], ...] = (
    ("duration_ahead", _PREPS, 0,
     r"\b(?:" + _DUR_PREP + r"|(?:for|through|across)(?=\s+the\s+" + _FORWARD + r"))\s+(?P<the>the\s+)?"
     r"(?:(?P<fwd>" + _FORWARD + r")\s+)?" + _COUNT + r"(?P<unit>" + _UNIT + r")\b(?:['’]s?\s+time\b)?",
     "ahead"),
    ("duration_period", _PREPS, 0,
     r"\b(?:over|in|within|during)\s+(?:a|the)\s+(?:(?:period|span)\s+of\s+(?P<n>" + _NUM + r")\s+"
     r"(?P<unit>" + _UNIT + r")|(?P<n2>" + _NUM + r")[-\s](?P<unit2>year|month|week|day|decade)"
     r"\s+(?:period|span|timeframe|time\s+frame|window|horizon))\b",
     "ahead_explicit"),
    ("from_now", "now", 60,
     r"\b(?P<n>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")\s+(?P<fwd>from\s+now)\b", "ahead"),
    ("duration_past", _PREPS, 0,
     r"\b(?:over|in|during|for|within)\s+the\s+(?P<fwd>past|last|previous)\s+" + _COUNT
     + r"(?P<unit>" + _UNIT + r")\b",
     "past"),
    ("range", "from between", 0,
     r"\b(?:from|between)\s+(?P<a>" + _P + r")\s*(?:to|through|thru|until|till|and|[-–—])\s*"
     r"(?P<b>" + _P + r")",
     "range"),
    ("year_range", "#year", 40,
     r"(?:\b(?:in|during|over|for|from|between|throughout)\s+)?(?:(?:fiscal(?:\s+years?)?|FY)\s*)?"
     r"(?P<y1>(?<![\d$€£¥.,/-])(?:19|20)\d{2})(?:\s*[-–—/]\s*(?:FY\s*)?(?P<y2>(?:19|20)\d{2}|\d{2})"
     r"|\s+to\s+(?:FY\s*)?(?P<y2b>(?:19|20)\d{2}))(?![-/.]\d)" + _NOT_AMOUNT,
     "year_range"),
    ("deadline", "by no not through thru until till up", 0,
     r"\b(?:by|no\s+later\s+than|not\s+later\s+than|through|thru|until|till|up\s+(?:to|until))\s+"
     r"(?P<a>" + _P + r")",
     "deadline"),
    ("before", "before ahead", 0, r"\b(?:before|ahead\s+of)\s+(?P<a>" + _P + r")", "before"),
    ("starting", "starting beginning commencing effective as", 0,
     r"\b(?:starting|beginning|commencing|effective|as\s+(?:of|from))\s+(?:(?:in|from|on|at)\s+)?(?P<a>" + _P + r")"
     r"(?:\s+(?:onwards?|and\s+beyond)\b)?",
     "starting"),
    ("onwards", "onward onwards beyond", 100,
     r"(?:\bfrom\s+)?(?P<a>" + _P + r")\s+(?:onwards?|and\s+beyond|and\s+onwards?)\b",
     "starting"),
    ("from", "from", 0,  # "to €65 million from 2027": a start; "from 2025 to 2027" is a range (above)
     r"\bfrom\s+(?P<a>" + _P + r")(?!\s*(?:to|through|thru|until|till|and|[-–—/])\s*\w)",
     "starting"),
    ("since", "since", 0, r"\bsince\s+(?P<a>" + _P + r")", "since"),
    ("within", _PREPS, 0,
     r"\b(?:(?:over|during|in)\s+the\s+course\s+of|in|during|throughout|for|within|over)\s+(?P<a>" + _P + r")",
     "within"),
    ("relative", "early mid late later earlier this next last", 0,
     r"\b(?P<a>(?:(?:early|mid|late|later|earlier)\s*-?\s*)?"
     r"(?:this|next|last)\s+(?:(?:fiscal|financial|calendar)\s+)?(?:year|quarter|month|week|decade"
     r"|spring|summer|autumn|fall))\b",
     "within"),
    ("part_of_year", "the first second third fourth final last 1st 2nd 3rd 4th #q", 0,
     r"\b(?P<a>(?:(?:the\s+)?" + _ORD + r"\s+(?:quarter|half)\s+of|[QH][1-4](?:\s+of)?)\s+" + _P + r")",
     "within"),
    ("fiscal_year", "fiscal financial #fy", 0,
     r"\b(?P<a>(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*['’]?(?:" + _YEAR + r"|\d{2}(?!\d)))",
     "within"),
    ("vague", "in over within going as soon shortly at during each every per annually a", 0, r"\b(?:" + "|".join(_VAGUE) + r")\b", "vague"),
)

_COMPILED = tuple((re.compile(rx, re.IGNORECASE), back, res) for _n, _a, back, rx, res in _RULES)


_ANCHORS: dict[str, list[int]] = {}  # anchor word -> the rules it can start
for _i, _row in enumerate(_RULES):
    for _word in _row[1].split():
        _ANCHORS.setdefault(_word, []).append(_i)
_WORDS = sorted((w for w in _ANCHORS if not w.startswith("#")), key=len, reverse=True)
_SCANNER = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)|\b(?P<q>[QH][1-4])\b|\b(?P<fy>FY)(?=\s*['’]?\d)"
    r"|\b(?P<w>" + "|".join(_WORDS) + r")\b", re.IGNORECASE)


class _Reject(Exception):
    """The text looked like a timeframe but does not describe a real period."""


# --- date arithmetic ------------------------------------------------------------------


def _month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: Date, months: int) -> Date:
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        raise _Reject("out of range")
    return Date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _year_span(year: int) -> Span:
    return Date(year, 1, 1), Date(year, 12, 31)


def _month_span(year: int, month: int) -> Span:
    return Date(year, month, 1), _month_end(year, month)


# --- periods --------------------------------------------------------------------------


def _relative_span(rel: str, unit: str, published: Date | None) -> Span | None:
    if published is None:
        return None
    rel = rel.lower().split()[-1]
    step = {"this": 0, "current": 0, "next": 1, "coming": 1, "following": 1}.get(rel, -1)
    unit = unit.lower()
    if unit in _SEASONS:
        return _part_of_year(_year_span(published.year + step), *_SEASONS[unit])
    if unit == "year":
        return _year_span(published.year + step)
    if unit == "decade":
        start = published.year // 10 * 10 + 10 * step
        return Date(start, 1, 1), Date(start + 9, 12, 31)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6)
    if unit == "quarter":
        first = _add_months(Date(published.year, (published.month - 1) // 3 * 3 + 1, 1), 3 * step)
        return first, _add_months(first, 3) - dt.timedelta(days=1)
    first = _add_months(Date(published.year, published.month, 1), step)
    return _month_span(first.year, first.month)


def _base_span(g: dict[str, str | None], published: Date | None, forward: bool) -> Span | None:
    mon = g["mon1"] or g["mon2"]
    if mon:
        try:
            d = Date(int(g["year1"] or g["year2"]), MONTHS[mon[:3].lower()], int(g["day1"] or g["day2"]))
        except ValueError as exc:
            raise _Reject("no such day") from exc
        return d, d
    if g["mon3"]:
        return _month_span(int(g["year3"]), MONTHS[g["mon3"][:3].lower()])
    if g["fy"] or g["year4"]:
        year = int(g["fy"] or g["year4"])
        return _year_span(year + 2000 if year < 100 else year)  # "FY30"
    if g["decade"]:
        return Date(int(g["decade"]), 1, 1), Date(int(g["decade"]) + 9, 12, 31)
    if g["rel"]:
        return _relative_span(g["rel"], g["relunit"], published)
    if published is None:
        return None
    if g["mon4"]:
        month = MONTHS[g["mon4"][:3].lower()]
        # "by March" written in November means next March.
        late = forward and _month_end(published.year, month) < published
        return _month_span(published.year + late, month)
    if (g["bare"] or "").lower() == "decade":
        return _relative_span("this", "decade", published)
    return _year_span(published.year)  # "the end of the year", "year-end", "the third quarter"


def _is_year(span: Span) -> bool:
    return span == _year_span(span[0].year)


def _mid(span: Span) -> Date:
    start, end = span
    if _is_year(span):
        return Date(start.year, 6, 30)  # "mid-2025": the last day of the first half
    if start.day == 1 and start.month == end.month and start.year == end.year:
        return start.replace(day=15)
    return start + (end - start) // 2


def _third(span: Span, which: str) -> Span:
    start, end = span
    if _is_year(span):
        return (start, _month_end(start.year, 4)) if which == "early" else (Date(end.year, 9, 1), end)
    third = (end - start) // 3
    return (start, start + third) if which == "early" else (end - third, end)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}  # northern
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _apply_modifier(span: Span, g: dict[str, str | None], published: Date | None) -> Span | None:
    span = _narrow_to_part(span, g)  # "by the end of Q3": the quarter, then its end
    edge = (g["edge"] or g["edge2"] or ("end" if g["yearend"] else "")).lower()
    part = (g["part"] or "").lower()
    if edge in ("end", "close", "turn") or edge.startswith("year"):
        return span[1], span[1]
    if edge in ("start", "beginning"):
        return span[0], span[0]
    if edge == "middle" or part == "mid":
        return _mid(span), _mid(span)
    if part in ("early", "late"):
        return _third(span, part)
    if part in ("later", "earlier"):
        if published is None:
            return None
        return (max(span[0], published), span[1]) if part == "later" else (span[0], min(span[1], published))
    return span


def _narrow_to_part(span: Span, g: dict[str, str | None]) -> Span:
    if g["season"]:
        first, last = _SEASONS[g["season"].lower()]
        return _part_of_year(span, first, last)
    words = (g["qcode"] or g["qconly"] or g["qonly"] or g["qord"] or "").lower().split()
    if not words:
        return span
    if words[0][0] in "qh":
        words = [words[0][1], "half" if words[0][0] == "h" else "quarter"]
    count = 2 if (g["qunit"] or words[-1]).lower() == "half" else 4
    index = int(words[0]) if words[0].isdigit() else _ORDINALS.get(words[0], count)
    if index > count:
        raise _Reject("no such quarter")
    size = 12 // count
    return _part_of_year(span, (index - 1) * size + 1, index * size)


def _part_of_year(span: Span, first: int, last: int) -> Span:
    if not _is_year(span):
        raise _Reject("a part of something that is not a year")
    return Date(span[0].year, first, 1), _month_end(span[0].year, last)


def _period_span(text: str, published: Date | None, forward: bool = False) -> Span | None:
    """The days a period covers, None when it needs a publication date we lack."""
    m = _PERIOD_RX.fullmatch(text)
    if m is None:
        raise _Reject("not a period")
    g = m.groupdict()
    base = _base_span(g, published, forward)
    return None if base is None else _apply_modifier(base, g, published)


# --- resolvers: match -> (date_start, date_end) ---------------------------------------

Dates = tuple[Date | None, Date | None]


def _count(token: str | None) -> float | None:
    word = " ".join((token or "one").lower().split())
    if word in VAGUE_COUNTS:
        return None
    half = 0.5 if word.endswith(" and a half") else 0.0
    word = word.removesuffix(" and a half")
    return float(NUMBER_WORDS.get(word) or word) + half


def _shift(published: Date, n: float, unit: str, sign: int) -> Date:
    unit = unit.lower().rstrip("s")
    if unit in UNIT_DAYS:
        try:
            return published + sign * dt.timedelta(days=round(n * UNIT_DAYS[unit]))
        except OverflowError as exc:
            raise _Reject("out of range") from exc
    return _add_months(published, sign * round(n * UNIT_MONTHS[unit]))


_DENY_BEFORE = re.compile(
    r"(?:\b(?:for|than|of|since|time|times|first|highest|lowest|largest|biggest|best|worst|once|twice|"
    r"nearly|almost|just)\s*)$", re.IGNORECASE)
_DENY_AFTER = re.compile(r"\s*(?:-old|(?:of|old|ago|earlier|before|prior|later|since|in\s+a\s+row)\b)",
                         re.IGNORECASE)


def _duration(m: re.Match[str], text: str, published: Date | None, sign: int, explicit: bool = False) -> Dates:
    """``explicit``: the wording itself says it is a period ("a five-year period")."""
    g = m.groupdict()
    token = g.get("nmax") or g.get("n") or g.get("n2")
    unit = g.get("unit") or g.get("unit2") or ""
    if not (explicit or g.get("fwd")):
        if token is None or g.get("the"):
            raise _Reject("no count: 'in years', 'in the two years since'")
        if token.lower() in ("a", "an") and not m.group(0).lower().startswith("within") and "time" not in m.group(0):
            raise _Reject("'3 million people in a year' is a rate")
        # "over 20 years of experience", "for over 20 years", "first time in 30 years".
        if _DENY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _DENY_AFTER.match(text, m.end()):
            raise _Reject("a length of time, not a period")
    n = _count(token)
    if token is None and unit.lower().endswith("s"):
        n = None  # "over the coming years"
    if n is None or published is None:
        return None, None
    if n <= 0 or n > 200:
        raise _Reject("implausible length")
    end = _shift(published, n, unit, sign)
    return (published, end) if sign > 0 else (end, published)


def _year_range(m: re.Match[str], text: str, published: Date | None) -> Dates:
    y1, token = int(m.group("y1")), m.group("y2") or m.group("y2b")
    y2 = y1 // 100 * 100 + int(token) if len(token) == 2 else int(token)
    if not y1 < y2 <= y1 + 50:
        raise _Reject("not a span of years")  # "2024-04" is a date, "2024-2020" nonsense
    return Date(y1, 1, 1), Date(y2, 12, 31)


def _range(m: re.Match[str], text: str, published: Date | None) -> Dates:
    a, b = _period_span(m.group("a"), published), _period_span(m.group("b"), published)
    start, end = (a[0] if a else None), (b[1] if b else None)
    if start and end and start > end:
        raise _Reject("backwards range")
    return start, end


def _on_period(shape: Callable[[Span, Date | None], Dates], forward: bool = False):
    """A resolver that places the period in group ``a`` with ``shape(span, published)``."""
    def resolve(m: re.Match[str], text: str, published: Date | None) -> Dates:
        span = _period_span(m.group("a"), published, forward)
        return (None, None) if span is None else shape(span, published)
    return resolve


def _until(end: Date, published: Date | None) -> Dates:
    # A deadline already past when published ("had aimed to finish by 2020") has no start.
    return (published if published is not None and published <= end else None), end


_DAY = dt.timedelta(days=1)
_RESOLVERS: dict[str, Callable[[re.Match[str], str, Date | None], Dates]] = {
    "ahead": lambda m, text, published: _duration(m, text, published, +1),
    "ahead_explicit": lambda m, text, published: _duration(m, text, published, +1, explicit=True),
    "past": lambda m, text, published: _duration(m, text, published, -1),
    "deadline": _on_period(lambda span, pub: _until(span[1], pub), forward=True),
    "before": _on_period(lambda span, pub: _until(span[0] - _DAY, pub), forward=True),
    "starting": _on_period(lambda span, pub: (span[0], None), forward=True),
    "since": _on_period(lambda span, pub: (span[0], pub if pub is not None and pub >= span[0] else None)),
    "within": _on_period(lambda span, pub: span),
    "range": _range,
    "year_range": _year_range,
    "vague": lambda m, text, published: (None, None),
}


# --- driver ---------------------------------------------------------------------------


def _anchor_hits(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule, the (start, end) of each anchor word, from one pass over the text."""
    hits: dict[int, list[tuple[int, int]]] = {}
    for m in _SCANNER.finditer(text):
        key = next((f"#{k}" for k in ("year", "q", "fy") if m.group(k)), None) or m.group("w").lower()
        for rule in _ANCHORS.get(key, ()):
            hits.setdefault(rule, []).append(m.span())
    return hits


def _windows(spans: list[tuple[int, int]], back: int, ahead: int) -> list[list[int]]:
    """Merge the stretches around anchors, so dense text is scanned once, not per anchor."""
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start - back <= merged[-1][1]:
            merged[-1][1] = end + ahead
        else:
            merged.append([max(0, start - back), end + ahead])
    return merged


def _matches(text: str, rule: int, spans: list[tuple[int, int]]) -> Iterable[re.Match[str]]:
    rx, back, _res = _COMPILED[rule]
    if back == 0:
        return filter(None, (rx.match(text, start) for start, _end in spans))
    # The anchor may sit mid-match; 60 characters of trailing context is ample for the
    # lookaheads that end these patterns.
    return (m for lo, hi in _windows(spans, back, 60) for m in rx.finditer(text, lo, hi))


def _candidates(text: str, published: Date | None) -> list[tuple[int, int, int, Timeframe]]:
    found = {}
    for rule, spans in _anchor_hits(text).items():
        resolver = _RESOLVERS[_COMPILED[rule][2]]
        for m in _matches(text, rule, spans):
            key = (m.start(), m.end(), rule)
            if key in found:
                continue
            try:
                start, end = resolver(m, text, published)
            except (_Reject, ValueError, OverflowError, KeyError):
                continue
            if start is not None and end is not None and start > end:
                start = None
            found[key] = Timeframe(m.group(0), m.start(), m.end(), start and start.isoformat(),
                                   end and end.isoformat())
    return [(s, e, rule, tf) for (s, e, rule), tf in found.items()]


def find_timeframes(text: str, published: Date | None = None) -> list[Timeframe]:
    """Every timeframe in ``text``, left to right, without overlaps.

    Where two candidates overlap the longer wins (so "from 2024 to 2027" beats "2024"),
    then the earlier rule in ``_RULES``. Never raises: unexpected input gives [].
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    elif not isinstance(published, Date):
        published = None
    try:
        found = _candidates(text, published)
    except Exception:  # a bug here must not take down extraction of the whole corpus
        return []
    return _same_period_as_before(_without_overlaps(found))


_SAME_PERIOD = re.compile(r"\b(?:the\s+same|that|this)\s+(?:period|time|span)", re.IGNORECASE)


def _same_period_as_before(timeframes: list[Timeframe]) -> list[Timeframe]:
    """"over the same period" takes the dates of the nearest dated timeframe before it
    (its text stays as written)."""
    last = None
    for tf in timeframes:
        if _SAME_PERIOD.search(tf.text) and tf.date_start is None and tf.date_end is None:
            if last is not None:
                tf.date_start, tf.date_end = last.date_start, last.date_end
        elif tf.date_start or tf.date_end:
            last = tf
    return timeframes


def _without_overlaps(found: list[tuple[int, int, int, Timeframe]]) -> list[Timeframe]:
    taken = bytearray(max((end for _s, end, _p, _t in found), default=0))
    chosen: list[Timeframe] = []
    for start, end, _priority, tf in sorted(found, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(tf)
    return sorted(chosen, key=lambda t: t.start)
