"""Members of the US Congress tagged with party and state after their name, in sentences written for these tests."""


def person(doc, surface: str):
    return next(doc._.actors[m.entity] for m in doc._.mentions if m.text == surface)


def test_a_party_and_state_tag_in_brackets_makes_a_us_legislator(analyse):
    doc = analyse("Sen. Ada Whitcombe (D-Okla.) said the farm bill would reach the floor in May.", "1987-03-01")
    actor = person(doc, "Ada Whitcombe")
    assert (actor.country, actor.cameo) == ("USA", "USALEG")
    assert actor.roles[0].title == "member of the US Congress (Democratic, Okla.)"


def test_a_tag_between_commas_gives_the_party(analyse):
    doc = analyse("Rep. Tom Hadley, R-Texas, told reporters the tariff would hurt Texas growers.", "1987-03-01")
    actor = person(doc, "Tom Hadley")
    assert (actor.country, actor.cameo) == ("USA", "USALEG")
    assert "Republican, Texas" in actor.roles[0].title


def test_a_name_without_a_tag_gets_no_country_from_it(analyse):
    doc = analyse("Tom Hadley (left) and his aide arrived late.", "1987-03-01")
    actor = person(doc, "Tom Hadley")
    assert actor.cameo != "USALEG"


def test_a_governor_or_mayor_with_a_party_tag_is_of_the_us_government(analyse):
    doc = analyse("Gov. Lorna Pettibone (R) defended the new fishing quota before reporters on Friday.", "2019-11-20")
    actor = person(doc, "Lorna Pettibone")
    assert (actor.country, actor.cameo) == ("USA", "USAGOV")
    assert actor.roles[0].title == "governor (Republican)"
    doc = analyse("Mayor Quentin Aldous (D-Ohio) said the bridge would close for a month.", "2019-11-20")
    actor = person(doc, "Quentin Aldous")
    assert (actor.country, actor.cameo) == ("USA", "USAGOV")
    assert "Democratic, Ohio" in actor.roles[0].title


def test_the_party_alone_after_a_legislator_s_title_makes_a_us_legislator(analyse):
    doc = analyse("Sen. Ada Whitcombe (D) said the farm bill would reach the floor in May.", "2019-11-20")
    assert (person(doc, "Ada Whitcombe").country, person(doc, "Ada Whitcombe").cameo) == ("USA", "USALEG")


def test_the_party_alone_without_a_title_gives_no_country(analyse):
    doc = analyse("Lorna Pettibone (R) and her aide arrived late to the fishing hearing.", "2019-11-20")
    assert person(doc, "Lorna Pettibone").cameo not in ("USAGOV", "USALEG")


def test_a_tag_makes_a_us_legislator_of_a_foreign_namesake_in_the_dictionaries(analyse):
    # the converted dictionaries hold an Ecuadorian minister of this name; the tag names a US representative
    doc = analyse("Rep. José Serrano (D-N.Y.) asked the space agency for a cost estimate on Thursday.", "2019-11-19")
    assert (person(doc, "José Serrano").country, person(doc, "José Serrano").cameo) == ("USA", "USALEG")
    doc = analyse("Jose Serrano (D-N.Y.) asked the space agency for a cost estimate on Thursday.", "2019-11-19")
    assert person(doc, "Jose Serrano").country == "USA"
    doc = analyse("José Serrano, the interior minister, met the police chiefs of Quito on Thursday.", "2013-11-19")
    assert person(doc, "José Serrano").country == "ECU"
