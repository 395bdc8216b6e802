"""A fault done, told by another (events/data/faults.yaml, `predicates.fault_roles`): "X said Y had committed a grave
mistake" is X's criticism of Y (ACCUSE disapprove, CAMEO 111); the writer's own narration, a fault the teller owns
and a fault denied are nobody's criticism."""

import pytest

from dossier.events.predicates import fault_done


def _blames(events) -> list:
    return [e for e in events if e.type == "ACCUSE" and e.cameo == "111"]


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, teller, erred", [
    ("Greece's foreign minister said Turkey had committed a grave mistake by closing the border.", "GRC", "TUR"),
    ("\"Turkey has made a serious error,\" the Greek foreign minister told reporters on Monday.", "GRC", "TUR"),
    ("Japan made a costly blunder when it cut the quota, the Chinese trade minister said on Friday.", "CHN", "JPN"),
    ("Egypt's president said Israel had made a miscalculation in sending troops to the border.", "EGY", "ISR"),
])
def test_a_fault_told_by_another_is_the_tellers_criticism(code, text, teller, erred):
    events, actors = code(text)
    blames = _blames(events)
    assert len(blames) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(blames[0].source, actors) == {teller}
    assert _countries(blames[0].target, actors) == {erred}
    assert blames[0].status == "occurred"


def test_a_quotation_that_goes_on_from_the_sentence_before_is_its_speakers(code):
    events, actors = code("Greek Prime Minister Andreas Papandreou met reporters in Athens and said the talks had "
                          "failed. \"With this step Turkey has committed a big mistake and has only made its own "
                          "position harder.\"")
    blames = _blames(events)
    assert len(blames) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(blames[0].source, actors) == {"GRC"}
    assert _countries(blames[0].target, actors) == {"TUR"}


@pytest.mark.parametrize("text", [
    "Turkey made a costly error when it devalued its currency in 1998.",  # the writer's narration: nobody tells it
    "\"We made a mistake,\" the Turkish prime minister said.",  # the teller's own fault
    "The Turkish prime minister said on Tuesday that his government had made a mistake in raising fuel prices.",
    "The Greek minister said Turkey did not make a mistake by recalling its ambassador.",  # denied
    "The Greek minister said Turkey had never committed an error in its dealings with Athens.",
    "The Greek minister said the weather made travel hard for the delegation.",  # no fault made
])
def test_no_criticism_where_nobody_else_tells_a_fault(code, text):
    events, _ = code(text)
    assert not _blames(events), [(e.type, e.cameo, e.source, e.target, e.trigger) for e in events]


@pytest.mark.parametrize("text, verb, done", [
    ("Peru committed a grave error.", "committed", True),
    ("Peru made another blunder.", "made", True),
    ("Peru made no mistakes.", "made", False),
    ("Peru did not make a mistake.", "make", False),
    ("Peru made a fortune.", "made", False),
    ("Peru committed troops to the mission.", "committed", False),
])
def test_a_fault_done_is_a_verb_of_doing_with_a_fault_for_object(nlp, text, verb, done):
    doc = nlp(text)
    assert fault_done(next(t for t in doc if t.text == verb)) is done
