"""Round 38's nouns: fire of guns kept up is an assault (assault.yaml, 190: "intensified its shelling", light verbs
only), a travel warning issued for a state curbs ties (sanction.yaml, CAMEO 160, as the converted dictionary's
TRAVEL WARNING), not a threat. Cyber warfare stays an assault, as PLV codes it (7 of its 8 sentences)."""

import pytest


@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("The Iraqi army on Monday intensified its shelling of a besieged rebel town.", "intensified … shelling",
     "ASSAULT", "190"),
    ("The Libyan army resumed its bombardment of the rebel-held port.", "resumed … bombardment", "ASSAULT", "190"),
    ("The State Department has issued a travel warning for Peru after the riots.", "issued … warning",
     "SANCTION", "160"),
])
def test_the_act_a_light_verb_keeps_up(rules_only, code, text, trigger, type_, cameo):
    events, _ = code(text)
    assert [(e.trigger, e.type, e.cameo) for e in events] == [(trigger, type_, cameo)], \
        [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("The shelling killed twelve people in the town.", "ASSAULT"),  # the killing: its own act (186)
    ("The Greek president warned Turkey of severe consequences.", "THREATEN"),  # a warning of a state's own acts
])
def test_must_nots(rules_only, code, text, type_):
    events, _ = code(text)
    assert [e.type for e in events] == [type_], [(e.trigger, e.type, e.cameo) for e in events]
    assert all(e.trigger not in ("shelling", "warning") for e in events)
