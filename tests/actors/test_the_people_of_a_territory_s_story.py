"""A story that names a territory and the state it belongs to about as often happens in the territory: its police,
protesters, students and residents, named by no word of their own, are the territory's (lexicon's `territories`,
`StoryCountries._territory_story`); its government and troops stay unsaid, and a story of two states gains nothing."""

from __future__ import annotations

from tests.actors.conftest import mention_countries

HONG_KONG = (
    "Hong Kong braced for another weekend of unrest as China warned it would not tolerate further disorder. "
    "Police fired tear gas at protesters who had blocked a harbour tunnel on Saturday. "
    "China accused foreign powers of stirring trouble in Hong Kong, and Hong Kong officials said the tunnel would "
    "stay shut. Students occupied a campus library overnight. "
    "China's foreign ministry said Hong Kong's affairs were China's alone.")

PUERTO_RICO = (
    "Puerto Rico struggled to restore power after the storm, and the United States promised emergency funds. "
    "Residents queued for fuel in the heat while police guarded the depots. "
    "The United States sent engineers to Puerto Rico, and Puerto Rico's utility asked the United States for more "
    "crews. Teachers reopened schools in tents.")


def test_police_protesters_and_students_of_a_hong_kong_story_are_hong_kong_s(story):
    found = story(HONG_KONG, dateline=None, published="2019-11-18")
    assert mention_countries(found, "police") == {"HKG"}
    assert mention_countries(found, "protesters") == {"HKG"}
    assert mention_countries(found, "students") == {"HKG"}


def test_residents_and_police_of_a_puerto_rico_story_are_puerto_rico_s(story):
    found = story(PUERTO_RICO, dateline=None, published="2017-10-02")
    assert mention_countries(found, "residents") == {"PRI"}
    assert mention_countries(found, "police") == {"PRI"}


def test_the_government_and_troops_of_a_territory_s_story_take_no_territory(story):
    text = HONG_KONG + " The government sent more troops to the border."
    found = story(text, dateline=None, published="2019-11-18")
    assert "HKG" not in mention_countries(found, "troops")
    assert "HKG" not in mention_countries(found, "government")


def test_a_story_of_two_states_gives_its_police_neither(story):
    text = ("France and Britain argued over the fishing rules again. Police arrested two fishermen at the port. "
            "Britain said France had broken the deal, and France said Britain had. Protesters blocked the quay.")
    found = story(text, dateline=None, published="2021-10-28")
    assert mention_countries(found, "police") == {None}
    assert mention_countries(found, "protesters") == {None}


def test_a_story_told_from_the_state_s_capital_keeps_its_police_unsaid(story):
    text = ("China warned Hong Kong that it would not tolerate further disorder. Police fired tear gas at protesters. "
            "China said Hong Kong must restore order, and Hong Kong said it would.")
    found = story(text, dateline="BEIJING", published="2019-11-18")
    assert "HKG" not in mention_countries(found, "police")


def test_a_territory_s_agents_are_named_by_the_territory_not_its_state_s_demonym(story):
    found = story(HONG_KONG, dateline=None, published="2019-11-18")
    named = {m.entity for m in found.mentions if m.text.lower() in ("police", "students")}
    names = {e.name for e in found.entities if e.id in named}
    assert names and all(n.startswith("Hong Kong ") for n in names), names
    china = story("Police in Beijing detained two activists on Monday, China's state media said.",
                  dateline=None, published="2019-11-18")
    assert any(e.name.startswith("Chinese ") for e in china.entities if e.id.startswith("agent:CHN"))
