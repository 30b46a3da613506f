"""The command line's progress bar: how far, how fast, how long left; in place on a
terminal, a line now and then in a log."""
from __future__ import annotations

import io

from commitments.tui.cli.progress_bar import ProgressBar


def test_the_line_says_how_far_how_fast_and_how_long_is_left():
    line = ProgressBar.line("documents", 50, 200, elapsed=10.0, counted=50)
    assert line.startswith("documents 50/200 ▕██████░") and "5.0 docs/s, 30 s left" in line
    assert ProgressBar.line("grouping", 3000, 3000, 2.0, 3000).endswith("1,500.0 records/s, done")
    assert "/s" not in ProgressBar.line("documents", 1, 200, elapsed=0.1, counted=1)  # too soon to say


def test_in_a_log_each_stage_ends_with_a_line_and_on_a_terminal_one_line_is_redrawn():
    log = io.StringIO()
    bar = ProgressBar(log, in_place=False)
    for done in range(1, 101):
        bar("documents", done, 100)
    bar("grouping", 10, 10)
    lines = log.getvalue().splitlines()
    assert lines[-2].startswith("documents 100/100") and lines[-1].startswith("grouping") and "10/10" in lines[-1]
    assert len(lines) <= 4  # not a line per document
    tty = io.StringIO()
    bar = ProgressBar(tty, in_place=True)
    bar("documents", 1, 2)
    bar("documents", 2, 2)
    bar.close()
    assert tty.getvalue().count("\n") == 1 and tty.getvalue().startswith("\rdocuments")
