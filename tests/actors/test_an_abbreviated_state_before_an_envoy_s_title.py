"""A state's name abbreviated as its adjective right before an envoy's title ("U.S. envoy X", "UK envoy X", "X, the
U.S. envoy") names the state that sends the envoy, as a demonym does, whether or not the dictionaries know the
person; a state's name written in full beside the title may be where the envoy is sent (no country). Names and
sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, country", [
    ("U.S. envoy Jonathan Quillfeather met rebel leaders in the capital on Tuesday.", "Jonathan Quillfeather", "USA"),
    ("UK envoy Harold Pembleton met Iranian officials in Tehran on Sunday.", "Harold Pembleton", "GBR"),
    ("Jonathan Quillfeather, the U.S. envoy, met rebel leaders in Manila.", "Jonathan Quillfeather", "USA"),
    ("U.S. special envoy Jonathan Quillfeather arrived in Manila on Monday for talks with the rebels.",
     "Jonathan Quillfeather", "USA"),
])
def test_an_abbreviated_state_before_the_title_sends_the_envoy(by_name, story, text, person, country):
    found = by_name(story(text, dateline="MANILA", published="1987-03-04"))
    assert found[person].country == country
    assert found[person].cameo == f"{country}GOV"


def test_a_state_written_in_full_beside_the_title_is_not_the_sender(by_name, story):
    found = by_name(story("The Chad envoy Harold Pembleton met rebel leaders on Tuesday.", published="1987-03-04"))
    assert found["Harold Pembleton"].country is None
