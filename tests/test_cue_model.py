"""The learned cue detector: shipped weights load, score report words above acts, stay small."""

from __future__ import annotations

import json

import pytest

from saidwhat.extract import cue_model


def test_hashing_is_stable() -> None:
    # crc32, not Python's salted hash(): the shipped weights must mean the same in every process
    assert cue_model.hashed(["cue:l=say"]) == cue_model.hashed(["cue:l=say"])
    assert all(0 <= i < cue_model.DIM for i in cue_model.hashed(["a", "b", "c:d"]))


def test_hashed_weights_round_trip() -> None:
    weights = {7: 0.125, 3: -2.5, 1 << 19: 0.001, 42: 3.879}
    packed = cue_model.HashedWeights.decode(json.loads(json.dumps(cue_model.HashedWeights.encode(weights))))
    assert {k: packed.get(k) for k in weights} == weights
    assert dict(packed.items()) == weights and len(packed) == 4
    assert packed.get(8) == 0.0 and packed.get(0, -1.0) == -1.0 and packed.get(1 << 20) == 0.0
    packed.DICT_AFTER = 3  # a long run switches to a dict: the same answers
    answers = [packed.get(k) for k in (*weights, 8, 9, 10)]
    assert answers == [packed.get(k) for k in (*weights, 8, 9, 10)] == [*weights.values(), 0.0, 0.0, 0.0]


@pytest.fixture(scope="module")
def model() -> cue_model.CueModel:
    """The shipped model, as this process's resources loaded it."""
    from saidwhat.resources import current

    return current().cue_model


def test_shipped_weights_are_small_and_well_formed(model) -> None:
    data = json.loads(cue_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert cue_model.MODEL_PATH.stat().st_size < 3_000_000
    weights = cue_model.HashedWeights.decode(data["weights"])
    assert len(weights) > 1000
    assert {"cue", "content", "source"} <= set(data["thresholds"])
    assert "text" not in data  # weights only, no article text
    assert model.available()


@pytest.fixture(scope="module")
def nlp():
    from saidwhat.parse import load_nlp

    return load_nlp()


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_report_verbs_score_above_acts(nlp, model) -> None:
    doc = nlp("The senator praised the governor for his handling of the crisis. "
              "The company built a new factory near the river.")
    assert model.cue_prob(_tok(doc, "praised")) > model.cue_prob(_tok(doc, "built"))
    assert model.cue_prob(_tok(doc, "built")) < model.threshold("cue")


def test_content_and_source_parts(nlp, model) -> None:
    doc = nlp("Critics questioned whether the plan would work.")
    cue = _tok(doc, "questioned")
    subj, clause = _tok(doc, "Critics"), _tok(doc, "work")
    assert model.prob("source", cue_model.part_features(cue, subj, False)) > 0.5
    assert model.prob("content", cue_model.part_features(cue, clause, False)) > 0.5
    assert model.prob("content", cue_model.part_features(cue, subj, False)) < 0.5


def test_statement_filter_features(nlp, model) -> None:
    from saidwhat.extract.statements import extract_statements
    from saidwhat.parse import ParsedDoc
    from saidwhat.records import DocumentInfo, Span
    from saidwhat.resources import current

    text = "Republican leaders were sharply critical of the governor's decision to delay the vote."
    doc = nlp(text)
    info = DocumentInfo(doc="t", body=[Span(0, len(text), text)])
    for st in extract_statements(ParsedDoc(doc, text, info.body), info, model, current().cue_lexicon):
        feats = model.statement_features(doc, st)
        assert "r=" + st.rule in feats and 0.0 <= model.prob("stmt", feats) <= 1.0
    assert 0.0 < model.threshold("stmt", 0.0) < 1.0


def test_scores_follow_the_model_asked(nlp, model) -> None:
    # scores are remembered per word and per feature: another model must not reuse them
    doc = nlp("The senator said the bill was dead.")
    said = _tok(doc, "said")
    shipped = model.cue_prob(said)
    assert shipped > 0.5
    empty = cue_model.CueModel({}, {})  # no weights at all: every score is exactly even
    assert not empty.available()
    assert empty.cue_prob(said) == 0.5
    assert empty.prob("cue", cue_model.cue_features(said)) == 0.5
    assert model.cue_prob(said) == shipped
    assert model.weight("cue:l=say") == model.lemma_weight("say") != 0.0


def test_cached_cue_score_is_the_feature_sum(nlp, model) -> None:
    # `cue_prob` reads cached groups of weights: the very same float as summing `cue_features`
    doc = nlp("\"It is over,\" the senator's aide told reporters on Monday, and critics, who doubted it, "
              "questioned whether the plan would work. Her warning that taxes rise was praised.")
    for tok in doc:
        assert model.cue_prob(tok) == model.prob("cue", cue_model.cue_features(tok))
    bias = cue_model.CueModel({cue_model.hashed(["cue:b"])[0]: 0.25}, {})
    assert bias.cue_prob(doc[0]) == bias.prob("cue", cue_model.cue_features(doc[0])) != 0.5
