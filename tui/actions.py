"""Every app-level action, written once: the key bindings, the Footer, the command
palette (``tui/commands.py``) and the help's key table are all generated or checked from
this table. A binding id is also the key a user remaps in the settings' keymap."""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class BrowserAction:
    id: str  # "view.toggle_grouped": binding id, and "view: toggle grouped" in the palette
    keys: str  # Textual key names, comma-separated
    action: str  # the App action it runs
    help: str
    footer: str | None = None  # a short label shown in the Footer; None keeps it out

    @property
    def palette_name(self) -> str:
        area, verb = self.id.split(".", 1)
        return f"{area}: {verb.replace('_', ' ')}"

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.footer or self.help, show=self.footer is not None,
                       id=self.id, tooltip=self.help)


ACTIONS: tuple[BrowserAction, ...] = (
    BrowserAction("search.focus", "slash", "focus_search", "Search: filter every pane as you type", "Search"),
    BrowserAction("search.clear", "escape", "clear_filters", "Clear the search and every facet choice"),
    BrowserAction("citation.copy", "c", "copy_citation", "Copy a citation of the selected commitment", "Cite"),
    BrowserAction("citation.choose", "C", "choose_citation", "Choose the citation format (plain, Markdown, APA, BibTeX, JSON) and copy it"),
    BrowserAction("mark.toggle", "m", "toggle_mark", "Mark or unmark the selected commitment (or group)", "Mark"),
    BrowserAction("mark.clear", "M", "clear_marks", "Clear every mark"),
    BrowserAction("export.open", "e", "export", "Export the marked commitments (else all shown) to CSV, JSON or Markdown", "Export"),
    BrowserAction("sort.next_key", "s", "next_sort", "Sort by the next key: amount (USD), date, actor, number of sources, as stored", "Sort"),
    BrowserAction("sort.reverse", "S", "reverse_sort", "Reverse the order of the list"),
    BrowserAction("pledge.open", "enter", "open_pledge", "The pledge card: each report's outlet, date, amount as written, USD, timeframe and quote"),
    BrowserAction("ledger.open", "L", "open_ledger", "The ledger: total pledged per organisation or recipient, each pledge counted once", "Ledger"),
    BrowserAction("view.toggle_grouped", "g", "toggle_grouped", "Group the sources of the same pledge into one row", "Group"),
    BrowserAction("view.toggle_facets", "f", "toggle_facets", "Show or hide the facet panes on a narrow terminal"),
    BrowserAction("document.open", "o", "open_document", "Open the whole document full screen", "Open"),
    BrowserAction("source.next_match", "n", "next_match", "Scroll the source to the next search match"),
    BrowserAction("source.previous_match", "N", "previous_match", "Scroll the source to the previous search match"),
    BrowserAction("ingest.open", "i", "ingest", "Ingest a file or folder (runs in the background)"),
    BrowserAction("focus.organisations", "1", "focus_pane('organisations')", "Go to the Organisations pane"),
    BrowserAction("focus.amounts", "2", "focus_pane('amounts')", "Go to the Amounts pane"),
    BrowserAction("focus.commitments", "3", "focus_pane('commitments')", "Go to the Commitments list"),
    BrowserAction("focus.source", "4", "focus_pane('source')", "Go to the Source pane"),
    BrowserAction("focus.recipients", "5", "focus_pane('recipients')", "Go to the Recipients pane"),
    BrowserAction("app.change_theme", "ctrl+t", "change_theme", "Choose a theme (remembered)"),
    BrowserAction("app.help", "question_mark,f1", "help", "Show the help", "Help"),
    BrowserAction("app.quit", "q", "quit", "Quit", "Quit"),
)

BINDINGS = [a.binding() for a in ACTIONS]
