"""General rules, each probed with short made-up sentences (no seed or held-out text):
verbs that pledge only in a pledge construction, governments named by pattern, the
organisation gazetteer, scale-word variants, link lists under a header."""
from __future__ import annotations

import pytest
from commitments.extract.commitments import find_commitments
from commitments.extract.pipeline import canonical_name, load_nlp
from commitments.records import Document, content_hash


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _extract(nlp, text: str):
    doc = Document(doc="t.txt", sha256=content_hash(text), text=text, title=None, published="2025-03-03")
    return find_commitments(doc, nlp(text))


@pytest.mark.parametrize("text", [
    "Siemens will go to court over the ruling.",
    "Engineers will work from home next week.",
    "The carmaker will deepen its dispute with the union.",
])
def test_go_work_deepen_without_a_pledge_are_not_commitments(nlp, text):
    assert _extract(nlp, text) == []


@pytest.mark.parametrize("verb, text", [
    ("deepen", "Hitachi will deepen its collaboration with Osaka University on robotics."),
    ("work", "Oxford University will work with Siemens to develop new battery chemistries."),
    ("go toward", "Vodafone pledged $40 million to rural clinics. The funding will go toward training 2,000 nurses."),
])
def test_go_work_deepen_with_a_pledge_are_commitments(nlp, verb, text):
    recs = [r for r in _extract(nlp, text) if verb in r.passage.text]
    assert len(recs) == 1 and recs[0].actors


@pytest.mark.parametrize("name, country", [
    ("Government of Chile", "Chile"), ("the Government of Kenya", "Kenya"), ("the Chilean government", "Chile"),
    ("Kenya's government", "Kenya"), ("Peruvian Government", "Peru"), ("Government of the Philippines", "Philippines"),
])
def test_any_government_resolves_to_its_country(name, country):
    assert canonical_name(name) in (country, canonical_name(country))


def test_a_government_of_a_lower_case_phrase_stays_as_written():
    assert canonical_name("government of national unity") == "government of national unity"


@pytest.mark.parametrize("org", ["AIIB", "IEA", "WTO", "UNDP", "World Bank", "Asian Development Bank"])
def test_international_organisations_are_actors(nlp, org):
    recs = _extract(nlp, f"The {org} will provide $300 million to expand power grids in Laos.")
    assert recs and any(org in a or org.split()[-1] in a for a in recs[0].actors)


@pytest.mark.parametrize("text, value", [
    ("Hanwha will invest 2.4 tln won in solar cells.", 2.4e12), ("Enel will invest EUR 3 Mrd. in grids.", 3e9),
    ("Roche will spend CHF 40 Mio on a new lab.", 4e7), ("Tata will invest Rs 1.1 trln in chips.", 1.1e12),
    ("Iberdrola will invest €2 bln in wind farms.", 2e9), ("Nestle will invest $300 mln in plants.", 3e8),
])
def test_scale_word_variants(nlp, text, value):
    recs = _extract(nlp, text)
    assert recs and recs[0].money and recs[0].money.value == pytest.approx(value)


def test_items_listed_under_a_related_header_are_not_commitments(nlp):
    text = ("Orsted will invest $1 billion in offshore wind farms in Taiwan by 2028.\n\n"
            "Related news:\n"
            "- Equinor to invest $2 billion in Brazilian wind farm\n"
            "- Vestas posts record orders for turbines\n\n"
            "More from Energy Desk\n"
            "Shell commits £500 million to UK hydrogen hubs\n")
    recs = _extract(nlp, text)
    assert [r.actors for r in recs] == [["Orsted"]]


def test_prose_after_a_link_list_is_read_again(nlp):
    text = ("Also read:\n"
            "- Equinor to invest $2 billion in Brazilian wind farm\n\n"
            "Statkraft will invest $600 million in hydropower plants in Chile over "
            "the next four years, the company said.\n")
    recs = _extract(nlp, text)
    assert len(recs) == 1 and recs[0].money.value == pytest.approx(6e8)


def test_the_government_is_the_dateline_country_not_an_organisation_tagged_as_a_place(nlp):
    text = ("TOKYO, May 2 (Kyodo) -- Nvidia shares rose on Friday.\n\n"
            "The government will provide 50 billion yen to support domestic chip designers, the ministry said.\n")
    recs = _extract(nlp, text)
    assert [r.actors for r in recs] == [["Japan"]]


def test_the_government_is_the_nearest_country_named_before(nlp):
    text = ("Chile and Nvidia signed a memorandum on Monday. "
            "The government will invest $200 million in a national supercomputer.\n")
    assert ["Chile"] in [r.actors for r in _extract(nlp, text)]


def test_a_place_possessive_credits_the_organisation(nlp):
    recs = _extract(nlp, "Abu Dhabi's Mubadala will invest $2 billion in Italian data centres.")
    assert recs and recs[0].actors == ["Mubadala"]


def test_a_speaker_the_parser_hung_on_the_clause_before(nlp):
    text = ("Orsted committed $1 billion last year to its Polish platform, and Qatar's Nebras has said it plans "
            "to build 5 GW of solar capacity in Egypt by 2030.")
    assert ["Nebras"] in [r.actors for r in _extract(nlp, text)]


def test_a_running_tally_is_not_a_new_pledge(nlp):
    text = ("The programme has so far approved twelve plants with cumulative investments of $4 billion. "
            "Ford has invested $1 billion to date in the region.")
    assert _extract(nlp, text) == []


def test_a_headline_of_receiving_does_not_credit_the_recipient(nlp):
    text = "Quantum startup Qubitly secures $20 million from investors\n\nThe round was led by Sequoia.\n"
    assert all("Qubitly" not in r.actors for r in _extract(nlp, text))


@pytest.mark.parametrize("text, actor", [
    ("Stellantis opened a plant in Turin. The carmaker also committed to set aside €200 million for a training "
     "centre.", "Stellantis"),
    ("Posco reported higher output. The steelmaker will invest $1 billion in a hydrogen plant.", "Posco"),
    ("The European Commission will launch an academy with Airbus. The bloc will also provide €80 million to "
     "quantum computers.", "European Commission"),
])
def test_descriptions_point_back_to_the_subject_before(nlp, text, actor):
    recs = _extract(nlp, text)
    assert any(r.actors == [actor] and r.money for r in recs)


def test_set_aside_with_the_particle_tagged_as_an_adverb(nlp):
    recs = _extract(nlp, "The Treasury has set aside £750 million for a new supercomputer.")
    assert len(recs) == 1 and recs[0].money.value == pytest.approx(7.5e8)


def test_host_is_a_facility_pledge_and_planned_acquisition_is_a_resource_pledge(nlp):
    host = _extract(nlp, "Imperial College will host a summer school for 300 engineers each year.")
    assert len(host) == 1 and host[0].kind == "training"
    gpus = _extract(nlp, "The ministry said it plans to secure 5,000 GPUs for a national computing centre by 2027.")
    assert len(gpus) == 1 and gpus[0].kind == "resources"
    assert _extract(nlp, "Vodafone secured a $5 million contract last year.") == []


def test_from_a_year_alone_is_a_start_and_the_same_period_takes_the_earlier_dates():
    import datetime as dt

    from commitments.extract.timeframes import find_timeframes

    found = find_timeframes("Acme will give €50m from 2025 to 2027. Zed adds €10m over the same period, "
                            "and €5m a year from 2028.", dt.date(2025, 2, 1))
    got = [(t.text, t.date_start, t.date_end) for t in found]
    assert got == [("from 2025 to 2027", "2025-01-01", "2027-12-31"),
                   ("over the same period", "2025-01-01", "2027-12-31"),
                   ("from 2028", "2028-01-01", None)]


def test_a_participle_the_parser_made_the_main_verb_leaves_the_real_verb_its_subject(nlp):
    text = ("The Federal Cabinet chaired by Chancellor Olaf Scholz today approved a hydrogen programme with a "
            "total outlay of €3 billion over five years.")
    recs = _extract(nlp, text)
    assert len(recs) == 1 and recs[0].money.value == pytest.approx(3e9) and recs[0].actors


@pytest.mark.parametrize("text", [
    "Tesla will host its annual shareholder meeting in Austin next month.",
    "Sony plans to acquire a stake in Kadokawa.",
    "Intel plans to buy back $10 billion of shares.",
])
def test_hosting_an_event_and_buying_a_stake_are_not_pledges(nlp, text):
    assert _extract(nlp, text) == []
