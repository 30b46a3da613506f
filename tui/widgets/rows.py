"""What the Commitments list shows: one row per commitment, or one row per pledge with
its sources beneath when a group is expanded. Rows are one line each, so the list can
render only what is on screen."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from commitments.extract.consolidate import amount_as_written, differing_readings
from commitments.extract.text import one_line
from commitments.records import Commitment
from commitments.tui.format import AMOUNT_WIDTH, counted, format_usd_qualified
from commitments.tui.highlight import TERM_STYLE, highlight
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

SINGLE, GROUP, MEMBER = "single", "group", "member"


@dataclass(slots=True)
class Entry:
    kind: str  # SINGLE, GROUP or MEMBER
    members: list[Commitment]  # a group's sources; a single or member row holds one
    key: str  # the commitment id, or the group key

    @property
    def commitment(self) -> Commitment:
        return self.members[0]


def group_key(c: Commitment) -> str:
    return c.group or c.id


class FlatEntries(Sequence[Entry]):
    """One row per commitment, made when asked for: a list of 100k Entry objects would
    cost more than the whole screen."""

    def __init__(self, commitments: list[Commitment]) -> None:
        self.commitments = commitments

    def __len__(self) -> int:
        return len(self.commitments)

    def __getitem__(self, i):  # slices are only taken of grouped (list) entries
        c = self.commitments[i]
        return Entry(SINGLE, [c], c.id)

    def position(self, c: Commitment) -> int | None:
        return _position_in(self.commitments, c)


class GroupedEntries(Sequence[Entry]):
    """One row per pledge, and one per source under each opened pledge, made when asked
    for: grouping 100,000 commitments reads their group keys, and builds only the records
    of the rows on screen."""

    def __init__(self, commitments: Sequence[Commitment], keys: Sequence[str], expanded: set[str]) -> None:
        groups: dict[str, list[int]] = {}
        for i, key in enumerate(keys):
            groups.setdefault(key, []).append(i)
        self.commitments = commitments
        self.groups = len(groups)
        self._keys = keys
        self._lines: list[tuple[str, str, list[int]]] = []  # (kind, group key, positions in commitments)
        self._group_line: dict[str, int] = {}
        for key, members in groups.items():
            self._group_line[key] = len(self._lines)
            self._lines.append((GROUP, key, members))
            if key in expanded:
                self._lines.extend((MEMBER, key, [i]) for i in members)

    def __len__(self) -> int:
        return len(self._lines)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        kind, key, members = self._lines[i]
        built = [self.commitments[j] for j in members]
        return Entry(kind, built, key if kind == GROUP else built[0].id)

    def group_line(self, key: str) -> int | None:
        return self._group_line.get(key)

    def group_of_line(self, i: int) -> str:
        return self._lines[i][1]

    def position(self, c: Commitment) -> int | None:
        """The line of this (already built) record: its own line in an opened pledge, else
        its pledge's line."""
        at = _position_in(self.commitments, c)
        if at is None:
            return None
        line = self._group_line[self._keys[at]]
        kind, _, members = self._lines[line]
        if line + 1 < len(self._lines) and self._lines[line + 1][0] == MEMBER:
            return line + 1 + members.index(at)
        return line


def _position_in(commitments: Sequence[Commitment], c: Commitment) -> int | None:
    lookup = getattr(commitments, "position", None)  # the store's lazy rows find it unbuilt
    if lookup is not None:
        return lookup(c)
    return next((i for i, x in enumerate(commitments) if x is c), None)


def build_entries(commitments: Sequence[Commitment], grouped: bool, expanded: set[str]) -> Sequence[Entry]:
    if not grouped:
        return FlatEntries(commitments)
    keys = commitments.group_keys() if hasattr(commitments, "group_keys") else [group_key(c) for c in commitments]
    return GroupedEntries(commitments, keys, expanded)


def discrepancy(members: list[Commitment]) -> str | None:
    """A group row's short form of consolidation's rule: the differing amounts its sources
    state, "$1 billion / $1.2 billion" (the row is narrow; the pledge card names the sources)."""
    readings = differing_readings(members)
    return one_line(" / ".join(amount_as_written(m) for m, _ in readings)) if readings else None


def mark_symbol(entry: Entry, marks: set[str]) -> str:
    marked = sum(c.id in marks for c in entry.members)
    if not marked:
        return " "
    return "●" if marked == len(entry.members) else "◐"


Piece = tuple[str, str]  # (text, style name)


MIN_PASSAGE = 20  # the passage keeps at least this much of a row before optional columns come in
SOURCES_WIDTH = 11  # " 12 sources"; shorter counts are padded to it
DISCREPANCY_ROOM = 30  # "⚠ $2.9 billion / $3 billion": a grouped row keeps room for it
Outlet = Callable[[Commitment], str]


def _by_file(c: Commitment) -> str:
    return c.doc


@dataclass(frozen=True)
class Column:
    name: str
    width: int
    style: str
    text: Callable[[Commitment, Outlet], str]


# In the order they give way when the list narrows (the last first).
OPTIONAL_COLUMNS = (
    Column("recipient", 14, "cyan", lambda c, _: ", ".join(c.recipients)),
    Column("timeframe", 14, "magenta", lambda c, _: c.timeframe.text if c.timeframe else ""),
    Column("outlet", 26, "dim", lambda c, outlet: " ".join(filter(None, [outlet(c), c.published or ""]))),
)


def actor_width(width: int) -> int:
    """Room for "Amazon Web Services" from a list of 76 columns on (160 terminal columns)."""
    return max(12, min(22, width // 4 + 2))


@lru_cache(maxsize=32)
def columns_for(width: int, grouped: bool) -> tuple[Column, ...]:
    """The optional columns that fit beside the fixed ones at this width; the same for
    every row of a view, so the columns line up."""
    used = 4 + AMOUNT_WIDTH + 1 + actor_width(width) + 2 + MIN_PASSAGE
    if grouped:
        used += SOURCES_WIDTH + DISCREPANCY_ROOM
    shown = []
    for column in OPTIONAL_COLUMNS:
        used += column.width + 1
        if used > width:
            break
        shown.append(column)
    return tuple(shown)


def _cell(text: str, width: int) -> str:
    text = one_line(text)
    return f"{text[:width - 1]}…" if len(text) > width else f"{text:<{width}}"


def entry_pieces(entry: Entry, marks: set[str], expanded: bool, width: int = 100,
                 outlet: Outlet = _by_file) -> list[Piece]:
    """One row as styled pieces of plain text: the columns that fit, then as much of the
    passage as can fit (the rest would be cut anyway)."""
    c = entry.commitment
    if entry.kind == MEMBER:
        return [(mark_symbol(entry, marks), "dim bold yellow"), ("   └ ", "dim"),
                (f"{format_usd_qualified(c.money):>{AMOUNT_WIDTH}} ", "green"),
                (one_line(" ".join(filter(None, [outlet(c), c.published or ""])))[:32], "italic"), (": ", ""),
                (one_line(c.passage.text)[:width], "")]
    aw = actor_width(width)
    pieces = [(mark_symbol(entry, marks), "bold yellow"),
              ((" ▾ " if expanded else " ▸ ") if entry.kind == GROUP else "   ", "dim"),
              (f"{format_usd_qualified(c.money):>{AMOUNT_WIDTH}} ", "bold green"),
              (_cell(", ".join(c.actors), aw), "bold")]
    if entry.kind == GROUP:
        pieces.append((f" {counted(len(entry.members), 'source'):<{SOURCES_WIDTH - 1}}", "cyan"))
    for column in columns_for(width, entry.kind == GROUP):
        pieces.append((" " + _cell(column.text(c, outlet), column.width), column.style))
    if entry.kind == GROUP:
        note = discrepancy(entry.members)
        if note:
            pieces.append((f" ⚠ {note}", "bold red"))
    pieces.append(("  ", ""))
    pieces.append((one_line(c.passage.text)[:width], ""))
    return pieces


def render_entry(entry: Entry, marks: set[str], pattern: re.Pattern[str] | None, expanded: bool,
                 width: int = 100, outlet: Outlet = _by_file) -> Text:
    """One row as Text; document text is appended as plain text, never as markup."""
    row = Text()
    for text, style in entry_pieces(entry, marks, expanded, width, outlet):
        row.append(text, style=style or None)
    return highlight(row, pattern)


def entry_segments(entry: Entry, marks: set[str], pattern: re.Pattern[str] | None, expanded: bool,
                   width: int, outlet: Outlet = _by_file) -> list[Segment]:
    """The same row as Segments, made directly: the list draws dozens of rows on every
    keystroke of a search, and going through Text costs several times more."""
    segments = []
    for text, name in entry_pieces(entry, marks, expanded, width, outlet):
        style = _style(name)
        start = 0
        if pattern is not None:
            for m in pattern.finditer(text):
                if m.start() > start:
                    segments.append(Segment(text[start:m.start()], style))
                if m.end() > m.start():
                    segments.append(Segment(m.group(), _style(f"{name} {TERM_STYLE}")))
                start = m.end()
        if start < len(text):
            segments.append(Segment(text[start:], style))
    return segments


@lru_cache(maxsize=64)
def _style(name: str) -> Style | None:
    return Style.parse(name) if name else None
