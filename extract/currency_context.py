"""Currency in context: what a bare "$" or a shared currency name means in this text.

``find_amounts`` reads every bare "$" as US dollars and "kroner" as Norwegian. News from
Canada, Australia, New Zealand, Singapore or Hong Kong writes its own dollar as a bare "$",
and "kroner"/"crowns" name several currencies. ``localise(amounts, text, publisher)``
re-reads them from the text's context:

- the local dollar: a dateline that names a place of a dollar country ("OTTAWA, Oct. 12",
  "Wellington, 3 March 2024 -"), an outlet of that country named on the page ("The
  Canadian Press", "Australian Associated Press"), and the other amounts of the text (a text
  that writes "US$" for some amounts and a bare "$" for others means two currencies; one
  that writes "C$" itself keeps its bare "$" for US dollars), else the places the text
  names (three mentions of the country's places, none of the United States). The record says so in
  ``usd_source`` ("converted: bare $ read as CAD from the dateline");
- a shared name ("kroner", "crowns", "pesos") goes to the currency of the country the sentence, else
  the text, names most.

The gazetteer is data (``patterns/local_currency.json``); standard library only.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from pathlib import Path

from commitments.records import MoneyAmount

_DATA = Path(__file__).with_name("patterns") / "local_currency.json"
TOP_LINES = 12  # where datelines and outlet names sit
PLACES_NAMED = 3  # mentions of a dollar country's places that make a text about it
_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][\w.'’\- ]{1,40}?(?:,\s*[A-Z][\w.'’\- ]{1,30}?)?)\s*(?:,|\(|--|—|–|-\s)")
_BARE_DOLLAR = re.compile(r"^\$|^\\\$|^(?![A-Z]).*\bdollars?$", re.I)


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def _mentions(words: list[str], text: str) -> int:
    return sum(len(re.findall(rf"(?<![\w$]){re.escape(w)}" + (r"(?!\w)" if w[-1:].isalnum() else ""), text)) for w in words)


_STRENGTH = ("the dateline", "the outlet", "the other amounts (US$ written apart)", "the places the text names")


def local_dollar(text: str, publisher: str | None = None) -> tuple[str, str] | None:
    """The currency a bare "$" means in ``text`` and why, or None for US dollars."""
    gaz = _gazetteer()
    top = [line for line in text.split("\n")[:TOP_LINES * 3] if line.strip()][:TOP_LINES]
    us_written = _mentions(gaz["us_marks"], text) > 0
    best = None
    for iso, entry in gaz["dollars"].items():
        places = {p.casefold() for p in entry["places"]}
        why = None
        for line in top:
            m = _DATELINE.match(line)
            if m and any(part.strip().casefold() in places for part in m.group("place").split(",")):
                why = "the dateline"
                break
        if why is None:
            head = "\n".join(top) + "\n" + (publisher or "")
            if _mentions(entry["outlets"], head):
                why = "the outlet"
        if why is None and us_written and _mentions([entry["country"], *entry["demonyms"]], text) >= 3:
            why = "the other amounts (US$ written apart)"
        if why is None and not us_written and _mentions([*entry["places"], *entry["demonyms"]], text) >= PLACES_NAMED \
                and not _mentions(gaz["us_places"], text) and sum(
                    1 for w in [*entry["places"], *entry["demonyms"]] if _mentions([w], text)) >= 2:
            # two of its names at least: "Darwin" or "Regina" alone may be a person
            why = "the places the text names"  # a story about Timaru, with no word of the US
        if why is None:
            continue
        if _mentions(entry["local_marks"], text) and not us_written:
            continue  # the text writes its own dollar explicitly: a bare "$" is the US one
        rank = _STRENGTH.index(why)
        if best is None or rank < best[0]:
            best = (rank, iso, why)  # a dateline or an outlet says more than places a story mentions
    return best[1:] if best is not None else None


def _is_bare_dollar(a: MoneyAmount) -> bool:
    return a.currency == "USD" and bool(_BARE_DOLLAR.search(a.text.strip()))


def _ambiguous_currency(a: MoneyAmount, text: str) -> str | None:
    """For a shared currency name ("3 billion kroner"), the currency of the country the
    sentence names, else the one the text names most, else the name's default."""
    words = a.text.casefold().split()
    shared = _gazetteer()["ambiguous"]
    # "K30 million": a letter before the figure that several currencies write
    name = next((p for p, entry in shared.items() if entry.get("prefix") and a.text.startswith(p)
                 and a.text[len(p):].lstrip(". ")[:1].isdigit()), None)  # "K30 million", "Rs. 2 bn"
    if name is None and len(words) >= 2 and " ".join(words[-2:]) in shared:
        name = " ".join(words[-2:])  # "6 billion CFA francs": West or Central African, by the country
    if name is None:
        name = next((w for w in reversed(words) if w in shared and not shared[w].get("prefix")), None)
        if name is None or len(words) and words[-1] != name and not a.text.casefold().startswith(name):
            return None
        written = a.text.split()
        if len(written) >= 2 and written[-2][:1].isupper() and written[-1].casefold() == name:
            return None  # "Chilean pesos", "Danish kroner": the text names the currency itself
    entry = _gazetteer()["ambiguous"][name]
    sent_start = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start)) + 1
    # the country named before the amount in its sentence ("Norway will give 3 billion kroner"),
    # not one named after it ("..., including the Slovak-led scheme"), else the text's
    for scope in (text[sent_start:a.start], text):
        scope = scope.casefold()  # "PORT MORESBY, Tuesday –": a dateline in capitals names the place too
        counts = {iso: _mentions([c.casefold() for c in cues], scope) for iso, cues in entry["by_country"].items()}
        iso, n = max(counts.items(), key=lambda kv: kv[1])
        if n:
            return iso
    return entry["default"]


def localise(amounts: list[MoneyAmount], text: str, publisher: str | None = None) -> list[MoneyAmount]:
    """``amounts`` with bare dollars and shared currency names read in context."""
    if not amounts:
        return amounts
    local = local_dollar(text, publisher) if any(_is_bare_dollar(a) or _is_bare_dollar_eq(a) for a in amounts) else None
    out = []
    for a in amounts:
        if local and _is_bare_dollar(a):
            a = replace(a, currency=local[0], usd_value=None, usd_source=f"local:{local[0]}:{local[1]}")
            if a.equivalent is not None and a.equivalent.currency == "USD":
                a = replace(a, usd_value=a.equivalent.value)
        elif local and a.equivalent is not None and _is_bare_dollar(a.equivalent):
            a = replace(a, equivalent=replace(a.equivalent, currency=local[0], usd_value=None, usd_source=None),
                        usd_value=None, usd_source=None)
        iso = _ambiguous_currency(a, text)
        if iso and iso != a.currency:
            a = replace(a, currency=iso, usd_value=None, usd_source=None)
        out.append(a)
    return out


def _is_bare_dollar_eq(a: MoneyAmount) -> bool:
    return a.equivalent is not None and _is_bare_dollar(a.equivalent)


def explain(money: MoneyAmount, year: int | None) -> MoneyAmount | None:
    """A locally read amount converted to US dollars, its ``usd_source`` saying how the bare
    "$" was read ("converted: bare $ read as CAD from the dateline"); None for any other."""
    if not (money.usd_source and money.usd_source.startswith("local:")):
        return None
    from commitments.extract.fx import usd_value

    _, iso, why = money.usd_source.split(":", 2)
    converted = usd_value(replace(money, usd_value=None, usd_source=None), year)
    return replace(converted, usd_source=f"{converted.usd_source or 'no rate'}: bare $ read as {iso} from {why}")
