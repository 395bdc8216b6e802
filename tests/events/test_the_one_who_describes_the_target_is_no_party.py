"""The "by" agent of a participle that tells what a thing or a person is ("a man believed by police to be a rebel
commander", "a village described by officials as a camp") tells it: it neither does the act done to that thing or
person nor undergoes it, for the rules (doers.participle_agents) and the role model (no_party.describer). The agent of
a participle that does something to the noun ("a convoy attacked by rebels") still does it."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, ptype, describer", [
    ("Police arrested a man said by the Interior Ministry to be a rebel commander.", "COERCE", "Interior Ministry"),
    ("Indian troops shelled a post described by Pakistani officials as a police station.", "ASSAULT", "Pakistani"),
    ("Israeli jets struck a building reported by Lebanese television to be a school.", "ASSAULT", "Lebanese"),
])
def test_who_describes_the_thing_acted_on_is_no_party(code, text, ptype, describer):
    events, actors = code(text)
    found = [e for e in events if e.type == ptype]
    assert found, [(e.type, e.trigger) for e in events]
    sides = names(found[0].source, actors) | names(found[0].target, actors)
    assert not any(describer.lower() in n.lower() for n in sides), [(e.type, e.source, e.target) for e in events]


def test_the_agent_of_an_act_on_the_noun_still_does_it(code):
    events, actors = code("Kenyan police condemned the raid on a convoy carried out by Somali gunmen.")
    found = [e for e in events if e.type == "ACCUSE"]
    assert found, [(e.type, e.trigger) for e in events]
    assert any("Somali" in n for n in names(found[0].target, actors)) or any(
        actors[i].country == "SOM" for i in found[0].target if i in actors), [(e.type, e.target) for e in events]
