"""Word lists the commitment rules read: data, kept apart from the code that uses it.

These are general English cues for pledges, modality and noise, not names from any
particular document.
"""
from __future__ import annotations

# Verbs that state a pledge only with a pledge in their construction: "deepen its
# collaboration" (a pledge noun as object), "go toward(s) training", "work with X to build";
# not "will go to court", "will work from home", "will deepen its dispute"; "extend a loan", not "extend the deadline".
PLEDGE_OBJECT_VERBS = frozenset({"go", "work", "deepen", "strengthen", "pay", "extend"})

# Prepositions after such a verb that lead to what a pledge is for: "go toward training".
PLEDGE_PURPOSE_PREPOSITIONS = frozenset({"toward", "towards"})

# Verbs that carry a pledge when their subject will do them: "X will invest", "X plans to fund".
PLEDGE_VERBS = frozenset({
    "invest", "provide", "fund", "finance", "pledge", "commit", "contribute", "donate", "spend",
    "allocate", "earmark", "grant", "award", "support", "back", "supply", "deliver", "build",
    "open", "establish", "launch", "create", "train", "upskill", "research", "collaborate",
    "partner", "expand", "deploy", "develop", "construct", "offer", "give",
    "inject", "boost", "hire", "donate", "channel", "plough", "plow", "pour", "pay",
    "cooperate", "subsidise", "subsidize", "lend", "upgrade", "double", "triple", "increase",
    "set aside", "put up", "pump", "approve", "authorize", "authorise", "sanction", "budget", "set up", "host", "house",
    "co-finance", "co-fund", "co-invest",
}) | PLEDGE_OBJECT_VERBS  # those count only where commitments.py finds a pledge in their construction

# Aims one works towards, which give nothing: "will work towards new targets".
GOAL_NOUNS = frozenset({"target", "goal", "aim", "objective", "ambition", "vision", "aspiration"})

# What an approval clears that no one pledges: "approved the merger of A and B", "approved
# tariff increases".
APPROVED_NOT_PLEDGED = frozenset({"merger", "acquisition", "takeover", "sale", "tariff", "increase", "hike",
                                  "fare", "price", "rate", "listing", "appointment",
                                  # a body's vote on what another proposed or pays ("approved the
                                  # borrowing", "approved it"; a state-aid "measure" of a sum is that sum's pledge)
                                  "framework", "borrowing", "ordinance", "motion", "it", "them"})

# Verbs by which a regulator or cabinet clears a measure another body pays for.
APPROVAL_VERBS = frozenset({"approve", "authorise", "authorize", "clear", "sanction", "endorse"})

# A city's own bodies: "Lisbon's council" is the city's, not the country's its capital stands for.
LOCAL_BODIES = frozenset({"council", "mayor", "municipality", "assembly", "city", "corporation", "authority"})

# Verbs of giving whose passive subject, where it is a party, receives: "Portugal was
# allocated €2 billion", "it was promised $40 million".
HANDED_TO_VERBS = frozenset({"allocate", "allot", "give", "grant", "award", "promise", "hand", "offer", "pay", "lend"})

# What a sector or firm "contributes to" that is a measure of output, not a fund.
ECONOMIC_AGGREGATES = frozenset({"gdp", "gnp", "economy", "output", "exports", "growth", "revenue", "revenues",
                                 "turnover", "product", "gva"})

# Participles that name who pays for a sum: "a $40 million package funded by the state".
FUNDED_BY_VERBS = frozenset({"fund", "finance", "bankroll", "underwrite", "pay", "back", "provide", "co-fund", "cofund"})

# Verb and particle that pledge a sum in a headline: "Ottawa Locks In $60m for ...".
HEADLINE_PHRASAL_VERBS = frozenset({"lock in", "set aside", "put up", "top up", "tip in", "stump up", "chip in", "pour in"})

# Subordinators that put a clause in the background: "since 2022, when X made a commitment".
BACKGROUND_MARKS = frozenset({"when", "since", "after", "before", "once", "as"})

# The subset that still reports a pledge in the past tense: "Corvan invested $160 million to ...".
REPORTED_VERBS = frozenset({
    "invest", "fund", "finance", "pledge", "commit", "contribute", "donate", "allocate", "earmark",
    "grant", "award", "provide", "inject", "lend", "channel", "set aside", "put up",
    "approve", "authorize", "authorise", "sanction", "earmark", "budget", "pour", "pump", "plough", "plow",
    "reaffirm", "reiterate", "restate",
})

# Verbs that introduce an intention: "plans to", "intends to", "agreed to", "committed to".
INTENT_VERBS = frozenset({
    "plan", "intend", "aim", "pledge", "commit", "promise", "vow", "agree", "seek",
    "propose", "decide", "prepare", "set", "move", "announce", "undertake", "resolve", "target", "vote",
    "sign up",
})

# Intention verbs that bind whatever they govern: "vowed to cut emissions".
PROMISE_VERBS = frozenset({"pledge", "promise", "vow", "commit", "undertake", "guarantee"})

# Verbs that report a pledge named by a noun: "announced an investment of", "declared plans to".
ANNOUNCE_VERBS = frozenset({
    "announce", "unveil", "declare", "reveal", "sign", "confirm", "outline", "disclose",
    "detail", "launch", "make", "finalise", "finalize", "seal", "conclude", "strike", "reaffirm", "reiterate", "restate",
    # "tabled 12 commitments worth N", "put forward pledges", "submitted its pledge"
    "table", "submit", "lodge",
})

# Nouns that name a pledge: "announced an investment of", "a planned investment".
PLEDGE_NOUNS = frozenset({
    "investment", "pledge", "commitment", "funding", "grant", "fund", "donation",
    "partnership", "collaboration", "initiative", "programme", "program", "plan",
    "boost", "bet", "outlay", "stake", "capex", "expenditure", "package", "deal", "contribution", "backing", "intention", "loan", "subsidy",
    "financing", "injection", "spending", "allocation", "cooperation", "agreement", "accord",
    "pact", "memorandum", "mou", "swap",
})

# Words that make a past or perfect clause a running total ("has so far approved ten
# projects with cumulative investments of ..."), not a new pledge.
TALLY_CUES = ("so far", "to date", "thus far", "till date", "until now", "cumulative", "cumulatively", "in all")

# Verbs of getting that state a pledge under an intention: "plans to secure 10,000 GPUs"
# (resources it commits to acquire); alone they report receiving ("secured $5 million").
ACQUIRE_VERBS = frozenset({"secure", "acquire", "procure", "purchase"})

# What a company buys that is a deal, not a pledge of resources: "acquire a stake in X".
DEAL_OBJECT_NOUNS = frozenset({"share", "stake", "stock", "bond", "company", "firm", "rival", "business", "unit",
                               "subsidiary", "startup", "asset", "holding", "interest", "control", "majority"})

# Verbs of hosting count only with a facility, programme or event of training as object:
# "host a training camp", "house a supercomputer", not "host its shareholder meeting".
HOST_VERBS = frozenset({"host", "house"})
HOSTED_NOUNS = frozenset({"school", "academy", "course", "bootcamp", "programme", "program", "centre", "center",
                          "hub", "lab", "laboratory", "facility", "supercomputer", "cluster", "campus", "institute",
                          "incubator", "accelerator", "fellowship", "data", "office", "offices",
                          "headquarters", "secretariat"})

# Verbs whose subject is the recipient; the actor is "from" whom ("will receive $1bn from X").
RECEIVE_VERBS = frozenset({"receive", "get", "secure", "win", "obtain", "land", "attract", "borrow"})

# Reporting verbs: "said it would invest" reports a future, it is not a hypothetical.
REPORTING_VERBS = frozenset({"say", "announce", "tell", "confirm", "state", "report", "add", "note", "disclose", "reveal"})

# What "the investment" itself may go on to do and still state a pledge ("will go toward
# training 3 million people"); other verbs report its detail or outcome ("will create jobs").
PLEDGE_USE_VERBS = frozenset({"go", "fund", "finance", "cover", "pay", "include", "support", "target", "focus", "flow", "cover"})

# Verbs that make an intention hypothetical ("is considering investing") or a sum sought, not
# pledged ("would seek a further €80 million").
HYPOTHETICAL_VERBS = frozenset({"consider", "mull", "weigh", "contemplate", "eye", "rumor", "rumour", "speculate", "seek"})

# Modal auxiliaries that make a statement hypothetical, not a pledge.
HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "must", "'d"})

# Subordinators that make a clause a condition or a question.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "should"})

# Money that is a measurement, not a promise.
NOISE_NOUNS = frozenset({
    "revenue", "sales", "sale", "profit", "earnings", "earning", "valuation", "market", "salary", "income",
    "turnover", "loss", "capitalisation", "capitalization", "gdp", "deficit", "debt", "price",
    "cost", "net", "wealth", "fortune", "fine", "penalty", "value",
    # money raised from the market, not pledged: "a proposed Rs 900 crore initial public offering"
    "offering", "ipo", "placement", "listing",
})
NOISE_VERBS = frozenset({"value", "earn", "cost", "sell", "generate", "lose", "reach", "grow", "report", "estimate"})

# Lines of page furniture whose figures belong to other stories.
LINK_LINE_PREFIXES = (
    "also read", "related", "read more", "see also", "recommended", "you may also like",
    "more from", "trending", "recent posts", "popular", "further reading", "watch:", "read also",
    "more on this", "don't miss", "suggested",
)

# Descriptions that point back: to an organisation, a government, either, or the pledge itself
# (whose actor is that of the commitment before it).
ANAPHORS = {
    **dict.fromkeys(("company", "firm", "giant", "group", "corporation", "maker", "startup", "bank",
                     "organisation", "organization", "conglomerate", "lender", "insurer", "carrier",
                     "operator", "manufacturer", "chipmaker", "automaker", "retailer", "provider", "major",
                     "giant", "utility", "miner", "producer", "developer", "investor", "university",
                     "bloc", "union", "alliance", "consortium", "fund", "agency", "institution", "body",
                     "venture", "startup", "start-up", "unit", "subsidiary", "parent", "automaker", "carmaker",
                     "foundation", "trust", "charity", "club", "society", "authority", "commission", "board",
                     "bureau", "council", "corporation", "regulator", "operator", "league", "federation",
                     "association"), "org"),
    **dict.fromkeys(("government", "administration", "country", "countries", "nation", "nations",
                     "ministry", "state", "province", "kingdom", "republic", "cabinet"), "gpe"),
    **dict.fromkeys(("it", "they", "we", "partners", "sides", "both", "two", "parties"), "any"),
    **dict.fromkeys(("city", "municipality", "town", "county", "region"), "city"),
    **dict.fromkeys(("investment", "investments", "pledge", "deal", "plan", "programme", "program",
                     "commitment", "funding", "package", "agreement", "initiative", "loan", "grant", "gift",
                     "donation", "facility"), "pledge"),
}

# Endings of a head noun that describe an organisation, for descriptions not listed above:
# "the carmaker", "the steelmaker", "the shipbuilder", "the distributor".
ANAPHOR_ORG_SUFFIXES = ("maker", "builder", "producer", "supplier", "distributor", "operator", "developer",
                        "manufacturer", "provider", "company", "firm", "group", "lender", "insurer", "fund",
                        "publisher", "broadcaster", "streamer", "airline", "shipper", "brewer", "retailer", "miner")

# Capitalised words the model may leave untagged that never name an actor.
NON_ACTOR_WORDS = frozenset({"ai", "it", "news", "today", "tuesday", "monday", "wednesday", "thursday", "friday",
                             # currencies written as letters before a figure ("a Rs. 600 million commitment")
                             "rs", "rs.", "tk", "tk.", "kr", "kr.", "ksh", "tsh", "sh", "rm", "rp"})

# Descriptions of several parties acting as one ("the venture", "the consortium"): the
# actors of the nearest sentence that names two or more.
JOINT_NOUNS = frozenset({"venture", "consortium", "alliance", "partnership", "joint venture"})

# Relative pronouns: the subject is the noun the clause hangs on ("Imec, which pledged ...").
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})

# Nouns for a government that a nationality adjective names: "the Indian government".
GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet", "ministry", "state", "authorities"})

# Capitalised words that make a name a programme's ("... Programme", "... Yojana", "...
# Subsidy Scheme"): what is funded, not who funds it.
# Nouns of a named programme that something else funds ("A second X round will open", "Y's Z
# programme will offer"): its backer acts (actors.programme_backer).
BACKED_PROGRAMME_NOUNS = frozenset({"programme", "program", "scheme", "initiative", "round", "incentive",
                                    "partnership"})

# Adjectives that describe a collective at large ("rich countries", "small firms"), which
# therefore names no one, unlike a kind ("donor nations") or a count ("11 providers").
VAGUE_ADJECTIVES = frozenset({"rich", "poor", "richer", "poorer", "small", "smaller", "large", "larger", "big",
                              "bigger", "many", "other", "some", "most", "several", "various", "local", "foreign"})

PROGRAMME_NAME_WORDS = frozenset({"programme", "program", "scheme", "yojana", "abhiyan", "mission", "initiative",
                                  "project", "projects", "plan"})

# Subjects that measure rather than act: "the port's capacity will increase", "output will rise".
MEASURE_NOUNS = frozenset({"capacity", "output", "production", "share", "number", "figure", "total", "demand",
                           "price", "rate", "volume", "revenue", "traffic", "throughput"})

# "the federal government", "the central government": a country's, not a province's.
FEDERAL_WORDS = frozenset({"federal", "central", "national", "union"})

# A minister with no organisation in the title (or only a portfolio: "Energy Minister X")
# speaks for the government of the country the text is about. Heads of government and
# state ("Prime Minister X", "President X") may be any country's: they are left as named.
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "treasurer"})

# A person introduced with one of these gives as themselves, not for the company named with
# them ("Acme co-founder Jane Roe is donating").
# A definite description of a person ("the Acme co-founder", "the 1990 batch graduate"):
# the person last named, giving as themselves.
PERSON_DESCRIPTIONS = frozenset({"founder", "cofounder", "philanthropist", "billionaire", "alumnus", "alumna",
                                 "graduate", "benefactor", "tycoon", "entrepreneur", "businessman", "businesswoman"})

PERSONAL_GIVER_TITLES = frozenset({"founder", "co-founder", "cofounder", "philanthropist", "billionaire",
                                   "alumnus", "alumna", "benefactor"})

# Nouns for an organisation that, with a nationality, names an actor: "the Norwegian wealth fund".
ORGANISATION_NOUNS = frozenset({"fund", "bank", "company", "firm", "group", "agency", "lender", "insurer",
                                "utility", "carrier", "investor", "foundation", "university", "consortium"})

# Last words of sports clubs' names ("... Rovers", "... United", "... FC").
SPORTS_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "united", "rovers", "wanderers", "athletic", "albion",
                               "rangers", "hotspur", "city", "town", "county", "celtic", "villa", "olympique"})

# Last words of company names that no person's name ends with ("Kelby Mining", "Brightwave Energy").
INDUSTRY_NAME_WORDS = frozenset({
    "mining", "minerals", "metals", "resources", "earths", "energy", "renewables", "solar", "hydrogen", "petroleum",
    "oil", "gas", "utilities", "materials", "chemicals", "cement", "foods", "beverages", "brewing", "breweries",
    "dairy", "farms", "seeds", "agri", "motors", "automotive", "batteries", "aerospace", "airways", "airlines",
    "shipping", "logistics", "telecom", "telecoms", "networks", "devices", "electronics", "semiconductor",
    "semiconductors", "robotics", "software", "technologies", "systems", "labs", "pharma", "pharmaceuticals",
    "therapeutics", "biotech", "healthcare", "insurance", "properties", "realty", "construction", "engineering",
    "infrastructure", "textiles", "apparel", "retail", "media", "studios", "ventures", "capital", "holdings",
    "group", "partners", "investments", "industries", "enterprises", "corporation", "corp", "inc", "ltd", "plc"})

# Words in the name of a public body, which "the company" or "the group" never means.
PUBLIC_BODY_WORDS = frozenset({"commission", "ministry", "government", "council", "parliament", "department",
                               "cabinet", "senate", "congress", "assembly", "court", "treasury", "regulator",
                               "committee"})
# Head words of names that no "company" or "utility" stands for: public bodies, and the funds,
# agencies and foundations that pay for a project rather than run it.
NO_COMPANY_WORDS = PUBLIC_BODY_WORDS | frozenset({"agency", "fund", "authority", "office", "bureau", "programme",
                                                  "program", "facility", "foundation", "institute", "university",
                                                  "union", "organisation", "organization"})
# Regions that no government of their own runs: "the government" of a story about them is the country's.
UNGOVERNED_REGIONS = frozenset({"England"})

# Words in a company's name that say its trade, for the description that stands for it.
TRADE_NAME_WORDS = {
    **dict.fromkeys(("carrier", "airline"), frozenset({"airways", "airlines", "air", "aviation"})),
    "utility": frozenset({"power", "electric", "water", "gas", "utilities"}),
    "miner": frozenset({"mining", "minerals", "resources", "metals"}),
    **dict.fromkeys(("automaker", "carmaker"), frozenset({"motors", "motor", "automotive", "auto"})),
    "insurer": frozenset({"insurance", "assurance", "re"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors", "microelectronics", "microdevices"}),
    "developer": frozenset({"properties", "property", "developments", "land", "realty"}),
    "operator": frozenset({"telecom", "telecoms", "mobile", "networks", "communications"}),
}
# Head words of the names of state-owned firms that run things ("Federal Electricity Commission").
# the bodies that decide for an organisation: "approved by the agency's board" is the agency's act
GOVERNING_BODIES = frozenset({"board", "shareholders", "trustees", "directors", "cabinet", "council"})

STATE_FIRM_WORDS = frozenset({"commission", "authority", "board"})
# Descriptions of a business ("the utility", "the operator"): never one of the above.
BUSINESS_DESCRIPTIONS = frozenset({"company", "firm", "group", "utility", "operator", "carrier", "miner", "retailer",
                                   "insurer", "startup", "start-up", "conglomerate", "manufacturer", "producer",
                                   "developer", "provider", "airline", "brewer", "chipmaker", "automaker", "carmaker"})

# Prepositions inside a subject that lead to the recipient, not the actor ("X's investment in Y").
SUBJECT_RECIPIENT_PREPOSITIONS = frozenset({"in", "to", "for", "into", "toward", "towards", "between"})

# What opens a clause with a subject of its own that tells another act: its own time ("after Y
# raised her pledge to N": Y's act, not the main clause's), or beside the pledge ("..., while Z
# pledged N for refugees in W": no recipient of the pledge before it).
TIME_OF_ITS_OWN_MARKS = frozenset({"after", "once", "since", "when"})
ASIDE_MARKS = TIME_OF_ITS_OWN_MARKS | {"before", "while", "as", "because", "although", "though", "whereas"}

RECIPIENT_PREPOSITIONS = frozenset({"in", "to", "for", "with", "into", "toward", "towards", "between"})

# Dependents before the subject that set the scene rather than state the pledge; the
# passage starts after them ("Under the deal, ", "BERLIN, March 3 — ").
LEADING_ADJUNCTS = frozenset({"prep", "advmod", "npadvmod", "advcl", "punct", "intj", "cc", "dep", "mark"})

# Verbs that make a commitment funding whatever is funded; and verbs that do so when they
# give an amount ("will provide $75 million to back ...").
FUNDING_VERBS = frozenset({"fund", "finance", "donate", "grant", "award", "sponsor", "bankroll", "subsidise", "subsidize", "lend",
                           "co-fund", "co-finance"})
GIVING_VERBS = frozenset({"provide", "contribute", "support", "give", "back", "offer"})

# Which kind of commitment a word of the pledge suggests; first match wins.
KIND_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("training", frozenset({"train", "training", "upskill", "skill", "skills", "skilling", "education", "workforce", "scholarship", "apprentice", "apprenticeship",
                            "school", "academy", "course", "courses", "bootcamp", "fellowship", "fellowships"})),
    ("facility", frozenset({"open", "host", "house", "lab", "laboratory", "facility", "centre", "center", "plant", "factory", "campus", "hub", "office", "construct", "fab",
                            "gigafactory", "datacenter", "headquarters", "site", "line", "mill", "refinery", "terminal",
                            "port", "warehouse", "depot", "station"})),
    ("resources", frozenset({"gpu", "gpus", "compute", "computational", "resources", "chips", "hardware", "supply", "supercomputer",
                             "accelerators", "servers", "secure", "acquire", "procure", "purchase"})),
    ("research", frozenset({"research", "collaboration", "study", "partnership", "partnerships"})),
    ("policy", frozenset({"policy", "policies", "standard", "standards", "label", "labeling", "labelling", "transparency",
                          "safety", "regulation", "regulations", "regulate", "rule", "rules", "law", "legislation",
                          "framework", "guideline", "guidelines", "treaty", "reform", "reforms", "ban",
                          "tariff", "tariffs", "tax", "incentive", "incentives", "governance",
                          "oversight", "cooperation", "agree", "cybersecurity", "privacy", "emission",
                          "emissions", "carbon", "climate", "net-zero", "neutrality", "curb",
                          "protect", "protection", "enforce", "mandate"})),
    ("funding", frozenset({"fund", "funding", "grant", "grants", "donate", "donation", "finance", "backing", "loan", "subsidy", "subsidies"})),
    ("investment", frozenset({"invest", "investment", "investments", "spend", "spending", "boost", "bet", "outlay",
                              "stake", "capex", "expenditure", "injection"})),
)

# Titles that name an office, not who holds it: a headline's "Crown prince unveils ..." gives
# way to the giver its lead names.
ROLE_TITLES = frozenset({"prince", "princess", "minister", "president", "premier", "king", "queen", "emir",
                         "chancellor", "mayor", "governor", "ruler", "sultan", "sheikh", "monarch", "taoiseach"})
