from commitments.records import (
    Commitment,
    Document,
    Passage,
    commitment_id,
    content_hash,
)
from commitments.store import Store


def doc_with(text: str, path: str) -> tuple[Document, list[Commitment]]:
    d = Document(doc=path.rsplit("/", 1)[-1], sha256=content_hash(text), text=text, path=path)
    c = Commitment(id=commitment_id(d.sha256, 0, len(text), ["Acme"]), doc=d.doc, doc_hash=d.sha256,
                   actors=["Acme"], passage=Passage(0, len(text), text))
    return d, [c]


def test_round_trip_through_a_real_file(tmp_path):
    path = tmp_path / "s.json"
    report = Store(path).add([doc_with("Acme will invest.", "/x/a.txt")])
    assert report.added == ["a.txt"] and report.commitments == 1
    again = Store(path)
    assert [c.actors for c in again.commitments] == [["Acme"]]
    assert next(iter(again.documents.values())).text == "Acme will invest."


def test_same_document_twice_changes_nothing(tmp_path):
    path = tmp_path / "s.json"
    Store(path).add([doc_with("Acme will invest.", "/x/a.txt")])
    before = path.read_bytes()
    report = Store(path).add([doc_with("Acme will invest.", "/x/a.txt")])
    assert report.unchanged == ["a.txt"]
    assert path.read_bytes() == before
