"""An act its doer says it is willing, ready or prepared to do is the offer itself: CAMEO's express intent (03),
PLOVER AGREE ("offer, promise, or otherwise indicate willingness"), made when said, as "offered to" already is
(clauses.willingness_told). Not a conflict act one is ready for (a threat), a readiness asked of someone, denied or
foretold, nor an act announced for the future. Sentences written for these tests."""

import pytest


def _agree(events):
    return [(e.cameo, e.mode, e.status) for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text, intent", [
    ("Peru is willing to withdraw its soldiers from the disputed valley.", "035"),
    ("Ghana stands ready to provide food aid to Liberia.", "033"),
    ("Turkey would be prepared to hold talks with Greece on the islands.", "036"),
    ("The Dutch minister said the Netherlands was ready to lift its ban on Chilean wine.", "035"),
    ("Peru, whose envoy met the rebels last week, is willing to withdraw its soldiers from the valley.", "035"),
    ("When the talks resume, Ghana stands ready to provide food aid to Liberia.", "033"),
])
def test_a_stated_willingness_is_an_offer_made(code, text, intent):
    events, _ = code(text)
    assert _agree(events) == [(intent, "pledge", "occurred")], text


@pytest.mark.parametrize("text", [
    "The EU must be ready to hold talks with Serbia and Kosovo on the border.",  # asked of the EU
    "Peru is not willing to withdraw its soldiers from the disputed valley.",  # denied
    "Analysts expect that the battalion will be ready to deploy to Mali in May.",  # foretold
    "Peru said it will withdraw its soldiers from the disputed valley.",  # announced
    "Diplomats wonder whether Peru is ready to withdraw its soldiers from the disputed valley.",  # asked about
    "An economist said it appears Peru is prepared to make concessions to Chile on fishing.",  # supposed
    "Peru seems willing to withdraw its soldiers from the disputed valley.",  # supposed
    "It all hinges on what Japan is willing to invest in the port, the minister said.",  # how far: a free relative
    "Nobody knows how much aid Peru is prepared to send to Chile.",  # how far: an indirect question
    "The outcome depends on which concessions Brazil is ready to make to Argentina.",  # how far
])
def test_no_offer_where_the_readiness_is_not_the_doers_own_word(code, text):
    events, _ = code(text)
    assert not _agree(events), text


def test_a_conflict_act_one_is_ready_for_stays_a_threat(code):
    events, _ = code("Ghana is ready to strike the rebel camps in Togo.")
    assert "THREATEN" in [e.type for e in events]
    assert not _agree(events)


def test_the_model_keeps_the_offer_the_grammar_made(nlp):
    import numpy as np

    from dossier.events import classifier

    coder = nlp.get_pipe("dossier_events").coder
    held = coder.model
    # a model sure of SUPPORT for every sentence, whatever the rules found
    coder.model = classifier.TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((3, 0)),
                                       bias=np.array([-3.0, -3.0, 2.0]), classes=["NONE", "AGREE", "SUPPORT"])
    try:
        events = coder.code(nlp("Norway is willing to provide support to the refugees in Lebanon."))
        assert [(e.type, e.status) for e in events] == [("AGREE", "occurred")]
        events = coder.code(nlp("Norway provided support to the refugees in Lebanon."))  # no offer: the model decides
        assert [e.type for e in events] == ["SUPPORT"]
    finally:
        coder.model = held
