"""Issue #12, fourth round (generalisation): each rule class probed with sentences written
for it (invented companies, people, places and sums; no sentence of any evaluation text)."""
from __future__ import annotations

from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)

from commitments.extract.money import find_amounts


# --- amounts ----------------------------------------------------------------------------------

def test_a_glued_r_is_the_rand_with_a_scale_or_a_large_figure():
    assert [(a.value, a.currency) for a in find_amounts("The Zwane Trust pledged R2 billion and R350 million more.")] \
        == [(2e9, "ZAR"), (3.5e8, "ZAR")]
    assert [(a.value, a.currency) for a in find_amounts("Bursaries of R4,500 a month")] == [(4500, "ZAR")]
    assert find_amounts("The R5 engine and the R8 were tested in 2024.") == []
    assert [(a.value, a.currency) for a in find_amounts("R$ 12 billion")] == [(1.2e10, "BRL")]


def test_a_family_pledge_in_rand_is_a_record(nlp):
    recs = _extract(nlp, "The Zwane family and their holding company have pledged R2 billion to rebuild rural clinics.")
    assert [_money(r) for r in recs] == [(2e9, "ZAR")]


def test_a_sum_glued_to_a_currency_sign_is_never_an_actor(nlp):
    text = ("The Ruritanian cabinet has proposed a navy budget of NT$500 billion for next year. Of that, NT$12.5 "
            "billion is to come from a special budget of NT$80 billion that the parliament approved in 2022.")
    assert not any("$" in a for r in _extract(nlp, text) for a in r.actors)


# --- actors ----------------------------------------------------------------------------------

def test_the_government_of_a_story_datelined_in_a_capital_is_that_countrys(nlp):
    text = ("$90m loan to speed up solar projects; Japan backs hydrogen push\n\n"
            "CANBERRA — The federal government will lend up to $90 million to Sunridge Energy's panel plant "
            "in Queensland, the energy minister has announced.")
    recs = _extract(nlp, text, publisher="Australian Associated Press")
    assert ["Australia"] in [r.actors for r in recs]
    assert not any("Japan" in r.actors for r in recs)


def test_a_name_in_the_other_clause_of_a_headline_does_not_give_its_amount(nlp):
    text = ("$90m loan to speed up solar projects; Ostland backs hydrogen push\n\n"
            "Ruritania will lend up to $90 million to Sunridge Energy's panel plant, the energy minister said.")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Ruritania"], (9e7, "USD"))] * 2


# --- structures ------------------------------------------------------------------------------

def test_for_x_to_verb_makes_x_no_giver(nlp):
    recs = _extract(nlp, "Ruritania will pay $4 million to the port authority and $2 million for Vanadia Group to "
                         "develop a supply chain.")
    assert "Vanadia Group" not in [a for r in recs for a in r.actors]


def test_a_package_that_includes_sums_lists_its_shares(nlp):
    text = ("Ruritania will hand out $11 million in grants to minerals projects. The grants, under the Minerals "
            "Program, include $3 million for Zentrix to support a graphite refinery in Darwin, $5 million for Opal "
            "Earths for a demonstration plant, and $2.7 million for Vanadia Group to develop a supply chain.")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs] == [(["Ruritania"], (v, "USD")) for v in (11e6, 3e6, 5e6, 2.7e6)]
    assert all(r.part_of == recs[0].id for r in recs[1:])


# --- grouping --------------------------------------------------------------------------------

def test_a_headline_and_its_lead_are_one_pledge_whatever_they_call_the_giver(nlp):
    from commitments.extract.consolidate import assign_groups

    text = ("Baltic lender backs Veltro's battery push with EUR 180m loan\n\n"
            "The Baltic Development Bank has signed a seven-year loan of EUR 180 million with Veltro to expand its "
            "cell plant in Tartu. Veltro said separately that it would invest EUR 40 million in a recycling line.")
    recs = _extract(nlp, text)
    assign_groups(recs)
    loans = [r for r in recs if _money(r) == (1.8e8, "EUR")]
    assert len(loans) == 2 and loans[0].group == loans[1].group
    assert all(r.group != loans[0].group for r in recs if _money(r) == (4e7, "EUR"))


def test_an_initialism_is_the_name_it_abbreviates_when_grouping():
    from commitments.extract.consolidate import assign_groups
    from commitments.records import Commitment, MoneyAmount, Passage

    def rec(i, actor, start, recipients):
        text = f"{actor} will contribute $12 million to the fund"
        return Commitment(id=str(i), doc="a.txt", doc_hash="a", actors=[actor], passage=Passage(start, start + len(text), text),
                          money=MoneyAmount(value=1.2e7, currency="NZD", text="$12 million"), published="2024-03-03",
                          recipients=recipients)

    a = rec(1, "New Zealand", 400, ["United Nations Resilience Fund"])
    b = rec(2, "NZ", 900, ["global Resilience Fund"])
    c = rec(3, "Ostland", 1400, [])
    assign_groups([a, b, c])
    assert a.group == b.group != c.group


def test_a_shilling_written_sh_is_read_as_an_equivalent():
    a = find_amounts("The lender approved a $1.5 billion (Sh190 billion) loan.")[0]
    assert (a.value, a.currency, a.equivalent.value, a.equivalent.currency) == (1.5e9, "USD", 1.9e11, "KES")


def test_a_relative_clause_on_a_pledge_noun_takes_the_nouns_amount(nlp):
    recs = _extract(nlp, "Norway will lend $50 million to Zentrix Minerals. It comes on top of a $900 million "
                         "concessional loan the government agreed to provide to Zentrix Minerals in 2022.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Norway"], (5e7, "USD")), (["Norway"], (9e8, "USD"))]
    recs = _extract(nlp, "The new credit line builds on a first loan of $200m that the Ostland Development Bank "
                         "approved in 2023.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ostland Development Bank"], (2e8, "USD"))]
    recs = _extract(nlp, "Norway will send more drones. The aid follows an $80 million drawdown that the government "
                         "approved in May.")
    assert (["Norway"], (8e7, "USD")) in [(r.actors, _money(r)) for r in recs]


# --- not pledges -----------------------------------------------------------------------------

def test_what_was_handed_over_in_a_past_period_is_a_track_record(nlp):
    assert _extract(nlp, "Denmark gave 900 million kroner in food aid to Chad in 2022, making it a top donor.",
                    published="2025-02-01") == []
    assert _extract(nlp, "Last year the ministry awarded contracts worth $40 million to local shipyards.",
                    published="2025-02-01") == []
    assert _extract(nlp, "The new sum compares with the $90 million Ostland provided over the previous three-year cycle.") == []
    assert _extract(nlp, "Washington had provided about $200 million a year to the fund in recent years.") == []
    recs = _extract(nlp, "Oprah Winfrey gave $40m to the scholarship drive last week.")
    assert [_money(r) for r in recs] == [(4e7, "USD")]
    recs = _extract(nlp, "The Ostland Development Bank approved a $300m loan to Ruritania in 2023.", published="2025-02-01")
    assert [_money(r) for r in recs] == [(3e8, "USD")]


def test_a_cumulative_commitment_since_a_year_is_a_track_record(nlp):
    assert _extract(nlp, "The Resilience Fund, set up under the Paris Agreement, has committed about $2 billion to "
                         "projects since 2012.") == []


def test_a_budget_that_rises_to_a_sum_is_a_measure(nlp):
    assert _extract(nlp, "Ostland announced that its navy budget would rise 5.1 percent to 200 billion euros.") == []


def test_a_bare_dollar_in_a_story_about_a_dollar_countrys_places_is_the_local_dollar():
    from commitments.extract.currency_context import local_dollar

    text = ("Council backs new Dunedin library\n\nJo Bloggs\n10:02, May 3 2019\n\n"
            "The Dunedin City Council will put $45 million into a new library in central Dunedin. "
            "Residents of Dunedin and Auckland visitors will both use it, the mayor said.")
    assert local_dollar(text) == ("NZD", "the places the text names")
    assert local_dollar(text + " Washington has sent a delegation.") is None  # about the US too: no decision
    assert local_dollar("Acme will invest $45 million in a Dunedin plant.") is None  # one mention decides nothing
    # one place name, however often: it may be a person ("Regina")
    assert local_dollar("Regina Vale will invest $5 million. Regina said so. Regina laughed.") is None


def test_kr_with_a_stop_before_the_figure_is_a_crown_of_the_country_named(nlp):
    recs = _extract(nlp, "Separately, the Danish operator Kestrel Net said it expects to invest close to kr. 3 billion in "
                         "its fibre networks in Denmark in 2026.")
    assert [_money(r) for r in recs] == [(3e9, "DKK")]


def test_a_head_of_state_who_authorizes_a_sum_pledges_it(nlp):
    recs = _extract(nlp, "US President Jane Roe has authorized up to $300 million in defense articles for Ruritania, "
                         "the palace said on Friday.")
    assert [(r.actors, _money(r)) for r in recs] == [(["United States"], (3e8, "USD"))]


# --- headlines -------------------------------------------------------------------------------

def test_a_headline_whose_pledge_verb_is_tagged_a_noun_credits_the_words_before_it(nlp):
    recs = _extract(nlp, "Zwane family pledges R2 billion to fight malaria\n\nThe family said more would follow.")
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Zwane family"], (2e9, "ZAR"))]
    recs = _extract(nlp, "Labour pledges extra $80m for new Dunedin library\n\nThe party said so on Monday.")
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Labour"], (8e7, "USD"))]


def test_the_currency_word_of_a_headlines_amount_is_no_verb(nlp):
    recs = _extract(nlp, "Veltro Energy to pour 500b won into Cheongju as rivals step up\n\nThe plant opens in 2027.")
    assert [(r.actors, _money(r)) for r in recs if r.money] == [(["Veltro Energy"], (5e11, "KRW"))]


# --- names the model tags oddly, shares -------------------------------------------------------

def test_a_company_tagged_as_a_nationality_is_still_the_subject_that_acts(nlp):
    recs = _extract(nlp, "Under its strategy to 2040, presented in March, Veltro intends to invest PLN 200 billion over "
                         "ten years.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Veltro"], (2e11, "PLN"))]


def test_a_crown_abbreviation_does_not_break_the_clause(nlp):
    recs = _extract(nlp, "Separately, Kestrel Net said it expects to invest close to kr. 3 billion in its Danish fibre "
                         "networks in 2026.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Kestrel Net"], (3e9, "DKK"))]


def test_of_which_names_a_share_of_the_sum_before(nlp):
    recs = _extract(nlp, "Veltro intends to invest PLN 200 billion over ten years, of which about PLN 90 billion is to "
                         "go to low- and zero-emission energy, including wind.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Veltro"], (2e11, "PLN")), (["Veltro"], (9e10, "PLN"))]
    assert recs[1].part_of == recs[0].id and recs[1].passage.text.startswith("of which")
    recs = _extract(nlp, "Veltro pledged $10 billion in 2022, of which $2 billion has already been disbursed.")
    assert [_money(r) for r in recs] == [(1e10, "USD")]


def test_a_verb_hung_under_a_subject_the_parser_made_the_root_still_has_that_subject(nlp):
    recs = _extract(nlp, "Ostland's three battery makers — Veltro, Kestrel and Zentrix — pledged in April to invest a "
                         "combined 40 trillion won at home by 2030.")
    assert [_money(r) for r in recs] == [(4e13, "KRW")] and "Veltro" in recs[0].actors


def test_an_article_before_a_dollar_sign_is_no_australian_dollar():
    assert [(a.value, a.currency) for a in find_amounts("A $5 million grant went to the museum.")] == [(5e6, "USD")]
    assert [(a.value, a.currency) for a in find_amounts("A$5 million")] == [(5e6, "AUD")]


def test_a_description_in_a_reported_clause_is_the_speakers_organisation(nlp):
    recs = _extract(nlp, "JSW Group unveiled its plans on Monday. Vedanta chairman Anil Rao said the group would pump "
                         "another $5 billion into an aluminium park.")
    assert (["Vedanta"], (5e9, "USD")) in [(r.actors, _money(r)) for r in recs]
    recs = _extract(nlp, "The African Development Bank approved the loan on Friday. Ostland Bank chief executive Mary Roe "
                         "said the bank would also provide a $600,000 grant to train women.")
    assert (["Ostland Bank"], (6e5, "USD")) in [(r.actors, _money(r)) for r in recs]


def test_the_state_government_is_the_state_the_text_names_most(nlp):
    recs = _extract(nlp, "Gujarat signed 80 MoUs at the Gujarat summit. Acme will expand the Surat steel complex. "
                         "The state government, for its part, will build three new industrial parks near Kandla.")
    assert [r.actors for r in recs] == [["Acme"], ["Gujarat"]]


def test_an_authority_or_bureau_named_before_is_the_description(nlp):
    recs = _extract(nlp, "The Northgate Airport Authority opened a new terminal on Monday. Officials said the authority "
                         "has committed to completing the $40 billion runway project by 2030.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Northgate Airport Authority"], (4e10, "USD"))]


def test_a_pledge_noun_owned_by_a_description_is_the_described_actors(nlp):
    recs = _extract(nlp, "Norway announced new aid on Monday. The sum is on top of the government's existing $1.3 "
                         "billion climate finance commitment for 2022-2025, officials said.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Norway"], (1.3e9, "USD"))]


# --- fundraising -----------------------------------------------------------------------------

def test_an_event_that_raised_pledges_credits_its_named_donors_or_hosts(nlp):
    recs = _extract(nlp, "A Paris conference for Ruritania raised more than €1.5 billion in pledges on Monday, with "
                         "France, Germany and the European Commission among the largest donors.")
    assert [(r.actors, _money(r)) for r in recs] == [(["France", "Germany", "European Commission"], (1.5e9, "EUR"))]
    text = ("The conference, co-hosted by France, Germany and the European Union on the anniversary of the war, raised "
            "more than €1.5 billion in pledges, the French president said at its close. The EU and its member states "
            "together accounted for about €700 million of the pledges.")
    recs = _extract(nlp, text)
    assert [_money(r) for r in recs] == [(1.5e9, "EUR"), (7e8, "EUR")]
    assert "European Union" in recs[1].actors and recs[1].part_of == recs[0].id
    assert _extract(nlp, "Its sixth replenishment, hosted by Canada in 2019, raised US$14 billion.") == []


def test_an_investment_made_that_same_year_is_a_track_record(nlp):
    assert _extract(nlp, "The fund was set up in 2002. That same year, the Ruritania Fund invested $2.7 billion to "
                         "strengthen health systems.") == []
    recs = _extract(nlp, "IBM, Google and Micron invested a combined $210 million to support chip programs.")
    assert [_money(r) for r in recs] == [(2.1e8, "USD")]


def test_a_package_that_is_larger_and_includes_a_sum_lists_a_share(nlp):
    text = ("BRASILIA, July 3 (Reuters) - Brazil's government will make 50 billion reais available to family farmers "
            "in the 2024/25 crop year, the president announced on Wednesday.\nThe family farming package is 10% larger "
            "than last year's 45 billion reais and includes 40 billion reais in subsidized rural credit lines through "
            "the Agro programme, the government said.\n")
    recs = _extract(nlp, text)
    assert [(r.actors, _money(r)) for r in recs] == [(["Brazil"], (5e10, "BRL")), (["Brazil"], (4e10, "BRL"))]
    assert recs[1].part_of == recs[0].id


def test_a_grant_that_has_been_given_is_a_pledge_reported(nlp):
    recs = _extract(nlp, "The Ostland Research Foundation has awarded $42 million to the Ostland University's Centre for "
                         "Materials. It has also given $50 million to the Ostland Centre for 3D Printing.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Ostland Research Foundation"], (4.2e7, "USD")),
                                                     (["Ostland Research Foundation"], (5e7, "USD"))]


def test_a_sum_in_financing_that_a_collective_will_provide_is_theirs(nlp):
    recs = _extract(nlp, "The makers get tax credits and $10 billion in policy financing that state lenders will provide "
                         "over five years.")
    assert [(r.actors, _money(r)) for r in recs] == [(["state lenders"], (1e10, "USD"))]
    assert _extract(nlp, "Private companies are expected to invest in the park.") == []


def test_a_title_case_headline_opening_on_a_common_noun_names_no_giver(nlp):
    assert _extract(nlp, "Taxpayers Fund $4 Billion Overrun at Airport\n\nThe overrun was disclosed on Monday.") == []


def test_a_total_in_apposition_to_a_pledge_is_its_sum(nlp):
    recs = _extract(nlp, "Today, the minister announced Norway's pledge to the Health Fund's Ninth Replenishment: a total "
                         "of $900 million over three years (2026-2028).")
    assert [(r.actors, _money(r)) for r in recs] == [(["Norway"], (9e8, "USD"))]


def test_the_loan_to_a_place_followed_by_a_tranche_is_the_lenders(nlp):
    recs = _extract(nlp, "Kestrel Bank will lend $500 million to Ruritania. Ostland will add $20 million of its own. Roe "
                         "said the bank remained committed to supporting Ruritania and that the Ruritania loan would be "
                         "followed by a second tranche of $300 million in 2026.")
    assert [(r.actors, _money(r)) for r in recs] == [
        (["Kestrel Bank"], (5e8, "USD")), (["Ostland"], (2e7, "USD")), (["Kestrel Bank"], (3e8, "USD"))]


def test_a_lender_that_unlocks_a_sum_pledges_it(nlp):
    recs = _extract(nlp, "The approval comes a week after the International Monetary Fund (IMF) completed its latest "
                         "review of Ruritania's programme, unlocking about $900 million for budget support.")
    assert [(r.actors, _money(r)) for r in recs] == [(["International Monetary Fund"], (9e8, "USD"))]
    assert _extract(nlp, "The ministry released its annual report showing $5 billion in revenue.") == []


def test_a_headline_sum_no_rule_reads_restates_the_storys_record_of_it(nlp):
    text = ("Veltro secures PLN 2 bn from recovery plan for Baltic wind farms\n\n"
            "Warsaw, 28.10.2025 (PAP Biznes) - Energy group Veltro has signed agreements with state bank Kestrel under "
            "which it will receive PLN 2 billion from the National Recovery Plan for its offshore wind projects.")
    recs = [r for r in _extract(nlp, text) if r.money]
    assert [(r.actors, _money(r), r.rule) for r in recs] == [
        (["National Recovery Plan"], (2e9, "PLN"), "headline-restated"),
        (["National Recovery Plan"], (2e9, "PLN"), "received-pledge")]


def test_an_analysts_firm_is_not_the_company_they_speak_of(nlp):
    for text in ("Acme Motors unveiled a new model on Monday. Jane Roe, an analyst at Kestrel Securities, said the "
                 "company would invest $5 billion in new plants.",
                 "Acme Motors unveiled a new model on Monday. Kestrel Securities analyst Jane Roe said the carmaker "
                 "would invest $5 billion in new plants."):
        assert [r.actors for r in _extract(nlp, text)] == [["Acme Motors"]]
    recs = _extract(nlp, "The Ostland Fund was set up in May. Kestrel Bank country manager Jo Bloggs said the bank would "
                         "also provide a $600,000 grant to train women.")
    assert (["Kestrel Bank"], (6e5, "USD")) in [(r.actors, _money(r)) for r in recs]


def test_a_numeric_dateline_is_no_actor_and_apart_from_names_no_giver(nlp):
    recs = _extract(nlp, "Warsaw, 28.10.2025 (PAP Biznes) - Energy group Veltro has signed agreements with state bank "
                         "Kestrel under which it will receive PLN 2 billion from the National Recovery Plan.")
    assert all("Poland" not in r.actors for r in recs)
    assert _extract(nlp, "Apart from the MoUs, the state has received 448 investment intents worth $3 billion, he said.") == []


def test_an_owners_plan_with_an_aside_before_its_infinitive_is_the_owners_intention(nlp):
    recs = _extract(nlp, "The announcement builds on Veltro's plan, disclosed in December, to invest $3 billion in "
                         "Cheongju through 2027.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Veltro"], (3e9, "USD"))]
    assert _extract(nlp, "The announcement builds on the plan, disclosed in December, to invest $3 billion.") == []


def test_undertaking_to_meet_a_goal_is_a_pledge_without_money(nlp):
    recs = _extract(nlp, "Rich countries agreed in 2021 to double their adaptation finance. Climate minister Jo Bloggs "
                         "said Norway would meet that goal.")
    assert [(r.actors, r.money) for r in recs] == [(["Norway"], None)]
    assert _extract(nlp, "Acme will meet analysts next week.") == []


def test_matching_a_gift_is_a_pledge_of_the_one_organisation_whose_name_says_so(nlp):
    filler = " ".join(f"Sentence {k} says nothing of note." for k in range(10))
    text = ("The Roe family is giving $50 million to Ostland University's medical school. " + filler +
            " The foundation will also fund scholarships. He said the university would match the student-aid portion "
            "through its own fundraising.")
    recs = _extract(nlp, text)
    assert ["Ostland University"] in [r.actors for r in recs if r.money is None]
    assert _extract(nlp, "Acme shares will match the index this year.") == []


def test_a_naming_in_recognition_is_a_pledge_without_money(nlp):
    recs = _extract(nlp, "In recognition, Ostland University will rename the school the Roe School of Nursing.")
    assert [(r.actors, r.money) for r in recs] == [(["Ostland University"], None)]


def test_families_who_have_each_committed_are_each_a_giver(nlp):
    recs = _extract(nlp, "Earlier this week, the president applauded the Roe and Smith families, who have each committed "
                         "R1 billion to help small businesses.")
    assert [(r.actors, _money(r)) for r in recs] == [(["Roe family", "Smith family"], (1e9, "ZAR"))]


def test_the_partners_tagged_as_a_name_are_the_partners_named_before(nlp):
    text = ("The pledge was made by the Roe Foundation together with Kestrel Minerals, Veltro Capital and other partners. "
            "The partners will also buy water tanks and build classrooms in all nine provinces.")
    recs = _extract(nlp, text)
    assert all("partners" not in r.actors for r in recs)


def test_a_coordinated_verb_with_its_own_promise_is_a_pledge_of_its_own(nlp):
    from commitments.extract.consolidate import assign_groups

    recs = _extract(nlp, "Gujarat signed 80 MoUs. The state government, for its part, will build three new industrial "
                         "parks near Kandla, and has promised to clear all approvals for MoU projects within 90 days.")
    assert [(r.actors, r.passage.text.split()[0]) for r in recs] == [(["Gujarat"], "The"), (["Gujarat"], "has")]
    assert "approvals" not in recs[0].passage.text
    assign_groups(recs)
    assert recs[0].group != recs[1].group
    past = _extract(nlp, "The foundation says it has spent $42 million rebuilding schools and has provided bursaries "
                         "worth more than $26 million.")
    assert past == []


def test_buying_a_company_and_the_terms_of_the_deal_are_no_pledges(nlp):
    assert _extract(nlp, "Acme agreed to buy Kestrel for $40 billion. The deal includes a $2 billion breakup fee.") == []
    recs = _extract(nlp, "Ostland will buy 5,000 GPUs for $1 billion to equip its universities.")
    assert [_money(r) for r in recs] == [(1e9, "USD")]


def test_releasing_figures_is_no_pledge(nlp):
    assert _extract(nlp, "Acme released $2 billion in quarterly earnings on Tuesday.") == []
