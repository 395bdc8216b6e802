"""A family name written with its particles ("de la Madrid", "Von Weizsaecker", "Perez de Cuellar"): the dictionary
person, in any case and without the given name, not the place its last word names (actors/persons.py, `_particled`;
the index `particled` of actors/dictionary.py)."""

from dossier.actors.dictionary import load


def test_the_dictionary_indexes_family_names_with_their_particles():
    d = load()
    assert d.particled["de la madrid"] == {"mex:miguel-de-la-madrid"}
    assert d.particled["von weizsacker"] == {"deu:richard-von-weizsacker"}
    assert "per:javier-perez-de-cuellar" in d.particled["perez de cullar"]  # fold() writes "ue" as "u"
    assert "de la" not in d.particled and "madrid" not in d.particled


def test_a_capitalised_particle_opening_a_sentence_finds_the_person_not_spain(story, by_name):
    result = story("The Mexican leader flew home on Tuesday. De la Madrid told the banks that Mexico would pay "
                   "its creditors once oil prices rose.", published="1987-05-12")
    names = by_name(result)
    assert "Miguel de la Madrid" in names and names["Miguel de la Madrid"].country == "MEX"
    assert "Spain" not in names


def test_a_title_before_the_particled_name_keeps_the_person(story, by_name):
    result = story("President de la Madrid promised Washington that the peso would float.", published="1986-09-01")
    assert by_name(result)["Miguel de la Madrid"].country == "MEX"
    assert "Spain" not in by_name(result)


def test_a_written_out_umlaut_with_its_particle(story, by_name):
    result = story("Von Weizsaecker told the Dutch queen that Bonn would not raise its tariffs.",
                   published="1988-02-02")
    assert by_name(result)["Richard von Weizsacker"].country == "DEU"


def test_must_not_read_a_name_of_a_body_or_a_city_as_a_person(story, by_name):
    result = story("The Banco de la Madrid lent money to Bolivia. Prices in Rio de Janeiro rose sharply.",
                   published="1987-05-12")
    assert "Miguel de la Madrid" not in by_name(result)


def test_must_not_take_a_person_out_of_office_whose_state_the_story_does_not_name(story, by_name):
    # the dictionary's only "bin Sultan" held office from 2003: not the man of a 1987 story about another state
    result = story("Prince Nawaf bin Sultan said Kuwait would lend more to Jordan.", published="1987-05-12")
    assert all(not e.id.startswith("omn:") for e in result.entities)


def test_must_not_take_the_family_name_of_another_given_name(story):
    # the dictionary's "de Graaf" is a minister of the 2000s: a 1987 "Louw de Graaf" is another person
    result = story("Dutch Social Affairs Minister Louw de Graaf set a deadline for the port talks.",
                   published="1987-03-10")
    assert not any(e.name == "Thom de Graaf" for e in result.entities)


def test_a_capitalised_particle_before_a_family_name_joins_the_fuller_name(story):
    result = story("State secretary Ludmar von Gartenberg told the Japanese envoy that Bonn wanted lower tariffs. "
                   "Von Gartenberg also criticised France.", dateline="BONN")
    people = [e for e in result.entities if e.kind == "person"]
    assert [e.name for e in people] == ["Ludmar von Gartenberg"] and people[0].country == "DEU"
