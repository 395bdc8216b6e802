"""A number before a noun for people counts people, who may all be of the story's state; a number before a noun of
state bodies counts states; a group a region of several states describes takes no story's country. Sentences
written for these tests."""


def _countries(found, noun):
    """The countries of the generic agents mentioned by that noun."""
    named = {m.entity for m in found.mentions if m.text.lower() == noun}
    return {e.country for e in found.entities if e.id.startswith("agent:") and e.id in named}


def test_a_number_of_people_in_a_one_state_story_are_of_that_state(story):
    found = story("Laos will move 200,000 people to state farms this year, the party newspaper said.",
                  dateline="VIENTIANE")
    assert _countries(found, "people") == {"LAO"}


def test_workers_counted_are_of_the_story_s_state(story):
    found = story("Four miners and three workers died in a flood in Bolivia, the mining ministry said.",
                  dateline="LA PAZ")
    assert _countries(found, "workers") == {"BOL"}


def test_governments_counted_are_several_states(story):
    found = story("Laos said the two governments would sign a border pact soon.", dateline="VIENTIANE")
    assert _countries(found, "governments") == {None}


def test_a_region_s_farmers_are_no_one_state_s(story):
    found = story("Spain said its growers would protest. Europe's 10 mln farmers are angry at the Commission's plan.",
                  dateline="MADRID")
    assert {e.country for e in found.entities if e.id.endswith(":CVL")} == {None}


def test_farmers_of_a_region_the_dictionary_holds_are_no_one_state_s(story):
    found = story("Spain said Latin America's farmers would gain from the pact.", dateline="MADRID")
    assert {e.country for e in found.entities if e.id.endswith(":CVL")} == {None}


def test_farmers_without_a_region_stay_the_story_s(story):
    found = story("Spain said its farmers would gain from the pact. Farmers blocked roads near Madrid.",
                  dateline="MADRID")
    assert {e.country for e in found.entities if e.id.endswith(":CVL")} == {"ESP"}
