"""One who joins another in an act does it with them: the object of "join" (or of its "with") is a co-doer of the
gerund after "in" (roles/data/addressees.yaml `joining`, events/roles/doers._gerund_doer), and the joining names no
meeting of its own (events/data/non_events.yaml "joined in an act"). Joining a noun stays what it was.
Sentences written for these tests."""

from tests.events.conftest import names


def _event(events, trigger: str):
    found = [e for e in events if e.trigger and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_the_one_joined_in_condemning_condemns_too(code):
    events, actors = code("Canada joined France in condemning the test.")
    event = _event(events, "condemning")
    assert names(event.source, actors) == {"Canada", "France"}
    assert "France" not in names(event.target, actors)


def test_joining_with_another_in_urging(code):
    events, actors = code("Spain joined with Italy in urging Iran to free the sailors.")
    event = _event(events, "urging")
    assert names(event.source, actors) == {"Spain", "Italy"}
    assert names(event.target, actors) == {"Iran"}


def test_joining_another_in_an_act_is_no_meeting(code):
    events, _ = code("Canada joined France in condemning the test.")
    assert not [e for e in events if e.trigger and "joined" in e.trigger]


def test_joining_talks_is_still_coded(code):
    events, actors = code("Spain joined the talks in Geneva.")
    assert names(_event(events, "joined").source, actors) == {"Spain"}


def test_joining_an_alliance_in_exercises_is_still_coded(code):
    events, actors = code("Canada joined NATO in exercises off Norway.")
    event = _event(events, "joined")
    assert names(event.source, actors) == {"Canada"} and event.target


def test_a_helper_s_object_alone_hosts(code):
    events, actors = code("Japan helped Chile in hosting the summit of APEC this year.")
    assert names(_event(events, "hosting").source, actors) == {"Chile"}
