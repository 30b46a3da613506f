"""A writer killed (SIGKILL) right at the manifest switch: just before the rename that
makes the new manifest the store, or just after it. The store then holds exactly the old
state or exactly the new one, `doctor` finds nothing wrong, and the segments the killed
writer left unreferenced are removed by the next writer."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.store.segments import segments_dir
from commitments.tui.cli import main
from store_helpers import KILL_AT_SWITCH, document

KILLER = KILL_AT_SWITCH + """
sys.path.insert(0, sys.argv[4])
from store_helpers import document
from commitments.store import Store
Store(target).add([document(Path(sys.argv[3]))])
"""


@pytest.mark.parametrize("when, survives", [("before", False), ("after", True)])
def test_a_writer_killed_at_the_manifest_switch_leaves_one_whole_state(tmp_path, when, survives, capsys):
    path = tmp_path / "s.json"
    Store(path).add([document(tmp_path / "a.txt", "Acme will build a dam.\nAcme will plant trees.")])
    (tmp_path / "b.txt").write_text("Zed will dig a canal.\n")
    helpers = str(Path(__file__).parent)
    proc = subprocess.run([sys.executable, "-c", KILLER, str(path), when, str(tmp_path / "b.txt"), helpers],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    texts = [c.passage.text for c in Store(path).commitments]
    expected = ["Acme will build a dam.", "Acme will plant trees."] + (["Zed will dig a canal."] if survives else [])
    assert texts == expected
    assert main(["doctor", "--db", str(path)]) == 0
    assert "problem" not in capsys.readouterr().out
    Store(path).add([document(tmp_path / "c.txt", "Bo will sing.")])  # the next writer tidies up
    named = set(Store(path)._manifest.files())
    backup = set(Store(path.with_name("s.json.bak"))._manifest.files())
    assert {p.name for p in segments_dir(path).glob("seg-*.json")} == named | backup
    assert [c.passage.text for c in Store(path).commitments] == expected + ["Bo will sing."]
