"""On a page, an act told only as what would have been ("would have objected", "would have preferred to offer"), as
what a party would be more or less ("would be more supportive of"), or as a wish for another party's act ("would
like to see Uganda agree", "would like Uganda to lift") is a view of what is not, no act (events/relevance.py
`irrealis`). "Would" alone (an act supposed under a condition), the wisher's own act ("would like to suggest",
"would like to sign"), "have to" and a deed keep their events, and so does a single sentence (PLV's records). Pages
written here (round 73)."""

from __future__ import annotations

import pytest

OPPOSED = ("The former envoy testified for nine hours on Tuesday. He said he would have opposed any Kenyan inquiry "
           "into the Ugandan minister. He said he had not known of the aid freeze. The committee adjourned at six. "
           "Reporters waited outside. The hearings resume next week.")
PREFERRED = ("The German chancellor named a banker as finance minister on Sunday. A weekly paper said Scholz would have "
             "preferred to offer the job to a member of his Social Democratic Party (SPD). The banker takes office on "
             "Monday. The party has not commented. The euro rose on the news.")
SUPPORTIVE = ("Turkey's president Erdogan sent advisers to Tripoli last year. Erdogan has long held ambitions of leading "
              "the region, the paper goes on, and a new cabinet in Tripoli would be more supportive of his claims to "
              "lead it. Talks on the pipeline stalled in May. The ministry declined to comment. Reporters waited "
              "outside.")
SEE_AGREE = ("Trade talks between Kenya and Uganda resumed on Monday. Some officials in Nairobi would like to see Uganda "
             "agree to large purchases of Kenyan tea, while Kenya keeps its duties for leverage. Kampala has resisted "
             "a fixed amount. The talks end on Friday. Reporters waited outside.")
LIKE_LIFT = ("Kenya and Uganda have quarrelled over sugar for months. Kenya would like Uganda to lift its ban on Kenyan "
             "sugar, the minister said. The talks end on Friday. The ministry declined to comment. Reporters waited "
             "outside.")
STAYS = ("Kenya and Uganda have quarrelled over fishing rights for months. The trade minister said Kenya would impose "
         "sanctions on Ugandan fish if the talks fail. The president would like to suggest Uganda stay out of the "
         "dispute. Kenya would like to sign a new fishing accord with Uganda, the minister said. Kenya has praised "
         "Uganda's new fishing rules. Reporters waited outside.")


def _told(code, page, words):
    events, _ = code(page)
    return [e for e in events if words in e.evidence[0].text]


@pytest.mark.parametrize("page, words", [
    (OPPOSED, "would have opposed"),
    (PREFERRED, "would have preferred"),
    (SUPPORTIVE, "more supportive"),
    (SEE_AGREE, "like to see Uganda agree"),
    (LIKE_LIFT, "like Uganda to lift"),
])
def test_an_act_that_would_have_been_or_is_wished_of_another_is_no_act(code, page, words):
    assert not _told(code, page, words)


@pytest.mark.parametrize("words, status", [
    ("would impose sanctions", "hypothetical"),
    ("like to suggest", "hypothetical"),
    ("like to sign", "hypothetical"),
    ("has praised", "occurred"),
])
def test_would_alone_the_wishers_own_act_and_a_deed_stay(code, words, status):
    events = _told(code, STAYS, words)
    assert events and all(e.status == status for e in events)


def test_a_single_sentence_keeps_the_act(code):
    """PLV's records are single sentences: the page rule does not read them."""
    assert _told(code, "He said he would have opposed any Kenyan inquiry into the Ugandan minister.",
                 "would have opposed")
