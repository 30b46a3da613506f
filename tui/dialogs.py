"""The browser's actions that open a screen: document, help, export, ingest.

A mixin of ``CommitmentsApp``, kept apart so the app itself stays about its panes.
"""
from __future__ import annotations

from commitments.tui.widgets.commitment_list import CommitmentList
from commitments.tui.widgets.ingest_progress import IngestProgress


class DialogActions:
    def action_open_document(self) -> None:
        from commitments.tui.screens.document import DocumentScreen

        if self.selected is not None:
            self.push_screen(DocumentScreen(self.selected, self.document_text(self.selected), self.pattern))

    def action_help(self) -> None:
        from commitments.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_export(self) -> None:
        from commitments.tui.screens.export import ExportScreen

        shown = self.pane(CommitmentList).rows
        marked = [c for c in self.index.commitments if c.id in self.marks]
        hidden = sum(shown.position(c) is None for c in marked)  # RowsView finds a record unbuilt
        note = (f"⚠ {hidden} of the {len(marked)} marked {'is' if hidden == 1 else 'are'} hidden by the "
                f"current search or facets, and will be exported too.") if hidden else ""
        documents = self.store.documents
        screen = (ExportScreen(marked, "marked", note=note, documents=documents) if marked
                  else ExportScreen(shown, "shown", documents=documents))
        self.push_screen(screen, lambda path: path and self.notify(f"Exported to {path}", title="Export", markup=False))

    def action_open_pledge(self) -> None:
        """The selected pledge's card: a group row's reports as shown, else every stored
        report of the selected commitment's pledge."""
        from commitments.tui.screens.pledge_card import PledgeCard
        from commitments.tui.widgets.rows import GROUP

        entry = self.pane(CommitmentList).selected_entry
        if entry is None:
            return
        if entry.kind == GROUP:
            reports = list(entry.members)
        else:
            key = entry.commitment.group or entry.commitment.id
            keys = self.index.group_keys(range(len(self.index)))
            reports = list(self.index.view([i for i, k in enumerate(keys) if k == key])) or [entry.commitment]
        documents = {c.doc_hash: self.store.documents.get(c.doc_hash) for c in reports}
        self.push_screen(PledgeCard(reports, documents))

    def action_open_ledger(self) -> None:
        from commitments.tui.filtering import Filters
        from commitments.tui.screens.ledger import LedgerScreen

        rows = self.index.view(self.facets.rows(self.filters))
        self.push_screen(LedgerScreen(rows, filtered=self.filters != Filters()), self.show_ledger_row)

    def show_ledger_row(self, choice) -> None:
        """The list narrowed to a ledger row's organisation or recipient (the search and
        the other facets stay)."""
        from dataclasses import replace

        if choice is None or self.quitting:
            return
        field = "organisations" if choice.by == "actor" else "recipients"
        self.filters = replace(self.filters, **{field: frozenset({choice.name})})
        self.refresh_panes()
        self.pane(CommitmentList).focus()

    def action_ingest(self) -> None:
        from commitments.tui.screens.ingest import IngestScreen

        progress = self.pane(IngestProgress)
        if progress.running:
            self.notify("An ingest is already running.", severity="warning")
            return
        self.push_screen(IngestScreen(), lambda path: path and progress.start(self.store.path, [path]))

    def on_ingest_progress_finished(self, message: IngestProgress.Finished) -> None:
        if message.problem:
            self.notify(message.problem, severity="error", markup=False)
            return
        for error in message.errors:
            self.notify(error, severity="warning", markup=False)
        self.use_store(message.store)
        self.notify(message.report.summary(), title="Ingest finished", markup=False)
