"""A meeting named in a phrase of time or of circumstance that frames a clause is the clause subject's own ("After
talks with X, Y said…", "In talks with X, Y said…"; events/roles/reading.py `_framing_verb`): its subject is the
meeting's source. Not where the meeting names both its parties, nor where the phrase hangs on a noun. Sentences
written for these tests."""

from tests.events.conftest import names, only


def test_talks_in_which_the_subject_spoke(code, rules_only):
    events, actors = code("In two days of talks with Sarney, a few Brazilian bank chiefs told reporters that a new "
                          "loan was near.")
    talks = only(events, "CONSULT")
    assert {actors[i].country for i in talks.source} == {"BRA"}
    assert names(talks.target, actors) and "Brazilian" not in " ".join(names(talks.target, actors))


def test_after_talks_still_frames(code):
    events, actors = code("After talks with Uganda's president, Kenya's foreign minister praised the new border "
                          "accord.")
    talks = only(events, "CONSULT")
    assert {actors[i].country for i in talks.source} == {"KEN"}
    assert {actors[i].country for i in talks.target} == {"UGA"}


def test_talks_between_named_parties_are_not_the_subjects(code):
    events, actors = code("In talks between Kenya and Uganda last week, Tanzania's envoy acted as the mediator.")
    talks = next(e for e in events if e.type == "CONSULT" and e.trigger == "talks")
    assert "TZA" not in {actors[i].country for i in talks.source}


def test_talks_on_a_noun_are_not_the_subjects(code):
    events, actors = code("Progress in the talks with the banks was slow, the Brazilian minister said.")
    assert not any(e.type == "CONSULT" and {actors[i].country for i in e.source} == {"BRA"} for e in events)


def test_an_object_drawn_into_talks_is_not_the_subjects_meeting(code, rules_only):
    events, actors = code("Peru's trade minister is on a European tour seeking to involve the banks in new talks "
                          "with the Paris Club.")
    talks = [e for e in events if e.trigger == "talks"]
    assert not any(names(e.source, actors) for e in talks)


def test_what_one_did_in_a_meeting_is_no_meeting_of_the_subject_with_the_object(code, rules_only):
    events, actors = code("Leaders of two Kenyan farm groups offered new loan terms to the Ugandan minister in "
                          "last week's meeting.")
    assert not any(e.type == "CONSULT" and e.trigger == "meeting" and e.source for e in events)
