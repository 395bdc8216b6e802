"""A counter-blow told with no target ("the army launched a counteroffensive to restore the country's integrity") is
struck at the doer of the story's latest earlier blow against the counterer's side (roles/counters.py;
data/acts_done.yaml `counter_acts`), never at one quoted in its sentence. A counter-blow with a target of its own
keeps it; one with no earlier blow told keeps none. Sentences in the project's own words."""

from __future__ import annotations

from tests.events.conftest import names


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


def _counter(events):
    return [e for e in events if e.type == "ASSAULT" and "counter" in e.evidence[0].text[
        :e.evidence[0].end - e.evidence[0].start] and e.trigger and e.trigger.split()[0] == "launched"]


def test_a_counteroffensive_is_struck_at_the_earlier_attacker(code):
    events, actors = code("Guerrillas captured the Chadian town of Faya on Tuesday. The Chadian army launched a "
                          "counteroffensive to restore the nation's unity, the interior minister Idriss Mahamat "
                          "said.")
    found = [(names(e.source, actors), names(e.target, actors)) for e in _counter(events)]
    assert len(found) == 1 and "Idriss Mahamat" not in found[0][1] and any(
        "rebel" in t.lower() or "guerrilla" in t.lower() for t in found[0][1]), found


def test_a_hyphened_counter_attack_is_struck_at_the_earlier_attacker(code):
    events, actors = code("Libyan troops attacked Chadian positions near Faya on Sunday. Chad said its forces "
                          "launched a counter-attack at dawn.")
    found = [(_countries(e.source, actors), _countries(e.target, actors)) for e in _counter(events)]
    assert found == [({"TCD"}, {"LBY"})], found


def test_a_counteroffensive_with_no_earlier_blow_gets_no_target_from_the_story(code):
    events, actors = code("The Chadian army launched a counteroffensive in the north on Friday.")
    found = [(_countries(e.source, actors), _countries(e.target, actors)) for e in _counter(events)]
    assert all("LBY" not in t for s, t in found), found
