"""A state's other spellings in the libraries that are English words or names ("Island", Iceland's own name; "Mann"
of the Isle of Man; "Dominique" of Dominica) name no state: "Kharg Island" is no Icelandic place, "Thomas Mann" no
Manx person. The state's own names and demonyms still name it, and adjectives the libraries leave out name the state
("the Icelandic government", "Djiboutian troops")."""

from tests.actors.conftest import mention_countries


def test_an_island_s_name_is_no_iceland(story, by_name):
    found = story("Iraqi jets struck the tanker terminal at Kharg Island. Iran said its gunboats patrolled near "
                  "Larak Island.")
    assert "Iceland" not in by_name(found)
    assert "ISL" not in {e.country for e in found.entities}


def test_the_north_island_of_a_story_is_no_iceland(story):
    found = story("WELLINGTON - A strong earthquake shook towns on the North Island overnight, the civil defence "
                  "office said.", dateline="WELLINGTON")
    assert "ISL" not in {e.country for e in found.entities}


def test_a_family_name_and_a_given_name_are_no_state(story):
    found = story("Dominique Laval and the critic Anna Mann met officials in Paris to discuss the festival.")
    countries = {e.country for e in found.entities}
    assert "IMN" not in countries and "DMA" not in countries


def test_iceland_by_its_name_and_demonym(story):
    found = story("The Icelandic government protested to Britain after Iceland's coast guard cut the nets.")
    assert mention_countries(found, "government") == {"ISL"}
    assert mention_countries(found, "iceland") == {"ISL"}


def test_adjectives_the_libraries_leave_out(story):
    found = story("Djiboutian troops guarded the port while a Maldivian minister visited Colombo.")
    assert mention_countries(found, "troops") == {"DJI"}
    assert "MDV" in {e.country for e in found.entities}
