"""Seeded synthetic news: documents with commitments in varied phrasings, currencies and
distractors, each commitment's place in the text known, so the same seed always gives the
same corpus (and the same store) on any machine.

The names are invented from syllables, so no benchmark figure depends on a real story.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

_SYLLABLES = ("ka", "lo", "ven", "tra", "mi", "dor", "sel", "qua", "nex", "ri", "bel", "zen",
              "to", "mar", "cor", "vi", "ast", "len", "pra", "os", "hel", "ion", "sa", "gra")
_ORG_SUFFIXES = ("Corp", "Holdings", "Group", "Systems", "Energy", "Technologies", "Bank",
                 "Capital", "Motors", "Networks", "Labs", "Pharma", "Logistics", "AG", "Ltd")
COUNTRIES = ("Japan", "Kenya", "Brazil", "India", "Germany", "France", "Indonesia", "Vietnam",
             "Mexico", "Nigeria", "Canada", "Australia", "Chile", "Poland", "Egypt", "Thailand",
             "South Korea", "Malaysia", "Morocco", "Ghana", "Spain", "Peru", "Sweden", "Turkey")
FIELDS = ("artificial intelligence", "cloud computing", "data centres", "renewable energy",
          "battery manufacturing", "semiconductors", "public health", "rail infrastructure",
          "digital skills", "green hydrogen", "cybersecurity", "water treatment", "5G networks")

# (symbol before the figure, word after it, ISO code, US dollars per unit)
CURRENCIES = (
    ("$", "", "USD", 1.0), ("US$", "", "USD", 1.0), ("", " dollars", "USD", 1.0),
    ("€", "", "EUR", 1.08), ("", " euros", "EUR", 1.08), ("£", "", "GBP", 1.27),
    ("¥", "", "JPY", 0.0067), ("", " yen", "JPY", 0.0067), ("Rs ", "", "INR", 0.012),
    ("", " rupees", "INR", 0.012), ("A$", "", "AUD", 0.66), ("C$", "", "CAD", 0.73),
    ("CHF ", "", "CHF", 1.12), ("R$", "", "BRL", 0.2), ("", " won", "KRW", 0.00075),
)
SCALES = (("million", 1e6), ("billion", 1e9), ("bn", 1e9), ("m", 1e6))
TIMEFRAMES = ("over the next two years", "by 2027", "by the end of 2026", "within five years",
              "over the next decade", "starting next year", "by 2030", "over three years",
              "in the coming months", "before 2028")

# {actor} {money} {place} {field} {when} {recipient}; the kind is what the phrase pledges
PHRASINGS = (
    ("investment", "{actor} will invest {money} in {place} {when} to expand {field}."),
    ("investment", "{actor} plans to spend {money} on {field} in {place} {when}."),
    ("investment", "{actor} announced an investment of {money} in {place}'s {field} sector."),
    ("funding", "{actor} pledged {money} to {recipient} to support {field} research."),
    ("funding", "Under the agreement, {actor} agreed to provide {money} in grants to {recipient} {when}."),
    ("funding", "{actor} has committed {money} to a new fund for {field} in {place}."),
    ("facility", "{actor} intends to open a {field} centre in {place} {when}, backed by {money}."),
    ("facility", "{actor} said it will build a {money} plant in {place} {when}."),
    ("training", "{actor} aims to train 200,000 people in {field} across {place} {when}."),
    ("resources", "{actor} will supply computing resources to {recipient} as part of a {money} package."),
    ("research", "{actor} and {recipient} will set up a {money} research partnership on {field}."),
    ("policy", "{actor} agreed to adopt common standards for {field} with {place} {when}."),
)
# Sentences with money or an organisation that are not commitments.
DISTRACTORS = (
    "{actor} reported revenue of {money} for the last quarter.",
    "Shares of {actor} fell 3% after the company posted a loss of {money}.",
    "{actor} could invest as much as {money} if regulators approve the merger.",
    "{actor} did not commit to any new spending in {place}.",
    "Analysts value the {field} market in {place} at {money}.",
    "Read more: {actor} weighs {money} bid for rival",
    "The {field} sector in {place} grew 12% last year, according to official data.",
    "\"We are proud to be part of this,\" a spokesperson for {actor} said.",
    "{actor} was founded in 1998 and employs about 40,000 people.",
)
FILLER = (
    "The announcement came during a two-day visit by trade ministers.",
    "Officials said further details would be released later this month.",
    "The plans follow months of negotiations between the two sides.",
    "Critics questioned whether the timelines were realistic.",
    "Local officials welcomed the news, citing the jobs it could create.",
    "The move is part of a broader push to diversify supply chains.",
    "Industry groups have long called for more public and private spending.",
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class PlantedCommitment:
    """A commitment sentence as written into a synthetic document."""

    start: int
    end: int
    kind: str
    actor: str
    recipient: str | None
    money_text: str | None
    money_offset: int  # where money_text starts inside the sentence
    value: float | None
    currency: str | None
    usd_value: float | None
    when: str | None


@dataclass(slots=True)
class SyntheticDocument:
    name: str
    text: str
    title: str
    published: str
    commitments: list[PlantedCommitment] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


class CorpusGenerator:
    """Documents from one seed: ``documents(n)`` always gives the same n documents."""

    def __init__(self, seed: int = 0, organisations: int = 400) -> None:
        self.rng = random.Random(seed)
        self.organisations = sorted({self._organisation() for _ in range(organisations)})

    def _organisation(self) -> str:
        stem = "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        return f"{stem.capitalize()} {self.rng.choice(_ORG_SUFFIXES)}"

    def _actor(self) -> str:
        r = self.rng.random()
        if r < 0.15:
            return f"The government of {self.rng.choice(COUNTRIES)}"
        return self.rng.choice(self.organisations)

    def _money(self) -> tuple[str, float, str, float]:
        before, after, code, usd = self.rng.choice(CURRENCIES)
        scale_word, scale = self.rng.choice(SCALES if before else SCALES[:2])
        figure = self.rng.choice((self.rng.randint(2, 950), round(self.rng.uniform(1, 99), 1)))
        number = f"{figure:g}"
        joined = scale_word if scale_word in ("bn", "m") and before else f" {scale_word}"
        text = f"{before}{number}{joined}{after}" if before else f"{number} {scale_word}{after}"
        value = float(figure) * scale
        return text, value, code, round(value * usd, 2)

    def _fill(self, template: str, organisation_only: bool = False) -> tuple[str, dict]:
        money, value, code, usd = self._money()
        slots = {
            "actor": self.rng.choice(self.organisations) if organisation_only else self._actor(), "money": money, "place": self.rng.choice(COUNTRIES),
            "field": self.rng.choice(FIELDS), "when": self.rng.choice(TIMEFRAMES),
            "recipient": self.rng.choice(self.organisations),
        }
        text = template.format(**slots)
        return text[0].upper() + text[1:], {**slots, "value": value, "currency": code, "usd": usd}

    def document(self, index: int, commitments: int | None = None) -> SyntheticDocument:
        rng = self.rng
        n_commitments = commitments if commitments is not None else rng.randint(3, 8)
        year, month, day = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
        published = f"{year:04d}-{month:02d}-{day:02d}"
        kinds = [rng.choice(PHRASINGS) for _ in range(n_commitments)]
        lead_actor = self._actor()
        title = f"{lead_actor} unveils {rng.choice(FIELDS)} plans for {rng.choice(COUNTRIES)}"
        text = f"{title}\n\n{_MONTHS[month - 1]} {day}, {year}\n\n"
        planted: list[PlantedCommitment] = []
        for kind, template in kinds:
            paragraph: list[str] = []
            for _ in range(rng.randint(1, 3)):
                paragraph.append(rng.choice(FILLER) if rng.random() < 0.6 else self._fill(rng.choice(DISTRACTORS), True)[0])
            sentence, slots = self._fill(template)
            at = rng.randint(0, len(paragraph))
            before = " ".join(paragraph[:at])
            start = len(text) + len(before) + (1 if before else 0)
            money_at = sentence.find(slots["money"]) if "{money}" in template else -1
            has_when = "{when}" in template
            planted.append(PlantedCommitment(
                start=start, end=start + len(sentence), kind=kind, actor=slots["actor"],
                recipient=slots["recipient"] if "{recipient}" in template else None,
                money_text=slots["money"] if money_at >= 0 else None, money_offset=max(money_at, 0),
                value=slots["value"] if money_at >= 0 else None,
                currency=slots["currency"] if money_at >= 0 else None,
                usd_value=slots["usd"] if money_at >= 0 else None,
                when=slots["when"] if has_when else None,
            ))
            text += " ".join([*paragraph[:at], sentence, *paragraph[at:]]) + "\n\n"
        text += f"Related: {self._fill(rng.choice(DISTRACTORS), True)[0]}\n"
        return SyntheticDocument(name=f"synthetic_{index:06d}.txt", text=text, title=title,
                                 published=published, commitments=planted)

    def documents(self, n: int) -> list[SyntheticDocument]:
        return [self.document(i) for i in range(n)]


def synthetic_corpus(n_docs: int, seed: int = 0) -> list[SyntheticDocument]:
    return CorpusGenerator(seed).documents(n_docs)
