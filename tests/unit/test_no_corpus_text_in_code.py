"""The project rule: no seed sentences or names from an evaluation text in the code.

Every quoted phrase of six or more words in extract/ (in a comment, a docstring or a
string) must not occur verbatim in an evaluation text: the corpora's documents, the dev
documents and the seeds. Examples in comments are invented, of the same shape."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVALUATION_TEXTS = ["tests/corpus/*/docs/**/*", "tests/dev/docs/**/*", "seeds/**/*"]
MIN_WORDS = 6
# Everyday phrases any news text may hold: a rule's description, not a corpus sentence.
GENERIC = frozenset({"by the end of the decade", "This post was last modified on"})

_QUOTED = re.compile(r'["“]([^"”\n]{12,}?)["”]')
# a comment or docstring that goes on over the next line: its marker is not part of the phrase
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?:#[ \t]*)?")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")


def evaluation_text(root: Path) -> str:
    files = {f for pattern in EVALUATION_TEXTS for f in root.glob(pattern) if f.is_file()}
    return _SPACE.sub(" ", "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in sorted(files)))


def quoted_phrases(source: str) -> set[str]:
    """The quoted phrases of a source, read line by line and with the lines of a comment
    or docstring joined (a quotation may run on to the next line)."""
    found = set()
    for text in (*source.splitlines(), _LINE_BREAK.sub(" ", source)):
        for m in _QUOTED.finditer(text):
            phrase = _SPACE.sub(" ", m.group(1)).strip(" .,")
            if sum(1 for w in phrase.split() if _WORD.search(w)) >= MIN_WORDS and phrase not in GENERIC:
                found.add(phrase)
    return found


def corpus_phrases_in_code(code_root: Path, text: str) -> list[str]:
    return [f"{f.relative_to(code_root)}: {phrase}"
            for f in sorted(code_root.rglob("*.py"))
            for phrase in sorted(quoted_phrases(f.read_text(encoding="utf-8"))) if phrase in text]


def test_the_evaluation_texts_are_there():
    assert len(evaluation_text(ROOT)) > 100_000


def test_no_quoted_phrase_of_the_code_comes_from_an_evaluation_text():
    assert corpus_phrases_in_code(ROOT / "extract", evaluation_text(ROOT)) == []


def test_a_quoted_corpus_sentence_is_found(tmp_path):
    text = evaluation_text(ROOT)
    sentence = next(s for s in re.split(r"(?<=[.!?]) ", text) if 8 <= len(s.split()) <= 20 and '"' not in s)
    (tmp_path / "rule.py").write_text(f'x = 1  # "{sentence}": an example\n', encoding="utf-8")
    assert corpus_phrases_in_code(tmp_path, text) == [f"rule.py: {sentence.strip(' .,')}"]
