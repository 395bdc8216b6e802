"""A person named in full without a title in a one-country wire story (its dateline's state the only state it names)
is presumed of that state, as the story's firms are; never in a story that names another state, never a one-word
name, never without a dateline. Sentences written for these tests."""

TEXT = "Harwell Mills Inc said its board elected Thomas Grady as president. He replaces Walter Fenn, who resigned."


def test_people_of_a_one_country_story_take_the_dateline_s_state(story, country_of):
    found = story(TEXT, dateline="CLEVELAND")
    assert country_of(found, "Thomas Grady") == "USA"
    assert country_of(found, "Walter Fenn") == "USA"


def test_a_story_naming_another_state_gives_them_none(story, country_of):
    text = TEXT.replace("as president.", "as president, at the request of Japan's Kanto Bank.")
    assert country_of(story(text, dateline="CLEVELAND"), "Thomas Grady") is None


def test_without_a_dateline_they_stay_without_a_country(story, country_of):
    assert country_of(story(TEXT), "Thomas Grady") is None


def test_a_lone_word_or_a_figure_tagged_as_a_person_takes_no_country(story):
    found = story("Corvin Tools Inc said sales rose. Revs 49.0 mln vs 41.2 mln. Easter sales were strong.",
                  dateline="CLEVELAND")
    assert all(e.country is None for e in found.entities if e.type == "PERSON")


# A title of business, labour or an association ("chairman", "employers' leader") binds the person to no state, so
# in a one-country wire story such a person is of the dateline's state too; a state's title keeps its own reading.
TITLED = ("Dockers' union chairman, Pieter Hoogland, rejected the offer. Chairman Karel Smits of the shippers' "
          "group said talks would go on.")


def test_people_with_a_firm_s_or_a_body_s_title_take_the_dateline_s_state(story, country_of):
    found = story(TITLED, dateline="ROTTERDAM")
    assert country_of(found, "Pieter Hoogland") == "NLD"
    assert country_of(found, "Karel Smits") == "NLD"


def test_titled_people_of_a_story_naming_another_state_take_none(story, country_of):
    found = story(TITLED + " Belgian shippers joined the talks.", dateline="ROTTERDAM")
    assert country_of(found, "Pieter Hoogland") is None


def test_titled_people_without_a_dateline_take_none(story, country_of):
    assert country_of(story(TITLED), "Pieter Hoogland") is None


def test_the_dateline_s_city_tagged_as_a_person_is_the_city(story):
    found = story("Dockers halted work in Rotterdam's grain terminal on Monday, a union spokesman said.",
                  dateline="ROTTERDAM")
    assert not [e for e in found.entities if e.type == "PERSON" and e.name == "Rotterdam"]
    assert {e.country for e in found.entities if e.name == "Rotterdam"} <= {"NLD"}
