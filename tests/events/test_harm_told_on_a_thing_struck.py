"""A "which" clause of harm hung on a craft or a place that another verb or an attack's noun strikes ("X struck a
freighter, which killed two seamen", "fired on a tanker, which wounded three crewmen", "a freighter off an island,
which killed…", "an attack on a tanker near an island, which killed…") stands for that attack: the one who harms is
that verb's doer or the attack's, not the ship nor the place (roles/doers.py `struck_relative`, data/lexicon.yaml
`harm_verbs`, `struck_things`). A body that can kill ("a militia which killed") keeps the killing. Sentences written
for these tests."""

import pytest

from tests.events.conftest import names


def _harm(events, trigger):
    return next(e for e in events if e.type == "ASSAULT" and e.trigger == trigger)


@pytest.mark.parametrize("text, trigger, doer", [
    ("Iraqi jets struck a Cypriot freighter off Lavan Island, which killed two seamen, shipping sources said.",
     "killed", "Iraq"),
    ("Iranian gunboats fired on a Greek tanker, which wounded three crewmen.", "wounded", "Iranian military"),
    ("Iraqi warplanes hit a Cypriot freighter, which killed two seamen, shipping sources said.", "killed",
     "Iraqi military"),
    ("The raid followed an Iranian attack on a Kuwaiti tanker near Farsi island, which killed two crewmen.",
     "killed", "Iran"),  # the noun of the attack
])
def test_the_attacker_harms_not_the_thing_struck(code, text, trigger, doer):
    events, actors = code(text)
    assert names(_harm(events, trigger).source, actors) == {doer}


def test_a_body_that_can_kill_keeps_the_killing(code):
    events, actors = code("Kenyan police pursued a Somali militia which killed two farmers on Sunday.")
    assert names(_harm(events, "killed").source, actors) == {"Somali rebels"}


def test_a_place_hung_on_the_attack_itself(code):
    """"the attack on a frigate in the Gulf, which killed…": the parser hangs the clause on the Gulf, and the Gulf
    on the attack (not on the frigate): the attack still harms, and its doer is the one who kills (the frigate was
    read as the killer)."""
    events, actors = code("The measure was drafted in the wake of the May 17th Libyan missile attack on the Greek "
                          "frigate Hydra in the Gulf, which killed 37 Greeks, and the premier's decision to guard "
                          "ships.")
    killed = _harm(events, "killed")
    assert names(killed.source, actors) == {"Libya"}, names(killed.target, actors)


@pytest.mark.parametrize("text", [
    "Fears grew after the Libyan missile attack on the Greek frigate Hydra which killed 37 seamen.",
    "Libyan jets hit a Greek frigate in the Gulf, which killed 37 seamen.",
    "Concern rose after the Libyan missile attack on the Greek frigate Hydra which killed 37 seamen.",  # the name
])
def test_the_crew_harmed_are_the_struck_craft_s_state(code, text):
    """Seamen killed in an attack on a frigate name no state of their own: the frigate's state is the target."""
    events, actors = code(text)
    killed = _harm(events, "killed")
    assert names(killed.target, actors) == {"Greek military"}, names(killed.target, actors)


def test_victims_of_a_state_of_their_own_stay_the_target(code):
    events, actors = code("The Libyan attack on a Greek tanker off Dubai, which killed two Indian seamen, was "
                          "condemned.")
    killed = _harm(events, "killed")
    assert names(killed.target, actors) == {"Indian labour"}, names(killed.target, actors)
