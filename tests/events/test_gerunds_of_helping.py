"""The direct object of a verb of helping does the act of its gerund after "in" ("Japan supports Chile in hosting
the summit": Chile hosts; data/addressees.yaml `helping`, events/roles/doers._gerund_doer); on other verbs, and
without an object, the subject does it. Sentences written for these tests."""

from tests.events.conftest import names


def _source(events, actors, trigger: str) -> set[str]:
    found = [e for e in events if e.trigger and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return names(found[0].source, actors)


def test_the_one_helped_in_hosting_is_the_host(code):
    events, actors = code("Japan actively supports Chile in hosting the summit of APEC this year.")
    assert _source(events, actors, "hosting") == {"Chile"}


def test_one_who_joins_another_in_condemning_condemns_too(code):
    events, actors = code("Spain joined Italy in condemning the missile test.")
    assert "Spain" in _source(events, actors, "condemning")


def test_a_helper_with_no_object_does_the_act_itself(code):
    events, actors = code("Japan helped in hosting the summit of APEC in Chile this year.")
    assert "Chile" not in _source(events, actors, "hosting")
