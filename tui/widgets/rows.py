"""What the Commitments list shows: one row per commitment, or one row per pledge with
its sources beneath when a group is expanded. Rows are one line each, so the list can
render only what is on screen."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text

from extract.records import Commitment
from extract.text import one_line
from tui.format import format_usd, short_number
from tui.highlight import highlight

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
        lookup = getattr(self.commitments, "position", None)  # the store's lazy rows find it unbuilt
        if lookup is not None:
            return lookup(c)
        return next((i for i, x in enumerate(self.commitments) if x is c), None)


def build_entries(commitments: list[Commitment], grouped: bool, expanded: set[str]) -> Sequence[Entry]:
    if not grouped:
        return FlatEntries(commitments)
    groups: dict[str, list[Commitment]] = {}
    for c in commitments:
        groups.setdefault(group_key(c), []).append(c)
    entries = []
    for key, members in groups.items():
        entries.append(Entry(GROUP, members, key))
        if key in expanded:
            entries.extend(Entry(MEMBER, [c], c.id) for c in members)
    return entries


def discrepancy(members: list[Commitment]) -> str | None:
    """The consolidator's note, else whether the sources' dollar amounts differ."""
    for c in members:
        if c.discrepancy:
            return one_line(c.discrepancy)
    amounts = sorted({round(c.money.usd_value, -6) for c in members if c.money and c.money.usd_value is not None})
    if len(amounts) > 1:
        return "amounts differ: " + " / ".join(f"${short_number(a)}" for a in amounts)
    return None


def mark_symbol(entry: Entry, marks: set[str]) -> str:
    marked = sum(c.id in marks for c in entry.members)
    if not marked:
        return " "
    return "●" if marked == len(entry.members) else "◐"


def render_entry(entry: Entry, marks: set[str], pattern: re.Pattern[str] | None, expanded: bool,
                 width: int = 100) -> Text:
    """One row as Text; document text is appended as plain text, never as markup."""
    actor_width = max(10, min(22, width // 5))
    c = entry.commitment
    row = Text()
    row.append(mark_symbol(entry, marks), style="bold yellow")
    if entry.kind == GROUP:
        row.append(" ▾ " if expanded else " ▸ ", style="dim")
    elif entry.kind == MEMBER:
        row.append("   └ ", style="dim")
    else:
        row.append(" ")
    if entry.kind == MEMBER:
        row.append(one_line(c.doc)[:24], style="italic")
        row.append(": ")
        row.append(one_line(c.passage.text))
        return highlight(row, pattern)
    row.append(f"{format_usd(c.money):>8} ", style="bold green")
    row.append(f"{one_line(', '.join(c.actors))[:actor_width]:<{actor_width}}", style="bold")
    if entry.kind == GROUP:
        n = len(entry.members)
        row.append(f" {n} source{'s' if n != 1 else ''}", style="cyan")
        note = discrepancy(entry.members)
        if note:
            row.append(f" ⚠ {note}", style="bold red")
    row.append("  ")
    row.append(one_line(c.passage.text))
    return highlight(row, pattern)
