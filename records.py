"""The record schema and organisation-name identity, defined once and shared by extract/,
store/ and tui/.

This module imports nothing heavy (no spaCy): the store and the browser import it on
their fast paths. Records are plain dataclasses; ``to_dict``/``from_dict`` give the JSON
shape that the store writes and that ``commitments extract --json`` prints.

Offsets are Python string indices into the document text as stored (decoded, control
characters stripped), so a passage always matches what the browser shows.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = 1

KINDS = ("investment", "funding", "resources", "training", "facility", "research", "policy")


@dataclass(slots=True)
class MoneyAmount:
    """An amount as the text states it, plus what we work out from it."""

    value: float
    currency: str  # ISO 4217
    text: str  # the surface form, exactly as in the text
    start: int = 0
    end: int = 0
    qualifier: str | None = None  # "approximately", "up to", "more than", ...
    value_max: float | None = None  # upper bound of a range ("$1.5 billion-$2 billion")
    usd_value: float | None = None
    usd_source: str | None = None  # "stated" (the text's own dollar figure), "converted", or "native"
    equivalent: MoneyAmount | None = None  # a stated equivalent: "2 trillion yen ($13 billion)"

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        if self.equivalent is not None:
            d["equivalent"] = self.equivalent.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> MoneyAmount | None:
        if d is None:
            return None
        eq = d.get("equivalent")
        kwargs = {k: d.get(k) for k in _MONEY_FIELDS if k in d and k != "equivalent"}
        return cls(**kwargs, equivalent=MoneyAmount.from_dict(eq) if eq else None)


@dataclass(slots=True)
class Timeframe:
    """A period as the text states it; ``start``/``end`` are ISO dates where resolvable."""

    text: str
    start: int = 0  # character offsets of the mention
    end: int = 0
    date_start: str | None = None
    date_end: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Timeframe | None:
        if d is None:
            return None
        return cls(**{k: d[k] for k in _TIMEFRAME_FIELDS if k in d})


@dataclass(slots=True)
class Mention:
    """A highlighted span inside a passage: who, how much, when, to whom."""

    role: str  # "actor" | "money" | "timeframe" | "recipient"
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Passage:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Commitment:
    id: str
    doc: str  # the file's base name
    doc_hash: str
    actors: list[str]
    passage: Passage
    kind: str = "investment"
    recipients: list[str] = field(default_factory=list)
    money: MoneyAmount | None = None
    timeframe: Timeframe | None = None
    mentions: list[Mention] = field(default_factory=list)
    title: str | None = None
    published: str | None = None  # ISO date
    rule: str | None = None  # which rule produced it, for the browser's "why" view
    group: str | None = None
    discrepancy: str | None = None  # set by consolidation where sources disagree
    part_of: str | None = None  # the id of the pledge this one is a part of ("$400 million of that sum")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc": self.doc,
            "doc_hash": self.doc_hash,
            "title": self.title,
            "published": self.published,
            "actors": list(self.actors),
            "recipients": list(self.recipients),
            "money": self.money.to_dict() if self.money else None,
            "timeframe": self.timeframe.to_dict() if self.timeframe else None,
            "kind": self.kind,
            "passage": asdict(self.passage),
            "mentions": [asdict(m) for m in self.mentions],
            "rule": self.rule,
            "group": self.group,
            "discrepancy": self.discrepancy,
            "part_of": self.part_of,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Commitment:
        return cls(
            id=d["id"],
            doc=d["doc"],
            doc_hash=d.get("doc_hash", ""),
            title=d.get("title"),
            published=d.get("published"),
            actors=list(d.get("actors") or []),
            recipients=list(d.get("recipients") or []),
            money=MoneyAmount.from_dict(d.get("money")),
            timeframe=Timeframe.from_dict(d.get("timeframe")),
            kind=d.get("kind") or "investment",
            passage=Passage(**d["passage"]),
            mentions=[Mention(**m) for m in d.get("mentions") or []],
            rule=d.get("rule"),
            group=d.get("group"),
            discrepancy=d.get("discrepancy"),
            part_of=d.get("part_of"),
        )

    def to_gold_line(self) -> dict[str, Any]:
        """The JSON Lines shape that the gold format (docs/extraction.md) specifies, plus our extras."""
        d = self.to_dict()
        if self.money:
            d["money"] = {k: v for k, v in self.money.to_dict().items() if v is not None}
        if self.timeframe:
            tf = self.timeframe
            d["timeframe"] = {"text": tf.text, "start": tf.date_start, "end": tf.date_end}
        return d


@dataclass(slots=True)
class Document:
    """A source document as stored: its text is what every offset points into."""

    doc: str  # base name
    sha256: str
    text: str
    path: str | None = None
    title: str | None = None
    published: str | None = None
    encoding: str = "utf-8"
    publisher: str | None = None  # the outlet: the page's site name, a wire dateline's agency, a byline's outlet
    url: str | None = None  # the document's own address (canonical link, og:url, a "URL:" line)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(**{k: d[k] for k in _DOCUMENT_FIELDS if k in d})


@dataclass(slots=True)
class Metadata:
    """What a document says about itself, for citing it; the same fields in ``Document``."""

    title: str | None = None
    published: str | None = None  # ISO date
    publisher: str | None = None
    url: str | None = None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def commitment_id(doc_hash: str, start: int, end: int, actors: list[str]) -> str:
    """Stable across runs: the same document and passage always give the same id."""
    key = f"{doc_hash}:{start}:{end}:{'|'.join(actors)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


_MONEY_FIELDS = tuple(f.name for f in fields(MoneyAmount))
_TIMEFRAME_FIELDS = tuple(f.name for f in fields(Timeframe))
_DOCUMENT_FIELDS = tuple(f.name for f in fields(Document))


# Organisation-name identity: what makes two spellings one name. Extraction reports names
# through clean_name, grouping and evaluation compare them with names_agree, and the
# browser's facets and filters key them by org_key; all three rest on name_words.
NAME_SUFFIXES = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc"})
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_TRAILING_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


_WIRE_UPDATE = re.compile(r"^(?:UPDATE\s+)?\d{1,2}-(?=[A-Z])")  # "UPDATE 2-Tata Steel signs": a wire story's revision mark


LIVE_BLOG_STAMP = re.compile(r"\d{1,2}[:.]\d\d\s*[-–—]\s*")  # "16:10 - Rotary International": a live blog's entry time


def clean_name(text: str) -> str:
    """An entity's text as a name: no leading article, no possessive, no wire revision mark or
    live blog time stamp, one line."""
    name = " ".join(text.split())
    stamp = LIVE_BLOG_STAMP.match(name)
    name = _LEADING_ARTICLE.sub("", name[stamp.end():] if stamp else name)
    return _TRAILING_POSSESSIVE.sub("", _WIRE_UPDATE.sub("", name)).strip(" ,;:")


@functools.lru_cache(maxsize=65536)  # grouping compares the same names many times
def name_words(name: str) -> tuple[str, ...]:
    """A name's words, case-folded, without a leading "the", possessives, punctuation or a
    trailing legal suffix: "The Microsoft Corp." and "microsoft" are both ("microsoft",)."""
    s = re.sub(r"'s\b", "", name.casefold().replace("\u2019", "'"))
    words = re.sub(r"[^\w\s]", " ", s).split()
    if words[:1] == ["the"]:
        words = words[1:]
    while words and words[-1] in NAME_SUFFIXES:
        words.pop()
    return tuple(words)


def org_key(name: str) -> str:
    """What every spelling of one organisation shares ("NVIDIA", "Nvidia Corp.",
    "the Nvidia"): facets count and filters match by this, not by the name as written."""
    return " ".join(name_words(name)) or " ".join(name.split()).casefold()


@functools.lru_cache(maxsize=65536)
def names_agree(a: str, b: str) -> bool:
    """Equal after normalising, or one is the other plus whole words ("Amazon" ~ "Amazon Web Services")."""
    x, y = sorted((name_words(a), name_words(b)), key=len)
    return bool(x) and any(y[i:i + len(x)] == x for i in range(len(y) - len(x) + 1))
