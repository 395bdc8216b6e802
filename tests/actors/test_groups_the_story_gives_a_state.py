"""Generic agents whose state the story gives, though no state's word stands before them: a group "local" or
"domestic" to a story told from one state's city ("local dealers" of a Chicago story), a group "the country's" in a
story about one state, the second of two joined nouns after a state's word ("Canadian officials and businessmen"),
and people of the place (farmers, protesters, workers) in a story its dateline's state leads though it names another
as well. Before, each was an agent of no country."""


def _countries(found, sector):
    return {e.country for e in found.entities if (e.id or "").endswith(":" + sector)}


def test_local_traders_of_a_story_told_from_a_city(story):
    found = story("The exchange's plan for evening sessions met with protests from many local traders, who said "
                  "it would lengthen their working day.", dateline="CHICAGO")
    assert _countries(found, "BUS") == {"USA"}


def test_the_country_s_traders(story):
    found = story("Indonesia wants a new quota deal, an exporters' group said. Its chairman asked the Indonesian "
                  "government to help the country's pepper traders during the talks with Brazil.", dateline="JAKARTA")
    assert _countries(found, "BUS") == {"IDN"}


def test_the_second_of_two_joined_nouns_shares_the_state_word(story):
    found = story("South Korea's trade minister said South Korea would keep its surplus for three years. He flies "
                  "to Ottawa on Friday to meet Canadian officials and businessmen about trade.", dateline="WASHINGTON")
    assert _countries(found, "BUS") == {"CAN"}


def test_people_of_a_story_their_dateline_s_state_leads(story):
    found = story("Spanish growers drove tractors onto the roads today and shut a border post with France, police "
                  "said. Protesters burned tyres in the north. Farmers stopped lorries from France at the border "
                  "near Irun, refusing to let them enter Spain.", dateline="MADRID")
    assert _countries(found, "OPP") == {"ESP"}
    assert _countries(found, "CVL") == {"ESP"}


def test_traders_with_no_word_of_here_stay_without_a_state(story):
    found = story("Sugar traders threatened to sell their stocks into intervention to protest against the "
                  "Commission's policy, EC officials said.", dateline="BRUSSELS")
    assert _countries(found, "BUS") <= {None}


def test_local_traders_of_a_story_about_another_state_take_none(story):
    found = story("Brazil's coffee exports fell sharply last month, and local traders blamed the Brazilian "
                  "government's new export tax, Brazil's coffee institute said.", dateline="NEW YORK")
    assert "USA" not in _countries(found, "BUS")


def test_a_state_word_on_the_second_noun_keeps_its_own(story):
    found = story("The minister held talks with Canadian officials and Japanese businessmen in Seoul.")
    assert _countries(found, "BUS") == {"JPN"}
