"""The in-memory index over a real (synthetic) store file: search syntax, facets, and
staying right when the store changes under it."""
from __future__ import annotations

import pytest
from commitments.records import (
    Commitment,
    Document,
    MoneyAmount,
    Passage,
    Timeframe,
    commitment_id,
    content_hash,
)
from commitments.store import Store
from commitments.store.index import CommitmentIndex
from commitments.store.synthetic import make_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return Store(make_store(tmp_path_factory.mktemp("idx") / "s.json", 2000, seed=3))


def brute(store, pred):
    return [i for i, c in enumerate(store.commitments) if pred(c)]


def test_words_are_anded_case_insensitively(store):
    def text(c):
        return " ".join([c.passage.text, *c.actors, *c.recipients, c.title or "", c.doc, c.kind,
                         c.money.text if c.money else ""]).casefold()

    got = store.index.search("GRANITE plants")
    assert got and got == brute(store, lambda c: "granite" in text(c) and "plants" in text(c))


def test_a_minus_word_leaves_out_what_holds_it(store):
    def text(c):
        return " ".join([c.passage.text, *c.actors, *c.recipients, c.title or "", c.doc, c.kind,
                         c.money.text if c.money else ""]).casefold()

    got = store.index.search("plants -granite -yen")
    assert got and got == brute(store, lambda c: "plants" in text(c) and "granite" not in text(c) and "yen" not in text(c))
    assert store.index.search("-") == store.index.search("")


def test_filters_match_the_records(store):
    ix = store.index
    assert ix.search("currency:EUR") == brute(store, lambda c: c.money and c.money.currency == "EUR")
    assert ix.search("amount>100bn") == brute(store, lambda c: c.money and (c.money.usd_value or 0) > 1e11)
    assert ix.search("amount<5m") == brute(store, lambda c: c.money and c.money.usd_value is not None and c.money.usd_value < 5e6)
    assert ix.search("kind:fund") == brute(store, lambda c: c.kind == "funding")
    org = store.commitments[0].actors[0]
    assert ix.search(f'org:"{org.lower()}"') == brute(store, lambda c: org in c.actors)


def test_year_matches_the_timeframe_span_or_the_publication_year(store):
    got = store.index.search("year:2031")
    assert got == brute(store, lambda c: int(c.timeframe.date_start[:4]) <= 2031 <= int(c.timeframe.date_end[:4])
                        or c.published.startswith("2031"))


def test_narrowing_searches_give_what_a_fresh_search_gives(store):
    ix = store.index
    assert ix.grams is not None  # the postings answer, the plain index scans
    plain = CommitmentIndex(store.commitments)
    for query in ("org:atlas amount>1bn", "invest", "invest -fund", "fund org:a", "e", "funds", "partnerships"):
        typed = ""
        for ch in query:
            typed += ch
            assert list(ix.search(typed)) == plain.search(typed), typed


def test_facets(store):
    ix = store.index
    rows = ix.search("currency:USD")
    orgs = ix.organisations(rows)
    assert sum(n for _, n in orgs) == sum(len(set(store.commitments[i].actors)) for i in rows)
    assert [n for _, n in orgs] == sorted((n for _, n in orgs), reverse=True)
    amounts = ix.amounts(rows)
    values = [store.commitments[i].money.usd_value for i in amounts]
    assert values == sorted(values, reverse=True) and set(amounts) == set(rows)
    assert ix.amounts(rows[:5]) == sorted(rows[:5], key=lambda i: -store.commitments[i].money.usd_value)
    assert dict(ix.counts("currency", rows)) == {"USD": len(rows)}


def test_an_index_over_plain_records_works_too():
    text = "Acme will invest $5 million by 2027."
    sha = content_hash(text)
    c = Commitment(id=commitment_id(sha, 0, len(text), ["Acme"]), doc="a.txt", doc_hash=sha, actors=["Acme"],
                   passage=Passage(0, len(text), text), money=MoneyAmount(5e6, "USD", "$5 million", usd_value=5e6),
                   timeframe=Timeframe("by 2027", date_end="2027-12-31"))
    ix = CommitmentIndex([c])
    assert ix.search("acme amount>1m year:2027") == [0]
    assert ix.commitments[0] is c


def test_the_index_follows_the_store(tmp_path):
    path = tmp_path / "s.json"
    store = Store(path)

    def doc(name, text):
        d = Document(doc=name, sha256=content_hash(text), text=text, path=str(tmp_path / name))
        return d, [Commitment(id=commitment_id(d.sha256, 0, len(text), ["Acme"]), doc=name, doc_hash=d.sha256,
                              actors=["Acme"], passage=Passage(0, len(text), text))]

    store.add([doc("a.txt", "Acme will build a dam."), doc("b.txt", "Acme will plant trees.")])
    ix = store.index  # replaced whole by a write, as the browser's use_store expects
    assert len(ix) == 2 and ix.search("dam") == [0]
    store.add([doc("a.txt", "Acme will build a bridge.")])  # a.txt changed
    ix = store.index
    assert len(ix) == 2
    assert [ix.commitments[i].passage.text for i in ix.search("acme")] == ["Acme will plant trees.", "Acme will build a bridge."]
    assert ix.search("dam") == []
    fresh = Store(path)  # what another process sees, through the read cache
    assert [c.passage.text for c in fresh.commitments] == [c.passage.text for c in store.commitments]
    assert fresh.index.search("bridge") == ix.search("bridge")


def test_a_view_builds_only_the_records_read(store):
    rows = store.index.search("currency:GBP")
    view = store.index.view(rows)
    assert len(view) == len(rows) and view[0] is store.commitments[rows[0]]
    assert [c.id for c in view[:3]] == [store.commitments[i].id for i in rows[:3]]
    assert view.row(1) == rows[1]


def test_a_commitment_is_found_again_by_id_in_another_store_of_the_same_file(store):
    again = Store(store.path)  # a new index, from the read cache: records parsed on demand
    wanted = store.commitments[1234]
    row = again.index.row_of_id(wanted.id, wanted.doc_hash)
    assert row == 1234 and again.commitments[row] == wanted and again.commitments[row] is not wanted
    assert again.index.row_of_id(wanted.id, "not a stored hash") is None


def _facets(index):
    from commitments.tui.filtering import FacetIndex, Filters

    got = FacetIndex(index).apply(Filters())
    return got.organisations, got.recipients, got.band_counts


def test_a_stores_facet_counts_are_summed_from_its_segments_without_unpacking_a_row(tmp_path):
    """Opening a large store counts the facets from each segment's own counts (kept in its
    read cache); they must equal counting every row, and no row's column is unpacked."""
    from commitments.store.facet_totals import totals_path
    from commitments.store.segments import copy_store

    path = copy_store(make_store(tmp_path / "made.json", 1500, seed=5), tmp_path / "s.json")
    store = Store(path)

    def doc(name, lines):
        text = "\n".join(t for t, _, _ in lines)
        d = Document(doc=name, sha256=content_hash(text), text=text, path=str(tmp_path / name))
        out, at = [], 0
        for line, actors, usd in lines:
            money = MoneyAmount(usd, "USD", f"${usd:,.0f}", usd_value=usd) if usd is not None else None
            out.append(Commitment(id=commitment_id(d.sha256, at, at + len(line), actors), doc=name, doc_hash=d.sha256,
                                  actors=actors, recipients=["Kenya", "kenya"], passage=Passage(at, at + len(line), line),
                                  money=money))
            at += len(line) + 1
        return d, out

    store.add([doc("a.txt", [("Toyota will pay $1bn.", ["Toyota", "Toyota Motor Corp."], 1e9),
                             ("Acme will pay $99.", ["Acme"], 99.0), ("Acme will help.", ["Acme"], None)])])
    store.add([doc("b.txt", [("Toyota Motor Corporation will pay $10bn.", ["Toyota Motor Corporation"], 1e10),
                             ("Acme will pay $0.", ["Acme"], 0.0)])])
    stale = totals_path(path).read_bytes()  # made for the segments before the next write
    store.add([doc("a.txt", [("Acme will pay $5m.", ["Acme", "Beta"], 5e6)])])  # a.txt's segment goes
    every_row = _facets(CommitmentIndex(list(store.commitments)))
    assert dict(every_row[0])["Toyota Motor Corporation"] == 1  # a.txt's Toyota went with its segment
    fresh = Store(path).index  # through the read caches and the store's totals
    assert _facets(fresh) == every_row
    assert not {"_orgs", "_recipients", "_usd"} & set(vars(fresh))  # still the cache's bytes
    assert _facets(store.index) == every_row  # the writer's own index, its totals brought up to date
    totals_path(path).unlink()
    assert _facets(Store(path).index) == every_row  # summed from the segments, and written again
    assert totals_path(path).exists()
    totals_path(path).write_bytes(stale)  # a slow reader's, written after the writer's
    assert _facets(Store(path).index) == every_row
