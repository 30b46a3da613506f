"""The real browser in a real terminal: `commitments browse` inside tmux, driven with
send-keys and read with capture-pane, through search → select → copy.

tmux is told to accept OSC 52 (`set-clipboard on`), so the citation the app sends ends
up in a tmux paste buffer, where the test reads it back exactly.
"""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.tui.citation import CitationFormat, format_citation

REPO = Path(__file__).resolve().parents[2]
DEADLINE_S = 30  # a generous bound for a loaded machine, not a speed check

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)"),
]


class Tmux:
    def __init__(self, socket: Path, config: Path) -> None:
        self.base = ["tmux", "-S", str(socket), "-f", str(config)]

    def __call__(self, *args: str, check: bool = True) -> str:
        done = subprocess.run([*self.base, *args], capture_output=True, text=True, timeout=10)
        if check and done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "browse")

    def wait_for(self, what: str, test) -> str:
        """Poll the screen until ``test(screen)`` holds; fail with the screen after the deadline."""
        end = time.monotonic() + DEADLINE_S
        while True:
            screen = self.screen()
            if test(screen):
                return screen
            if time.monotonic() > end:
                raise AssertionError(f"no {what} within {DEADLINE_S} s; the screen was:\n{screen}")
            time.sleep(0.2)


def search_box(screen: str) -> str:
    """The search box's text: inside its ▊ … ▎ border, on the line between the border's
    top and bottom edges."""
    for line in screen.splitlines()[:8]:
        m = re.search(r"▊([^▔▁▎]*)▎", line)
        if m:
            return m.group(1).strip()
    return ""


def type_query(tmux: Tmux, query: str) -> None:
    """Type into the search box until it shows the query: keys sent while the app is
    still starting (answering the terminal's replies to its queries) can be dropped."""
    end = time.monotonic() + DEADLINE_S
    while True:
        tmux("send-keys", "-t", "browse", "-l", query)
        for _ in range(10):
            if search_box(tmux.screen()) == query:
                return
            time.sleep(0.2)
        if time.monotonic() > end:
            raise AssertionError(f"typing {query!r} never reached the search box:\n{tmux.screen()}")
        tmux("send-keys", "-t", "browse", "C-u")


def list_count(screen: str) -> int | None:
    m = re.search(r"Commitments \((\d+)\)", screen)
    return int(m.group(1)) if m else None


@pytest.fixture
def tmux():
    work = Path(tempfile.mkdtemp(prefix="cmt-tmux-"))  # short path: sockets have a length limit
    config = work / "tmux.conf"
    config.write_text("set -g set-clipboard on\nset -g status off\n")
    t = Tmux(work / "sock", config)
    try:
        yield t
    finally:
        t("kill-server", check=False)
        shutil.rmtree(work, ignore_errors=True)


def test_search_select_copy_in_a_real_terminal(tmux, seed_store_path):
    # No system clipboard, so OSC 52 is the way out; COLUMNS and LINES (which a test
    # runner may export) would override the pane's real size.
    browse = ["env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "COLUMNS", "-u", "LINES",
              sys.executable, "-m", "commitments", "browse", "--db", str(seed_store_path)]
    tmux("new-session", "-d", "-x", "160", "-y", "48", "-s", "browse", "-c", str(REPO), shlex.join(browse))

    everything = list_count(tmux.wait_for("commitment list", lambda s: list_count(s)))
    tmux("send-keys", "-t", "browse", "/")
    type_query(tmux, "amazon")
    narrowed = tmux.wait_for("narrowed list", lambda s: 0 < (list_count(s) or 0) < everything)
    assert "Amazon" in narrowed

    tmux("send-keys", "-t", "browse", "Enter")
    # Enter moves the focus to the list by a message; a key sent before it lands would
    # still go to the search box, so wait for the footer to offer `c` (it hides
    # single-letter keys while the search box has the focus).
    tmux.wait_for("focus on the list", lambda s: re.search(r"(^|\s)c [A-Z]", s.splitlines()[-1]))
    tmux("send-keys", "-t", "browse", "c")
    shown = tmux.wait_for("copy notification", lambda s: "Clipboard:" in s)
    assert "OSC" in shown

    buffer = tmux("show-buffer")
    store = Store(seed_store_path)
    citations = {format_citation(c, CitationFormat.PLAIN, store.documents.get(c.doc_hash)) for c in store.commitments}
    assert buffer in citations, f"the OSC 52 text is not a citation of the store: {buffer!r}"
    assert "Amazon" in buffer
    assert buffer.split()[0] in shown  # the notification shows the citation (its opening “)

    tmux("send-keys", "-t", "browse", "q")
    end = time.monotonic() + DEADLINE_S
    while _session_alive(tmux):
        if time.monotonic() > end:
            raise AssertionError("q did not quit the browser:\n" + tmux.screen())
        time.sleep(0.2)


def _session_alive(tmux: Tmux) -> bool:
    return subprocess.run([*tmux.base, "has-session", "-t", "browse"], capture_output=True).returncode == 0
