"""Search: keystroke-to-updated-list latency in the real browser, p50 and p95, against a
plain Python substring scan over the same texts for the same prefixes.

As a child (``python -m tui.bench.search_speed STORE PLAN``) it drives the app with
Pilot, types the words (drawn from the store) a key at a time, and times from the key
press until the list shows what the store's index says the prefix matches and that frame
is painted. The parent counts the matches beforehand: asking the app's own index between
keys would hand the app the answer to the next search."""
from __future__ import annotations

import json
import re
import statistics
import time
from collections import Counter

SIZE = (120, 40)
QUERIES = 8
SAMPLE = 2000  # passages whose words the queries are drawn from
RANKS = (3, 10, 30, 60, 100, 160, 250, 400)  # from common words to rare ones


def pick_queries(texts: list[str], n: int) -> tuple[str, ...]:
    """Words a user might type, drawn from the store itself at spread frequency ranks, so
    the queries suit any corpus and each narrows the list differently."""
    counts = Counter(w for t in texts[:SAMPLE] for w in re.findall(r"[a-z]{5,}", t.lower()))
    ranked = [w for w, _ in counts.most_common()]
    picked = [ranked[min(r, len(ranked) - 1)] for r in RANKS if ranked]
    return tuple(dict.fromkeys(picked))[:n]


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile, in the values' unit."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def plain_scan_ms(texts: list[str], queries: tuple[str, ...]) -> list[float]:
    """The baseline: ``[t for t in texts if q in t.lower()]`` for every prefix typed."""
    times = []
    for query in queries:
        for i in range(1, len(query) + 1):
            q = query[:i]
            t0 = time.perf_counter()
            [t for t in texts if q in t.lower()]  # noqa: B018 - the scan is what is timed
            times.append((time.perf_counter() - t0) * 1000)
    return times


def expected_counts(index, queries: tuple[str, ...]) -> list[list[int]]:
    """How many rows each prefix of each query matches."""
    return [[len(index.search(q[:i])) for i in range(1, len(q) + 1)] for q in queries]


async def _type_queries(app, pilot, queries: tuple[str, ...], counts: list[list[int]]) -> tuple[list[float], int]:
    from commitments.tui.bench.probe import (
        list_count,
        painted,
        send_key,
        settled,
        until,
    )

    await until(lambda: (list_count(app) or 0) > 0, timeout=120)
    await pilot.press("slash")
    box = app.focused
    times, unconfirmed = [], 0
    for query, expected_per_key in zip(queries, counts):
        box.value = ""
        await pilot.pause()
        for i, key in enumerate(query):
            expected = expected_per_key[i]
            t0 = time.perf_counter()
            send_key(app, key)
            await until(lambda v=query[:i + 1]: box.value == v, timeout=30)
            # A narrower prefix matches a subset: an equal count means an unchanged list.
            if not await until(lambda e=expected: list_count(app) == e and settled(app), timeout=30):
                unconfirmed += 1  # timed to the settled screen instead
                await pilot.pause()
            times.append((await painted(app) - t0) * 1000)
    return times, unconfirmed


def passage_texts(store) -> list[str]:
    """Each commitment's passage and actors, read from the stored rows without building
    records."""
    rows = store.commitments
    return [f"{r['passage']['text']}\n{' '.join(r.get('actors') or [])}" for r in map(rows.raw, range(len(rows)))]


def search_latency(store_path: str, queries: tuple[str, ...], counts: list[list[int]]) -> dict:
    """In the child: the browser on the store, the queries typed a key at a time."""
    import asyncio
    import sys

    from commitments.store import Store
    from commitments.tui.app import make_app

    app = make_app(Store(store_path))
    result: dict = {}

    async def drive() -> None:
        async with app.run_test(size=SIZE) as pilot:
            times, unconfirmed = await _type_queries(app, pilot, queries, counts)
            result.update(keystroke_ms=times, unconfirmed=unconfirmed)

    asyncio.run(drive())
    result.update(spacy_imported="spacy" in sys.modules)
    return result


def measure(store_path: str, n_queries: int = QUERIES) -> dict:
    """The scan runs here, the browser in a child, so the child's memory is the browser's."""
    from commitments.store import Store
    from commitments.tui.bench.child import run_child

    store = Store(store_path)
    texts = passage_texts(store)
    queries = pick_queries(texts, n_queries)
    scan = plain_scan_ms(texts, queries)
    plan = {"queries": queries, "counts": expected_counts(store.index, queries)}
    del texts, store
    r = run_child("commitments.tui.bench.search_speed", store_path, json.dumps(plan))
    keys = r["keystroke_ms"]
    return {
        "search_p50_ms": statistics.median(keys), "search_p95_ms": percentile(keys, 95),
        "scan_p50_ms": statistics.median(scan), "scan_p95_ms": percentile(scan, 95),
        "keystrokes": len(keys), "unconfirmed": r["unconfirmed"], "queries": list(queries),
        "spacy_imported": r["spacy_imported"], "rss_mb": r["rss_mb"],
    }


if __name__ == "__main__":
    import sys

    from commitments.tui.bench.child import emit

    plan = json.loads(sys.argv[2])
    emit(search_latency(sys.argv[1], tuple(plan["queries"]), plan["counts"]))
