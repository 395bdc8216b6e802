"""A verb of addressing someone ("warned", "urged") that the parser joined to a clause a teller reports or denies,
where that clause only tells a state or an intent ("said the rumours were false and warned X not to...", "denied it
meant to close the pass and warned X"), is the teller's own second verb (roles.doers.stranded_report_conj): its
doer is the teller, it is no part of the clause denied, and it takes the telling's day. A deed after a state told
stays the clause's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _warnings(events, actors):
    return [(e.type, e.status, names(e.source, actors), names(e.target, actors), e.date)
            for e in events if e.trigger == "warned"]


@pytest.mark.parametrize("text", [
    "Bolivia said the rumours about its border guards were untrue and warned Paraguay not to mass troops near the "
    "river.",
    "Bolivia said the rumours were groundless, and warned Paraguay and its allies not to meddle in the dispute.",
])
def test_a_teller_warns_after_calling_a_claim_false(code, text):
    events, actors = code(text)
    found = _warnings(events, actors)
    assert found and found[0][:4] == ("THREATEN", "occurred", {"Bolivia"}, {"Paraguay"}), found


def test_a_denier_warns_after_denying_an_intent(code):
    events, actors = code("Bolivia on Tuesday denied it meant to shut the mountain pass and warned Paraguay that any "
                          "incursion would meet a firm answer.", published="2024-06-27")
    found = _warnings(events, actors)
    assert found and found[0][:4] == ("THREATEN", "occurred", {"Bolivia"}, {"Paraguay"}), found
    assert found[0][4] is not None and found[0][4].start == "2024-06-25", found


def test_a_denier_warns_after_denying_reports_of_an_intent(code):
    events, actors = code("Bolivia denied as groundless reports that it meant to shut the mountain pass and warned "
                          "Paraguay against any incursion.")
    found = _warnings(events, actors)
    assert found and found[0][2:4] == ({"Bolivia"}, {"Paraguay"}), found


def test_a_deed_after_a_state_told_stays_the_clause_s(code):
    events, actors = code("Bolivian officials said the rebels were close to the capital and attacked a convoy.")
    attacked = [e for e in events if e.trigger == "attacked"]
    assert all("Bolivian officials" not in names(e.source, actors) for e in attacked), \
        [(e.type, names(e.source, actors)) for e in attacked]
