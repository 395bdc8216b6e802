"""A wrong done to others, told by another (events/data/faults.yaml `wrongs`, `predicates.wrong_done`; the nouns of a
wrong in a predicate's place, patterns/accuse.yaml `adjectives`, `matching.predicative`): "X said Y had committed an
act of aggression" and "X said Y's raid was an act of aggression" are X's charge against Y (ACCUSE allege, CAMEO 112).
The writer's own narration, a wrong the teller owns, a wrong denied, a private crime and a predicate that blames
nothing are no charge."""

import pytest

from dossier.events.predicates import wrong_done


def _charges(events) -> list:
    return [e for e in events if e.type == "ACCUSE" and e.cameo in ("111", "112")]


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, teller, charged", [
    # a verb of doing with a wrong for its object
    ("Armenia's foreign minister said Azerbaijan had committed an act of aggression against his country.",
     "ARM", "AZE"),
    ("\"Serbia has perpetrated war crimes in the villages,\" the Croatian president told reporters.", "HRV", "SRB"),
    ("The Venezuelan defence minister said on Monday that Colombia had undertaken an act of armed aggression.",
     "VEN", "COL"),
    # a noun of a wrong in the predicate's place, said of another's act
    ("The Armenian foreign ministry said the Azerbaijani attack on the border posts was an act of aggression.",
     "ARM", "AZE"),
    ("Seoul's defence ministry said the launch by North Korea was a violation of the armistice.", "KOR", "PRK"),
    ("The Pakistani foreign office said the bombing of the market was an act of terrorism by India.", "PAK", "IND"),
])
def test_a_wrong_told_by_another_is_the_tellers_charge(code, text, teller, charged):
    events, actors = code(text)
    charges = _charges(events)
    assert len(charges) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert charges[0].cameo == "112"
    assert _countries(charges[0].source, actors) == {teller}
    assert _countries(charges[0].target, actors) == {charged}
    assert charges[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Azerbaijan committed an act of aggression against Armenia in 2020.",  # the writer's narration: nobody tells it
    "The Azerbaijani attack on the border posts was an act of aggression.",
    "\"We have committed no act of aggression,\" the Azerbaijani envoy said.",  # the teller's own, and denied
    "The Armenian minister said Azerbaijan had not committed an act of aggression.",  # denied
    "The police said the driver had committed a crime.",  # a private offence, no wrong between parties
    "The Armenian minister said the visit by the Azerbaijani premier was a success.",  # no blame in the predicate
    "The Armenian minister said it was a case of mistaken identity.",
])
def test_no_charge_where_nobody_else_tells_a_wrong(code, text):
    events, _ = code(text)
    assert not _charges(events), [(e.type, e.cameo, e.source, e.target, e.trigger) for e in events]


@pytest.mark.parametrize("text, verb, done", [
    ("Ruritania committed an act of aggression.", "committed", True),
    ("Ruritania perpetrated war crimes in the north.", "perpetrated", True),
    ("Ruritania undertook an act of armed aggression.", "undertook", True),
    ("Ruritania committed no act of aggression.", "committed", False),
    ("Ruritania committed troops to the mission.", "committed", False),
    ("Ruritania undertook a review of its budget.", "undertook", False),
    ("Ruritania committed a crime.", "committed", False),
])
def test_a_wrong_done_is_a_verb_of_doing_with_a_wrong_for_object(nlp, text, verb, done):
    doc = nlp(text)
    assert wrong_done(next(t for t in doc if t.text == verb)) is done
