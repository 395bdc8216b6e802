"""A place's name after the title of its own official ("the mayor of X") is the place, never a person; a country's
region borrowed as a firm's name ("Piedmont" of an American airline) says nothing of that country where the story
names it by no state's word. Sentences written for these tests."""


def test_the_name_after_mayor_of_is_the_place_and_the_mayor_its_state_s_official(story):
    found = story("The mayor of Valencia criticised the Spanish government's plan for the port on Monday.", dateline="MADRID")
    valencia = [e for e in found.entities if e.name == "Valencia"]
    assert valencia and all(e.type == "GPE" and e.kind == "place" and e.country == "ESP" for e in valencia)
    assert any(e.id == "agent:ESP:GOV" for e in found.entities)


def test_a_city_named_after_mayor_of_in_another_state(story):
    found = story("The mayor of Lyon welcomed the decision of the rail company.", dateline="PARIS")
    assert [e.kind for e in found.entities if e.name == "Lyon"] == ["place"]
    assert not any(e.type == "PERSON" for e in found.entities)


def test_a_person_named_mayor_stays_a_person(story):
    found = story("Mayor Tomas Ibarra of Valencia said the city would sue the ministry.", dateline="MADRID")
    assert [e.type for e in found.entities if e.name == "Tomas Ibarra"] == ["PERSON"]


def test_a_region_s_name_beginning_a_firm_s_name_is_no_country_of_it(story, country_of):
    text = ("Ridgeway Air Group Inc said it agreed to buy Piedmont Aviation Inc for 900 mln dlrs. "
            "Piedmont said its board approved the offer.")
    found = story(text, dateline="NEW YORK")
    assert country_of(found, "Piedmont Aviation Inc") != "ITA"
    assert not any(e.country == "ITA" for e in found.entities)  # "Piedmont said": the airline, not the region


def test_the_region_stays_a_place_where_the_story_names_its_state(story):
    text = ("Italy's government said farm output in Piedmont fell last year. Piedmont Dairies Inc said "
            "it would cut milk prices.")
    found = story(text, dateline="ROME")
    assert any(e.name == "Piedmont" and e.kind == "place" and e.country == "ITA" for e in found.entities)
