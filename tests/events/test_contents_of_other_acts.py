"""On a page, a hypothetical act whose word lies under another event's word of its sentence is that event's content,
no act of its own (events/relevance.py `contents_of_other_acts`): the deal a lobby urges a president to make, the
inquiry an envoy says he would have objected to, the help a firm gathers officials to plan. The governing act stays
(the request, the meeting; the objection, told only as what would have been, is no act either since round 73:
`irrealis`); so do an act told as done under another (troops "sent to help Uganda
fight the rebels": the fight), a hypothetical act no other event governs ("could impose sanctions") and a summit
named beside a possible meeting (ministers who "could gather alongside the summit").
Pages written here (round 71)."""

from __future__ import annotations

import pytest

URGED = ("Kenya and Uganda have been at odds over the border for months. The Kenyan farm lobby urged the Kenyan "
         "president to make a deal with Uganda as soon as possible. The lobby's head said time was running out for "
         "many growers. Ugandan officials said on Monday they were ready to talk. The Kenyan foreign minister said he "
         "would travel to Kampala next week. The two sides met in Nairobi in May.")
OBJECTED = ("The Ugandan envoy testified on Tuesday. The envoy said he would have objected to Kenya opening an "
            "investigation into the Ugandan minister. He said he had told the committee so. The committee met for six "
            "hours. The minister left the capital on Friday. Reporters waited outside.")
GATHERED = ("Kenya's largest retailer said on Monday that it was working with city officials. Even now, its leaders are "
            "assembling Kenyan officials and partners to help identify what more can be done to help families in "
            "Nairobi. The retailer has 300 stores. It was founded in 1970. Its shares rose on Monday. Analysts expect "
            "more news this week.")
DONE = ("Kenya and Uganda have quarrelled over fishing rights for months. Kenya sent troops to help Uganda fight "
           "the rebels on Monday. Ugandan officials welcomed the step. The Kenyan trade minister said Kenya could "
           "impose sanctions on Ugandan fish if the talks fail. The two sides met in Nairobi in May. Reporters waited "
           "outside.")
SUMMIT = ("East African farm ministers failed to agree on sugar quotas on Monday. The farm ministers could also gather "
          "alongside the summit of East African leaders in Nairobi on June 29, officials said. The ministers will meet "
          "again in July. Kenya wants higher quotas. Uganda opposes them. Tanzania has not said what it wants.")


def _told(code, page, kind, words):
    events, _ = code(page)
    return [e for e in events if e.type == kind and words in e.evidence[0].text]


@pytest.mark.parametrize("page, kind, words", [
    (URGED, "AGREE", "urged"),
    (OBJECTED, "ACCUSE", "objected"),
    (GATHERED, "AID", "assembling"),
])
def test_the_content_is_no_act(code, page, kind, words):
    assert not _told(code, page, kind, words)


@pytest.mark.parametrize("page, kind, words", [
    (URGED, "REQUEST", "urged"),
    (GATHERED, "CONSULT", "assembling"),
    (DONE, "MOBILIZE", "sent troops"),
    (DONE, "ASSAULT", "sent troops"),
    (DONE, "SANCTION", "could impose"),
])
def test_the_governing_act_and_a_lone_hypothetical_stay(code, page, kind, words):
    assert _told(code, page, kind, words)


def test_a_meeting_named_in_a_phrase_is_no_content(code):
    """The summit beside which ministers "could gather" is a second meeting named, not asked for: both stay."""
    assert len(_told(code, SUMMIT, "CONSULT", "gather alongside")) == 2
