"""Issue #12, eighteenth round (after blind14's one score): CFA francs by country. Probed with
sentences written for it (invented people, sums and wording; real countries and cities only as
gazetteer entries)."""
from __future__ import annotations

from test_extract_amount_first import nlp  # noqa: F401  (nlp is a fixture)
from test_extract_round7 import _records_saying


def test_cfa_francs_are_central_african_in_central_african_news_and_west_african_elsewhere(nlp):
    text = "YAOUNDE, May 2 (AFP) - Cameroon will spend 4 billion CFA francs on rural wells, its water minister said.\n"
    assert _records_saying(nlp, text, "CFA francs") == [(["Cameroon"], (4_000_000_000.0, "XAF"))]
    text = "BAMAKO, May 2 (AFP) - Mali will spend 4 billion CFA francs on rural wells, its water minister said.\n"
    assert _records_saying(nlp, text, "CFA francs") == [(["Mali"], (4_000_000_000.0, "XOF"))]

