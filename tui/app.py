"""The Commitments browser: Organisations, Recipients, Amounts | Commitments | Source.

The app owns the state (filters, marks, grouping) and wires the panes; each pane is a
widget under ``tui/widgets``, each dialog a screen under ``tui/screens``, and every
action is declared once in ``tui/actions.py``.
"""
from __future__ import annotations

import gc
import re
from dataclasses import replace
from time import monotonic

from commitments.records import Commitment
from commitments.store import Store
from commitments.tui.actions import ACTIONS, BINDINGS
from commitments.tui.citation_actions import choose_citation, copy_citation
from commitments.tui.commands import BrowserCommands
from commitments.tui.dialogs import DialogActions
from commitments.tui.filtering import FacetIndex, Filters
from commitments.tui.highlight import search_terms, terms_pattern
from commitments.tui.keymap import checked_keymap
from commitments.tui.settings import Settings
from commitments.tui.sorting import Order, sort_rows
from commitments.tui.view_actions import ViewActions
from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.facets import AmountList, OrganisationList, RecipientList
from commitments.tui.widgets.ingest_progress import IngestProgress
from commitments.tui.widgets.search_bar import SearchBar
from commitments.tui.widgets.source_view import SourceView
from textual.app import App, ComposeResult
from textual.notifications import SeverityLevel
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer, Header

BROWSER_ACTIONS = {a.action.split("(")[0] for a in ACTIONS}
LARGE_STORE, SETTLE_S = 20_000, 0.15
SOURCE_SETTLE_S = 0.06
UNPACK_AFTER_S = 0.05
DOCUMENT_ACTIONS = {"next_match", "previous_match", "copy_citation", "help", "quit"}


class CommitmentsApp(ViewActions, DialogActions, App):
    TITLE = "Commitments"
    CSS_PATH = "app.tcss"
    BINDINGS = BINDINGS
    COMMANDS = App.COMMANDS | {BrowserCommands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-medium"), (180, "-wide")]

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.store = store
        self.settings = settings or Settings.load()
        self.filters = Filters()
        self.grouped = False
        self.order = Order()
        self.marks: set[str] = set()
        self.pattern: re.Pattern[str] | None = None  # the search's words, to highlight
        self._settle_timer: Timer | None = None
        self._source_timer: Timer | None = None
        self._source_shown_at = 0.0
        self.quitting = False
        self._index_store()

    def use_store(self, store: Store) -> None:
        """Show ``store`` from now on (a background ingest's, whole): the panes refresh and
        the list keeps its cursor on the same commitment when it is still there."""
        selected = self.selected
        self.store = store
        self._index_store()
        self.refresh_panes()
        row = self.index.row_of_id(selected.id, selected.doc_hash) if selected is not None else None
        if row is not None:
            self.pane(CommitmentList).select(self.index.commitments[row])

    def _index_store(self) -> None:
        self.index = self.store.index  # built once at load; only ever replaced whole, on this thread
        self.facets = FacetIndex(self.index)
        # The records live as long as the app: keep the cyclic collector from walking
        # millions of them again and again while the UI allocates (it made each key
        # press at 100k records several times slower).
        gc.freeze()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="panes"):
            with Vertical(id="facets"):
                yield OrganisationList(id="organisations")
                yield RecipientList(id="recipients")
                yield AmountList(id="amounts")
            with Horizontal(id="reading"):
                # The search sits over the list it filters: a keystroke then repaints
                # one column of the screen, not the whole width.
                with Vertical(id="results"):
                    yield SearchBar(on_query=self.search_for)
                    yield CommitmentList(id="commitments")
                yield SourceView(id="source")
        yield IngestProgress(id="ingest")
        yield Footer()

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        keymap, problems = checked_keymap(self.settings.keymap, [*BINDINGS, *CommitmentList.BINDINGS])
        self.set_keymap(keymap)
        problems = list(filter(None, [self.settings.problem, *problems]))
        if problems:
            self.notify("\n".join(problems), severity="warning", markup=False)
        self.pane(CommitmentList).marks = self.marks
        self.pane(CommitmentList).outlet = self.outlet_of
        # On a large store the list's first frame comes first, and the other panes fill in
        # as the next thing after it.
        large = len(self.index) >= LARGE_STORE
        self.refresh_panes(settle=not large)
        if large:
            self.call_after_refresh(self.call_later, self._first_settle)
        self.pane(CommitmentList).focus()

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """One notification at a time: a stack of them would cover the Source pane. Both
        steps are messages to the app, so this stays callable from any thread, in order."""
        self.call_later(self.clear_notifications)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def watch_theme(self, theme: str) -> None:
        if self.is_mounted and theme != self.settings.theme:
            self.settings.theme = theme
            try:
                self.settings.save()
            except OSError as exc:
                self.notify(f"Cannot remember the theme: {exc}", severity="warning", markup=False)

    # Filtering
    def refresh_panes(self, settle: bool = True) -> None:
        """The list at once; on a large store the source and the facet counts follow when
        typing pauses, since each repaints a whole pane and the list is what a keystroke
        is for (without ``settle``, the caller sees to them)."""
        f = self.filters
        self.pattern = terms_pattern(search_terms(f.query))
        rows = self.index.view(sort_rows(self.index, self.facets.rows(f), self.order))  # built as drawn
        self.pane(CommitmentList).show(rows, self.grouped, self.pattern, self.order.label)
        if self._settle_timer is not None:
            self._settle_timer.stop()
            self._settle_timer = None
        if not settle:
            return
        if len(self.index) < LARGE_STORE:
            self._settle_panes()
        else:
            self._settle_timer = self.set_timer(SETTLE_S, self._settle_panes)

    def _first_settle(self) -> None:
        if self._settle_timer is None:  # nothing has refreshed the panes since
            self._settle_panes()
        self.set_timer(UNPACK_AFTER_S, self._unpack)

    def _unpack(self) -> None:
        """Before the first search needs them: the columns it reads, then out of the cyclic
        collector's sight, as the records are (see _index_store): a full collection over
        them is a keystroke's pause of 100 ms."""
        self.index.unpack()
        gc.freeze()

    def _settle_panes(self) -> None:
        self._settle_timer = None
        if not (self.is_running and self.screen_stack):
            return
        self.show_source(self.selected)
        f = self.filters
        result = self.facets.apply(f)
        self.pane(OrganisationList).show(result.organisations, f.organisations)
        self.pane(RecipientList).show(result.recipients, f.recipients)
        self.pane(AmountList).show(result.band_counts, f.bands)

    def search_for(self, query: str) -> None:
        self.filters = replace(self.filters, query=query)
        self.refresh_panes()

    def on_search_bar_done(self, _: SearchBar.Done) -> None:
        self.pane(CommitmentList).focus()

    def on_organisation_list_changed(self, message: OrganisationList.Changed) -> None:
        self.filters = replace(self.filters, organisations=message.chosen)
        self.refresh_panes()

    def on_recipient_list_changed(self, message: RecipientList.Changed) -> None:
        self.filters = replace(self.filters, recipients=message.chosen)
        self.refresh_panes()

    def on_amount_list_changed(self, message: AmountList.Changed) -> None:
        self.filters = replace(self.filters, bands=message.chosen)
        self.refresh_panes()

    def on_commitment_list_highlighted(self, message: CommitmentList.Highlighted) -> None:
        """While the cursor runs (a held j), the list moves at once and the source follows
        when it settles: redrawing a whole document per row would make the list stutter."""
        if self._settle_timer is not None:  # the panes are settling: the source comes then
            return
        now = monotonic()
        if self._source_timer is not None:
            self._source_timer.stop()
        if now - self._source_shown_at < SOURCE_SETTLE_S:
            self._source_timer = self.set_timer(SOURCE_SETTLE_S, self._show_selected_source)
        else:
            self.show_source(message.commitment)
        self._source_shown_at = now

    def _show_selected_source(self) -> None:
        if self.screen_stack:  # not a late timer while the app closes
            self.show_source(self.selected)

    def show_source(self, c: Commitment | None) -> None:
        self._source_timer = None
        if not self.screen_stack:  # a late timer while the app closes
            return
        view = self.pane(SourceView)
        if c is None or c is not view.commitment or self.pattern is not view.pattern:
            view.show(c, self.document_text(c), self.pattern)

    def outlet_of(self, c: Commitment) -> str:
        """The list's outlet column: the document's publisher, else its file name."""
        documents = self.store.documents
        meta = getattr(documents, "meta", None)  # the read cache's: no text decoded for it
        if meta is not None:
            publisher = (meta(c.doc_hash) or {}).get("publisher")
        else:
            doc = documents.get(c.doc_hash)
            publisher = doc.publisher if doc else None
        return publisher or c.doc

    def document_text(self, c: Commitment | None) -> str | None:
        doc = self.store.documents.get(c.doc_hash) if c else None
        return doc.text if doc else None

    def pane(self, selector):
        """A widget of the browser's own screen, whichever screen is on top."""
        return self.screen_stack[0].query_one(selector)

    @property
    def selected(self) -> Commitment | None:
        return self.pane(CommitmentList).selected

    # Actions (see tui/actions.py for keys and names)
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Over a dialog the browser's keys are the dialog's; over a document only a few
        apply; once quitting, none (a key right after q would open a screen as the app closes)."""
        if self.quitting:
            return False
        if action not in BROWSER_ACTIONS or self.screen is self.screen_stack[0]:
            return True
        return not isinstance(self.screen, ModalScreen) and action in DOCUMENT_ACTIONS

    async def action_quit(self) -> None:
        self.quitting = True
        await super().action_quit()

    # Citations and the clipboard: the work is in tui/citation_actions.py
    def action_copy_citation(self) -> None:
        copy_citation(self)

    def action_choose_citation(self) -> None:
        choose_citation(self)


def make_app(store: Store, settings: Settings | None = None) -> CommitmentsApp:
    return CommitmentsApp(store, settings)
