"""A warning or a request made to the verb's object ("warned its neighbours not to let the guerrillas cross") is
addressed to that object, even where it names no actor: a party inside what the object is to do or not to allow is
no target, for the rules (reading._complement_parties) nor for the role model (no_party.in_addressee_s_task;
data/no_party.yaml `addressed_types`, `task_preps`). An object that names a state stays the target; a verb with no
object keeps the infinitive's party. Sentences in the project's own words."""

from __future__ import annotations

from tests.events.conftest import names


def _sides(events, actors, trigger):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == trigger]


def test_the_ones_the_warned_are_not_to_let_in_are_no_target(code):
    events, actors = code("Syria warned the Gulf states not to let Turkish warships use their ports.")
    sides = _sides(events, actors, "warned")
    assert sides and all(s == {"Syria"} and not t & {"Turkey", "Turkish military"} for s, t in sides), sides


def test_the_ones_the_urged_are_to_deny_are_no_target(code):
    events, actors = code("Egypt urged the Gulf states to deny Libya the use of their airfields.")
    sides = _sides(events, actors, "urged")
    assert sides and all("Libya" not in t for s, t in sides), sides


def test_a_named_state_warned_stays_the_target(code):
    events, actors = code("Chad warned Niger not to allow the rebels to cross the border.")
    assert _sides(events, actors, "warned") == [({"Chad"}, {"Niger"})], _sides(events, actors, "warned")


def test_without_an_object_the_infinitive_s_party_is_the_target(code):
    events, actors = code("Chile agreed to buy wheat from Spain.")
    assert ({"Chile"}, {"Spain"}) in _sides(events, actors, "agreed"), _sides(events, actors, "agreed")


def test_people_in_a_clause_of_cause_below_the_task_are_no_argument_of_it(nlp):
    # "people" stands in a clause of its own ("as people's lives remain at risk"), no argument of what is urged
    from dossier.events.roles.no_party import in_addressee_s_task
    doc = nlp("Ghana's president urged his compatriots to do everything needed to beat the fever as people's "
              "lives remain at risk.")
    urged = next(t for t in doc if t.text == "urged")
    people = next(t for t in doc if t.text == "people")
    assert not in_addressee_s_task(people, urged)
    doc = nlp("Syria warned the Gulf states not to let Turkish warships use their ports.")
    warned = next(t for t in doc if t.text == "warned")
    warships = next(t for t in doc if t.text == "warships")
    assert in_addressee_s_task(warships, warned)


def test_a_thing_urged_is_no_addressee_and_its_infinitive_keeps_its_party(code):
    # "urged action to persuade X": action is asked for, not asked; X is read as before
    events, actors = code("He also urged action to persuade Ghanaians to move more money through the banks.")
    sides = _sides(events, actors, "urged")
    assert sides and all("Ghana" in t for s, t in sides), sides
