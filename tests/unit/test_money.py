"""Focused cases for commitments.extract.money.find_amounts."""
import pytest
from commitments.extract.money import find_amounts


def one(text):
    found = find_amounts(text)
    assert len(found) == 1, found
    a = found[0]
    assert text[a.start:a.end] == a.text
    return a


# --- currencies: symbols, codes, names ------------------------------------------------------

@pytest.mark.parametrize("text,value,cur,surface", [
    ("Microsoft will invest $2.9 billion in Japan", 2.9e9, "USD", "$2.9 billion"),
    ("an investment of US$2.9 billion", 2.9e9, "USD", "US$2.9 billion"),
    ("an investment of US $2.9 billion", 2.9e9, "USD", "US $2.9 billion"),
    ("priced at USD 200 each", 200, "USD", "USD 200"),
    ("a 50 million USD loan", 5e7, "USD", "50 million USD"),
    ("it will spend ¥500 billion", 5e11, "JPY", "¥500 billion"),
    ("2 trillion yen", 2e12, "JPY", "2 trillion yen"),
    ("JPY 10bn", 1e10, "JPY", "JPY 10bn"),
    ("a €300m fund", 3e8, "EUR", "€300m"),
    ("EUR 1.2 billion", 1.2e9, "EUR", "EUR 1.2 billion"),
    ("323 million euros", 3.23e8, "EUR", "323 million euros"),
    ("one euro", 1, "EUR", "one euro"),
    ("£8.10 million", 8.1e6, "GBP", "£8.10 million"),
    ("GBP 350", 350, "GBP", "GBP 350"),
    ("361 million pounds sterling", 3.61e8, "GBP", "361 million pounds sterling"),
    ("361 million pounds", 3.61e8, "GBP", "361 million pounds"),
    ("₩1.5 trillion", 1.5e12, "KRW", "₩1.5 trillion"),
    ("50,000 won", 5e4, "KRW", "50,000 won"),
    ("KRW 3 trillion", 3e12, "KRW", "KRW 3 trillion"),
    ("₹10,000 crore", 1e11, "INR", "₹10,000 crore"),
    ("Rs 500 crore", 5e9, "INR", "Rs 500 crore"),
    ("Rs. 2.5 lakh", 2.5e5, "INR", "Rs. 2.5 lakh"),
    ("INR 1,000", 1000, "INR", "INR 1,000"),
    ("35 lakh rupees", 3.5e6, "INR", "35 lakh rupees"),
    ("C$16.4 million", 1.64e7, "CAD", "C$16.4 million"),
    ("A$1 billion", 1e9, "AUD", "A$1 billion"),
    ("HK$10.05 billion", 1.005e10, "HKD", "HK$10.05 billion"),
    ("S$500 million", 5e8, "SGD", "S$500 million"),
    ("CHF 3 billion", 3e9, "CHF", "CHF 3 billion"),
    ("10,000 swiss francs", 1e4, "CHF", "10,000 swiss francs"),
    ("100 billion yuan", 1e11, "CNY", "100 billion yuan"),
    ("RMB 5 billion", 5e9, "CNY", "RMB 5 billion"),
    ("CNY 80bn", 8e10, "CNY", "CNY 80bn"),
    ("420 million finnish markka", 4.2e8, "FIM", "420 million finnish markka"),
    ("R$2 billion", 2e9, "BRL", "R$2 billion"),
    ("NT$100 billion", 1e11, "TWD", "NT$100 billion"),
    ("RM1.2 billion", 1.2e9, "MYR", "RM1.2 billion"),
    ("5 billion Saudi riyals", 5e9, "SAR", "5 billion Saudi riyals"),
    ("AED 2bn", 2e9, "AED", "AED 2bn"),
    ("120 MEUR", 1.2e8, "EUR", "120 MEUR"),
])
def test_currency_forms(text, value, cur, surface):
    a = one(text)
    assert a.value == pytest.approx(value)
    assert a.currency == cur
    assert a.text == surface


def test_bare_dollar_is_usd_with_native_usd_value():
    a = one("He paid $94,000.")
    assert (a.value, a.currency, a.usd_value, a.usd_source) == (94000, "USD", 94000, "native")


def test_cents_resolve_to_dollars():
    assert one("50 cents a share").value == pytest.approx(0.5)
    assert one("470 pence").value == pytest.approx(4.7) and one("470 pence").currency == "GBP"
    assert one("it only cost 3 dollars 50 cents.").value == pytest.approx(3.5)


# --- scales and figures -----------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("$2.9B", 2.9e9), ("$10M", 1e7), ("$10m", 1e7), ("$5bn", 5e9), ("$1.2 tn", 1.2e12),
    ("$50K", 5e4), ("$50k", 5e4), ("$3 mn", 3e6), ("$1 trillion", 1e12),
    ("$1,200,000", 1.2e6), ("$2.9 billion", 2.9e9), ("$ 12,345", 12345),
    ("two billion dollars", 2e9), ("a billion dollars", 1e9),
    ("half a million dollars", 5e5), ("one hundred and twenty million dollars", 1.2e8),
    ("a quarter million dollars", 2.5e5), ("twenty-five million euros", 2.5e7),
    ("12,34,567.89 rupees", 1234567.89), ("Rs 1.5 lakh crore", 1.5e12),
    ("2,5 billion euros", 2.5e9), ("$5-million grant", 5e6),
])
def test_scales_and_figures(text, value):
    assert find_amounts(text)[0].value == pytest.approx(value)


# --- qualifiers ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,qualifier", [
    ("approximately $3 billion", "approximately"), ("about $3 billion", "approximately"),
    ("around $3 billion", "approximately"), ("roughly $3 billion", "approximately"),
    ("some $3 billion", "approximately"), ("an estimated $3 billion", "approximately"),
    ("nearly $3 billion", "nearly"), ("almost $3 billion", "nearly"),
    ("more than $3 billion", "more than"), ("over $3 billion", "more than"),
    ("up to $3 billion", "up to"), ("as much as $3 billion", "up to"),
    ("at least $3 billion", "at least"), ("at most $3 billion", "at most"),
    ("less than $3 billion", "less than"), ("under $3 billion", "less than"),
    ("invest $3 billion", None), ("a $3 billion deal", None),
])
def test_qualifiers(text, qualifier):
    a = one(text)
    assert a.qualifier == qualifier
    assert a.text == "$3 billion"  # the qualifier is outside the span


# --- ranges -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,low,high,surface", [
    ("$1.5 billion-$2 billion", 1.5e9, 2e9, "$1.5 billion-$2 billion"),
    ("$1.5-2 billion", 1.5e9, 2e9, "$1.5-2 billion"),
    ("between $1 billion and $2 billion", 1e9, 2e9, "$1 billion and $2 billion"),
    ("$5 to $10 million", 5e6, 1e7, "$5 to $10 million"),
    ("€1–2 billion", 1e9, 2e9, "€1–2 billion"),
    ("1-2 billion euros", 1e9, 2e9, "1-2 billion euros"),
    ("between 1 and 2 billion euros", 1e9, 2e9, "1 and 2 billion euros"),
    ("$500,000-1 million", 5e5, 1e6, "$500,000-1 million"),
])
def test_ranges(text, low, high, surface):
    a = one(text)
    assert (a.value, a.value_max) == (pytest.approx(low), pytest.approx(high))
    assert a.text == surface


def test_from_to_is_a_change_not_a_range():
    found = find_amounts("raised its pledge from $5 million to $10 million")
    assert [a.value for a in found] == [5e6, 1e7]
    assert all(a.value_max is None for a in found)


def test_amount_to_count_is_not_a_range():
    a = one("gave $5 million to 10 universities")
    assert a.value_max is None and a.value == 5e6


# --- equivalents ----------------------------------------------------------------------------

def test_stated_usd_equivalent():
    text = "SoftBank will invest 2 trillion yen ($13 billion) in AI"
    a = one(text)
    assert (a.value, a.currency) == (2e12, "JPY")
    assert (a.usd_value, a.usd_source) == (13e9, "stated")
    eq = a.equivalent
    assert (eq.value, eq.currency, eq.text) == (13e9, "USD", "$13 billion")
    assert text[eq.start:eq.end] == eq.text


def test_equivalent_with_qualifier():
    a = one("€500 million (about $540 million)")
    assert a.equivalent.value == 5.4e8 and a.equivalent.qualifier == "approximately"
    assert a.usd_value == 5.4e8


def test_equivalent_after_or():
    a = one("1 trillion won, or about $750 million, over five years")
    assert a.currency == "KRW" and a.equivalent.currency == "USD"


def test_non_usd_equivalent_of_usd_amount():
    a = one("$10 million (€9.2 million)")
    assert a.currency == "USD" and a.usd_source == "native"
    assert a.equivalent.currency == "EUR"


def test_two_separate_amounts_stay_separate():
    found = find_amounts("Amazon will invest $15 billion and Microsoft $2.9 billion")
    assert [a.value for a in found] == [15e9, 2.9e9]


# --- PDF escapes ----------------------------------------------------------------------------

def test_escaped_dollar():
    text = r"supported by \$110 million in combined private sector investment"
    a = one(text)
    assert a.value == 1.1e8 and a.text == "$110 million"


# --- not money ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "in 2027", "by 2027 the market grows 25%", "training 3 million people",
    "call 555-123-4567 now", "on 12/05/2024", "All 70 of us.", "ALL 5 solutions are wrong.",
    "a multi-million dollar deal", "5 pounds of flour", "the euro zone", "a dollar store",
    "Bob, can you call me at 10", "he won 3 medals", "", "$", "$$$", "million dollars",
])
def test_not_money(text):
    assert find_amounts(text) == []


def test_year_before_amount_is_not_money():
    a = one("In 2024 $5 million was spent")
    assert a.text == "$5 million"


def test_offsets_in_longer_text():
    text = ("Under the deal, Microsoft will invest $2.9 billion in Japan over the next two "
            "years, and AWS will invest ¥2.26 trillion ($15 billion) by 2027.")
    found = find_amounts(text)
    assert [a.text for a in found] == ["$2.9 billion", "¥2.26 trillion"]
    for a in found:
        assert text[a.start:a.end] == a.text
    assert found[1].equivalent.text == "$15 billion"


def test_order_and_count():
    text = "€5m, then £6m, then $7m and 8 million yen."
    assert [(a.currency, a.value) for a in find_amounts(text)] == [
        ("EUR", 5e6), ("GBP", 6e6), ("USD", 7e6), ("JPY", 8e6)]


def test_never_raises_on_odd_input():
    for text in ["\x00$\x00", "$" + "9" * 5000, "one " * 1000 + "dollars", "\ud800$5",
                 "1" + ",000" * 5000 + " dollars", None, 5]:
        find_amounts(text)  # type: ignore[arg-type]


# --- words that are currencies only sometimes ------------------------------------------------

@pytest.mark.parametrize("text", [
    "a 2,000-pound bomb", "2,000 pounds of cocaine", "5 million pounds of waste",
    "the Dow crossed the 30,000 mark", "Of the 12 seats, 7 won", "3 rand",
])
def test_weight_and_plain_words_are_not_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text,value,cur", [
    ("5 million pounds", 5e6, "GBP"), ("50,000 won", 5e4, "KRW"),
    ("3 trillion won", 3e12, "KRW"), ("2 billion rand", 2e9, "ZAR"),
])
def test_plain_words_as_currency_with_scale(text, value, cur):
    a = one(text)
    assert (a.value, a.currency) == (value, cur)


def test_thousands_separator_before_punctuation():
    assert one("a $1,000, then more").value == 1000


def test_figure_words_after_symbol():
    assert one("US$ two billion").value == 2e9


# --- lists and neighbours -----------------------------------------------------------------

def test_code_between_figures_goes_with_the_later_figure():
    assert [(a.text, a.currency) for a in find_amounts("rmb 10 usd 20")] == [
        ("rmb 10", "CNY"), ("usd 20", "USD")]
    assert [(a.text, a.currency) for a in find_amounts("10 rmb 20 usd")] == [
        ("10 rmb", "CNY"), ("20 usd", "USD")]


def test_price_list():
    found = find_amounts("$ 20,000.00 $ 37,305.97 february expenses")
    assert [a.value for a in found] == [20000, 37305.97]


def test_equivalent_of_a_range():
    a = one("The EU will spend €20bn–€30bn ($22bn–$33bn).")
    assert (a.value, a.value_max) == (2e10, 3e10)
    assert (a.equivalent.value, a.equivalent.value_max) == (2.2e10, 3.3e10)
    assert a.usd_source == "stated"


def test_indian_scales_glued_with_hyphen():
    assert one("a Rs 76,000-crore scheme").value == 7.6e11


def test_year_range_then_amount_is_not_a_range():
    a = one("in 2024-2 billion euros")
    assert a.value_max is None and a.value == 2e9


@pytest.mark.parametrize("text", [
    "at COP 28 in Dubai", "the COP28 summit", "PHP 8 is out", "the Hong Kong SAR 2024 plan",
    "prices in 2024 USD terms", "MARS 2020 rover", "ESP 32 boards",
])
def test_codes_that_are_also_abbreviations(text):
    assert find_amounts(text) == []


def test_code_with_a_year_sized_amount_and_scale_is_money():
    assert one("SAR 2024 million").value == 2.024e9


@pytest.mark.parametrize("text,cur", [("CAD 5 million", "CAD"), ("RUB 3 billion", "RUB"),
                                      ("5 million TRY", "TRY"), ("SEK 120m", "SEK")])
def test_upper_case_codes(text, cur):
    assert one(text).currency == cur


def test_lower_case_word_codes_are_not_prefixes():
    assert find_amounts("try 5 times") == [] and find_amounts("a cad 5 times over") == []


@pytest.mark.parametrize("text,value,cur", [
    ("Aramco will invest SR 5 billion.", 5e9, "SAR"), ("INR 2,500 Cr.", 2.5e10, "INR"),
    ("Rs 500 cr", 5e9, "INR"),
])
def test_regional_abbreviations(text, value, cur):
    a = one(text)
    assert (a.value, a.currency) == (value, cur)


def test_decimal_comma_without_scale_is_not_read_as_an_integer():
    assert find_amounts("R$ 1,5 bilhão") == []


def test_amount_to_scaled_count_is_not_a_range():
    a = one("it gave $2 million to 3 million people")
    assert a.value == 2e6 and a.value_max is None



# African and Latin American news writes the code first ("XAF 6 billion", "UGX 20 billion")
@pytest.mark.parametrize("text,value,cur", [
    ("grants of XAF 6 billion for wells", 6e9, "XAF"),
    ("a UGX 20 billion loan", 20e9, "UGX"),
    ("GHS 500 million in bonds", 500e6, "GHS"),
    ("a TZS 70 billion road", 70e9, "TZS"),
    ("PEN 40 million for clinics", 40e6, "PEN"),
])
def test_an_iso_code_before_a_figure_is_its_currency(text, value, cur):
    a = one(text)
    assert (a.value, a.currency) == (value, cur)


@pytest.mark.parametrize("text", ["ALL 40 staff were moved", "AMD 5 billion deal talks", "CVE 2024 44 was patched",
                                  "PHP 8 release notes"])
def test_a_code_that_is_also_a_word_or_a_name_is_no_currency_before_a_figure(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize("text,cur", [
    ("40 million Tunisian dinars", "TND"), ("9 billion kwanzas", "AOA"), ("2 billion lempiras", "HNL"),
    ("8 billion guaranies", "PYG"), ("30 million Namibian dollars", "NAD"), ("3 billion meticais", "MZN"),
    ("8 billion Rwandan francs", "RWF"), ("5 million Jamaican dollars", "JMD"),
])
def test_currency_names_of_smaller_economies(text, cur):
    assert one(text).currency == cur
