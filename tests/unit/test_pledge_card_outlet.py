"""The pledge card's Outlet column: the publisher the document names, else its headline,
else its file name."""
from __future__ import annotations

import pytest
from commitments.records import Commitment, Document, Passage
from commitments.tui.pledge_card import outlet

REPORT = Commitment("r1", "acme-ohio.txt", "h" * 64, ["Acme"], Passage(0, 10, "Acme plans"))


@pytest.mark.parametrize("publisher, title, expected", [
    ("Yonhap", "Acme bets on Ohio chips", "Yonhap"),
    (None, "Acme bets on Ohio chips", "Acme bets on Ohio chips"),
    ("  ", None, "acme-ohio.txt"),
])
def test_the_outlet_is_the_publisher_else_the_headline_else_the_file(publisher, title, expected):
    doc = Document(doc="acme-ohio.txt", sha256="h" * 64, text="", title=title, publisher=publisher)
    assert outlet(REPORT, doc) == expected


def test_a_report_whose_document_is_gone_is_named_by_its_own_title_or_file():
    assert outlet(REPORT, None) == "acme-ohio.txt"
