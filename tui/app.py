"""The Commitments browser: organisations, amounts, commitments and their source."""
from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header

from extract.records import Commitment
from store import Store
from store.index import CommitmentIndex
from tui.citation_actions import choose_citation, copy_citation
from tui.widgets.commitment_list import CommitmentList
from tui.widgets.facets import AmountList, OrganisationList
from tui.widgets.search_bar import SearchBar
from tui.widgets.source_view import SourceView


class CommitmentsApp(App):
    TITLE = "Commitments"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("slash", "search", "Search", id="search.focus"),
        Binding("c", "copy_citation", "Copy citation", id="citation.copy"),
        Binding("C", "choose_citation", "Cite as…", id="citation.choose"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.index = CommitmentIndex(store.commitments)
        self.query_text = ""
        self.organisation: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield SearchBar()
        with Horizontal(id="panes"):
            with Vertical(id="facets"):
                yield OrganisationList(id="organisations")
                yield AmountList(id="amounts")
            yield CommitmentList(id="commitments")
            yield SourceView(id="source")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_panes()
        self.query_one(CommitmentList).focus()

    # Filtering
    def refresh_panes(self) -> None:
        rows = self.index.search(self.query_text)
        orgs = self.index.organisations(rows)
        if self.organisation is not None:
            rows = [i for i in rows if self.organisation in self.index.commitments[i].actors]
        commitments = [self.index.commitments[i] for i in rows]
        self.query_one(OrganisationList).show(orgs, self.organisation)
        self.query_one(AmountList).show([self.index.commitments[i] for i in self.index.amounts(rows)])
        self.query_one(CommitmentList).show(commitments)

    def on_search_bar_query_changed(self, message: SearchBar.QueryChanged) -> None:
        self.query_text = message.query
        self.refresh_panes()

    def on_search_bar_done(self, _: SearchBar.Done) -> None:
        self.query_one(CommitmentList).focus()

    def on_organisation_list_chosen(self, message: OrganisationList.Chosen) -> None:
        self.organisation = message.name
        self.refresh_panes()

    def on_amount_list_chosen(self, message: AmountList.Chosen) -> None:
        commitments = self.query_one(CommitmentList)
        commitments.select_id(message.commitment_id)
        commitments.focus()

    def on_commitment_list_highlighted(self, message: CommitmentList.Highlighted) -> None:
        c = message.commitment
        doc = self.store.documents.get(c.doc_hash) if c else None
        self.query_one(SourceView).show(c, doc.text if doc else None)

    # Actions
    @property
    def selected(self) -> Commitment | None:
        return self.query_one(CommitmentList).selected

    def action_search(self) -> None:
        self.query_one(SearchBar).focus()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    # Citations and the clipboard: the work is in tui/citation_actions.py
    def action_copy_citation(self) -> None:
        copy_citation(self)

    def action_choose_citation(self) -> None:
        choose_citation(self)


def make_app(store: Store) -> CommitmentsApp:
    return CommitmentsApp(store)
