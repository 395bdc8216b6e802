"""A state in an "of" phrase on a person's name or title ("Defence Minister Jorge Ruiz of Peru") binds the person's
country before any word nearby: the parser may list the name with an envoy of another state, whose country the
name's neighbours would otherwise give."""

import pytest


@pytest.mark.parametrize("text, person, state", [
    # listed with an envoy of another state: the envoy's country was the minister's
    ("The U.S. ambassador to Spain and Defence Minister Jorge Ruiz of Peru met in Lima on Monday.", "Jorge Ruiz",
     "PER"),
    ("The Japanese envoy to China and Trade Minister Li Wen of Singapore signed the accord in Beijing.", "Li Wen",
     "SGP"),
    ("The British ambassador to Italy and Finance Minister Hans Gruber of Austria met in Rome on Friday.",
     "Hans Gruber", "AUT"),
    # a title the dictionary reads as no state's official, with the state after the name
    ("Envoy Mark Dale of the United States met Defence Minister Jorge Ruiz of Peru in Lima.", "Mark Dale", "USA"),
])
def test_the_state_after_the_name_gives_the_country(story, text, person, state, country_of):
    assert country_of(story(text, published="2024-06-03"), person) == state


@pytest.mark.parametrize("text, person, state", [
    # the state owns the noun of the phrase: the bank's country, read as before
    ("Jorge Ruiz of Peru's central bank said the Chilean loan would be repaid.", "Jorge Ruiz", "PER"),
    # a firm named after the name, no state: the firm's country as before
    ("The American ambassador met Jorge Ruiz of Lima Holdings on Tuesday.", "Jorge Ruiz", "PER"),
    # a state named elsewhere in the sentence, not in an "of" phrase on the name: nothing bound
    ("Foreign Minister Kemal Arslan said Turkey rejected the Greek proposal.", "Kemal Arslan", "TUR"),
])
def test_other_phrases_are_read_as_before(story, text, person, state, country_of):
    assert country_of(story(text, published="2024-06-03"), person) == state


def test_a_party_after_the_name_binds_no_state(story, country_of):
    # "of the ruling party" names no state: the official's country comes from elsewhere, not from the phrase
    result = story("Defence Minister Jorge Ruiz of the ruling party said Chile would buy the jets.",
                   published="2024-06-03")
    assert country_of(result, "Jorge Ruiz") == "CHL"
