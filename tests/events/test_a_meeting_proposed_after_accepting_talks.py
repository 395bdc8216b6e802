"""A meeting proposed right after accepting another party's offer of talks is proposed to that party (REQUEST, CAMEO
026), also where the parser joins the proposal to the verb of saying whose clause accepts ("said it accepted X's
offer …, and proposed a meeting": roles/purpose_talks.accepted_offer_owners). An offer with no owner named, or a
proposal with a subject of its own, takes no party from the offer."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, source, target", [
    ("Chile said it accepted a Peruvian offer of talks between the two navies, and proposed a preparatory "
     "meeting on May 4.", "Chile", "Peru"),
    ("Ghana said it had agreed to a Togolese proposal for talks between their army chiefs, and proposed a first "
     "meeting in Lome next month.", "Ghana", "Togo"),
])
def test_a_meeting_proposed_on_accepting_an_offer_of_talks_is_asked_of_the_offerer(code, text, source, target):
    events, actors = code(text)
    requests = [e for e in events if e.type == "REQUEST" and e.trigger == "proposed"]
    assert requests, [(e.type, e.trigger) for e in events]
    assert source in names(requests[0].source, actors) and target in names(requests[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text, outsider", [
    ("Chile said it accepted the offer of talks, and proposed a preparatory meeting on May 4.", None),
    ("Chile accepted Peru's offer of talks, and Bolivia proposed a meeting of experts in La Paz.", "Peru"),
])
def test_no_offerer_where_none_is_named_or_another_proposes(code, text, outsider):
    events, actors = code(text)
    for e in events:
        if e.type == "REQUEST" and e.trigger == "proposed":
            assert not (outsider and outsider in names(e.target, actors)), names(e.target, actors)
            assert outsider or not {"Peru", "Chile"} & names(e.target, actors), names(e.target, actors)
