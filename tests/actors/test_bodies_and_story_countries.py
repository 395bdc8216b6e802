"""One body under two names, and countries from a story's explicit words, in sentences written for these tests."""


def ids_of(result, surface: str) -> set[str]:
    return {m.entity for m in result.mentions if m.text == surface}


def test_a_name_and_the_acronym_it_defines_are_one_body_with_the_state_in_its_name(story):
    result = story("The Securities Exchange of Norway (SEN) will open a link with Tokyo next year, dealers said. "
                   "The SEN is talking with the Tokyo authorities about the link.", "OSLO")
    full, short = ids_of(result, "Securities Exchange of Norway"), ids_of(result, "SEN")
    assert len(full) == 1 and full == short
    entity = next(e for e in result.entities if e.id in full)
    assert entity.country == "NOR" and entity.kind == "organisation"


def test_a_defined_acronym_is_not_the_dictionaries_other_body_of_that_acronym(story):
    # "MAS" is also a party of Bolivia in the converted dictionaries; here the story says what it stands for
    result = story("Officials of the Monetary Authority of Singapore (MAS) said the MAS would not act.", "SINGAPORE")
    ident = ids_of(result, "MAS")
    assert ident == ids_of(result, "Monetary Authority of Singapore")
    assert next(e for e in result.entities if e.id in ident).country == "SGP"


def test_a_known_body_spelt_another_way_keeps_the_acronym_the_dictionaries_know(story):
    result = story("The Organisation of African Unity (OAU) will meet in May, and the OAU chairman will attend.")
    assert ids_of(result, "Organisation of African Unity") == ids_of(result, "OAU") == {
        "org:organization-of-african-unity"}


def test_an_abbreviated_measure_is_no_body_of_a_state(story):
    result = story("Growth of the gross national product (GNP) slowed, Japanese officials said.")
    assert not ids_of(result, "GNP") or all(
        e.country is None for e in result.entities if e.id in ids_of(result, "GNP"))


def countries(result) -> dict[str, str | None]:
    return {e.name: e.country for e in result.entities}


def test_a_partnership_ending_in_ltd_may_be_american(story):
    found = countries(story("Halvard Resource Partners Ltd said it would buy a stake in Corvell Inc, a maker of "
                            "pumps.", "NEW YORK"))
    assert found["Halvard Resource Partners Ltd"] == "USA"
    # "Ltd" alone still rules the United States out
    found = countries(story("Halvard Resource Holdings Ltd said it would buy a stake in Corvell Inc, a maker of "
                            "pumps.", "NEW YORK"))
    assert found["Halvard Resource Holdings Ltd"] != "USA"


def test_a_province_of_a_state_the_story_names_is_that_state_not_a_city_elsewhere(story):
    result = story("The Canadian government will rule this week whether U.S. wheat exports to Canada have hurt "
                   "Manitoba wheat farmers and Ontario corn growers, officials said.", "OTTAWA")
    ontario = {e.country for e in result.entities if e.name.startswith("Ontario")}
    assert ontario <= {"CAN"}


def test_capitol_hill_stands_for_the_united_states_congress(story):
    found = countries(story("The secretary spent a day on Capitol Hill, where lawmakers pressed him on farm "
                            "subsidies.", "WASHINGTON"))
    assert found.get("United States Congress") == "USA"


def test_a_nationality_stated_once_holds_for_the_persons_later_mentions(story):
    result = story("Prices will rise, said Hans Kettler, a West German economist. Kettler later criticised the "
                   "United States for its budget deficit.")
    assert {e.country for e in result.entities if e.name == "Hans Kettler"} == {"DEU"}
    assert len({m.entity for m in result.mentions if m.text in ("Hans Kettler", "Kettler")}) == 1
    # stated after the first mention, it holds for the earlier one too
    result = story("Brenne criticised the United States for its deficit, Lars Brenne, the Norwegian central "
                   "bank's chief economist, said.")
    brenne = {m.entity for m in result.mentions if m.text in ("Brenne", "Lars Brenne")}
    assert len(brenne) == 1 and {e.country for e in result.entities if e.id in brenne} == {"NOR"}
