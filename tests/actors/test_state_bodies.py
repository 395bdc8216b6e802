"""A state body named by its function alone ("the Finance Ministry", "the Treasury") is one body of each state: its id
carries the state its story gives it, so two states' ministries are two actors across documents; a name with any
other word, or a body of no known state, keeps its id. Sentences written for these tests."""

import pytest

from dossier.actors.state_bodies import function_body, known_body


def _ids(found, name):
    return {e.id for e in found.entities if e.name == name}


@pytest.mark.parametrize("name", ["Finance Ministry", "the Trade Ministry", "Ministry of Foreign Affairs",
                                  "Posts and Telecommunications Ministry", "Treasury", "Foreign Office",
                                  "Export-Import Bank", "Ex-Im Bank", "Central Bank", "Justice Department"])
def test_names_of_a_function_alone(name):
    assert function_body(name)


@pytest.mark.parametrize("name", ["Ministry", "Department", "California Department of Food and Agriculture",
                                  "Asian Development Bank", "International Energy Agency", "Swiss National Bank",
                                  "Commission", "Paribas", "Oil Ministry Pension Fund", "Ministry of Fear"])
def test_names_of_one_body_are_not(name):
    assert not function_body(name)


def test_two_states_ministries_are_two_actors(story):
    tokyo = story("Japan's trade surplus widened in February. The Finance Ministry said it would watch the yen.",
                  dateline="TOKYO")
    paris = story("France will sell its stake in a bank next month. The Finance Ministry said the sale was due.",
                  dateline="PARIS")
    assert _ids(tokyo, "Finance Ministry") == {"unk:ORG:finance-ministry-jpn"}
    assert _ids(paris, "Finance Ministry") == {"unk:ORG:finance-ministry-fra"}


def test_events_and_mentions_name_the_state_s_body(story):
    found = story("France will sell its stake in a bank next month. The Ministry of Foreign Affairs agreed to the "
                  "plan.", dateline="PARIS")
    ident = "unk:ORG:ministry-of-foreign-affairs-fra"
    assert _ids(found, "Ministry of Foreign Affairs") == {ident}
    assert any(m.entity == ident for m in found.mentions)
    assert not any(m.entity == "unk:ORG:ministry-of-foreign-affairs" for m in found.mentions)
    assert all("unk:ORG:ministry-of-foreign-affairs" not in [*e.source, *e.target] for e in found.events)


def test_a_ministry_of_another_state_named_in_its_sentence_is_that_state_s(story):
    found = story("Japan's trade surplus widened in February. Brazil's Trade Ministry said it would buy more Japanese "
                  "steel.", dateline="TOKYO")
    assert _ids(found, "Trade Ministry") == {"unk:ORG:trade-ministry-bra"}


def test_a_body_its_story_gives_no_state_keeps_its_id(story):
    found = story("Chile and Peru signed a fishing pact on Monday. The Finance Ministry said talks would go on.")
    assert {e.country for e in found.entities if e.name == "Finance Ministry"} == {None}
    assert _ids(found, "Finance Ministry") == {"unk:ORG:finance-ministry"}


def test_a_name_with_a_word_of_its_own_keeps_its_id(story):
    found = story("Farm prices fell in February. The California Department of Food and Agriculture warned growers.",
                  dateline="WASHINGTON")
    assert _ids(found, "California Department of Food and Agriculture") == {
        "unk:ORG:california-department-of-food-and-agriculture"}


def test_federal_agencies_by_name_and_acronym(story, by_name):
    found = by_name(story("The FCC fined a broadcaster on Tuesday. The Food and Drug Administration approved a new "
                          "drug.", dateline="NEW YORK"))
    assert found["Federal Communications Commission"].country == "USA"
    assert found["Food and Drug Administration"].country == "USA"


def test_a_department_named_with_its_state_is_the_american_one(story, by_name):
    found = by_name(story("Canada will change its extradition law. The U.S. Justice Department said it would study "
                          "the bill.", dateline="OTTAWA"))
    assert found["United States Department of Justice"].country == "USA"


def test_another_state_s_body_of_that_function_is_its_own(story):
    found = story("Canada will change its extradition law. The Justice Ministry said a bill was ready.",
                  dateline="OTTAWA")
    assert _ids(found, "Justice Ministry") == {"unk:ORG:justice-ministry-can"}


# a state body named by its function that the dictionaries know for the story's state is that known body;
# a body only some states have ("Congress") is, in a story of another state, the first listed state's.

def test_the_treasury_of_a_washington_story_is_the_known_us_treasury(story):
    found = story("The dollar slipped against the mark on Monday. The Treasury said it saw no reason to act.",
                  dateline="WASHINGTON")
    assert _ids(found, "United States Department of the Treasury") == {"usa:united-states-department-of-the-treasury"}
    assert not [e for e in found.entities if e.id.startswith("unk:ORG:treasury")]


def test_the_known_body_is_named_once_beside_its_full_name(story):
    found = story("The U.S. Treasury sold notes on Monday. Later the Treasury said demand had been strong.",
                  dateline="WASHINGTON")
    ids = [e.id for e in found.entities]
    assert ids.count("usa:united-states-department-of-the-treasury") == 1
    assert not [i for i in ids if i.startswith("unk:ORG:treasury")]


def test_the_treasury_of_a_state_the_dictionaries_lack_keeps_its_state_s_id(story):
    found = story("Britain's budget deficit narrowed in May. The Treasury said borrowing would fall further.",
                  dateline="LONDON")
    assert _ids(found, "Treasury") == {"unk:ORG:treasury-gbr"}


def test_congress_in_a_story_of_a_state_without_one_is_the_us_congress(story):
    found = story("Korean steel makers cut exports in April. Congress has pressed Seoul to open its markets.",
                  dateline="SEOUL")
    assert {e.id for e in found.entities if e.name == "United States Congress"} == {"usa:united-states-congress"}
    assert not [e for e in found.entities if e.id.startswith("unk:ORG:congress")]


def test_congress_in_a_story_of_a_state_with_one_is_not_the_us_congress(story):
    found = story("Argentina's inflation rose in May. Congress approved the new wage bill on Friday.",
                  dateline="BUENOS AIRES")
    assert "usa:united-states-congress" not in {e.id for e in found.entities}


@pytest.mark.parametrize("name,country,known", [
    ("Treasury", "USA", "usa:united-states-department-of-the-treasury"),
    ("the Justice Department", "USA", "usa:united-states-department-of-justice"),
    ("Congress", "JPN", "usa:united-states-congress"),
    ("Treasury", "GBR", None), ("Finance Ministry", "JPN", None), ("Treasury", None, None),
    ("Defense Department", "USA", None),  # an alias the converted lists give a command, not the department
    ("Department of the Interior", "USA", None),  # ... and one they give another department
    ("Export-Import Bank", "USA", None),  # ... and one they give the FTC
])
def test_known_bodies_by_a_function_name(name, country, known):
    assert known_body(name, country) == known
