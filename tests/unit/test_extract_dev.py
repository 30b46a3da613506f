"""News paragraphs of the development set, written for these tests and unlike the seeds: other companies
and governments, other currencies and phrasings, and the noise around pledges (revenue,
market sizes, valuations, negated and hypothetical statements, link lines).

Each case lists every commitment the paragraph holds, as (accepted actor names, amount or
None). The extractor must find each one, and find nothing else.
"""
from __future__ import annotations

import pytest
from commitments.extract.commitments import find_commitments
from commitments.extract.pipeline import load_nlp
from commitments.records import Document, content_hash, names_agree

B, M, CR = 1e9, 1e6, 1e7  # billion, million, crore

CASES = {
    "factory-pledge-with-revenue-and-link": (
        "Siemens to invest €2 billion in new factories\n\n"
        "BERLIN, March 3, 2025 — Siemens AG will invest €2 billion in new factories, research labs and "
        "training centres in Germany by 2030, the company said on Monday. The German industrial group also "
        "pledged to train 10,000 apprentices over the next five years. Siemens reported revenue of "
        "€75.9 billion last year.\n\n"
        "Also read: Siemens pledges €500 million to Singapore plant\n",
        [(["Siemens"], (2 * B, "EUR")), (["Siemens"], (2 * B, "EUR")), (["Siemens"], None)],
    ),
    "earmarked-passive-and-negation": (
        "The UK government has earmarked £500 million for a new national computing centre in Edinburgh, "
        "Chancellor Rachel Reeves said on Thursday. The centre will be funded by the Department for Science, "
        "Innovation and Technology over four years. Britain will not invest in a second site, she added.\n",
        [(["United Kingdom", "UK"], (500 * M, "GBP")), (["Department for Science, Innovation and Technology"], None)],
    ),
    "rupee-crore-and-market-size": (
        "Reliance Industries will spend ₹75,000 crore on green hydrogen and battery plants over the next "
        "three years, chairman Mukesh Ambani told shareholders on Monday. The conglomerate has set aside a "
        "further ₹10,000 crore for solar module manufacturing. Analysts estimate that the Indian clean-energy "
        "market could be worth $200 billion by 2030.\n",
        [(["Reliance Industries"], (75_000 * CR, "INR")), (["Reliance Industries"], (10_000 * CR, "INR"))],
    ),
    "hypothetical-and-considering": (
        "Toyota Motor Corp. said it could invest up to ¥1 trillion in solid-state batteries if demand "
        "recovers. The automaker is also considering building a plant in Kentucky. Separately, SoftBank Group "
        "plans to invest ¥300 billion in Japanese AI startups over two years.\n",
        [(["SoftBank Group"], (300 * B, "JPY"))],
    ),
    "two-sides": (
        "The European Commission and the Government of Canada agreed on Friday to deepen cooperation on "
        "quantum research. The two sides will provide €120 million in joint research grants over five years, "
        "according to a statement.\n",
        [(["European Commission", "Canada"], None), (["European Commission", "Canada"], (120 * M, "EUR"))],
    ),
    "acronym-alias-and-sales": (
        "Taiwan Semiconductor Manufacturing Co. (TSMC) announced an investment of $40 billion in two chip "
        "plants in Arizona. TSMC will also build a training centre for 2,000 engineers in Phoenix. The "
        "chipmaker expects the plants to generate $12 billion in annual sales, and its market value now "
        "exceeds $500 billion.\n",
        [(["Taiwan Semiconductor Manufacturing", "TSMC"], (40 * B, "USD")),
         (["Taiwan Semiconductor Manufacturing", "TSMC"], None)],
    ),
    "speaker-maps-to-company-valuation-related": (
        "Sundar Pichai, Alphabet's chief executive, announced a $1 billion investment in Thai data centres on "
        "Tuesday. The startup Typhoon, which Alphabet backs, was valued at $2 billion in its latest funding "
        "round.\n\nRelated: Alphabet to spend $75 billion on AI this year\n",
        [(["Alphabet"], (1 * B, "USD"))],
    ),
    "might-and-will-not": (
        "Volkswagen said on Tuesday that it might spend €5 billion on a new plant in the United States. "
        "Porsche, its sports-car unit, has committed €700 million to its Leipzig factory. The Dutch government "
        "will not fund the project, the ministry said.\n",
        [(["Porsche"], (700 * M, "EUR"))],
    ),
    "lender-anaphor-profit-would": (
        "Mitsubishi UFJ Financial Group (MUFG) said it will lend ¥500 billion to renewable-energy projects by "
        "2030. MUFG's net profit rose to ¥1.5 trillion last year. The lender would also consider a further "
        "¥200 billion if interest rates fall.\n",
        [(["Mitsubishi UFJ Financial Group", "MUFG"], (500 * B, "JPY"))],
    ),
    "nationality-government-and-projection": (
        "India approves ₹10,000 crore AI mission\n\n"
        "NEW DELHI, March 7, 2024 — The Indian government has approved a ₹10,000 crore fund for artificial "
        "intelligence startups, IT minister Ashwini Vaishnaw announced on Thursday. India's AI market is "
        "projected to reach $17 billion by 2027, according to Nasscom.\n",
        [(["India"], (10_000 * CR, "INR")), (["India"], (10_000 * CR, "INR"))],
    ),
    "is-to-spend": (
        "BP will not invest in new offshore wind projects this year, chief executive Murray Auchincloss said. "
        "Instead, the oil major is to spend $1.5 billion on biogas plants in the United States. Shell, which "
        "is valued at £170 billion, could follow with a similar move.\n",
        [(["BP"], (1.5 * B, "USD"))],
    ),
    "relative-clause-consortium": (
        "A new semiconductor research hub in Leuven will be funded by the Flemish government and Imec, which "
        "together pledged €1 billion over five years. The hub could attract private investment of up to "
        "€5 billion, officials said.\n\nRelated: Imec opens €200 million chip pilot line\n",
        [(["Imec", "Flanders"], None), (["Imec", "Flanders"], (1 * B, "EUR"))],
    ),
    "web-page-with-dateline-quote-and-furniture": (
        "Business | Technology\n\nGoogle to Invest €5 Billion in Belgium Data Centres as AI Demand Grows\n\n"
        "By Marie Dupont\n\nOctober 8, 2025 | 4 min read\n\n"
        "BRUSSELS — Alphabet's Google will invest €5 billion in its Belgian data centre campus at Saint-Ghislain "
        "over the next two years, the company said on Wednesday.\n\n"
        "The investment will create 300 full-time jobs, Google said. The search giant has already spent "
        "€11 billion in Belgium since 2007.\n\n"
        "\"This is a vote of confidence in our country,\" Prime Minister Bart De Wever said.\n\n"
        "Google's parent reported third-quarter revenue of $102 billion, and analysts expect the global "
        "data-centre market to exceed $500 billion by 2030.\n\n"
        "Separately, the European Commission said it could approve up to €20 billion in state aid for AI "
        "gigafactories if member states agree on a plan.\n\n"
        "Related: Google commits €1 billion to Finnish data centre\n\nAlso read | Amazon's $11 billion Georgia bet\n\n"
        "Subscribe to our newsletter. We will never share your email.\n",
        [(["Google"], (5 * B, "EUR")), (["Google"], (5 * B, "EUR"))],
    ),
}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _extract(nlp, text: str, name: str):
    doc = Document(doc=f"{name}.txt", sha256=content_hash(text), text=text, published="2025-03-03")
    return find_commitments(doc, nlp(text))


def _fits(rec, actors, money) -> bool:
    if not any(names_agree(a, b) for a in rec.actors for b in actors):
        return False
    if money is None:
        return rec.money is None
    value, currency = money
    return rec.money is not None and rec.money.currency == currency and abs(rec.money.value - value) <= 0.01 * value


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_dev_paragraph(nlp, name):
    text, expected = CASES[name]
    recs = _extract(nlp, text, name)
    unmatched = list(recs)
    for actors, money in expected:
        hit = next((r for r in unmatched if _fits(r, actors, money)), None)
        assert hit is not None, f"missing {actors} {money}; got {[(r.actors, r.money and r.money.text) for r in recs]}"
        unmatched.remove(hit)
    assert not unmatched, f"spurious: {[(r.actors, r.passage.text) for r in unmatched]}"
    for r in recs:
        assert text[r.passage.start:r.passage.end] == r.passage.text
        assert r.rule and r.kind
        assert not any(a.isupper() and len(a) > 3 for a in r.actors), r.actors  # no dateline "BRUSSELS"


@pytest.mark.slow
def test_every_amount_gets_a_dollar_value(nlp):
    text, _ = CASES["earmarked-passive-and-negation"]
    rec = next(r for r in _extract(nlp, text, "gbp") if r.money)
    assert rec.money.usd_source == "converted" and rec.money.usd_value > rec.money.value
    stated = _extract(nlp, "Toyota will invest 2 trillion yen ($13 billion) in batteries.", "jpy")[0].money
    assert (stated.currency, stated.usd_value, stated.usd_source) == ("JPY", 13e9, "stated")


SENTENCES = [
    ("Amazon said on Wednesday it plans to invest at least $11 billion in Georgia to expand its data centres.",
     ["Amazon"], (11 * B, "USD")),
    ("Saudi Arabia's Public Investment Fund has pledged $40 billion toward artificial intelligence.",
     ["Public Investment Fund"], (40 * B, "USD")),
    ("The French government will spend €109 billion on AI infrastructure in the coming years.", ["France"], (109 * B, "EUR")),
    ("Japan's SoftBank and OpenAI will jointly invest $3 billion a year in a new venture.", ["SoftBank", "OpenAI"], (3 * B, "USD")),
    ("Under the plan, €500 million will be provided by the European Investment Bank to small businesses.",
     ["European Investment Bank"], (500 * M, "EUR")),
    ("Google has committed $1 billion over three years to help train Africans in AI skills.", ["Google"], (1 * B, "USD")),
    ("Germany and France agreed to set up a €10 billion joint fund for chips.", ["Germany", "France"], (10 * B, "EUR")),
    ("The Gates Foundation announced a $200 million grant to fight malaria.", ["Gates Foundation"], (200 * M, "USD")),
    ("EU Unveils €43 Billion Chips Act to Rival US and Asia", ["European Union"], (43 * B, "EUR")),
    ("Intel Commits $20 Billion to Ohio Chip Plants", ["Intel"], (20 * B, "USD")),
    ("The Australian government said on Sunday it would invest A$1 billion in critical minerals, adding that "
     "the funds will be disbursed from July.", ["Australia"], (1 * B, "AUD")),
    ("Under the agreement, Vietnam will receive $500 million in loans from the Asian Development Bank.",
     ["Asian Development Bank"], (500 * M, "USD")),
    ("The World Bank has approved a $250 million loan to help Kenya expand broadband access.", ["World Bank"], (250 * M, "USD")),
    ("Acme and Globex signed an agreement to invest $1 billion in a joint battery venture.", ["Acme", "Globex"], (1 * B, "USD")),
    ("Acme's $2 billion investment in Poland will create 3,000 jobs, the company said.", ["Acme"], (2 * B, "USD")),
    ("Japan's Ministry of Economy, Trade and Industry will provide ¥1 trillion in subsidies to chipmakers.",
     ["Ministry of Economy, Trade and Industry"], (1000 * B, "JPY")),
    ("The Norwegian sovereign wealth fund, the world's largest, will invest up to NOK 10 billion in renewables.",
     ["Norwegian sovereign wealth fund"], (10 * B, "NOK")),
    ("Acme spent $1 billion on research last year.", None, None),
    ("The global AI market is expected to be worth $1.8 trillion by 2030.", None, None),
    ("Acme pledged to cut its emissions by half by 2030.", ["Acme"], None),
    ("Globex is pouring $2 billion into new plants in Texas.", ["Globex"], (2 * B, "USD")),
    ("Acme and Globex agreed to meet again next month.", None, None),
    ("Nvidia's market capitalisation hit $3 trillion on Tuesday.", None, None),
    ("The company, which posted sales of $12 billion last year, will not build the plant.", None, None),
    ("Toyota said it could invest up to ¥1 trillion in batteries.", None, None),
    ("The startup raised $100 million in a Series B round led by Sequoia Capital.", None, None),
    ("Apple will not spend more than $1 billion on the project, sources said.", None, None),
    ("If approved, the bill would provide £2 billion for rural broadband.", None, None),
    ("OpenAI was valued at $157 billion in its latest round, and its annual revenue is expected to reach $3.7 billion.", None, None),
    ("The ministry said the government is weighing a ¥2 trillion stimulus package for chipmakers.", None, None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, actors, money", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_dev_sentence(nlp, text, actors, money):
    recs = _extract(nlp, text, "sentence")
    if actors is None:
        assert recs == []
        return
    assert len(recs) == 1 and _fits(recs[0], actors, money), [(r.actors, r.money) for r in recs]
    assert all(any(names_agree(a, b) for b in recs[0].actors) for a in actors)  # every actor, not only one
    assert len(recs[0].actors) == len(actors), recs[0].actors  # and no one else (not "Poland", not "Japan")
