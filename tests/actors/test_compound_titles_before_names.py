"""A title of several capitalised words written before a name ("Energy and Mines Minister X", "Deputy Prime Minister
X") is a title, however the parser reads it: the person is a state's official of the country the title's adjective
or possessive names, the title's words are no name of a body or firm, and the name is not cut short."""

import pytest


def person(result, name):
    return next(e for e in result.entities if e.name == name)


@pytest.mark.parametrize("text, name, country", [
    ("Ecuadorean Energy and Mines Minister Rosa Villacres met Kuwaiti officials on Monday.", "Rosa Villacres", "ECU"),
    ("Malaysian Mines and Energy Minister Harun Rashid told the cartel that output would fall.", "Harun Rashid",
     "MYS"),
    ("Ecuador's Energy and Mines Minister Rosa Villacres met Kuwaiti officials on Monday.", "Rosa Villacres", "ECU"),
    ("Ghanaian Foreign Trade Minister Kofi Asante signed a barter deal with Romania.", "Kofi Asante", "GHA"),
])
def test_the_official_takes_the_title_s_country(story, text, name, country):
    official = person(story(text), name)
    assert (official.country, official.cameo) == (country, f"{country}GOV")


@pytest.mark.parametrize("text", [
    "Ecuadorean Energy and Mines Minister Rosa Villacres met Kuwaiti officials on Monday.",
    "The cartel's chairman and Ecuador's Mining and Energy Minister Rosa Villacres has pledged her country's support "
    "for the export curb.",
])
def test_the_title_s_words_are_no_actor(story, text):
    result = story(text)
    assert not [e for e in result.entities if "Energy" in e.name or "Minister" in e.name]
    assert not [e for e in result.entities if e.id.startswith("agent:ECU")]  # the title names her, no generic agent


def test_a_name_after_a_compound_title_is_read_whole(story):
    result = story("Energy and Mines Minister Rosa Villacres Paredes met Kuwaiti officials on Monday.")
    assert "Rosa Villacres Paredes" in {e.name for e in result.entities}


def test_a_body_before_a_title_stays_a_body(story):
    result = story("Ecuadorean Central Bank Governor Rosa Villacres said reserves had fallen.")
    bank = next(e for e in result.entities if e.name == "Ecuadorean Central Bank")
    assert bank.kind == "government"  # a state's central bank (lexicon.yaml state_body_names)
    assert person(result, "Rosa Villacres").cameo == bank.cameo  # the bank's official


def test_a_firm_before_a_title_word_that_is_no_state_s_keeps_its_name(story):
    result = story("Andean Copper Chairman Rosa Villacres said output had fallen.")
    assert person(result, "Rosa Villacres").cameo != "ECUGOV"


def test_a_portfolio_listed_with_commas_and_the_state_the_official_speaks_for(story):
    result = story("The cartel expects output to fall. Mines, Power and Steel Minister Ahmed Musa Bello said in Abuja that "
                   "Nigeria would keep within its quota. Malaysia said it would cut output too.")
    assert person(result, "Ahmed Musa Bello").country == "NGA"


def test_a_firm_s_president_is_no_state_s_compound_title(story):
    result = story("Northwind Shipping President Tunde Bakare said the firm would open an office in Lagos.")
    assert person(result, "Tunde Bakare").cameo != "NGAGOV"
    assert not [e for e in result.entities if e.kind == "government" and e.type == "PERSON"]
