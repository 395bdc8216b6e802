"""The state in an American legislator's party tag ("Reps. A (D-Minn.) and B (D-N.D.)", "Sen. C, R-Mo.,") tells
whom he sits for; it is no party to his act (no_party.party_tag)."""

from __future__ import annotations

from tests.events.conftest import names


def _shown(events, actors):
    return [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_tag_s_state_is_no_side(code):
    events, actors = code("The bill, offered by Reps. Tom Kuhl (D-Minn.) and Byron Dorgan (D-N.D.), would lift "
                          "support prices for corn.")
    offered = [e for e in events if e.trigger == "offered"]
    assert offered and not any("Minn" in n or "Minnesota" in n for e in offered
                               for n in names(e.source + e.target, actors)), _shown(events, actors)


def test_a_named_state_after_a_legislator_stays(code):
    events, actors = code("Sen. John Danforth urged Japan to open its markets.")
    urged = [e for e in events if e.trigger == "urged"]
    assert urged and names(urged[0].target, actors) == {"Japan"}, _shown(events, actors)
