"""A name inside a noun phrase set in apposition to the doer tells who the doer is, not whom it acts on ("Kenya,
the current chair of the OAU, is ready to shelve the plan", "Ghana, a member of ECOWAS, rejected the plan": no
act towards the OAU or ECOWAS; no_party.in_doer_description). A party named outside that phrase stays."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, body", [
    ("Diplomats said Kenya, the current holder of the OAU chairmanship, appears willing to drop its plan for a coffee "
     "tax.", "Organization of African Unity"),
    ("Ghana, a member of the OAU, rejected the plan.", "Organization of African Unity"),
])
def test_the_doer_s_description_is_no_target(code, text, body):
    events, actors = code(text)
    acts = [e for e in events if e.type == "REJECT"]
    assert acts and body not in names(acts[0].target, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_party_outside_the_description_stays(code):
    events, actors = code("Kenya, a close ally of Uganda, condemned the Tanzanian raid on the border post.")
    acts = [e for e in events if e.type == "ACCUSE"]
    assert acts and "Tanzania" in names(acts[0].target, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_name_joined_beside_a_noun_stays(code):
    events, actors = code("The main importing country Kenya and main producer Uganda failed to reach agreement on quota "
                          "shares when the coffee council met in February.")
    acts = [e for e in events if e.type == "REJECT"]
    assert acts and "Uganda" in names(acts[0].target, actors), \
        [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
