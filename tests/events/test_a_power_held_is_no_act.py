"""A power held ("possesses the capability to strike", "has the means to cut the supplies") is no act of its holder:
the model adds no event on the verb of holding (status.holds_ability); the act within reach, where the rules read it,
is hypothetical. A power put to use ("used its veto power to block") is the act done."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, verb", [
    ("Ruritania possesses the capability to strike the Fredonian air bases.", "possesses"),
    ("Ruritania has the means to cut gas supplies to Fredonia.", "has"),
    ("Fredonia now holds the power to block Ruritania's oil exports.", "holds"),
])
def test_no_act_is_made_of_holding_a_power(code, nlp, text, verb):
    from dossier.events.status import holds_ability
    doc = nlp(text)
    assert holds_ability(next(t for t in doc if t.text == verb))
    events, _ = code(text, "2021-03-03")
    assert not [e for e in events if e.trigger == verb or e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, verb", [
    ("Ruritania used its veto power to block the resolution on Fredonia.", "used"),
    ("Ruritania has the support of its allies in the dispute.", "has"),
])
def test_a_power_used_or_a_thing_held_is_not_a_power_held(nlp, text, verb):
    from dossier.events.status import holds_ability
    doc = nlp(text)
    assert not holds_ability(next(t for t in doc if t.text == verb))
