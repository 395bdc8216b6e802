"""A conversation with a party or between parties is a talk (consult.yaml "conversation", CAMEO 040; a telephone
conversation stays a call, 041); one with someone who names no party, or with the press, is none."""

import pytest


@pytest.mark.parametrize("text", [
    "The Danish minister had a long conversation with her Icelandic counterpart on fishing quotas.",
    "A conversation between the Polish and Czech foreign ministers took place in Prague on Monday.",
])
def test_a_conversation_between_parties_is_a_talk(code, text):
    events, _ = code(text)
    talks = [e for e in events if e.type == "CONSULT" and "conversation" in e.trigger]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert talks[0].cameo == "040" and len(talks[0].source) == 1 and len(talks[0].target) == 1


def test_a_telephone_conversation_stays_a_call(code):
    events, _ = code("The Mexican president held a telephone conversation with the Guatemalan president.")
    assert [e.cameo for e in events if e.type == "CONSULT"] == ["041"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The talk show host had a conversation with the actor.",
    "In a conversation with reporters, the minister denied the report.",
])
def test_a_conversation_with_no_party_is_none(code, text):
    events, _ = code(text)
    assert not [e for e in events if "conversation" in e.trigger], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_witness_of_a_conversation_is_no_side(code):
    """lexicon `onlooker_verbs`: the one who witnessed the act its "between" phrase gives parties looks on."""
    events, actors = code("The retired Dutch diplomat witnessed a conversation between the Polish and Czech "
                          "foreign ministers in Prague.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert len(talks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    sides = {actors[i].country for i in talks[0].source + talks[0].target if i in actors}
    assert sides == {"POL", "CZE"}, sides
