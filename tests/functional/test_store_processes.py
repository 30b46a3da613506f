"""Real `commitments ingest` processes against one store: killed with SIGKILL at random
moments, and two running at once.

Loading spaCy takes seconds, so a helper process loads it once and forks a fresh child for
each `commitments ingest` run (the child is a whole ingest process, started from a warm
parent); the test kills the children with SIGKILL and reads what they printed.
"""
from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from commitments.store import Store
from commitments.store.db import read_whole
from commitments.store.schema import COMMITMENTS, DOCUMENTS
from commitments.store.segments import segments_dir
from commitments.store.storage import stale_temp_files
from commitments.store.synthetic import make_store

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
RUNS = 10
LINE = re.compile(r"^(added|replaced|renamed|unchanged): (.+) \((\d+) commitments?\)$")

FORK_SERVER = r"""
import json, os, signal, sys
from commitments.extract.pipeline import load_nlp
from commitments.extract.commitments import extract_documents
from commitments.records import Document
load_nlp()
list(extract_documents([Document(doc="warm", sha256="x", text="Acme will invest $1 million.")]))
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
print("ready", flush=True)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        fd = os.open(job["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        from commitments.tui.cli import main
        code = main(job["argv"])
        sys.stdout.flush()
        with open(job["out"] + ".rc", "w") as fh:
            fh.write(str(code))
        os._exit(code)
    print(pid, flush=True)
"""


class ForkServer:
    def __init__(self) -> None:
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        self.proc = subprocess.Popen([sys.executable, "-c", FORK_SERVER], cwd=REPO, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdout.readline().strip() == "ready"

    def start(self, argv: list[str], out: Path) -> int:
        """Start `commitments ARGV...` with its output going to ``out``; its pid."""
        self.proc.stdin.write(json.dumps({"argv": argv, "out": str(out)}) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def fork_server():
    server = ForkServer()
    yield server
    server.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_gone(pid: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while alive(pid):
        assert time.monotonic() < deadline, f"process {pid} did not end"
        time.sleep(0.01)


def reported(out: Path) -> list[tuple[str, str, int]]:
    """The documents a run said were stored; a killed run's last line may be cut short,
    and a run killed as it started may not have opened its output yet."""
    done = []
    for line in (out.read_text(errors="replace") if out.exists() else "").splitlines():
        m = LINE.match(line)
        if m:
            done.append((m.group(1), m.group(2), int(m.group(3))))
    return done


def write_corpus(folder: Path, tag: str, n: int) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {}
    for i in range(n):
        text = (f"Report {tag} number {i}\n\nNorthwind Energy {tag}{i} will invest $" f"{i + 2} million in "
                f"solar farms in Ohio by 2030. The Government of Canada pledged C${i + 5} billion for "
                f"housing over five years. Officials said talks would continue.\n")
        (folder / f"{tag}_{i}.txt").write_text(text)
        texts[str((folder / f"{tag}_{i}.txt").resolve())] = text
    return texts


def stored_by_path(path: Path) -> dict[str, tuple[str, int]]:
    store = Store(path)  # must open: never a broken file
    return {d.path: (sha, store.count_commitments(sha)) for sha, d in store.documents.items()}


def writing(db: Path) -> list[Path]:
    """Temporary files of a write in progress (or killed): a segment's, the group changes'
    (store.overlay) or the manifest's."""
    folder = segments_dir(db)
    return stale_temp_files(db) + sorted([*folder.glob(".seg-*.tmp"), *folder.glob(".groups-*.tmp")])


def check_consistent(path: Path) -> None:
    meta = json.loads(path.read_text())["_meta"]["1"]  # the manifest, then every segment it names
    data = read_whole(path)
    assert meta["documents"] == len(data[DOCUMENTS]) and meta["commitments"] == len(data[COMMITMENTS])
    hashes = {d["sha256"] for d in data[DOCUMENTS].values()}
    assert all(c["doc_hash"] in hashes for c in data[COMMITMENTS].values())


def test_sigkill_at_random_moments_never_loses_a_reported_document(fork_server, tmp_path):
    from commitments.extract.documents import read_document

    db = make_store(tmp_path / "store.json", 2000, seed=1)  # a big file makes each write take a while
    synthetic = len(Store(db).documents)
    rng = random.Random(20261123)
    docs = tmp_path / "docs"
    changing = docs / "changing.txt"
    hashes: dict[str, str] = {}  # path → content hash of each file as it is now
    cut_short = mid_write = 0
    for run in range(RUNS):
        write_corpus(docs / f"run{run}", f"r{run}", 5)
        changing.write_text(f"Version {run}\n\nWestwind Motors will invest ${run + 1} million in Texas by 2031.\n")
        hashes.update({str(p.resolve()): read_document(p).sha256 for p in docs.rglob("*.txt")})
        out = tmp_path / f"run{run}.out"
        pid = fork_server.start(["ingest", str(docs), "--db", str(db), "--progress", "--batch", "2"], out)
        if run % 2:  # at a random moment
            time.sleep(rng.uniform(0.02, 0.4))  # an ingest of five small files is over in well under a second
        else:  # the moment a new version of the store is being written
            deadline = time.monotonic() + 30
            while alive(pid) and not writing(db) and time.monotonic() < deadline:
                pass  # a write adds a small segment or a file of group changes: its window is short
        os.kill(pid, signal.SIGKILL) if alive(pid) else None
        wait_gone(pid)
        cut_short += not Path(f"{out}.rc").exists()
        mid_write += bool(writing(db))  # killed between creating and renaming a new file
        stored = stored_by_path(db)
        for state, doc_path, count in reported(out):
            assert doc_path in stored, f"run {run}: {doc_path} was reported {state} but is not stored"
            assert stored[doc_path] == (hashes[doc_path], count), f"run {run}: {doc_path}"
        assert sum(p.startswith("/synthetic/") for p in stored) == synthetic
        check_consistent(db)
    assert cut_short >= RUNS // 2 and mid_write, "the kills should interrupt most runs, some mid-write"
    print(f"\n{RUNS} runs: {cut_short} killed, {mid_write} of them in the middle of writing the store")
    out = tmp_path / "final.out"
    # One more new file, so that the last ingest writes (and tidies what the kills left)
    # even when the runs before it stored everything.
    write_corpus(docs / "final", "final", 1)
    pid = fork_server.start(["ingest", str(docs), "--db", str(db), "--progress"], out)
    wait_gone(pid, timeout=120)
    assert Path(f"{out}.rc").read_text() == "0", out.read_text()
    stored = stored_by_path(db)
    assert len(stored) == synthetic + RUNS * 5 + 2
    assert stored[str(changing.resolve())][0] == read_document(changing).sha256
    assert not writing(db)
    check_consistent(db)


def test_two_ingests_at_once_both_land_in_full(fork_server, tmp_path):
    db = tmp_path / "store.json"
    a = write_corpus(tmp_path / "a", "alpha", 8)
    b = write_corpus(tmp_path / "b", "beta", 8)
    pids = [fork_server.start(["ingest", str(tmp_path / name), "--db", str(db), "--progress", "--batch", "1"],
                              tmp_path / f"{name}.out") for name in "ab"]
    reads = 0
    while any(alive(p) for p in pids):  # a reader meanwhile never sees a half-written store
        if db.exists():
            Store(db)
            reads += 1
        time.sleep(0.02)
    for name in "ab":
        assert (tmp_path / f"{name}.out.rc").read_text() == "0", (tmp_path / f"{name}.out").read_text()
    stored = stored_by_path(db)
    assert set(stored) == set(a) | set(b)
    for name in "ab":
        for state, doc_path, count in reported(tmp_path / f"{name}.out"):
            assert state == "added" and stored[doc_path][1] == count
    summaries = [(tmp_path / f"{n}.out").read_text().splitlines()[-1] for n in "ab"]
    total = sum(int(re.search(r"(\d+) commitments? stored", s).group(1)) for s in summaries)
    assert len(Store(db).commitments) == total
    check_consistent(db)
