"""A noun act told by a participle of voicing with a named agent (roles/data/acts_done.yaml `voicing_participles`,
`noun_acts.voiced`, `roles.doers.participle_agents`), where the parser hangs the participle on the noun's "of"
phrase ("criticism of the new tariffs voiced by X"): the act is told, X its doer, and the thing in the "of" phrase is
no act of X's (no tariffs of X's)."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, critic, criticised", [
    ("Hanoi rejected the criticism of its fishing rules voiced by the Philippine president.", "PHL", "VNM"),
    ("The statement answered the criticism of rises in Thai borrowing costs voiced by the Malaysian prime minister "
     "last week.", "MYS", None),
])
def test_criticism_voiced_of_a_thing_is_told(code, text, critic, criticised):
    events, actors = code(text)
    critiques = [e for e in events if e.type == "ACCUSE" and e.cameo == "111"]
    assert len(critiques) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(critiques[0].source, actors) == {critic}
    if criticised:
        assert _countries(critiques[0].target, actors) == {criticised}


def test_the_thing_criticised_is_no_act_of_the_critic(code):
    events, actors = code("The remarks answered criticism of the new tariffs voiced by the Malaysian prime minister.")
    assert not [e for e in events if e.type == "SANCTION"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The criticism of the new tariffs by economists was mild.",  # no participle of voicing, nobody named
    # no "the": criticism talked of in general
    "Her speech answered criticism of the Thai rate increases voiced by the Malaysian premier.",
    "Analysts doubted the value of the new rules adopted by the Malaysian parliament.",  # no voicing
])
def test_no_voicing_tells_nothing(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]
