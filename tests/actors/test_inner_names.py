"""Dictionary names that are only a word of another name or a common noun (actors/inner_names.py): a person's family
name after "the" with no full mention, an acronym closing a product's name, a converted name with "the" before a
noun it modifies. Must-nots: the person named in full and then by family name, the group's acronym alone."""


def test_the_family_name_as_a_thing_is_no_person(story):
    result = story("Engineers hope to land a crew on the Moon before 2030, the space agency said.",
                   published="2020-01-10")
    assert "Moon Jae-in" not in {e.name for e in result.entities}


def test_the_family_name_after_a_full_mention_stays_the_person(story):
    result = story("President Moon Jae-in of South Korea flew to Tokyo on Monday. Moon said the talks had gone well.",
                   published="2020-01-10")
    names = {e.id: e.name for e in result.entities}
    assert [m for m in result.mentions if m.text == "Moon" and names.get(m.entity) == "Moon Jae-in"]


def test_an_acronym_closing_a_product_s_name_is_no_group(story):
    # where the tagger reads "Roth" as a person's name the rule stands back ("the Trump EPA" is still the agency)
    result = story("Savers may take money out of a Roth IRA without a penalty after five years.", published="2020-01-10")
    assert "Irish Republican Army" not in {e.name for e in result.entities}


def test_the_acronym_alone_is_still_the_group(story):
    result = story("The IRA declared a ceasefire in Belfast on Wednesday.", published="1994-09-01")
    assert "Irish Republican Army" in {e.name for e in result.entities}


def test_a_converted_name_modifying_a_noun_is_no_group(story):
    result = story("The new phone charges through the Lightning connector or a wireless pad.", published="2020-01-10")
    assert not [e for e in result.entities if e.kind == "group"]
