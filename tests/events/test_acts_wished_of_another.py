"""An act another is wished or expected to do (events/status.py `wished_of_another`, data/lexicon.yaml
`wishing_verbs`): told with its own doer under a verb of wishing or expecting ("Peru expects Chile to agree",
"would like Japan to grant loans") it is hypothetical, as nobody who would do it announced it. The wisher's own
intention ("hopes to sign") stays planned, and so do an act told as expected with no wisher ("is expected to sign") and
one a party's own official expects of it ("Chile's ambassador expects Chile and Japan to sign");
the wish itself, where it asks something of another ("wants Uganda to withdraw"), stays the wisher's request."""

from __future__ import annotations

import pytest


def _statuses(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Bolivia expects Paraguay to agree to the river plan, the foreign ministry said.", "agree"),
    ("The Namibian government would like Germany to grant new loans, officials said.", "grant"),
    ("Bolivia expects Paraguay will sign the river accord.", "sign"),
])
def test_an_act_wished_of_another_is_hypothetical(code, text, trigger):
    events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "hypothetical" for e in found), _statuses(events)


@pytest.mark.parametrize("text, trigger", [
    ("Finland hopes to sign a fishing accord with Estonia next month.", "sign"),
    ("Paraguay is expected to sign the river accord on Friday.", "sign"),
    ("Ghana will sign the border protocol with Togo on Friday.", "sign"),
    # a party's own official expecting the parties to act announces their plan
    ("Chile's ambassador to Japan expects Chile and Japan to sign several accords next week.", "sign"),
    ("The minister said he expects his government to approve the treaty with Peru.", "approve"),
])
def test_ones_own_intention_and_an_act_expected_stay_planned(code, text, trigger):
    events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "planned" for e in found), _statuses(events)


def test_the_wish_that_asks_stays_a_request_made(code):
    events, _ = code("Tanzania wants Malawi to withdraw its troops from the lake shore.")
    assert ("REQUEST", "wants", "occurred") in _statuses(events), _statuses(events)
