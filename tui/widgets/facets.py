"""Facet panes: organisations, recipients and amount bands. Space toggles a choice;
several can be chosen at once, and every other pane narrows to them."""
from __future__ import annotations

from dataclasses import dataclass

from commitments.extract.text import one_line
from commitments.records import org_key
from commitments.tui.filtering import BANDS
from rich.segment import Segment
from rich.text import Text
from textual.message import Message
from textual.strip import Strip
from textual.widgets import OptionList, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import Selection

MAX_NAMES = 300  # the most frequent; chosen ones always stay listed
CHOSEN, UNCHOSEN = "✓", " "  # in the box: under NO_COLOR a box's colour alone says nothing


def facet_title(name: str, count: int, chosen: int) -> str:
    """ "Organisations (19 · 2 chosen)": what is listed, and how much of it is chosen."""
    return f"{name} ({count:,} · {chosen} chosen)" if chosen else f"{name} ({count:,})"


class _Facet(SelectionList):
    """A SelectionList whose own rebuilds never count as the user's choice, and whose
    boxes say by a mark, not only a colour, which entries are chosen."""

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

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        try:
            option = self.get_option_at_index(round(self.scroll_offset.y) + y)
        except OptionDoesNotExist:
            return strip
        segments = list(strip)
        if len(segments) > 1 and segments[1].text == ToggleButton.BUTTON_INNER:
            mark = CHOSEN if option.value in self._selected else UNCHOSEN
            segments[1] = Segment(mark, segments[1].style, segments[1].control)
        return Strip(segments, strip.cell_length)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        self.post_message(self.Changed(frozenset(self.selected)))  # each facet declares its Changed


class _NameFacet(_Facet):
    """Names with their counts, matched to the choice by org_key: a choice stays listed and
    chosen when the store's label for it is another spelling."""

    TITLE = ""

    def show(self, counts: list[tuple[str, int]], chosen: frozenset[str]) -> None:
        keys = {org_key(name): name for name in sorted(chosen)}
        shown = counts[:MAX_NAMES]
        listed = {org_key(name) for name, _ in shown}
        shown += [(keys[key], 0) for key in sorted(keys.keys() - listed)]
        if (shown, chosen) == self._shown:
            return
        self._shown = (shown, chosen)
        self._replace([Selection(Text(f"{one_line(name)} ({n})"), name, org_key(name) in keys) for name, n in shown])
        self.border_title = facet_title(self.TITLE, len(counts), len(chosen))


class OrganisationList(_NameFacet):
    TITLE = "Organisations"

    @dataclass
    class Changed(Message):
        chosen: frozenset[str]


class RecipientList(_NameFacet):
    TITLE = "Recipients"

    @dataclass
    class Changed(Message):
        chosen: frozenset[str]


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
        self.border_title = facet_title("Amounts", sum(counts), len(chosen))
