"""The learned event type: the shipped model loads and answers, and numpy reads a trained model as scikit-learn does."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.events import classifier, training


def test_the_shipped_model_loads_and_scores_every_class():
    model = classifier.load()
    assert model is not None and "YIELD" in model.classes and "CONSULT" in model.classes
    scores = model.scores(["w:met", "v:root:meet", "r:type:CONSULT"])
    assert set(scores) == set(model.classes)


def test_numpy_scores_are_the_svm_margins(tmp_path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    feats = [["w:met", "v:root:meet"], ["w:attacked", "v:root:attack"], ["w:talks", "w:held"],
             ["w:shelled", "v:root:shell"], ["w:visited"], ["w:bombed", "w:bombed"]]
    labels = ["CONSULT", "ASSAULT", "CONSULT", "ASSAULT", "CONSULT", "ASSAULT"]
    model = training.fit(feats, labels)
    model.save(tmp_path / "m.npz")
    model = classifier.TypeModel.read(tmp_path / "m.npz")
    vec = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True)
    svm = LinearSVC(C=training.C, random_state=training.SEED).fit(vec.fit_transform(feats), labels)
    probe = ["w:bombed", "w:met", "w:unknown"]
    margin = float(svm.decision_function(vec.transform([probe]))[0])  # two classes: one margin, for classes_[1]
    scores = model.scores(probe)
    assert np.isclose(scores[svm.classes_[1]], margin, atol=1e-3)


def test_a_documents_sentences_scored_together_score_as_one_by_one():
    model = classifier.load()
    batch = [["w:met", "v:root:meet", "r:type:CONSULT"], [], ["w:no-such-feature"],
             ["w:troops", "w:troops", "w:troops", "v:root:withdraw"], ["w:met"]]
    together = model.scores_many(batch)
    assert len(together) == len(batch) and model.scores_many([]) == []
    for feats, scores in zip(batch, together):
        alone = model.scores(feats)
        assert scores.keys() == alone.keys()
        assert all(np.isclose(scores[c], alone[c], rtol=0, atol=1e-12) for c in alone)


def test_yield_is_concede_unless_the_rules_said_retreat():
    assert classifier.label_of("RETREAT") == classifier.label_of("CONCEDE") == "YIELD"
    assert classifier.type_of("YIELD", "RETREAT") == "RETREAT" and classifier.type_of("YIELD", "ASSAULT") == "CONCEDE"


def _sure_of_none(lead: float) -> classifier.TypeModel:
    """A model that takes every sentence for no event, `lead` above its one type (its biases alone)."""
    return classifier.TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((2, 0)),
                                bias=np.array([lead, 0.0]), classes=[classifier.NONE, "SUPPORT"])


def test_no_event_drops_the_dictionarys_candidates_before_the_hand_written_ones(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    lead = (coder_module.NONE_MARGIN + coder_module.HAND_NONE_MARGIN) / 2
    try:
        coder.model = _sure_of_none(lead)
        assert [e.trigger for e in coder.code(nlp("Kenya Airways rewarded Japan."))] == []  # the converted
        # dictionary's (an act of words of two states it keeps whatever the lead, as a hand entry's: round 70)
        assert [e.trigger for e in coder.code(nlp("Kenya rewarded Japan."))] == ["rewarded"]
        # (a hand entry's act through a firm: one of two states on each other is kept whatever the model's lead,
        # round 63's coder._states_on_both_sides)
        assert [e.trigger for e in coder.code(nlp("Kenya Airways endorsed Japan's bid."))] == ["endorsed"]  # a hand entry
        coder.model = _sure_of_none(coder_module.HAND_NONE_MARGIN)
        assert coder.code(nlp("Kenya Airways endorsed Japan's bid.")) == []
    finally:
        coder.model = held


def test_no_event_sentences_are_read_from_economic_wire_stories_only(tmp_path, nlp):
    import gzip
    import json

    corpus = tmp_path / "r.jsonl.gz"
    rows = [{"id": "1", "newid": 1, "topics": ["earn"], "text_type": "NORM",
             "text": "Kenya Breweries agreed to buy a Ugandan bottler for 20 mln dlrs, the company said. " * 5},
            {"id": "2", "newid": 2, "topics": ["earn", "crude"], "text_type": "NORM",
             "text": "Kenya cut oil output. " * 30},
            {"id": "3", "newid": 3, "topics": ["acq"], "text_type": "NORM", "text": "Japan agreed terms. " * 30}]
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in rows)
    found = training.economic(corpus, nlp, exclude={"3"})
    assert found and {s.id.split(":")[0] for s in found} == {"1"} and {s.label for s in found} == {classifier.NONE}


def _leaning(ptype: str, margin: float, none: float = -2.0) -> classifier.TypeModel:
    """A model whose answer is the same for every sentence: `ptype` with this margin, no event well below it."""
    return classifier.TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((2, 0)),
                                bias=np.array([none, margin]), classes=[classifier.NONE, ptype])


def test_the_model_adds_an_event_on_a_main_verb_the_rules_left_alone_with_one_side_named(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    text = "The Kenyan navy shepherded the cargo ships through the strait."  # no dictionary word; one actor
    try:
        coder.model = None
        assert coder.code(nlp(text)) == []
        coder.model = _leaning("COOPERATE", coder_module.CREATE_AT + 0.1)
        added = coder.code(nlp(text))
        assert [(e.type, e.trigger, bool(e.source)) for e in added] == [("COOPERATE", "shepherded", True)]
        assert 0.1 <= added[0].confidence <= 0.5  # the model's own events are the least sure
        coder.model = _leaning("COOPERATE", coder_module.CREATE_AT - 0.1)  # not sure enough
        assert coder.code(nlp(text)) == []
        coder.model = _leaning("COOPERATE", coder_module.CREATE_AT + 0.1, none=coder_module.CREATE_AT + 0.2)
        assert coder.code(nlp(text)) == []  # it prefers no event
        coder.model = _leaning("COOPERATE", coder_module.CREATE_AT + 0.1)
        assert coder.code(nlp("Kenya remains the largest economy of the region.")) == []  # "remain" names no event
    finally:
        coder.model = held


def test_the_model_adds_no_event_on_a_figures_move(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    try:
        coder.model = _leaning("AID", coder_module.CREATE_AT + 0.5)
        for text in ("Chile's copper shipments to Korea dropped to $800 million in 2017.",
                     "Norway's fish sales to Vietnam climbed by 14 percent last year."):
            assert coder.code(nlp(text)) == [], text  # a figure verb with an amount: a figure, no act
        # the same verb without an amount, or an amount on a verb of no figure, is the model's to judge
        assert [e.trigger for e in coder.code(nlp("Kenya dropped its claim to the island."))] == ["dropped"]
        assert [e.trigger for e in coder.code(nlp("Japan shipped $40 million of rice to Haiti."))] == ["shipped"]
    finally:
        coder.model = held


def _biased(**margins: float) -> classifier.TypeModel:
    """A model that gives every sentence these margins (its biases alone)."""
    return classifier.TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((len(margins), 0)),
                                bias=np.array(list(margins.values())), classes=list(margins))


def test_the_model_retypes_only_when_sure_and_not_to_another_candidates_type(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    sure, low = coder_module.RETYPE_AT + 0.2, coder_module.RETYPE_AT - coder_module.HAND_MARGIN - 1.0
    others = {"NONE": low, "AGREE": low, "PROTEST": low}
    try:
        coder.model = _biased(**others, SUPPORT=sure)
        assert [e.type for e in coder.code(nlp("Chad and Sudan reached a deal on Sunday."))] == ["SUPPORT"]
        coder.model = _biased(**others, SUPPORT=coder_module.RETYPE_AT - 0.1)  # not sure of any type
        assert [e.type for e in coder.code(nlp("Chad and Sudan reached a deal on Sunday."))] == ["AGREE"]
        # the sentence's other act is what the model saw: the rally stays a protest, the arrest a coercion
        coder.model = _biased(**others, COERCE=sure)
        events = coder.code(nlp("Thousands of Kurds rallied in Erbil, where police arrested two journalists."))
        assert sorted(e.type for e in events) == ["COERCE", "PROTEST"]
        # a told background stays behind the sentence's own report; another main act the model takes the sentence
        # for becomes the sentence's most confident event
        assert max(events, key=lambda e: e.confidence).type == "PROTEST"
        coder.model = None
        text = "Kenya criticised Uganda and expelled two of its diplomats."
        assert max(coder.code(nlp(text)), key=lambda e: e.confidence).type == "ACCUSE"
        coder.model = _biased(**others, ACCUSE=low, SANCTION=sure)
        events = coder.code(nlp(text))
        assert sorted(e.type for e in events) == ["ACCUSE", "SANCTION"]
        assert max(events, key=lambda e: e.confidence).type == "SANCTION"
    finally:
        coder.model = held


def test_another_candidate_takes_the_main_ones_place_only_by_the_lead_a_retype_needs(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    low, sure = -2.0, coder_module.RETYPE_AT + 0.2
    others = {"NONE": low, "AGREE": low, "PROTEST": low}
    text = "Kenya criticised Uganda and expelled two of its diplomats."  # a hand-written ACCUSE, then a SANCTION
    try:
        coder.decisions = []
        coder.model = _biased(**others, ACCUSE=sure, SANCTION=sure + coder_module.HAND_MARGIN / 2)
        events = coder.code(nlp(text))
        assert coder.decisions and coder.decisions[0]["hand"] and coder.decisions[0]["other"]
        assert max(events, key=lambda e: e.confidence).type == "ACCUSE"  # barely preferred: the rules' main act
        assert sorted(e.type for e in events) == ["ACCUSE", "SANCTION"]  # and neither is retyped
        coder.model = _biased(**others, ACCUSE=sure, SANCTION=sure + coder_module.HAND_MARGIN + 0.1)
        assert max(coder.code(nlp(text)), key=lambda e: e.confidence).type == "SANCTION"
    finally:
        coder.model, coder.decisions = held, None


def test_a_dictionary_type_is_retyped_only_by_a_lead_above_a_retrainings_noise(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    text = "Peru put forward a plan to lower duties on tin."  # the converted dictionary's REQUEST
    low = -2.0
    try:
        coder.decisions = []
        coder.model = _biased(NONE=low, AGREE=low, REQUEST=-0.5, ACCUSE=-0.5 + coder_module.DICTIONARY_MARGIN / 2)
        assert [e.type for e in coder.code(nlp(text))] == ["REQUEST"]  # a coin toss a retraining turns
        assert coder.decisions and not any(d["hand"] for d in coder.decisions)
        coder.model = _biased(NONE=low, AGREE=low, REQUEST=-0.5, ACCUSE=-0.5 + coder_module.DICTIONARY_MARGIN + 0.1)
        assert [e.type for e in coder.code(nlp(text))] == ["ACCUSE"]
    finally:
        coder.model, coder.decisions = held, None


def test_the_models_events_never_reuse_an_event_id(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    # the first sentence names the visit of the second again (dropped, its number stays used); the third has no
    # candidate, the model adds one
    text = ("It was her second visit to Uganda. Kenya's president visited Uganda on Monday. "
            "The Kenyan navy escorted Ugandan cargo ships through the strait.")
    try:
        coder.model = _leaning("COOPERATE", 1.0)
        doc = nlp(text)
        doc._.doc_id = "d"
        ids = [e.id for e in coder.code(doc)]
        assert len(ids) == len(set(ids)) and len(ids) >= 2, ids
    finally:
        coder.model = held


def test_the_model_adds_no_meeting_on_a_verb_of_saying(code):
    # (without the rule the model added a CONSULT "meet" on "told" here)
    events, actors = code("Albanese told Xi that his stops in Beijing and Shanghai during the visit had shown him "
                          "how quickly Chinese cities grow.")
    assert not [e for e in events if e.type == "CONSULT" and e.trigger == "told"]


def test_the_coder_records_its_type_decisions_when_asked(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    assert coder.decisions is None  # nothing is recorded unless asked
    coder.decisions = []
    try:
        nlp("Chile's president met the Bolivian foreign minister in Santiago on Monday.")  # the component codes it
        (decision,) = coder.decisions
    finally:
        coder.decisions = None
    assert decision["rule"] == "CONSULT" and decision["hand"] is True
    assert decision["model"] in coder.model.classes and isinstance(decision["margin"], float)


def test_a_model_barely_sure_of_its_type_must_lead_no_event_to_add_one(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    text = "The Kenyan navy shepherded the cargo ships through the strait."
    unsure = (coder_module.CREATE_AT + coder_module.CREATE_UNSURE_AT) / 2  # sure enough, barely
    try:
        # barely sure, and no event a hair behind (business prose: every margin near CREATE_AT): no event added
        coder.model = _leaning("COOPERATE", unsure, none=unsure - 0.01)
        assert coder.code(nlp(text)) == []
        # barely sure, but well ahead of no event: added
        coder.model = _leaning("COOPERATE", unsure, none=unsure - coder_module.CREATE_UNSURE_LEAD - 0.05)
        assert [e.trigger for e in coder.code(nlp(text))] == ["shepherded"]
        # sure of the type: a small lead over no event is enough
        sure = coder_module.CREATE_UNSURE_AT + 0.1
        coder.model = _leaning("COOPERATE", sure, none=sure - coder_module.CREATE_LEAD - 0.01)
        assert [e.trigger for e in coder.code(nlp(text))] == ["shepherded"]
        coder.model = _leaning("COOPERATE", sure, none=sure - coder_module.CREATE_LEAD / 2)  # a coin toss
        assert coder.code(nlp(text)) == []
    finally:
        coder.model = held


def test_the_guard_for_added_events_reads_both_margins():
    from dossier.events.coder import CREATE_AT, CREATE_LEAD, CREATE_UNSURE_AT, CREATE_UNSURE_LEAD, creates

    assert creates(CREATE_UNSURE_AT + 0.05, CREATE_UNSURE_AT)  # sure enough, ahead of no event
    assert not creates(CREATE_UNSURE_AT + 0.05, CREATE_UNSURE_AT + 0.1)  # prefers no event
    assert not creates(0.0, -CREATE_LEAD / 2)  # sure of the type, but ahead of no event by less than a retraining moves
    assert creates(0.0, -CREATE_LEAD)
    assert not creates(CREATE_AT - 0.01, -3.0)  # not sure of any type, however far ahead of no event
    assert creates(CREATE_AT + 0.01, CREATE_AT + 0.01 - CREATE_UNSURE_LEAD)  # barely sure, ahead by the lead
    assert not creates(CREATE_AT + 0.01, CREATE_AT)  # barely sure, ahead by a hundredth
    assert creates(CREATE_AT + 0.01, None)  # a model with no class of no event


def test_a_models_own_drop_edges_replace_the_constants(nlp):
    from dossier.events import coder as coder_module

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    lead = (coder_module.NONE_MARGIN + coder_module.HAND_NONE_MARGIN) / 2
    assert coder_module.drop_edges(_sure_of_none(lead)) == (coder_module.NONE_MARGIN, coder_module.HAND_NONE_MARGIN)
    try:
        # edges kept in the model file: a hand entry dropped at a lead the constant keeps it at
        coder.model = _sure_of_none(lead)
        coder.model.about = {"drop_edges": {"dictionary": lead - 0.1, "hand": lead - 0.05}}
        assert coder_module.drop_edges(coder.model) == (lead - 0.1, lead - 0.05)
        assert coder.code(nlp("Kenya Airways endorsed Japan's bid.")) == []
        # and a converted dictionary's candidate kept below its own edge, which the constant would drop
        coder.model.about = {"drop_edges": {"dictionary": lead + 0.01, "hand": lead + 0.02}}
        assert [e.trigger for e in coder.code(nlp("Kenya Airways rewarded Japan."))] == ["rewarded"]
        assert [e.trigger for e in coder.code(nlp("Kenya Airways endorsed Japan's bid."))] == ["endorsed"]
        # an edge the file does not name keeps its constant (a firm's act: two states' is kept at any lead)
        coder.model.about = {"drop_edges": {"hand": lead + 0.02}}
        assert coder.code(nlp("Kenya Airways rewarded Japan.")) == []
    finally:
        coder.model = held


def test_a_barely_sure_model_adds_an_event_only_well_ahead_of_no_event():
    """Round 70 (data/type_model_gates.yaml): below a margin of -0.38 the model must lead "no event" by 0.35. On wire
    prose the events it added there led by 0.14 to 0.35 and were all wrong (a court that does not sit, a judge who
    set a day for a hearing); above that margin a small lead is enough."""
    from dossier.data_files import load_yaml
    from dossier.events import coder
    from dossier.events.coder import creates

    gates = load_yaml(Path(coder.__file__).parent / "data" / "type_model_gates.yaml")["create"]
    assert (coder.CREATE_AT, coder.CREATE_LEAD, coder.CREATE_UNSURE_AT, coder.CREATE_UNSURE_LEAD) == (
        gates["at"], gates["lead"], gates["unsure_at"], gates["unsure_lead"])
    assert not creates(-0.42, -0.75)  # barely sure, ahead of no event by 0.33
    assert not creates(-0.55, -0.77)  # ahead by 0.22: enough before round 70
    assert creates(-0.42, -0.85)  # ahead by 0.43
    assert creates(-0.30, -0.45)  # sure enough: ahead by 0.15 will do
