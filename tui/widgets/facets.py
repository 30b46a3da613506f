"""Facet panes: organisations and amount bands. Space toggles a choice; several can be
chosen at once, and every other pane narrows to them."""
from __future__ import annotations

from dataclasses import dataclass

from commitments.extract.text import one_line
from commitments.records import org_key
from commitments.tui.filtering import BANDS
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList, SelectionList
from textual.widgets.selection_list import Selection

MAX_ORGANISATIONS = 300  # the most frequent; chosen ones always stay listed


class _Facet(SelectionList):
    """A SelectionList whose own rebuilds never count as the user's choice."""

    _shown: object = None  # what the options were made from, to skip a rebuild that changes nothing

    def _replace(self, selections: list[Selection]) -> None:
        highlighted = self.highlighted
        # The highlight is put back quietly too: a highlight message still queued when a
        # pasted query empties the list on the next keystroke names an option that is gone.
        with self.prevent(SelectionList.SelectedChanged, OptionList.OptionHighlighted):
            self.clear_options()
            self.add_options(selections)
            if selections:
                self.highlighted = min(highlighted or 0, len(selections) - 1)


class OrganisationList(_Facet):
    @dataclass
    class Changed(Message):
        chosen: frozenset[str]

    def show(self, counts: list[tuple[str, int]], chosen: frozenset[str]) -> None:
        # Chosen and listed names are matched by org_key: a choice stays listed and selected
        # when the store's label for it is another spelling.
        keys = {org_key(name): name for name in sorted(chosen)}
        shown = counts[:MAX_ORGANISATIONS]
        listed = {org_key(name) for name, _ in shown}
        shown += [(keys[key], 0) for key in sorted(keys.keys() - listed)]
        if (shown, chosen) == self._shown:
            return
        self._shown = (shown, chosen)
        self._replace([Selection(Text(f"{one_line(name)} ({n})"), name, org_key(name) in keys) for name, n in shown])
        title = f"Organisations ({len(counts)})"
        self.border_title = f"{title}, {len(chosen)} chosen" if chosen else title

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self.post_message(self.Changed(frozenset(self.selected)))


class AmountList(_Facet):
    @dataclass
    class Changed(Message):
        chosen: frozenset[int]

    def show(self, counts: list[int], chosen: frozenset[int]) -> None:
        if (counts, chosen) == self._shown:
            return
        self._shown = (counts, chosen)
        self._replace([Selection(Text(f"{band.label:<10} {n:>7,}"), i, i in chosen)
                       for i, (band, n) in enumerate(zip(BANDS, counts))])
        total = sum(counts)
        self.border_title = f"Amounts ({total:,})"

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self.post_message(self.Changed(frozenset(self.selected)))
