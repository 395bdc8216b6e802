"""A firm's gift to groups, with the state it happens in named only as a place ("groups in every state in America",
"people in American society"), is its own giving, no aid to that state (events/relevance.py `firms_gift`,
data/relevance.yaml firms_gifts, site_preps). A firm's gift to a state named as the receiver, and a state's pledge,
stay, and so does any act of a single sentence. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

# a page (a single sentence, PLV's, keeps a firm's gift): the gift's sentence, then four of no act
PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "Spotify pledged $3 million to charities in every state in America.",
    "On Friday, Nike said it is making donations to several charities that work for poor families in American "
    "society.",
    "With marches held in cities across America, Microsoft pledged $5 million to charities fighting inequality.",
])
def test_a_firms_gift_to_groups_is_no_aid_to_the_state_it_is_in(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type == "AID"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Huawei pledged $2 million in aid to Italy.",
    "The Japanese government pledged $10 million to groups that help refugees in Jordan.",
])
def test_a_gift_to_a_state_named_as_receiver_and_a_states_pledge_stay(code, text):
    events, _ = code(PAGE.format(text))
    assert [e for e in events if e.type == "AID"], found_acts(events)
