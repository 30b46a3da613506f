"""Repairs to two attachments the small English parser gets wrong often enough to matter.

Every rule downstream reads the dependency tree, so a repair here mends them all at once.
Both run right after the parser (before the attribute ruler sets coarse parts of speech,
so they read fine-grained tags) and visit only the few tokens they concern: this runs on
every document.

- **A detached apposition**: "The council has agreed to pay into a reserve, the Harbour
  Fund, which ...": the parser may make "the Harbour Fund" an apposition of "council", the
  clause's subject, rather than of "reserve" just before it, and every rule that reads an
  apposition as another name for its head then names the wrong actor. An apposition stands
  next to what it renames: where the words just before it (after its comma or dash) are no
  part of its head's phrase, it is hung on the noun there.
- **A subject hung as an apposition**: "Under the deal signed in Tunis, the Caisse Nationale
  (CN) will mobilise N": the parser may hang the name before "will" on the place before it,
  and leave the verb without a subject. A verb whose auxiliary comes right after a name so
  hung, with no subject of its own, has that name as subject.
- **An opening participle taken for the subject**: "Opening the session in parliament,
  Ms Ortiz, who also chairs the committee, said ...": the parser may make the participle the
  subject of "said" and hang the name on the place before it. A name set off by a comma
  inside a participle that opens the sentence and governs its verb is that verb's subject.
- **"dollar for dollar"**: "has agreed to match, dollar for dollar, new gifts of up to N":
  the parser may take the idiom's first noun for the verb's object or an adverb of the verb
  before "match", and hang the real object (or the sum) on it. The idiom is an adverb of the
  verb before it; what hangs on it hangs on that verb (a noun as its object).
- **"make N available"**: "will make 40 million euros available to the fund, shared
  between two ministries": the parser may read the sum as the subject of a clause of its
  own under "make" (of the participle after it, or of "available"), and the sum no longer
  looks given. The sum is what is made available: the object of "make".
"""
from __future__ import annotations

_APPOSITION_MARKS = frozenset({",", "-", "–", "—", "("})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_MAKE = frozenset({"make", "makes", "making", "made"})


def repair_parse(doc):
    _reattach_detached_appositions(doc)
    _make_available(doc)
    _subject_hung_as_apposition(doc)
    _subject_inside_an_opening_participle(doc)
    _unit_for_unit(doc)
    return doc


def _tokens(doc, attr: str, value: str):
    key = doc.vocab.strings[value]
    return [doc[int(i)] for i in (doc.to_array(attr) == key).nonzero()[0]]


def _reattach_detached_appositions(doc) -> None:
    for apposition in _tokens(doc, "DEP", "appos"):
        head = apposition.head
        # a common-noun apposition may sum up a whole clause ("..., the largest gift in its
        # history"): only a name is taken to rename the noun beside it
        if not apposition.tag_.startswith("NNP"):
            continue
        before = apposition.left_edge.i - 1
        while before > head.i and doc[before].text in _APPOSITION_MARKS:
            before -= 1
        if before <= head.i or "\n" in doc[before:apposition.i].text:
            continue
        neighbour = doc[before]
        if not neighbour.tag_.startswith("NN") or neighbour.sent.start != apposition.sent.start:
            continue
        if head in neighbour.ancestors or apposition in neighbour.ancestors:
            continue
        apposition.head = neighbour


def _make_available(doc) -> None:
    for available in _tokens(doc, "LOWER", "available"):
        if available.dep_ == "ccomp" and available.head.lower_ in _MAKE:
            # "make [N available]": the sum read as the subject of a small clause
            noun = next((c for c in available.children if c.dep_ == "nsubj" and c.i < available.i), None)
            make, clause = available.head, available
            modifier = "amod"
        else:
            # "make N available, split ...": the sum read as the subject of the participle
            noun = available.head
            clause, make = noun.head, noun.head.head
            modifier = "acl"
            if noun.dep_ != "nsubj" or not clause.tag_.startswith("VB") or clause.i < noun.i \
                    or clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
                continue
        if noun is None or make.lower_ not in _MAKE or make.i > noun.i:
            continue
        noun.head, noun.dep_ = make, "dobj"
        clause.head, clause.dep_ = noun, modifier


def _subject_hung_as_apposition(doc) -> None:
    for aux in _tokens(doc, "DEP", "aux"):
        verb = aux.head
        # (not an infinitive's "to": "operators X and Y to connect villages" has its subject)
        if aux.i == 0 or aux.tag_ == "TO" or verb.i < aux.i or any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        last = doc[aux.i - 1]
        name = last
        while name.dep_ != "appos" and name.head.i != name.i and name.head.right_edge.i == last.i:
            name = name.head
        if name.dep_ != "appos" or not name.tag_.startswith("NNP") or name.head.i > name.i:
            continue
        if name.right_edge.i != last.i or name in verb.ancestors or name.sent.start != verb.sent.start:
            continue
        name.head, name.dep_ = verb, "nsubj"


def _subject_inside_an_opening_participle(doc) -> None:
    for part in _tokens(doc, "TAG", "VBG"):
        verb = part.head
        if part.dep_ != "nsubj" or part.i != part.sent.start or verb.i < part.i:
            continue
        name = next((t for t in part.subtree if t.dep_ == "appos" and t.tag_.startswith("NNP")
                     and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","), None)
        if name is None:
            continue
        name.head, name.dep_ = verb, "nsubj"
        part.dep_ = "advcl"


_UNITS = frozenset({"dollar", "pound", "euro", "rand", "rupee", "shilling", "franc", "krone", "krona", "peso"})


def _unit_for_unit(doc) -> None:
    for prep in _tokens(doc, "LOWER", "for"):
        if prep.i == 0 or prep.i + 1 >= len(doc):
            continue
        first = doc[prep.i - 1]
        if first.lower_ not in _UNITS or doc[prep.i + 1].lower_ != first.lower_:
            continue
        verb = next((t for t in reversed(doc[first.sent.start:first.i]) if t.tag_.startswith("VB")), None)
        if verb is None or prep.head.i != first.i:
            continue
        hung = [c for c in first.children if c.dep_ in ("conj", "appos", "compound", "dobj", "nummod")]
        first.head, first.dep_ = verb, "npadvmod"
        for c in hung:
            c.head = verb
            c.dep_ = "dobj" if c.tag_.startswith("NN") and not any(d.dep_ == "dobj" for d in verb.children) else "npadvmod"
