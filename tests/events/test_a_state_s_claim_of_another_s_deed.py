"""A state's side telling a hostile deed of another state's actor accuses the doer (ACCUSE 112, the real-news
gold's convention, issue 10); the deed stays coded beside it (events/claims.py). No accusation where a news agency,
an international body or an unnamed source tells it, where the doer's own state tells it, or where the deed is no
part of what is claimed (a teller's own past, a place where ships could be hit, a complaint being dropped).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


def _accusations(events):
    return [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, teller, doer, deed", [
    ("A statement from the Malian government said Nigerien warplanes struck two villages near Gao.",
     "MLI", "NER", "ASSAULT"),
    ("Ghana's defence minister said Togolese soldiers shelled three border posts on Friday.", "GHA", "TGO", "ASSAULT"),
    ("Two dozen people died when Eritrean jets raided several Ethiopian hamlets, Ethiopian officials said.",
     "ETH", "ERI", "ASSAULT"),
    ("Hanoi said Cambodian gunboats kept up their attacks on fishing boats in the bay.", "VNM", "KHM", "ASSAULT"),
])
def test_a_state_s_claim_accuses_the_other_state_s_doer(code, text, teller, doer, deed):
    events, actors = code(text)
    claims = _accusations(events)
    assert len(claims) == 1, [(e.type, e.source, e.target) for e in events]
    claim = claims[0]
    assert claim.cameo == "112" and claim.status == "occurred"
    assert countries(claim.source, actors) == {teller} and countries(claim.target, actors) == {doer}, \
        (claim.source, claim.target)
    # the deed told stays coded, with the teller as its attribution
    assert any(e.type == deed and doer in countries(e.source, actors) for e in events), \
        [(e.type, e.source) for e in events]


def test_the_claim_is_dated_when_said(code):
    events, actors = code("Ghana's foreign ministry said on Tuesday that Togolese troops had attacked a customs post.",
                          "2024-06-27")
    claim = _accusations(events)[0]
    assert claim.date is not None and claim.date.start == "2024-06-25", claim.date


@pytest.mark.parametrize("text", [
    # a news agency, an international body, an unnamed source: no state's claim
    "The official Ghanaian news agency GNA said Togolese troops shelled a border post.",
    "A United Nations report said Togolese troops shelled two Ghanaian villages.",
    "Shipping sources said a Togolese patrol boat fired on a Ghanaian trawler.",
    # the doer's own state tells its deed
    "Ghana said its warplanes struck two Togolese fuel depots.",
    "On Monday Ghana reported that its soldiers had repelled a Togolese raid on a hill post.",
])
def test_no_accusation_where_no_other_state_claims_it(code, text):
    events, _ = code(text)
    assert not _accusations(events), [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The Ugandan ambassador, who left Kampala in 1979 when Tanzanian troops stormed the city, said he hoped for "
    "an early settlement.",
    "Canada offered frigates to guard the ferries in waters where they could be menaced by new Chinese rockets, "
    "Canadian officials said today.",
    "Brazil said it was withdrawing a complaint that Peru was unfairly blocking imports of its shoes.",
])
def test_no_accusation_of_a_deed_the_claim_does_not_tell(code, text):
    events, _ = code(text)
    assert not [e for e in _accusations(events) if e.cameo == "112"], \
        [(e.type, e.cameo, e.source, e.target) for e in events]
