"""A "he" or "she" after the head of a known international body, named by the office only ("the head of the IMF",
"the World Bank president", "the IMF managing director"), stands for that office-holder, coded as the body, as a "he"
after "the Kenyan finance minister" stands for Kenya's: the request he says he will make has its asker (it had none,
and the role model dropped it or filled it with another person of the sentence before). Where the knowledge names
the holder at the story's date (not on this wire of 1987), the asker is that person."""

from __future__ import annotations

from tests.events.conftest import names


def _asker(events, actors, body):
    asked = _asked(events, actors)
    assert len(asked) == 1 and asked[0][1] == {"Qatar"}, asked
    source = asked[0][0]
    assert source and (source == {body} or all(actors[i].kind == "person" for e in events if e.trigger == "ask"
                                                for i in e.source)), asked
    return source


def _asked(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == "ask"]


def test_he_after_the_head_of_the_fund(code):
    events, actors = code("The head of the International Monetary Fund arrived in Accra on Tuesday. He said he "
                          "would ask Qatar to help Ghana repay its arrears.", published="1987-05-04")
    _asker(events, actors, "International Monetary Fund")


def test_he_after_the_bank_s_president(code):
    events, actors = code("The president of the World Bank arrived in Accra on Tuesday. He said he would ask Qatar "
                          "to help Ghana repay its arrears.", published="1987-05-04")
    _asker(events, actors, "World Bank")


def test_he_is_the_subject_not_the_one_he_met(code):
    events, actors = code("The IMF managing director, who arrived in Accra on Tuesday, met the Ghanaian finance "
                          "minister. He will ask Qatar to help Ghana repay its arrears, officials said.", published="1987-05-04")
    assert "Ghana" not in {actors[i].country for e in events if e.trigger == "ask" for i in e.source}
    _asker(events, actors, "International Monetary Fund")


def test_he_after_a_state_s_minister_is_unchanged(code):
    events, actors = code("The Kenyan finance minister arrived in Accra on Tuesday. He said he would ask Qatar to "
                          "help Ghana repay its arrears.", published="1987-05-04")
    assert _asked(events, actors) == [({"Kenya"}, {"Qatar"})], _asked(events, actors)


def test_the_office_names_again_the_head_named_before(code):
    events, actors = code("World Bank President Barber Conable landed in Accra on Sunday. On Monday the World Bank "
                          "chief toured two dams in the north. He will ask Qatar to help Ghana repay its arrears.",
                          published="1987-05-04")
    sides = _asked(events, actors)
    assert sides and all(s == {"Barber Conable"} for s, t in sides), sides


def test_he_after_a_former_head_is_not_the_body(code):
    """A "former" (or "ex", "late") office names someone who no longer holds it: the "he" after it is not the body's
    or the state's (lexicon `past_holders`)."""
    events, actors = code("The former head of the Kenyan electoral board was let into the courtroom on Monday. He "
                          "said he would ask Qatar to help Ghana repay its arrears.", published="2019-11-18")
    assert not [s for s, t in _asked(events, actors) if {"Kenya"} & s or any("board" in n.lower() for n in s)], \
        _asked(events, actors)
