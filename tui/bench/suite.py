"""One bench run: the synthetic corpus and stores it needs, every measurement, one dict."""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from commitments.store.synthetic import make_store, synthetic_corpus
from commitments.tui.bench import add_one, cold_open, extract_speed, reingest, search_speed, startup, workers


def write_corpus(folder: Path, n_docs: int, seed: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for sd in synthetic_corpus(n_docs, seed):
        (folder / sd.name).write_text(sd.text, encoding="utf-8")
    return folder


def compile_packages() -> None:
    """Write our modules' bytecode, as an installed copy has it (pip compiles what it
    installs; an editable install under PYTHONDONTWRITEBYTECODE never does): every start
    is then timed as a user's is, and as the bare app's Textual already is."""
    import compileall

    import commitments.extract
    import commitments.store
    import commitments.tui

    for package in (commitments.extract, commitments.store, commitments.tui):
        compileall.compile_dir(str(Path(package.__file__).parent), quiet=2)


def size_tag(commitments: int) -> str:
    """How the large store's figures are named: issue #14's targets are for a million
    (``first_frame_s_1m``), the earlier ones for 100,000 and any smaller store."""
    return "1m" if commitments >= 1_000_000 else "100k"


def run_bench(docs: int, commitments: int, seed: int = 0, quick: bool = False, worker_docs: int = 800,
              say: Callable[[str], None] = lambda _: None) -> dict:
    """Every figure with its baseline; sizes: ``commitments`` and a tenth of it. Quick:
    one round of each and two search words, enough to show that everything runs.

    The workers' row ingests ``worker_docs`` documents (at least ``docs``; quick: ``docs``):
    a few seconds of start-up (Python, spaCy's import and model) are paid once whatever
    the workers, so on a small corpus that row measures start-up, not the workers."""
    from commitments.extract.documents import iter_paths, read_document

    small = max(1, commitments // 10)
    repeat, queries = (1, 2) if quick else (3, search_speed.QUERIES)
    out: dict = {"docs": docs, "commitments": commitments, "commitments_small": small, "seed": seed, "quick": quick}
    compile_packages()
    with tempfile.TemporaryDirectory(prefix="commitments-bench-") as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus", docs, seed)
        documents = [read_document(p) for p in iter_paths([corpus])]

        say(f"extraction: {docs} documents, ours and bare spaCy")
        out.update(extract_speed.measure(documents, rounds=1 if quick else 3))

        say("ingest, then re-ingest unchanged")
        out.update(reingest.measure(str(work / "ingest.json"), str(corpus), repeat=repeat))

        n_workers_docs = docs if quick else max(docs, worker_docs)
        say(f"ingest of {n_workers_docs} documents with 1 worker, then 2")
        workers_corpus = corpus if n_workers_docs == docs else write_corpus(work / "workers-corpus", n_workers_docs, seed)
        out.update(workers.measure(str(workers_corpus), work, workers=2, repeat=1), workers_docs=n_workers_docs)

        say(f"stores of {small} and {commitments} commitments")
        small_store = str(make_store(work / "small.json", small, seed))
        large_store = str(make_store(work / "large.json", commitments, seed, grouped=True))

        say(f"opening the store of {commitments} with its read caches missing")
        cold = cold_open.measure(large_store)
        out.update({f"cold_open_s_{size_tag(commitments)}": cold["cold_open_s"],
                    f"cold_open_rss_mb_{size_tag(commitments)}": cold["cold_open_rss_mb"]})

        say("browser start: bare app, then both stores")
        bare = startup.measure("bare", repeat=repeat)
        at_small = startup.measure("app", small_store, repeat=repeat)
        at_large = startup.measure("app", large_store, repeat=repeat)
        large = size_tag(commitments)
        out.update({
            "bare_first_frame_s": bare["first_frame_s"], "bare_rss_mb": bare["rss_mb"],
            "first_frame_s_10k": at_small["first_frame_s"], f"first_frame_s_{large}": at_large["first_frame_s"],
            "first_frame_ratio_10k": at_small["first_frame_s"] / bare["first_frame_s"],
            f"first_frame_ratio_{large}": at_large["first_frame_s"] / bare["first_frame_s"],
            f"rows_shown_{large}": at_large["rows"], f"startup_rss_mb_{large}": at_large["rss_mb"],
        })

        say("search: typing in the browser, and a plain scan")
        search = search_speed.measure(large_store, queries)
        out.update({k: search[k] for k in ("search_p50_ms", "search_p95_ms", "scan_p50_ms", "scan_p95_ms",
                                           "keystrokes", "unconfirmed", "queries")})
        out[f"rss_mb_{large}"] = max(search["rss_mb"], at_large["rss_mb"])
        if large == "1m":
            out["search_p95_ms_1m"] = search["search_p95_ms"]
        out["browse_imports_spacy"] = bool(at_small["spacy_imported"] or at_large["spacy_imported"]
                                           or search["spacy_imported"])

        # last: it adds a document to the large store the rows above measured
        say(f"grouping the store of {small} from scratch, then adding one document to the store of "
            f"{commitments} and to an empty store")
        one_doc = write_corpus(work / "one", 1, seed + 1)
        out.update(add_one.measure(large_store, str(one_doc), work, small_store))
    return out
