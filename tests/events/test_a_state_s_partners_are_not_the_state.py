"""The one whose partners, neighbours or allies an act is done to is not its target: "urged Ghana's trading partners
to act" asks the partners, not Ghana (actors.counterpart_of, now read for the object's possessor by the rules and
as the target the role model may not fill, as it was for the source). A possessor of another noun stays the target
("rejected Ghana's offer": Ghana)."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_partners_possessor_is_no_target(code):
    events, actors = code("Togo urged Ghana's development partners to act over the region's debt.")
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and "Ghana" not in names(urged[0].target, actors), _shown(events, actors)


def test_the_possessor_of_an_offer_stays_the_target(code):
    events, actors = code("Togo rejected Ghana's offer.")
    rejected = [e for e in events if e.trigger == "rejected"]
    assert rejected and names(rejected[0].target, actors) == {"Ghana"}, _shown(events, actors)
