"""Keys that arrive together in a real terminal: a paste into the search box, and a key
right after `q`. Each once crashed the browser with a traceback (issue #13)."""
from __future__ import annotations

import pytest
from tmux_terminal import footer_offers, list_count, needs_tmux, search_box, tmux  # noqa: F401

pytestmark = [pytest.mark.slow, needs_tmux]

CRASH_SIGNS = ("Traceback", "NoMatches", "Error")


def test_a_pasted_query_then_backspace_keeps_the_browser_running(tmux, seed_store_path):
    tmux.browse(seed_store_path, 160, 45)
    tmux.wait_for("commitment list", lambda s: list_count(s))
    tmux.keys("/")
    tmux.wait_for("the search box focused", lambda s: "esc" in s.splitlines()[-1])
    tmux.burst("tesla")  # all five characters in one read: each empties the facets anew
    tmux.wait_for("the pasted query", lambda s: search_box(s) == "tesla" or tmux.exit_status() is not None)
    tmux.keys("BSpace")
    screen = tmux.wait_for("the query less a letter",
                           lambda s: search_box(s) == "tesl" or tmux.exit_status() is not None)
    assert tmux.exit_status() is None, "the browser ended:\n" + screen
    assert list_count(screen) == 0
    # one Escape at a time: two sent in one write may reach the app as one alt+escape sequence
    tmux.keys("Escape")
    tmux.wait_for("every commitment again", lambda s: (list_count(s) or 0) > 0)
    tmux.keys("Escape")
    tmux.wait_for("the focus out of the search box", footer_offers("q"))
    tmux.keys("q")
    assert tmux.wait_for_exit() == 0


@pytest.mark.parametrize("key", ["e", "C", "o"])
def test_a_key_right_after_q_quits_without_a_traceback(tmux, seed_store_path, key):
    tmux.browse(seed_store_path, 100, 30)
    tmux.wait_for("the footer", footer_offers("q"))
    tmux.burst(f"q{key}")  # the second key arrives while the app is closing
    status = tmux.wait_for_exit()
    left = tmux.screen()
    assert status == 0 and not any(sign in left for sign in CRASH_SIGNS), left
