"""Word lists the commitment rules read: data, kept apart from the code that uses it.

These are general English cues for pledges, modality and noise, not names from any
particular document.
"""
from __future__ import annotations

# Verbs whose subject takes on an obligation when it is reported: "X will invest", "X invested".
PLEDGE_VERBS = frozenset({
    "invest", "provide", "fund", "finance", "pledge", "commit", "contribute", "donate", "spend",
    "allocate", "earmark", "grant", "award", "support", "back", "supply", "deliver", "build",
    "open", "establish", "launch", "create", "train", "upskill", "research", "collaborate",
    "partner", "expand", "deploy", "deepen", "develop", "construct", "set", "help", "work",
    "offer", "give", "inject", "raise", "boost", "strengthen", "focus", "go",
})

# Verbs that introduce an intention: "plans to", "intends to", "agreed to", "committed to".
INTENT_VERBS = frozenset({
    "plan", "intend", "aim", "pledge", "commit", "promise", "vow", "agree", "seek", "hope",
    "expect", "propose", "decide", "prepare", "want", "set", "look", "move", "announce",
})

# Nouns that name a pledge: "announced an investment of", "a planned investment".
PLEDGE_NOUNS = frozenset({
    "investment", "pledge", "commitment", "funding", "grant", "grants", "fund", "donation",
    "partnership", "collaboration", "initiative", "programme", "program", "plan", "plans",
    "boost", "package", "deal", "contribution", "backing", "intention", "intentions",
    "support", "loan", "subsidy", "subsidies", "financing", "announcement", "announcements",
})

# Modal auxiliaries that make a statement hypothetical, not a pledge.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must"})

# Money that is a measurement, not a promise.
NOISE_NOUNS = frozenset({
    "revenue", "revenues", "sales", "profit", "profits", "earnings", "valuation", "market",
    "salary", "salaries", "income", "turnover", "loss", "losses", "capitalisation",
    "capitalization", "gdp", "deficit", "debt", "price", "cost", "costs", "worth",
})
NOISE_VERBS = frozenset({"value", "earn", "cost", "sell", "generate", "lose", "reach", "grow", "report"})

# Lines of page furniture whose figures belong to other stories.
LINK_LINE_PREFIXES = (
    "also read", "related", "read more", "see also", "recommended", "you may also like",
    "more from", "trending", "recent posts", "popular", "further reading", "watch:",
)

# Definite descriptions that point back to an actor named earlier.
ANAPHOR_NOUNS = frozenset({
    "company", "firm", "giant", "group", "corporation", "government", "administration",
    "country", "countries", "nation", "nations", "investment", "investments", "deal",
    "maker", "startup", "bank", "fund", "organisation", "organization", "ministry",
    "partners", "sides", "two", "both", "pledge", "plan", "programme", "program",
})
ANAPHOR_PRONOUNS = frozenset({"it", "they", "we"})

# Which kind of commitment a trigger or its object suggests; first match wins.
KIND_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("training", frozenset({"train", "training", "upskill", "skill", "skills", "skilling", "education", "workforce"})),
    ("facility", frozenset({"open", "lab", "laboratory", "facility", "centre", "center", "plant", "factory", "campus", "hub", "office"})),
    ("resources", frozenset({"gpu", "gpus", "compute", "computational", "resources", "chips", "hardware", "supply"})),
    ("research", frozenset({"research", "collaboration", "collaborate", "study", "partnership", "partnerships"})),
    ("policy", frozenset({"policy", "standard", "standards", "label", "labeling", "labelling", "transparency", "safety", "regulation", "cooperation", "agree", "cybersecurity"})),
    ("funding", frozenset({"fund", "funding", "grant", "grants", "donate", "donation", "finance", "backing", "support"})),
    ("investment", frozenset({"invest", "investment", "investments", "spend", "boost"})),
)
