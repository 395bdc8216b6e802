"""On a page, a supposed act told by a passive under "could", "might" or "may" with no doer named is a chance no one
is named to take, no act (events/relevance.py `possible_by_nobody`): troops an ambassador says "could be deployed" in
a capital, aid an envoy says "might be frozen if" a vote is not held. A doer named ("could be imposed by Kenya"), an
active verb ("Kenya could also expel"), a passive told as done ("were deployed … last week") and "would" keep the
act, and so does a single sentence (PLV's records). Pages written here (round 72)."""

from __future__ import annotations

import pytest

DEPLOYED = ("Protests in Kampala entered their fourth week on Sunday. Students blocked the main roads again. Uganda's "
            "ambassador to Kenya said Ugandan troops could be deployed in Kampala if the unrest goes on. Police fired "
            "tear gas at the crowds on Saturday. Shops stayed shut. Many schools are closed.")
FROZEN = ("The envoy told the committee what he had heard. He said Kenyan aid to Uganda might be frozen if Kampala did "
          "not hold the vote. He said he had told the minister so. The committee met for six hours. The minister left "
          "the capital on Friday. Reporters waited outside.")
STAYS = ("Kenya and Uganda have quarrelled over fishing rights for months. The trade minister said sanctions could be "
         "imposed by Kenya on Ugandan fish if the talks fail. He said Kenya could also expel Ugandan diplomats. Ugandan "
         "troops were deployed along the border last week. Aid to Uganda would be frozen from Monday, the ministry "
         "announced. Reporters waited outside.")


def _told(code, page, words):
    events, _ = code(page)
    return [e for e in events if words in e.evidence[0].text]


@pytest.mark.parametrize("page, words", [
    (DEPLOYED, "could be deployed"),
    (FROZEN, "might be frozen"),
])
def test_a_chance_no_one_is_named_to_take_is_no_act(code, page, words):
    assert not _told(code, page, words)


@pytest.mark.parametrize("words", ["imposed by Kenya", "could also expel", "were deployed", "would be frozen"])
def test_a_named_doer_an_active_verb_a_deed_and_would_stay(code, words):
    assert _told(code, STAYS, words)


def test_a_single_sentence_keeps_the_chance(code):
    """PLV's records are single sentences: the page rule does not read them."""
    assert _told(code, "He said Kenyan aid to Uganda might be frozen if Kampala did not hold the vote.",
                 "might be frozen")
