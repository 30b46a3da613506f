"""The real browser in a real terminal, for tests: `commitments browse` inside a tmux
server of its own, driven with send-keys and read with capture-pane.

The pane stays open when the browser exits (``remain-on-exit``), so a test can read a
traceback the browser printed on its way out, and its exit status.
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

REPO = Path(__file__).resolve().parents[2]
DEADLINE_S = 30  # a generous bound for a loaded machine, not a speed check
ENDED = "browse ended with status"

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (apt-get install tmux)")


class Tmux:
    def __init__(self, socket: Path, config: Path) -> None:
        self.base = ["tmux", "-S", str(socket), "-f", str(config)]

    def __call__(self, *args: str, check: bool = True) -> str:
        done = subprocess.run([*self.base, *args], capture_output=True, text=True, timeout=10)
        if check and done.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout

    def browse(self, db: Path, width: int = 160, height: int = 48, *env: str) -> None:
        """Start the browser on ``db``. No system clipboard, so OSC 52 is the way out;
        COLUMNS and LINES (which a test runner may export) would override the pane's size."""
        command = ["env", "-u", "DISPLAY", "-u", "WAYLAND_DISPLAY", "-u", "COLUMNS", "-u", "LINES", *env,
                   sys.executable, "-m", "commitments", "browse", "--db", str(db)]
        # The shell says how the browser ended; remain-on-exit keeps the pane to read it.
        script = f'{shlex.join(command)}; echo "{ENDED} $?"'
        self("new-session", "-d", "-x", str(width), "-y", str(height), "-s", "browse", "-c", str(REPO),
             "sh", "-c", script)

    def keys(self, *keys: str) -> None:
        self("send-keys", "-t", "browse", *keys)

    def burst(self, text: str) -> None:
        """Characters arriving at once, as a paste does."""
        self("send-keys", "-t", "browse", "-l", text)

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

    def exit_status(self) -> int | None:
        """The browser's exit status once it has ended, else None."""
        m = re.search(rf"^(?:{ENDED} |Pane is dead \(status )(\d+)", self.screen(), re.MULTILINE)
        return int(m.group(1)) if m else None

    def wait_for_exit(self) -> int:
        end = time.monotonic() + DEADLINE_S
        while (status := self.exit_status()) is None:
            if time.monotonic() > end:
                raise AssertionError("the browser did not end:\n" + self.screen())
            time.sleep(0.2)
        return status


def search_box(screen: str) -> str:
    """The search box's text: inside its ▊ … ▎ border, on the line between the border's
    top and bottom edges."""
    for line in screen.splitlines()[:8]:
        m = re.search(r"▊([^▔▁▎]*)▎", line)
        if m:
            return m.group(1).strip()
    return ""


def list_count(screen: str) -> int | None:
    m = re.search(r"Commitments \((\d+)", screen)
    return int(m.group(1)) if m else None


def footer_offers(key: str):
    """A test that the footer offers ``key``: it hides single-letter keys while the search
    box has the focus, so this also tells that the focus has left it."""
    return lambda screen: re.search(rf"(^|\s){re.escape(key)} [A-Z]", screen.splitlines()[-1])


@pytest.fixture
def tmux():
    work = Path(tempfile.mkdtemp(prefix="cmt-tmux-"))  # short path: sockets have a length limit
    config = work / "tmux.conf"
    config.write_text("set -g set-clipboard on\nset -g status off\nset -g remain-on-exit on\n")
    t = Tmux(work / "sock", config)
    try:
        yield t
    finally:
        t("kill-server", check=False)
        shutil.rmtree(work, ignore_errors=True)
