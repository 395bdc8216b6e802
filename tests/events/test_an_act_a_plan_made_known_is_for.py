"""The act a plan made known is "to" do (lexicon `plan_nouns`, `plan_verbs`) is the act planned, not the
plan's goal (coder `_subsumed`, noun_acts `plan_of`): done by the plan's owner or the subject of the verb that makes
it known (sides.decided), still to come (status `_plan_made_known_for`), and a state's or an international body's
only (a firm's plans are its business). A plan one has or draws up keeps its infinitive as its goal. A noun act a sum
is given in is the light verb's whose object the sum is ("put 200 mln dlrs in tariffs on X": noun_acts `summed_in`),
as "put tariffs on X" is."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, kind, doer, target", [
    ("Ottawa announced plans to impose duties on Brazilian steel.", "SANCTION", "Canada", "Brazil"),
    ("Peru unveiled plans to deploy troops along its border with Ecuador.", "MOBILIZE", "Peru", "Ecuador"),
    ("Australia announced plans to slap tariffs on Japanese cars.", "SANCTION", "Australia", "Japan"),
])
def test_the_act_of_a_plan_made_known_is_planned(code, text, kind, doer, target):
    events, actors = code(text, "1987-04-27")
    acts = [e for e in events if e.type == kind]
    assert acts, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(acts[0].source, actors) == {doer} and target in names(acts[0].target, actors)
    assert acts[0].status == "planned"


@pytest.mark.parametrize("text", [
    "Libya has a plan to attack Chad.",
    "The plan to attack Chad was drawn up in May.",
    # a plan a firm's head makes known is the firm's business (coder: a plan's act is a state's only)
    "Jones last month revealed plans to expand the Qantas fleet by a fifth by 2026.",
])
def test_the_act_of_a_plan_held_or_drawn_up_stays_its_goal(code, text):
    events, _ = code(text, "1987-04-27")
    assert not [e for e in events if e.type in ("ASSAULT", "MOBILIZE", "AID")], \
        [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Ottawa will put 200 mln dlrs in tariffs on Brazilian steel.",
    "Ottawa announced plans to put 200 mln dlrs in tariffs on Brazilian steel from May 1.",
])
def test_duties_a_sum_is_put_in_are_put(code, text):
    events, actors = code(text, "1987-04-27")
    sanctions = [e for e in events if e.type == "SANCTION"]
    assert len(sanctions) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert names(sanctions[0].source, actors) == {"Canada"} and names(sanctions[0].target, actors) == {"Brazil"}
    assert sanctions[0].status == "planned"
