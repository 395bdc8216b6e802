"""A stance or a term one party had set for another, given up, is a concession (CONCEDE, events/patterns/
concede.yaml): "dropped its insistence that…", "withdrew its objections to the plan", "lifted its warning against
travel to Peru", "eased the requirement that Peruvian lorries carry bonds". Refused, it is a refusal (REJECT); a
firm's bid dropped and a need eased by the weather are no concession. Texts written here."""

from __future__ import annotations

import pytest

from .conftest import countries


def _found(code, text):
    events, actors = code(text)
    return [(e.type, e.status, countries(e.source, actors), countries(e.target, actors)) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("Uruguay has dropped its insistence that the wool quota be cut every spring, delegates said.", "URY", None),
    ("Uruguay withdrew its objections to the Argentine budget plan on Tuesday.", "URY", None),
    ("The Uruguayan foreign ministry lifted its warning against travel to Paraguay once the floods ended.",
     "URY", "PRY"),
    ("Paraguay eased the requirement that Uruguayan lorries carry customs bonds.", "PRY", "URY"),
])
def test_a_term_or_stance_given_up_is_a_concession(code, text, source, target):
    found = _found(code, text)
    conceded = [f for f in found if f[:2] == ("CONCEDE", "occurred")]
    assert conceded and source in conceded[0][2], found
    assert target is None or target in conceded[0][3], found


def test_a_stance_kept_is_a_refusal(code):
    found = _found(code, "Paraguay refused to drop its opposition to the Uruguayan dam, diplomats said.")
    assert [f for f in found if f[0] == "REJECT" and "PRY" in f[2]] and not [f for f in found if f[0] == "CONCEDE"], \
        found


@pytest.mark.parametrize("text", [
    "The rain eased the requirement for irrigation in the valley.",
])
def test_no_concession_without_a_party_giving_way(code, text):
    assert not [f for f in _found(code, text) if f[0] == "CONCEDE"]
