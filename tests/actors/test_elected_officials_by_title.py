"""A person named after a title of elective office written short or long ("Rep. X", "Sen. X", "state Sen. X",
"Assemblywoman X", "Majority Leader X", "Councilor X") with no party tag and no dictionary entry is a member of the
legislature, or of a town's government, of the state the story or the title's place gives: a political actor with
the CAMEO sector of that office; a surname that is a title's word, a cleric's "Rev." and a firm's "Director" give
none."""

import pytest


def person(result, name):
    return next(e for e in result.entities if e.name == name)


@pytest.mark.parametrize("text, name", [
    ("The United States wants a deal on dairy. Rep. Corinne Valdavia told reporters the talks were stalling.",
     "Corinne Valdavia"),
    ("The United States wants a deal on dairy. Sen. Hollis Brandtner said the talks with Canada had stalled.",
     "Hollis Brandtner"),
    ("The United States wants a deal on dairy. Assemblywoman Priya Castellane urged the governor to act.",
     "Priya Castellane"),
    ("The United States wants a deal on dairy. Majority Leader Orrin Velasko blocked the trade bill on Monday.",
     "Orrin Velasko"),
])
def test_a_legislator_s_title_makes_a_member_of_the_legislature(story, text, name):
    member = person(story(text, published="2020-11-20"), name)
    assert member.kind == "person"
    assert (member.country, member.cameo) == ("USA", "USALEG")


def test_a_state_s_senator_is_of_the_country_of_the_state(story):
    result = story("Arizona state Sen. Wendell Porras accused Mexico of ignoring the smuggling of fentanyl.",
                   published="2020-11-20")
    assert person(result, "Wendell Porras").cameo == "USALEG"


@pytest.mark.parametrize("text, name, country", [
    ("The Philippines faces power cuts. Councilor Marisol Dagatan urged the utility to restore power.",
     "Marisol Dagatan", "PHL"),
    ("The United States faces power cuts. Councilwoman Tessa Garroway asked the utility to pay refunds.",
     "Tessa Garroway", "USA"),
])
def test_a_councilor_is_an_official_of_the_local_government(story, text, name, country):
    member = person(story(text, published="2020-11-20"), name)  # the title is no part of the name
    assert (member.country, member.cameo) == (country, f"{country}GOV")


@pytest.mark.parametrize("text, name", [
    ("The United States wants a deal on dairy. Lorna Mayor, a farmer, said the talks had stalled.", "Lorna Mayor"),
    ("The United States wants a deal on dairy. The Rev. Amos Kettering said the talks had stalled.", "Amos Kettering"),
    ("The United States wants a deal on dairy. Director Felix Aubertin of Norland Dairies Inc said the talks "
     "had stalled.", "Felix Aubertin"),
])
def test_no_office_gives_no_political_sector(story, text, name):
    cameo = person(story(text, published="2020-11-20"), name).cameo or ""
    assert not cameo.endswith(("GOV", "LEG"))
