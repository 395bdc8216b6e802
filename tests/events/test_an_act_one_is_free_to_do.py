"""An act one is free or welcome to do is only allowed, in any tense (events/status._within_reach, data/negation.yaml
`permission_words`): "the envoy is free to return to Chile", "was free to visit Lima", "Bolivia is welcome to join
the talks" are hypothetical; an act done stays done. Texts written here."""

from __future__ import annotations

import pytest


def _statuses(code, text, ptype):
    events, _ = code(text)
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text", [
    "Though free to return to Chile, the Peruvian envoy chose to stay in Lima for the hearing.",
    "The Peruvian envoy was free to visit Chile, the court said.",
    "Bolivia is welcome to join the talks between Peru and Chile, the Peruvian minister said.",
])
def test_an_act_one_is_free_to_do_is_hypothetical(code, text):
    found = _statuses(code, text, "CONSULT")
    assert found and set(found) == {"hypothetical"}, found


def test_an_act_done_stays_done(code):
    found = _statuses(code, "The Peruvian envoy visited Chile on Monday.", "CONSULT")
    assert found and set(found) == {"occurred"}, found
