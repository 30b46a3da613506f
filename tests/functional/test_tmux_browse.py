"""The real browser in a real terminal: `commitments browse` inside tmux, driven with
send-keys and read with capture-pane, through search → select → copy.

tmux is told to accept OSC 52 (`set-clipboard on`), so the citation the app sends ends
up in a tmux paste buffer, where the test reads it back exactly.
"""
from __future__ import annotations

import time

import pytest
from commitments.store import Store
from commitments.tui.citation import CitationFormat, format_citation
from tmux_terminal import DEADLINE_S, Tmux, footer_offers, list_count, needs_tmux, search_box, tmux  # noqa: F401

pytestmark = [pytest.mark.slow, needs_tmux]


def type_query(tmux: Tmux, query: str) -> None:
    """Type into the search box until it shows the query: keys sent while the app is
    still starting (answering the terminal's replies to its queries) can be dropped."""
    end = time.monotonic() + DEADLINE_S
    while True:
        tmux.burst(query)
        for _ in range(10):
            if search_box(tmux.screen()) == query:
                return
            time.sleep(0.2)
        if time.monotonic() > end:
            raise AssertionError(f"typing {query!r} never reached the search box:\n{tmux.screen()}")
        tmux.keys("C-u")


def test_search_select_copy_in_a_real_terminal(tmux, seed_store_path):
    tmux.browse(seed_store_path)
    everything = list_count(tmux.wait_for("commitment list", lambda s: list_count(s)))
    tmux.keys("/")
    type_query(tmux, "amazon")
    narrowed = tmux.wait_for("narrowed list", lambda s: 0 < (list_count(s) or 0) < everything)
    assert "Amazon" in narrowed

    tmux.keys("Enter")
    # Enter moves the focus to the list by a message; a key sent before it lands would
    # still go to the search box.
    tmux.wait_for("focus on the list", footer_offers("c"))
    tmux.keys("c")
    shown = tmux.wait_for("copy notification", lambda s: "Clipboard:" in s)
    assert "OSC" in shown

    buffer = tmux("show-buffer")
    store = Store(seed_store_path)
    citations = {format_citation(c, CitationFormat.PLAIN, store.documents.get(c.doc_hash)) for c in store.commitments}
    assert buffer in citations, f"the OSC 52 text is not a citation of the store: {buffer!r}"
    assert "Amazon" in buffer
    assert buffer.split()[0] in shown  # the notification shows the citation (its opening “)

    tmux.keys("q")
    assert tmux.wait_for_exit() == 0, "q did not quit the browser cleanly:\n" + tmux.screen()
