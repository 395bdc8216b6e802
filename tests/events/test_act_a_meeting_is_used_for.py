"""What a party uses a meeting, a visit or a trip "to" do is its act (lexicon `instrument_verbs`, clauses.is_goal):
"will use the summit to press for lower tariffs by Japan" is a request of Japan, not the summit's aim, which the
infinitive of a meeting held ("held talks to discuss trade") stays; a thing used ("used tear gas to disperse the
crowd") was already the act of the infinitive."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, asker, asked, trigger", [
    ("Canada will use the summit to press for lower tariffs by Japan.", "Canada", "Japan", "press"),
    ("Belgium said it would use the meeting in Rome to urge Greece to cut its deficit.", "Belgium", "Greece", "urge"),
    ("Austria used the talks to press Hungary for a new border crossing.", "Austria", "Hungary", "press"),
])
def test_what_a_meeting_is_used_to_ask_is_a_request(code, text, asker, asked, trigger):
    events, actors = code(text, "1987-06-02")
    asks = [e for e in events if e.type == "REQUEST" and e.trigger == trigger]
    assert len(asks) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert asker in names(asks[0].source, actors) and asked in names(asks[0].target, actors)


def test_a_meeting_used_to_ask_is_planned_where_it_is_to_come(code):
    events, _ = code("Canada will use the summit to press for lower tariffs by Japan.", "1987-06-02")
    assert [e.status for e in events if e.type == "REQUEST"] == ["planned"]


@pytest.mark.parametrize("text", [
    "The two ministers held talks in Vienna to discuss trade.",
    "Sweden called a meeting to discuss fishing quotas with Norway.",
])
def test_the_aim_of_a_meeting_held_is_no_act_of_its_own(code, text):
    events, _ = code(text, "1987-06-02")
    assert not [e for e in events if e.trigger in ("discuss",)], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_thing_used_to_do_a_thing_is_no_request(code):
    events, _ = code("The bank may use the occasion to cut its lending rate.", "1987-06-02")
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.cameo, e.trigger) for e in events]
