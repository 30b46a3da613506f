"""Find monetary amounts in running text: ``find_amounts(text) -> list[MoneyAmount]``.

Standard library only (no spaCy). Every amount names a currency, which keeps years,
percentages and head counts ("3 million people") out; currency mentions are also rare, so
the scanner starts from them. ``data/currencies.json`` (symbols, codes, names -> ISO 4217)
is compiled into prefix-sharing regexes; each mention is tried as the suffix of the figure
before it ("10 rmb", read on the reversed text), then as the prefix of the figure after it
("$5 million"). Small anchored patterns then look for a range, a sub-unit tail ("3 dollars
50 cents"), a qualifier and a restatement. Number words, scales and qualifiers are in
``data/money_words.json``.

Conventions:
- ``text``/``start``/``end`` cover the amount as written, currency included, and a whole
  range ("$1.5-2 billion", "$1 billion and $2 billion"); words before it ("about", "up to",
  "between") and a PDF escape ("\\$110 million") are outside the span. The qualifier
  comes back normalised ("approximately" for about/around/roughly).
- Sub-units resolve to the main unit: "50 cents" is 0.50 USD. Ranges: ``value`` is the
  lower bound, ``value_max`` the upper. Bare "$" is USD, "¥" JPY, "francs" CHF.
- A restatement in another currency ("3 trillion yen ($20 billion)") becomes
  ``equivalent``, not a separate amount; a USD one fills ``usd_value`` ("stated"). USD
  amounts carry ``usd_value=value`` ("native").

Linear time: figures cannot start inside a digit run or a word, repetitions are bounded,
figures are atomic (no backtracking into them) and look-arounds read small windows.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from commitments.extract.money_words import (
    FRACTIONS,
    LETTER_SCALES,
    QUALIFIERS,
    SCALES,
    UNITS,
)
from commitments.records import MoneyAmount

_DATA = Path(__file__).resolve().parent / "data" / "currencies.json"



@dataclass(frozen=True, slots=True)
class _Form:
    """One surface form of a currency: which one, what kind, and a multiplier."""

    iso: str
    kind: str  # "symbol" | "code" | "prefix" | "weak_prefix" | "name" | "weak" | "scaled" | "minor"
    factor: Decimal = Decimal(1)


def _key(surface: str, fold: bool) -> str:
    s = re.sub(r"\s+", " ", surface.strip())
    return s.casefold() if fold else s  # casefold, as the (?i) patterns do ("ſ" ~ "s")


class _Gazetteer:
    """Lookup tables built from currencies.json; *_cs are case-sensitive."""

    def __init__(self, data: dict) -> None:
        self.pre_cs: dict[str, _Form] = {}
        self.pre_ci: dict[str, _Form] = {}
        self.suf_cs: dict[str, _Form] = {}  # symbols and codes: never glued to a next digit
        self.suf_ci: dict[str, _Form] = {}  # codes in any case
        self.names: dict[str, _Form] = {}  # names, weak names and sub-units (any case)
        any_case = set(data["codes_any_case"])
        suffix_only = set(data["codes_suffix_only"])
        for iso, entry in data["currencies"].items():
            self._add_codes(iso, [iso, *entry.get("codes", [])], any_case, suffix_only)
            for sym in entry.get("symbols", []):
                self.pre_cs[sym] = self.suf_cs[sym] = _Form(iso, "symbol")
            for field, table, fold, kind in (("prefixes", self.pre_cs, False, "prefix"),
                                             ("prefixes_ci", self.pre_ci, True, "prefix"),
                                             ("weak_prefixes", self.pre_cs, False, "weak_prefix")):
                for pre in entry.get(field, []):
                    for variant in _spaced(pre):
                        table[_key(variant, fold)] = _Form(iso, kind)
            for field, kind in (("names", "name"), ("weak_names", "weak"),
                                ("scaled_names", "scaled")):
                for name in entry.get(field, []):
                    self.names[_key(name, True)] = _Form(iso, kind)
            minor = entry.get("minor", {"names": []})
            for name in minor["names"]:
                self.names[_key(name, True)] = _Form(iso, "minor", Decimal(str(minor["factor"])))

    def _add_codes(self, iso, codes, any_case, suffix_only) -> None:
        for code in codes:
            form = _Form(iso, "code")
            self.suf_cs[code] = form
            if code in any_case:
                self.suf_ci[code.lower()] = form
                if code not in suffix_only:
                    self.pre_ci[code.lower()] = form
                # "30 MUSD", "MEUR 120": an M before a major code means millions
                mform = _Form(iso, "code", Decimal(10**6))
                self.suf_cs["M" + code] = self.pre_cs["M" + code] = mform
            if code not in suffix_only:
                self.pre_cs[code] = form

    @lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer for the process lifetime
    def prefix(self, surface: str) -> _Form | None:
        return self.pre_cs.get(_key(surface, False)) or self.pre_ci.get(_key(surface, True))

    @lru_cache(maxsize=4096)  # noqa: B019
    def suffix(self, surface: str) -> _Form | None:
        folded = _key(surface, True)
        return (self.suf_cs.get(_key(surface, False)) or self.suf_ci.get(folded)
                or self.names.get(folded))


def _spaced(prefix: str) -> list[str]:
    """'C$' is also written 'C $' (and 'U.S.$' as 'U.S. $')."""
    if len(prefix) > 1 and prefix[-1] in "$¥£€" and prefix[-2] != " " and prefix[:-1] != "A":
        return [prefix, prefix[:-1] + " " + prefix[-1]]
    return [prefix]  # not "A $": "A $5 million grant" is an article and dollars


# --- regex construction --------------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_NOT_AFTER_LETTER = rf"(?<!{_LETTER})"
# after a form: if it ended in a letter, the next character must not be one
_END = rf"(?:(?<={_LETTER})(?!{_LETTER})|(?<!{_LETTER}))"


def _trie(words) -> str:
    """An alternation that shares prefixes, so matching costs O(length), not O(#words)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s{1,3}" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root) if root else r"(?!x)x"


def _forms(cs: list[str], ci: list[str], reverse: bool = False) -> str:
    """Case-sensitive and case-insensitive forms, each with word boundaries where needed.
    ``reverse``: the forms are spelt backwards, to be matched on the reversed text."""
    parts = []
    for words, flag in ((cs, ""), (ci, "(?i:")):
        close = ")" if flag else ""
        starts_alpha = (lambda w: w[-1].isalpha()) if reverse else (lambda w: w[0].isalpha())
        alpha = [w for w in words if starts_alpha(w)]
        other = [w for w in words if not starts_alpha(w)]
        if alpha:
            trie = flag + _trie(alpha) + close
            parts.append(trie + f"(?!{_LETTER})" if reverse else _NOT_AFTER_LETTER + trie)
        if other:
            parts.append(flag + _trie(other) + close)
    return "(?:" + "|".join(parts) + ")" + ("" if reverse else _END)


_G = _Gazetteer(json.loads(_DATA.read_text(encoding="utf-8")))

# one-letter scales count only glued to a figure ("$10M", "$2.9b", "50K"): see SCALE_RX
_SCALE_WORDS = [w for w in SCALES if w not in LETTER_SCALES]
_SCALE_WORD = rf"(?i:{_trie(_SCALE_WORDS)})(?!{_LETTER})"
_LETTERS = "".join(sorted(LETTER_SCALES)) + "".join(sorted(LETTER_SCALES)).upper()
# an abbreviated scale may end in a full stop when a currency follows ("61.7 bil. yen", "750 Mil. Euros")
_ABBR_STOP = r"(?:\.(?=[ \t]{1,2}[^\W\d_]))?"
# (a headline's capital letter after a hyphen is one too: "¥220-B tranche", "P5-M fund")
_SCALE_ONE = rf"(?:[ \t-]?{_SCALE_WORD}|[{_LETTERS}](?!{_LETTER})|-[BM](?!{_LETTER}|-))"
SCALE_RX = rf"(?:{_SCALE_ONE}(?:\s{{1,2}}{_SCALE_WORD})?)"

_DIGITS = (r"(?:\d{1,3}(?:,\d{3}){1,6}(?!\d|,\d)|\d{1,2}(?:,\d{2}){1,6},\d{3}(?!\d|,\d)"
           r"|\d{1,3}(?:\.\d{3}){2,6}(?![\d.])"
           rf"|\d{{1,3}},\d{{1,2}}(?=\s?{_SCALE_WORD})"
           r"|\d{1,15}(?!\d|,\d))(?:\.\d{1,12}(?!\d))?")  # "1,5" alone is no figure
_WORD_START = (rf"(?:an?(?=[\s-]{{1,3}}(?:{_trie([*_SCALE_WORDS, 'half', 'quarter'])})\b)"
               rf"|half(?:\s{{1,3}}an?)?|quarters?|{_trie(UNITS)})")
_WORD_ANY = rf"(?:{_trie([*UNITS, *FRACTIONS, *_SCALE_WORDS])}|half\s{{1,3}}an?)"
# "one hundred and twenty", but never "one and two" (that is a range: "between one and two")
_AND_SCALES = ("hundred", "thousand", "million", "billion", "lakh", "crore")
_AND_AFTER_SCALE = "(?:(?:" + "|".join(f"(?<={w})" for w in _AND_SCALES) + r")\s{1,3}and)?"
_WORDS = rf"(?i:\b{_WORD_START}(?:{_AND_AFTER_SCALE}[\s-]{{1,3}}{_WORD_ANY}\b){{0,8}}\b)"
NUM_RX = rf"(?>{_DIGITS}|{_WORDS})"
# a figure that stands on its own: not the tail of a word, a code or a longer number
_FREE_NUM = rf"(?<![\w.,]){NUM_RX}"

PRE_RX = _forms(list(_G.pre_cs), list(_G.pre_ci))
_SUF_GLUED = _forms(list(_G.suf_cs), list(_G.suf_ci)) + r"(?!\d)"
_SUF_NAME = _forms([], list(_G.names))
SUF_RX = rf"(?:{_SUF_GLUED}|{_SUF_NAME})"
_GAP = r"(?:\s{0,3}-\s{0,3}|\s{0,3})"

AMOUNT = re.compile(
    rf"(?P<pre>{PRE_RX})\s{{0,2}}(?P<n1>{NUM_RX})(?P<s1>{SCALE_RX})?"
    rf"(?:{_GAP}(?P<u1>{SUF_RX})(?:\s{{1,2}}(?P<t1>{_SCALE_WORD}))?)?"
    rf"|(?P<n2>{_FREE_NUM})(?P<s2>{SCALE_RX}{_ABBR_STOP})?{_GAP}(?P<u2>{SUF_RX})"
    rf"(?:\s{{1,2}}(?P<t2>{_SCALE_WORD}))?"
)
_RANGE_SEP = r"(?:\s{0,2}[-–—‒]\s{0,2}|\s{1,3}(?:to|and)\s{1,3})"
RANGE_TAIL = re.compile(
    rf"(?P<sep>{_RANGE_SEP})(?:(?P<pre>{PRE_RX})\s{{0,2}})?(?P<n>{NUM_RX})(?P<s>{SCALE_RX})?"
    rf"(?:{_GAP}(?P<u>{SUF_RX}))?"
)
RANGE_HEAD = re.compile(
    rf"(?:(?P<btw>\b(?i:between))\s{{1,3}})?(?P<n>{_FREE_NUM})(?P<s>{SCALE_RX})?"
    rf"(?P<sep>{_RANGE_SEP})\Z"
)
# after "10 rmb": does a figure with its own currency follow (a list), or is the code
# really the prefix of the next figure ("in 2024 $5 million")?
_NEXT_SUFFIXED = re.compile(rf"\s{{1,2}}{NUM_RX}{SCALE_RX}?{_GAP}{SUF_RX}")
_RANGE_HINT = re.compile(r"(?:[-–—‒]|\b(?i:to|and))\s{0,2}\Z")
_QUAL_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)


def _anchor_sets() -> tuple[frozenset, frozenset, str]:
    """First word of every currency form (case-sensitive and not), and the symbols."""
    cs, ci, symbols = set(), set(), set()
    for forms, bucket in ((_G.pre_cs, cs), (_G.suf_cs, cs), (_G.pre_ci, ci),
                          (_G.suf_ci, ci), (_G.names, ci)):
        for form in forms:
            word = re.match(r"[^\W\d_]+", form)
            if word:
                bucket.add(word.group() if bucket is cs else word.group().lower())
            else:
                symbols.add(form[0])
    return frozenset(cs), frozenset(ci), "".join(sorted(symbols))


_ANCHOR_CS, _ANCHOR_CI, _SYMBOLS = _anchor_sets()
_START_WORDS = frozenset(["a", "an", "half", "quarter", "quarters", *UNITS])
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")
_FIGURE_WORDS = frozenset([*UNITS, *FRACTIONS, *SCALES, "a", "an"])
# a symbol counts only with a figure near it: after it (prefix) or just before (suffix)
_SYMBOL = re.compile(  # starts with the bare class, so the engine skips ahead in C
    rf"[{re.escape(_SYMBOLS)}](?:(?=\D{{0,12}}\d|\s{{0,2}}(?i:{_trie(_START_WORDS)})\b)"
    r"|(?<=\w.)|(?<=\w[\s-].)|(?<=\w\s\s.))")
_REV_WORD = _trie(w[::-1] for w in [*UNITS, *FRACTIONS, *_SCALE_WORDS, "a", "an"])
_REV_SCALE = _trie(w[::-1] for w in _SCALE_WORDS)
REV_FIGURE = re.compile(  # '<figure> [scale] [-]' spelt backwards, ending at a currency
    r"(?:\s{0,3}-\s{0,3}|\s{0,3})"
    rf"(?:(?:\.(?=[^\W\d_]))?(?i:{_REV_SCALE})\b(?:\s{{1,2}}(?i:{_REV_SCALE})\b)?[ \t-]?|[kmbKMB](?=\d))?"
    rf"(?P<num>\d[\d,.]{{0,30}}(?![\d,.])"
    rf"|(?i:{_REV_WORD})\b(?:[\s-]{{1,3}}(?:(?i:dna)\s{{1,3}})?(?i:{_REV_WORD})\b){{0,10}})"
)
_MINOR_NAMES = [k for k, f in _G.names.items() if f.kind == "minor"]
SUBUNIT_TAIL = re.compile(
    rf"(?:\s{{1,3}}and)?\s{{1,3}}(?P<n>\d{{1,2}}(?!\d|[.,]\d)|{_WORDS})"
    rf"(?:(?:\s{{1,3}}|-)(?P<m>{_forms([], _MINOR_NAMES)}))?"
)
_SUBUNIT_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|and\b)")
_QUAL_ALT = _trie(QUALIFIERS)
QUALIFIER = re.compile(rf"(?:(?<![\w.])(?i:{_QUAL_ALT})|~)\s*\(?\s*\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")
_OF = re.compile(r"\s{1,3}(?i:of)\b")
_FROM = re.compile(r"(?i:\bfrom)\s+\Z")
_BETWEEN = re.compile(r"(?i:\bbetween)\s+\Z")
_BY = re.compile(r"(?i:\bby)\s+\Z")  # "raised it by $3 million to $11 million": a step and a new level
# "top up its pledge of €4 million to €7 million": an old level and a new one, after a verb that revises
_REVISED_OF = re.compile(r"(?i:\b(?:top(?:s|ped|ping)?\s+up|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lift(?:s|ed|ing)?"
                         r"|boost(?:s|ed|ing)?)\b[^.;:!?]{0,60}\bof)\s+\Z")
# between an amount and its restatement: "(", "(about", ", or about", " / "
_EQUIV_GAP = re.compile(
    r"\s*(?:[(\[]|,?\s+(?i:or|i\.e\.|equivalent\s+to|worth)|\s*/)\s*"
    rf"(?:(?i:or|equivalent\s+to|worth)\s+)?(?:(?:(?i:{_QUAL_ALT})|~)\s*)?\Z"
)
_WINDOW = 80


# --- values -----------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def parse_number(s: str) -> Decimal | None:
    """A figure as written ("1,200", "12,34,567.89", "2,5", "one hundred and twenty")."""
    s = s.strip()
    if not s[:1].isdigit():
        return _parse_words(s)
    if s.count(",") == 1 and len(s) - s.index(",") <= 3:  # "2,5 billion": a decimal comma
        s = s.replace(",", ".")
    elif s.count(".") > 1:  # "1.200.000"
        s = s.replace(".", "")
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def _parse_words(s: str) -> Decimal | None:
    tokens = [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "and"]
    total, current, seen = Decimal(0), Decimal(0), False
    for i, tok in enumerate(tokens):
        if tok in ("a", "an"):
            current += 0 if i and tokens[i - 1] == "half" else 1  # "half a million"
        elif tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in FRACTIONS:
            f = Decimal(str(FRACTIONS[tok]))
            current = current * f if current else f
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = Decimal(0)
        else:
            return None
    if not seen and len(tokens) == 1:
        return None  # "a", "an" alone are not figures
    value = total + current
    return value if value > 0 else None


# --- scanning ----------------------------------------------------------------------------

@dataclass(slots=True)
class _Hit:
    """An amount while it is being assembled; becomes a MoneyAmount at the end."""

    start: int
    end: int
    value: Decimal
    form: _Form
    scale: int  # the scale word's multiplier (1 if none): a bare lower bound may inherit it
    prefixed: bool
    value_max: Decimal | None = None
    qualifier: str | None = None


def _word_scale(figure: str) -> int:
    """The largest scale word inside a spelled-out figure ("two billion" -> 10**9)."""
    if figure[:1].isdigit():
        return 1
    return max((SCALES[t] for t in re.split(r"[\s-]+", figure.lower())
                if t in SCALES and SCALES[t] >= 1000), default=1)


def _currency(pre: str | None, suf: str | None) -> tuple[_Form | None, bool]:
    """The currency of a hit, and whether the suffix belongs to it (else it is cut off)."""
    pform = _G.prefix(pre) if pre else None
    sform = _G.suffix(suf) if suf else None
    if pform and sform:
        if sform.iso == pform.iso and sform.kind != "minor":
            return pform, True
        # "$" and "¥" are shared by many countries: a name after the figure settles it
        if pform.kind == "symbol" and sform.kind == "name":
            return sform, True
        return pform, False
    return (pform or sform), sform is not None


_FULL_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"})


def _hit(text: str, m: re.Match) -> _Hit | None:
    pre = m.group("pre")
    n, s, u, t = ("n1", "s1", "u1", "t1") if pre is not None else ("n2", "s2", "u2", "t2")
    form, keep_suffix = _currency(pre, m.group(u))
    if keep_suffix and pre is not None and _prefixes_next(text, m.group(u), m.end(u)):
        keep_suffix = False  # "$ 20,000.00 $ 37,305.97": the second "$" starts a new amount
    figure = m.group(n)
    number = parse_number(figure)
    if form is None or number is None:
        return None
    scale_text = m.group(s)
    if scale_text and scale_text.endswith("."):
        if scale_text.strip(" \t-.").casefold() in _FULL_SCALE_WORDS:
            return None  # "5 million. Dollars are ...": a full word ends its sentence
        scale_text = scale_text[:-1]  # "61.7 bil. yen"
    end = m.end(s) if scale_text else m.end(n)
    if keep_suffix and m.group(u):
        end = m.end(u)
        if m.group(t) and not scale_text:  # "75 USD million"
            scale_text, end = m.group(t), m.end(t)
    scale = scale_of(scale_text) if scale_text else _word_scale(figure)
    if scale == 1 and form.kind in ("code", "prefix", "weak_prefix") and _YEAR.fullmatch(figure):
        return None  # "Hong Kong SAR 2024", "prices in 2024 USD"
    if keep_suffix and pre is None and _weak_reading(text, m.group(u), m.end(u), scale, number):
        return None
    if form.kind == "weak_prefix" and scale == 1 and number < 1000:
        return None  # "R5" is a name more often than five rand; "R5 million" is money
    value = number * scale_of(scale_text) * form.factor
    start = m.start("pre") if pre is not None else m.start(n)
    return _Hit(start, end, value, form, scale, pre is not None)


def _weak_reading(text: str, suffix: str, end: int, scale: int, number: Decimal) -> bool:
    """Currency names that are also plain words: 'he won 3', 'a 2,000-pound bomb'."""
    kind = getattr(_G.suffix(suffix), "kind", "")
    if kind == "weak":
        return scale == 1 and number < 1000
    return kind == "scaled" and (scale == 1 or bool(_OF.match(text, end)))


@lru_cache(maxsize=1024)
def scale_of(s: str | None) -> int:
    factor = 1
    for tok in re.split(r"[\s-]+", (s or "").strip()):
        if tok:
            factor *= SCALES.get(tok.lower(), 1)
    return factor


def _extend_subunit(text: str, h: _Hit) -> None:
    """'3 dollars 50 cents', 'thirteen dollars and forty-five cents', '17 USD 25.'"""
    if h.prefixed or h.scale > 1 or h.form.kind not in ("name", "code") \
            or h.form.factor != 1 or h.value != int(h.value):
        return
    t = SUBUNIT_TAIL.match(text, h.end)
    cents = parse_number(t.group("n")) if t else None
    if cents is None or not 1 <= cents <= 99 or cents != int(cents):
        return
    minor = _G.suffix(t.group("m")) if t.group("m") else None
    if minor is not None:
        if minor.iso != h.form.iso:
            return
        factor = minor.factor
    elif _SUBUNIT_END.match(text, t.end()):
        factor = Decimal("0.01")  # "15 dollars 50." reads as cents
    else:
        return
    h.value += cents * factor
    h.end = t.end()


def _lower_bound(lower: Decimal, lower_scale: int, upper: Decimal, upper_scale: int):
    """A bare lower bound takes the upper bound's scale when that keeps lower <= upper."""
    if lower_scale == 1 and upper_scale > 1 and lower * upper_scale <= upper:
        lower *= upper_scale
    # "2024-2 billion euros" is a year and an amount, not a range
    return lower if lower < upper <= lower * 1000 else None


def _range_forward(text: str, h: _Hit, floor: int) -> None:
    """'$1.5 billion-$2 billion', '$1.5-2 billion', 'between $1 and $2 billion'."""
    t = RANGE_TAIL.match(text, h.end)
    sep = t.group("sep").strip().lower() if t else ""
    before = text[max(floor, h.start - 20):h.start]
    if not t or (sep == "and" and not _BETWEEN.search(before)) \
            or (sep == "to" and (_FROM.search(before) or _BY.search(before)
                                 or _REVISED_OF.search(text, max(floor, h.start - 90), h.start))):
        return  # "from $5 million to $10 million", "by $1 million to $9 million" are changes, not ranges
    form, keep_suffix = _currency(t.group("pre"), t.group("u"))
    if form is not None and form.iso != h.form.iso:
        return
    upper_num = parse_number(t.group("n"))
    has_currency = t.group("pre") is not None or (t.group("u") is not None and keep_suffix)
    upper_scale = scale_of(t.group("s")) if t.group("s") else _word_scale(t.group("n"))
    # a bare upper bound only follows a bare lower one ("$1.5-2 billion", "$5 to 10
    # million"); "$5 million to 10 universities", "$2 million to 3 million people" are not ranges
    if upper_num is None or not has_currency and (h.scale > 1 or upper_scale == 1 and sep == "to"):
        return
    upper = upper_num * upper_scale * (form.factor if form else h.form.factor)
    lower = _lower_bound(h.value, h.scale, upper, upper_scale)
    if lower is None:
        return
    h.value, h.value_max = lower, upper
    h.end = t.end("u") if t.group("u") and keep_suffix else t.end("s" if t.group("s") else "n")


def _range_backward(text: str, h: _Hit, floor: int) -> None:
    """'1-2 billion euros', 'between 1 and 2 billion euros', '3 to 5 million dollars'."""
    if h.prefixed:
        return
    lo = max(floor, h.start - _WINDOW)
    r = RANGE_HEAD.search(text, lo, h.start)
    sep = r.group("sep").strip().lower() if r else ""
    if not r or sep == "and" and not r.group("btw"):
        return
    if sep == "to" and _FROM.search(text, max(floor, r.start() - 10), r.start("n")):
        return
    num = parse_number(r.group("n"))
    if num is None:
        return
    own = scale_of(r.group("s")) if r.group("s") else _word_scale(r.group("n"))
    lower = _lower_bound(num * own * h.form.factor, own, h.value, h.scale)
    if lower is None:
        return
    h.value, h.value_max, h.start = lower, h.value, r.start("n")


def _qualify(text: str, h: _Hit, floor: int) -> None:
    before = text[max(floor, h.start - 30):h.start]
    words = before.rstrip(" \t\n(").rsplit(None, 1)
    if not words or (words[-1].lower().lstrip("([") not in _QUAL_LAST
                     and not words[-1].endswith("~")):
        return  # the cheap test first: most amounts have no qualifier
    q = QUALIFIER.search(before)
    if q:
        phrase = re.sub(r"\s+", " ", q.group(0).rstrip(" \t\n(").lower())
        h.qualifier = QUALIFIERS.get(phrase.strip())


def _prefixes_next(text: str, surface: str, end: int) -> bool:
    """Is this symbol or code, written after a figure, rather the prefix of the next one?"""
    form = _G.suffix(surface)
    return text[end:end + 2].strip()[:1].isdigit() and getattr(form, "kind", "") in (
        "symbol", "code")


def _steals_prefix(text: str, m: re.Match) -> bool:
    """'2024 $5 million': a symbol or code between two figures belongs to the second,
    unless the second has a currency of its own ('10 rmb 20 usd')."""
    return m.group("u2") is not None and _prefixes_next(text, m.group("u2"), m.end("u2")) \
        and not _NEXT_SUFFIXED.match(text, m.end("u2"))


def _anchors(text: str) -> list[int]:
    """Where currency mentions (words, codes, symbols) start: every amount has one, and
    they are far rarer than digits, so the full pattern only runs next to them. Found
    with str.find per distinct word present, which is much faster than a regex walk."""
    found = {m.start() for m in _SYMBOL.finditer(text)}
    present = set(_LETTERS.findall(text))
    folded = text.lower()
    for word in present & _ANCHOR_CS:
        found.update(_find_words(text, word))
    for word in {w.lower() for w in present} & _ANCHOR_CI:
        if len(folded) == len(text):
            found.update(_find_words(folded, word))
        else:  # a few letters change length when lower-cased ("İ"): offsets would drift
            found.update(m.start() for m in _LETTERS.finditer(text) if m.group().lower() == word)
    return sorted(found)


def _find_words(hay: str, word: str) -> list[int]:
    out, n = [], len(word)
    i = hay.find(word)
    while i >= 0:
        if (i == 0 or not hay[i - 1].isalpha()) and not hay[i + n:i + n + 1].isalpha():
            out.append(i)
        i = hay.find(word, i + n)
    return out


def _match_at(text: str, rev: str, s: int, pos: int) -> re.Match | None:
    """The amount that the currency mention at ``s`` belongs to: the figure before it
    ("10 rmb"), else the figure after it ("$5 million"). Cheap character tests come
    first: most mentions ("us", "won", a stray "$") have no figure next to them."""
    if _figure_ends_before(text, s, pos):
        # the figure before the mention, read backwards: costs the figure's length
        r = REV_FIGURE.match(rev, len(text) - s)
        fig = len(text) - r.end("num") if r else -1
        m = AMOUNT.match(text, fig) if fig >= pos else None
        if m and m.group("u2") is not None and m.end("u2") > s and not _steals_prefix(text, m):
            return m
    after = text[s:s + 16]
    if not _DIGIT.search(after) and not _START_WORDS.intersection(after.lower().split()):
        return None
    m = AMOUNT.match(text, s)
    return m if m and m.group("pre") is not None else None


def _figure_ends_before(text: str, s: int, pos: int) -> bool:
    j = s - 1
    while j > pos and s - j <= 3 and text[j] in " \t\n-":
        j -= 1
    if j > pos and text[j] == "." and text[j - 1].isalpha():
        j -= 1  # "61.7 bil. yen": an abbreviated scale
    if j < pos or not text[j].isalnum():
        return False
    if text[j].isdigit():
        return True
    k = j
    while k > pos and j - k < 12 and text[k - 1].isalpha():
        k -= 1
    return text[k:j + 1].lower() in _FIGURE_WORDS


def _scan(text: str) -> list[_Hit]:
    hits: list[_Hit] = []
    rev = text[::-1]
    pos = floor = 0
    for s in _anchors(text):
        if s < pos:
            continue
        m = _match_at(text, rev, s, pos)
        h = _hit(text, m) if m else None
        if h is None or h.start < pos:
            continue
        _extend_subunit(text, h)
        _range_forward(text, h, floor)
        if h.value_max is None and _RANGE_HINT.search(text, max(floor, h.start - 12), h.start):
            _range_backward(text, h, floor)
        _qualify(text, h, floor)
        hits.append(h)
        pos = floor = h.end
    return hits


# --- assembling records ------------------------------------------------------------------

def _record(text: str, h: _Hit) -> MoneyAmount:
    value, usd = float(h.value), h.form.iso == "USD"
    return MoneyAmount(value=value, currency=h.form.iso, text=text[h.start:h.end],
                       start=h.start, end=h.end, qualifier=h.qualifier,
                       value_max=float(h.value_max) if h.value_max is not None else None,
                       usd_value=value if usd else None, usd_source="native" if usd else None)


def _attach_equivalents(text: str, amounts: list[MoneyAmount]) -> list[MoneyAmount]:
    """'3 trillion yen ($20 billion)': the second figure restates the first."""
    out: list[MoneyAmount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if (prev is not None and prev.equivalent is None and prev.currency != a.currency
                and a.start - prev.end <= 40 and _EQUIV_GAP.match(text, prev.end, a.start)):
            prev.equivalent = a
            if a.currency == "USD" and prev.currency != "USD":
                prev.usd_value, prev.usd_source = a.value, "stated"
            continue
        out.append(a)
    return out


def find_amounts(text: str) -> list[MoneyAmount]:
    """Every monetary amount in ``text``, in order, with offsets into ``text``.

    Never raises: on input it cannot read it returns what it can, at worst []."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _find(text)
    except Exception:  # noqa: BLE001 - a parser bug must not stop a whole extraction run
        return []


def _find(text: str) -> list[MoneyAmount]:
    """find_amounts without the safety net (the property tests call this one)."""
    return _attach_equivalents(text, [_record(text, h) for h in _scan(text)])
