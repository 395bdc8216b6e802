"""One body's own organ (a board, a committee, a panel) sitting by itself meets no other party, whether the verb
tells it ("the committee will meet on Tuesday") or the noun ("the board meeting ended"): no CONSULT
(events/data/non_events.yaml "a body's organ sitting by itself"). An organ that meets someone, meets with someone,
or is one of two sides that meet, and a council where states sit (and a cabinet), stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def consults(events):
    return [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Federal Seed Testing Advisory Committee will meet in Ottawa on Tuesday, May 5, the ministry said.",
    "The executive board of the Cocoa Alliance met in Geneva this week without taking up export limits.",
    "The Tin Producers Union board meeting ended on Friday with no move to revive the price talks, delegates said.",
    "The oversight panel convened in Ottawa on Thursday to review the port budget.",
])
def test_an_organ_sitting_by_itself_is_no_meeting(code, text):
    events, _ = code(text)
    assert not consults(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The Senate trade committee met the Korean ambassador on Tuesday.",
    "The board of the Cocoa Alliance met with Ghanaian officials in Accra on Monday.",
])
def test_an_organ_that_meets_another_party_stays(code, text):
    events, _ = code(text)
    assert consults(events), found_acts(events)


def test_a_council_where_states_sit_is_left_to_the_rules(code):
    events, _ = code("Delegates expect Brazil to resist a cut when the council of the Cocoa Alliance meets in "
                     "October.")
    assert consults(events), found_acts(events)
