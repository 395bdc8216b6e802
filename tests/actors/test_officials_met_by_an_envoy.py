"""An official introduced by a title alone whom an envoy meets ("the Japanese ambassador to Kenya met Finance Minister
X"): the envoy's title says which state they are sent to, and the official the envoy meets there is that host state's,
not the sender's (the country the story names most). Only where the envoy and the official are the two parties of one
verb; an official the envoy merely speaks of gets neither state."""

import pytest

DATE = "2015-04-14"


@pytest.mark.parametrize("text, official, host", [
    ("Indian Ambassador to Nepal Ranjit Rae met Prime Minister Sushil Koirala on Tuesday and discussed the border.",
     "Sushil Koirala", "NPL"),
    ("Prime Minister Sushil Koirala received the Chinese ambassador to Nepal, Wu Chuntai, on Tuesday.",
     "Sushil Koirala", "NPL"),
    ("The Japanese envoy to Kenya held talks with Finance Minister Paul Otieno on Monday.", "Paul Otieno", "KEN"),
])
def test_the_official_an_envoy_meets_is_the_host_s(story, text, official, host, country_of):
    assert country_of(story(text, published=DATE), official) == host


def test_the_envoy_keeps_the_sender_s_country(story, country_of):
    result = story("Indian Ambassador to Nepal Ranjit Rae met Prime Minister Sushil Koirala on Tuesday.",
                   published=DATE)
    assert country_of(result, "Ranjit Rae") == "IND"


def test_no_host_without_an_envoy_to_a_state_in_the_official_s_clause(story, country_of):
    # an envoy sent to an international body names no host state: the story's country
    text = "The Indian ambassador to the United Nations met Foreign Minister Arun Mehta in New York."
    assert country_of(story(text, published=DATE), "Arun Mehta") == "IND"


def test_the_official_the_envoy_speaks_of_is_not_the_host_s(story, country_of):
    # no party of the envoy's verb: the envoy speaks of them, and may speak of their own state's officials or the
    # host's (test_officials_told_of_by_an_envoy.py): neither the host's country nor the story's
    text = "The Indian ambassador to Nepal said on Friday that Defence Minister Arun Mehta would arrive in India soon."
    assert country_of(story(text, published=DATE), "Arun Mehta") is None
