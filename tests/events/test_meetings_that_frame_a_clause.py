"""A meeting named in a phrase of time or of circumstance that frames a clause is the clause subject's own ("After
talks with X, Y said…", "In talks with X, Y said…"; events/roles/reading.py `_framing_verb`): its subject is the
meeting's source. Not where the meeting names both its parties, nor where the phrase hangs on a noun. Sentences
written for these tests."""

from tests.events.conftest import names, only


def test_talks_in_which_the_subject_spoke(code):
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
