from commitments.records import (
    Commitment,
    Document,
    Mention,
    MoneyAmount,
    Passage,
    Timeframe,
    commitment_id,
    content_hash,
)


def make() -> Commitment:
    money = MoneyAmount(2e12, "JPY", "2 trillion yen", 10, 24, equivalent=MoneyAmount(13e9, "USD", "$13 billion", 26, 37))
    return Commitment(
        id=commitment_id("h", 0, 40, ["Toyota"]), doc="a.txt", doc_hash="h", actors=["Toyota"],
        passage=Passage(0, 40, "x" * 40), money=money, timeframe=Timeframe("by 2030", 1, 8, None, "2030-12-31"),
        mentions=[Mention("actor", 0, 6, "Toyota")], recipients=["Japan"], kind="investment", rule="modal-will",
    )


def test_commitment_round_trips_through_dict():
    c = make()
    again = Commitment.from_dict(c.to_dict())
    assert again == c
    assert again.money.equivalent.value == 13e9


def test_gold_line_has_the_scorer_fields():
    line = make().to_gold_line()
    assert line["money"]["currency"] == "JPY" and line["money"]["text"] == "2 trillion yen"
    assert line["timeframe"]["text"] == "by 2030" and line["timeframe"]["end"] == "2030-12-31"
    assert set(line["passage"]) == {"start", "end", "text"}


def test_ids_are_stable_and_distinct():
    assert commitment_id("h", 1, 2, ["A"]) == commitment_id("h", 1, 2, ["A"])
    assert commitment_id("h", 1, 2, ["A"]) != commitment_id("h", 1, 3, ["A"])
    assert content_hash("a") != content_hash("b")


def test_document_round_trip():
    d = Document(doc="a.txt", sha256=content_hash("t"), text="t", path="/a.txt", title="T", published="2024-04-10")
    assert Document.from_dict(d.to_dict()) == d
