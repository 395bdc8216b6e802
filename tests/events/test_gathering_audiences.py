"""A gathering a statement is told to or at, or that its speaker attended, is the statement's audience
(events/data/non_events.yaml "a gathering as the audience of a statement"): no consultation is coded on it, while a
meeting with or between parties stays one."""

import pytest

TOLD_AT_A_GATHERING = [
    # (sentence, the gathering's word)
    ("The Kuwaiti oil minister told a meeting of Asian bankers that output would stay low.", "meeting"),
    ("The Dutch finance minister, speaking at a session of the regional chamber, said the budget was sound.",
     "session"),
    ("His views were given in an address to the yearly meeting of the shippers' federation.", "meeting"),
    ("Steel demand will fall again next year, said Anne Porter, speaking at the annual steelmakers' meeting.",
     "meeting"),
    ("Her forecast came in an address to the Ohio Grocers Association convention.", "convention"),
    ("Exports will pick up by autumn, said two executives attending the Lima Fishmeal Association meeting.",
     "meeting"),
    ("Peter Lund, a banker who also spoke at the conference, urged lower taxes on savings.", "conference"),
]


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text, word", TOLD_AT_A_GATHERING)
def test_the_rules_code_no_consultation_with_the_audience(rules_only, code, text, word):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], _coded(events)


@pytest.mark.parametrize("text, word", TOLD_AT_A_GATHERING)
def test_the_gathering_names_no_act(code, text, word):
    events, _ = code(text)
    assert word not in {w for e in events for w in e.trigger.split(" … ")}, _coded(events)


@pytest.mark.parametrize("text", [
    "The Kenyan president told reporters after his meeting with the Ugandan leader that the border would reopen.",
    "The Iraqi envoy met the Syrian foreign minister at a meeting in Damascus.",
])
def test_must_not_a_meeting_with_a_party_stays_a_consultation(rules_only, code, text):
    events, _ = code(text)
    assert "CONSULT" in [e.type for e in events], _coded(events)


def test_must_not_a_meeting_after_which_one_spoke_stays_a_consultation(code):
    events, _ = code("After a meeting with the Chilean premier, the Peruvian envoy praised the border accord.")
    assert "CONSULT" in [e.type for e in events if "meeting" in e.trigger.split(" … ")], _coded(events)
