"""The browser's actions on its own panes: search, facets, grouping, marks, matches.

A mixin of ``CommitmentsApp``; keys and palette names are in ``tui/actions.py``.
"""
from __future__ import annotations

from commitments.tui.filtering import Filters
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.search_bar import SearchBar
from commitments.tui.widgets.source_view import SourceView


class ViewActions:
    def action_focus_search(self) -> None:
        self.pane(SearchBar).focus()

    def action_clear_filters(self) -> None:
        self.pane(SearchBar).value = ""
        self.filters = Filters()
        self.refresh_panes()

    def action_focus_pane(self, pane: str) -> None:
        if pane in ("organisations", "recipients", "amounts"):
            self.screen.add_class("-show-facets")
        self.pane(f"#{pane}").focus()

    def action_toggle_facets(self) -> None:
        self.screen.toggle_class("-show-facets")

    def action_toggle_grouped(self) -> None:
        self.grouped = not self.grouped
        self.pane(CommitmentList).show(self.pane(CommitmentList).rows, self.grouped, self.pattern)

    def action_next_sort(self) -> None:
        self.order = self.order.next_key()
        self.refresh_panes()

    def action_reverse_sort(self) -> None:
        self.order = self.order.reversed()
        self.refresh_panes()

    def action_toggle_mark(self) -> None:
        entry = self.pane(CommitmentList).selected_entry
        if entry is None:
            return
        ids = {c.id for c in entry.members}
        self.marks.difference_update(ids) if ids <= self.marks else self.marks.update(ids)
        self.pane(CommitmentList).redraw()

    def action_clear_marks(self) -> None:
        self.marks.clear()
        self.pane(CommitmentList).redraw()

    def action_next_match(self) -> None:
        self.screen.query_one(SourceView).step_match(1) or self.notify("No search matches in this document.")

    def action_previous_match(self) -> None:
        self.screen.query_one(SourceView).step_match(-1) or self.notify("No search matches in this document.")
