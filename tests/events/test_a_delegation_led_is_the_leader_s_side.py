"""A delegation or a mission one leads to a place or a body is the leader's own side, not a party visited: "will head
the Kenyan delegation to the OAU summit" is a visit to the OAU, and Kenya goes with the leader where he is named with
no state of his own (patterns/consult.yaml `origin_object` on the lead/head entry; roles/reading.py). The place or
body the delegation goes to stays the target."""

from __future__ import annotations

from tests.events.conftest import names


def _led(events, word):
    return [e for e in events if e.trigger == word]


def test_the_delegation_s_state_is_not_visited(code):
    events, actors = code("Foreign Minister Ali Hassan will lead the Kenyan delegation to the OAU summit in Addis "
                          "Ababa.")
    led = _led(events, "lead")
    assert led and "Kenya" not in names(led[0].target, actors), [(e.trigger, e.source, e.target) for e in events]
    assert "Kenya" in names(led[0].source, actors), [(e.trigger, e.source, e.target) for e in events]


def test_the_place_a_mission_goes_to_stays_the_target(code):
    events, actors = code("Kenyan Trade Minister John Otieno led a trade mission to Seoul last week.")
    led = _led(events, "led")
    assert led and names(led[0].target, actors) == {"Seoul"}, [(e.trigger, e.source, e.target) for e in events]
