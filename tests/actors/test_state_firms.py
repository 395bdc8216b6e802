"""A firm the story says its state owns ("the state-owned airline X", "Peru's state oil company, X", "X, a
government-controlled utility": `state_firm_words` in the lexicon), and a listed state oil firm (data/firms.yaml),
acts for its state: coded as CAMEO codes a state's firm (~GOVBUS), no firm's own trade (events/relevance.py);
sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.relevance import is_firm


@pytest.mark.parametrize("text, name, country", [
    ("Peru's state oil company, Varnol, agreed to buy a stake in Belco, a Peruvian shipper.", "Varnol", "PER"),
    ("Varnol, a state-run Peruvian refiner, agreed on Monday to buy a stake in a Peruvian shipper.", "Varnol", "PER"),
    ("The government-controlled Amlak Electric Co of Jordan signed a contract with a Jordanian builder.",
     "Amlak Electric Co", "JOR"),
])
def test_a_firm_the_story_says_the_state_owns_acts_for_its_state(by_name, story, text, name, country):
    entity = by_name(story(text))[name]
    assert (entity.country, entity.cameo) == (country, f"{country}GOVBUS")
    assert not is_firm(entity)


@pytest.mark.parametrize("text, name, country", [
    ("Peru's largest oil company, Varnol, agreed to buy a stake in Belco, a Peruvian shipper.", "Varnol", "PER"),
    ("The formerly state-owned Amlak Electric Co of Jordan signed a contract with a Jordanian builder.",
     "Amlak Electric Co", "JOR"),
])
def test_a_firm_no_words_say_the_state_owns_stays_a_firm(by_name, story, text, name, country):
    entity = by_name(story(text))[name]
    assert (entity.country, entity.cameo) == (country, f"{country}BUS")
    assert is_firm(entity)


def test_a_listed_state_oil_firm_acts_for_its_state(by_name, story):
    entity = by_name(story("Pertamina agreed to buy a stake in Belco, an Indonesian shipper."))["Pertamina"]
    assert (entity.country, entity.kind, entity.cameo) == ("IDN", "company", "IDNGOVBUS")
    assert not is_firm(entity)


def test_a_listed_firm_the_story_calls_state_owned_is_its_state_s_in_that_story(by_name, story):
    owned = by_name(story("The state-owned Japan Airlines will fly twice a week to Lima from June."))
    assert owned["Japan Airlines"].cameo == "JPNGOVBUS"
    plain = by_name(story("Japan Airlines will fly twice a week to Lima from June."))
    assert plain["Japan Airlines"].cameo == "MNCJPN"


def test_a_firm_set_off_after_a_state_firm_s_noun_the_parser_did_not_tie(by_name, story):
    text = "According to the state oil company, PETROCOL, rebels carried out 40 attacks on pipelines last year."
    assert by_name(story(text, dateline="BOGOTA"))["PETROCOL"].cameo == "COLGOVBUS"
    text = "According to the oil company, PETROCOL, rebels carried out 40 attacks on pipelines last year."
    assert by_name(story(text, dateline="BOGOTA"))["PETROCOL"].cameo != "COLGOVBUS"
