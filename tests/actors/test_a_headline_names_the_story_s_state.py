"""A story's headline is read for the states it names (story_countries.py `_headline_states`): the one state it names
is the story's where the body names it too and, the headline counted, names no other more often
(`_headline_country`). A body that names another state more often still keeps it; a headline's capital, or a headline
naming two states, a state after a preposition, or a state's word opening a firm's name the body writes, gives
nothing. Sentences, headlines and names written for these tests."""

from __future__ import annotations

import pytest

# The body names the United States twice and Kenya once: without its headline, the story reads as American.
_TEA = ("The Ministry of Agriculture has begun a review of the levy on tea exports, a ministry official said. "
        "Ministry officials hope to answer U.S. complaints about the levy, which U.S. importers say is too steep for "
        "Kenya's growers.")
# Spain named twice (its name and its demonym), Portugal once.
_FUEL = ("The Finance Ministry is studying a new tax on imported fuel, a spokesman for the ministry said. The tax "
         "would fall mostly on Spanish refiners, who ship their fuel through Spain's ports to Portugal.")


def _body_country(result, word: str) -> str | None:
    found = [e.country for e in result.entities if word in e.name and "Ministry" in e.name]
    assert len(found) == 1, [(e.id, e.name) for e in result.entities]
    return found[0]


@pytest.mark.parametrize("text, title, word, country", [
    (_TEA, "Kenya Weighs Changes To Tea Export Levy", "Agriculture", "KEN"),
    (_FUEL, "PORTUGUESE FUEL TAX UNDER STUDY", "Finance", "PRT"),
    (_FUEL, "Portugal Studies Levy On Fuel Imports", "Finance", "PRT"),
])
def test_the_headline_s_state_is_the_home_of_a_state_body(story, text, title, word, country):
    assert _body_country(story(text, title=title), word) == country


def test_without_the_headline_the_body_s_state_stands(story):
    assert _body_country(story(_TEA), "Agriculture") != "KEN"


def test_a_headline_s_capital_gives_no_state(story):
    assert _body_country(story(_TEA, title="Nairobi Weighs Changes To Tea Levy"), "Agriculture") != "KEN"


def test_a_state_after_a_preposition_is_where_not_who(story):
    assert _body_country(story(_TEA, title="Buyers Fret Over Tea Levy Review In Kenya"), "Agriculture") != "KEN"


def test_a_headline_naming_two_states_settles_nothing(story):
    assert _body_country(story(_TEA, title="U.S. Presses Kenya On Tea Levy"), "Agriculture") != "KEN"


def test_a_body_that_clearly_names_another_state_keeps_it(story):
    text = ("Brazil's creditor banks will meet in New York next week, bankers said. Brazil suspended interest "
            "payments last month, and the Finance Ministry has asked Brazil's lenders for new money.")
    assert _body_country(story(text, title="U.S. Banks Wary Of New Loans"), "Finance") == "BRA"



def test_a_state_s_word_that_opens_a_firm_s_name_is_the_name_s(story):
    # "Kenya Breweries" in the headline is the firm the body names in full ("Kenya Breweries Ltd"), not Kenya
    text = ("Kenya Breweries Ltd will pay more for imported barley, a spokesman for the brewer said. The Ministry of "
            "Agriculture has begun a review of the levy on barley imports. Ministry officials hope to answer U.S. "
            "complaints about the levy, which U.S. exporters say is too steep for Kenya's brewers.")
    assert _body_country(story(text, title="Kenya Breweries Faces Higher Barley Bill"), "Agriculture") != "KEN"


def test_a_dateline_that_agrees_with_the_body_outweighs_the_headline(story):
    # the body names the US twice and Kenya once, and the dateline is Washington: the firm stays American
    text = ("The U.S. farm department approved an export subsidy on wheat bound for Kenya, officials there said. "
            "The subsidy goes to the Acme Milling Company. The deal closes a U.S. export scheme begun last year.")
    result = story(text, dateline="WASHINGTON", title="Kenya Wheat Sale Bonus Awarded")
    assert [e.country for e in result.entities if e.name.startswith("Acme")] == ["USA"]
