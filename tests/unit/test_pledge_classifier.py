"""The pledge classifier experiment (issue #12): the rebuild command trains the same model
every time, the model tells a pledge from a figure that is none, and extraction consults
it only where asked. Sentences are written for these tests (invented names and sums)."""
from __future__ import annotations

import pytest
from test_extract_amount_first import _extract, _money, nlp  # noqa: F401  (nlp is a fixture)

from commitments.extract import pledge_classifier as pc
from commitments.extract.money import find_amounts
from commitments.extract.train_classifier import main as rebuild

pytestmark = pytest.mark.slow

PLEDGE = "Orvane Foods will invest €400 million in a new dairy plant in Tullow by 2028."
NOT_PLEDGE = "Orvane Foods reported revenue of €400 million last year, up from €350 million."
# a pledge tracker's lines with no verb and no lead-in ending on a colon: no rule of the amount-first pass gives them a record
TRACKER = ("Private donors lined up behind the Arctic Seed Vault Fund on Tuesday, and the tally grew.\n"
           "1. Orvane Holdings: €2.5 billion, the largest share\n2. Tullow Foundation: €1.2 billion\n")


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The rebuild command run twice on one training split (the one whose misses the rules least cover), into two folders."""
    out = tmp_path_factory.mktemp("classifier")
    for name in ("a", "b"):
        assert rebuild(["--set", "tests/corpus/blind2/gold.json:tests/corpus/blind2/docs",
                        "--out", str(out / name)]) == 0
    return out


@pytest.fixture
def classifier_reset():
    yield
    pc.configure()


def _score(nlp, model, text):  # noqa: F811
    doc = nlp(text)
    amounts = find_amounts(text)
    return pc.pledge_scores([pc.window_of(doc, amounts[0], amounts)], model)[0]


def test_the_rebuild_command_trains_the_same_model_every_time(trained):
    for part in ("textcat/model", "config.cfg", "vocab/strings.json"):
        assert (trained / "a" / part).read_bytes() == (trained / "b" / part).read_bytes(), part


def test_the_trained_model_scores_a_pledge_above_a_reported_revenue(trained, nlp):  # noqa: F811
    model = pc.load_classifier(str(trained / "a"))
    assert _score(nlp, model, PLEDGE) > _score(nlp, model, NOT_PLEDGE)


def test_extraction_consults_no_classifier_unless_asked(nlp, monkeypatch, classifier_reset):  # noqa: F811
    monkeypatch.delenv(pc.ENV, raising=False)
    assert not pc.classifier_on()
    assert _extract(nlp, TRACKER) == []


def test_an_amount_the_classifier_takes_for_a_pledge_becomes_a_record_of_its_list_line(
        trained, nlp, classifier_reset):  # noqa: F811
    model = pc.load_classifier(str(trained / "a"))
    # threshold 0: every amount that reaches the classifier is taken; what is tested is the record it makes
    pc.configure(scorer=lambda windows: pc.pledge_scores(windows, model), threshold=0.0)
    recs = _extract(nlp, TRACKER)
    assert [(r.actors, _money(r), r.rule) for r in recs] == [
        (["Orvane Holdings"], (2.5e9, "EUR"), "amount-learned"),
        (["Tullow Foundation"], (1.2e9, "EUR"), "amount-learned"),
    ]


def test_leaving_one_split_out_makes_one_fold_of_each_split():
    from commitments.extract.train_classifier import Labelled, split_folds

    items = [Labelled(split, "docs", None, None, {}) for split in ("a.json", "b.json", "a.json", "c.json", "b.json")]
    assert split_folds(items) == [[0, 2], [1, 4], [3]]


def test_the_leave_one_split_out_command_scores_the_rules_as_eval_does(capsys):
    import json

    from commitments.extract.evaluate import score
    from commitments.extract.train_classifier import CHECKOUT
    from commitments.tui.cli.eval_cmd import _extract

    sets = ["--set", "tests/corpus/dev2/gold.json:tests/corpus/dev2/docs",
            "--set", "tests/corpus/dev3/gold.json:tests/corpus/dev3/docs"]
    assert rebuild(["--loso", *sets, "--thresholds", "0.5"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # one line per split and a total, for the rules alone and for the threshold tried
    assert [line.split()[:2] for line in lines] == [
        [setting, split] for setting in ("rules", "t=0.5")
        for split in ("tests/corpus/dev2/gold.json", "tests/corpus/dev3/gold.json", "TOTAL")]
    docs = CHECKOUT / "tests/corpus/dev2/docs"
    gold = json.loads((CHECKOUT / "tests/corpus/dev2/gold.json").read_text(encoding="utf-8"))
    pc.configure(off=True)
    try:
        f1 = score(gold, docs, _extract(gold, docs))["all"]["f1"]
    finally:
        pc.configure()
    assert f"F1 {f1:.3f}" in lines[0]
