"""A noun of asking names its own askers by the "from" right after it ("demands from X", "calls from X"): X asks, and
is never the one a neighbouring verb of asking asks, nor the one asked where the parser reads the plural noun as a
verb with no subject of its own (events/roles/receiving.py `asked_givers`, `noun_read_as_verb`, `others_askers`;
data/receiving.yaml `asking_nouns`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _by_trigger(events, word):
    found = [e for e in events if e.type == "REQUEST" and e.trigger == word]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


@pytest.mark.parametrize("text, asker, others", [
    ("Greece appealed for more aid and demands from Britain and Denmark for budget cuts were rejected.",
     "GRC", {"GBR", "DNK"}),
    ("Portugal asked for higher subsidies and demands from Denmark that farm spending be frozen were heard.",
     "PRT", {"DNK"}),
])
def test_the_askers_of_a_demand_joined_to_what_is_asked_for_are_not_asked(code, text, asker, others):
    events, actors = code(text)
    event = only(events, "REQUEST")
    assert asker in _countries(event.source, actors)
    assert not others & _countries(event.target, actors), (event.source, event.target)


def test_the_askers_of_a_second_request_noun_are_not_asked_by_the_first(code):
    events, actors = code("Spain called for help and calls from France for new rules followed.")
    event = _by_trigger(events, "called")
    assert "FRA" not in _countries(event.target, actors), (event.source, event.target)


def test_a_plural_noun_of_asking_read_as_a_verb_is_its_from_phrases_request(rules_only, code):
    events, actors = code("Greece pleads for aid, calls from Denmark for reform.")
    event = _by_trigger(events, "calls")
    assert _countries(event.source, actors) == {"DNK"}, (event.source, event.target)
    assert "DNK" not in _countries(event.target, actors)


def test_must_not_a_verb_with_its_object_first_lose_the_one_asked(rules_only, code):
    events, actors = code("Kenya protests the raid and demands an apology from Uganda.")
    event = only(events, "REQUEST")
    assert _countries(event.target, actors) == {"UGA"} and _countries(event.source, actors) == {"KEN"}


def test_must_not_a_thing_asked_for_beside_another_thing_lose_its_giver(rules_only, code):
    events, actors = code("Peru appealed for food and medicine from Chile.")
    assert _countries(only(events, "REQUEST").target, actors) == {"CHL"}


@pytest.mark.parametrize("text, others", [
    ("The Community faces appeals from southern members for farm aid and demands from Britain and Denmark for "
     "reform.", {"GBR", "DNK"}),
    ("The council faces calls from trade unions for higher pay and demands from Norway for lower spending.",
     {"NOR"}),
])
def test_the_askers_of_a_second_request_noun_do_not_make_the_first(rules_only, code, text, others):
    events, actors = code(text)
    for event in events:
        if event.type == "REQUEST" and event.trigger != "demands":
            assert not others & _countries(event.source, actors), (event.trigger, event.source)
