"""Groups named by the body they belong to or the works they own, and groups that serve where they are: "the opposition
parties", "opposition leaders", "union bargainers", "union leaders in Seoul", "mine owners in Malaysia", "nurses in
Ghana", "priests in Poland", "teachers in Kenya" are agents of the state their words, the place they are "in" or the
story give; a group's possessive group gives its own country ("French farmers' unions"). Not a union that is a
state's or a bloc's name, nor plain owners, nor groups called foreign. Sentences written for these tests."""

from tests.actors.conftest import mention_countries


def _sectors(found, text):
    named = {m.entity for m in found.mentions if m.text.lower() == text}
    return {e.id.rsplit(":", 1)[-1] for e in found.entities if e.id in named and e.id.startswith("agent:")}


def test_opposition_parties_and_leaders_are_the_opposition(story):
    found = story("TOKYO - Japan's ruling party and the opposition parties failed to agree on the sales tax. "
                  "The opposition parties walked out of the Japanese parliament on Monday.", dateline="TOKYO")
    assert mention_countries(found, "opposition parties") == {"JPN"}
    assert _sectors(found, "opposition parties") == {"OPP"}
    found = story("Opposition leaders in Nairobi called on voters to boycott the election.")
    assert mention_countries(found, "opposition leaders") == {"KEN"}


def test_opposition_parties_no_word_places_take_no_country_from_a_page_without_a_dateline(story):
    found = story("The White House said the president spoke to his Turkish counterpart on Friday. The American envoy "
                  "flew to Washington. Opposition parties voted against the troop deployment, saying the country "
                  "must not be drawn into another war.")
    assert "USA" not in mention_countries(found, "opposition parties")


def test_union_people_are_labour_of_the_place_they_are_in(story):
    found = story("Union leaders in Seoul turned down the carmakers' latest wage offer.")
    assert mention_countries(found, "union leaders") == {"KOR"}
    assert _sectors(found, "union leaders") == {"LAB"}
    found = story("Union bargainers in Pittsburgh voted down the steel company's last offer.")
    assert _sectors(found, "union bargainers") == {"LAB"}
    assert mention_countries(found, "union bargainers") == {"USA"}


def test_a_union_that_is_a_name_or_another_union_gives_no_labour(story):
    found = story("European Union officials urged Turkey to open its ports to Cypriot ships.")
    assert not any(e.id.endswith(":LAB") for e in found.entities)
    found = story("Customs union officials in Minsk met Kazakh trade negotiators.")
    assert not any(e.id.endswith(":LAB") for e in found.entities)


def test_owners_of_works_in_a_place_are_its_business(story):
    found = story("Mine owners in Bolivia asked the government to lower the royalty on tin.")
    assert mention_countries(found, "mine owners") == {"BOL"}
    assert _sectors(found, "mine owners") == {"BUS"}
    found = story("Plantation owners in Sri Lanka threatened to close their estates over the new wage law.")
    assert mention_countries(found, "plantation owners") == {"LKA"}


def test_plain_owners_are_no_agent(story):
    found = story("The owners of the apartment block in Lisbon refused to pay for the repairs.")
    assert not any(m.text.lower().endswith("owners") for m in found.mentions)


def test_nurses_priests_and_teachers_are_of_the_place_they_serve_in(story):
    found = story("Nurses in Ghana stopped work to press the health ministry for overdue allowances.")
    assert mention_countries(found, "nurses") == {"GHA"}
    found = story("Priests in Poland read out a letter condemning the new law.")
    assert mention_countries(found, "priests") == {"POL"}
    found = story("Teachers in Kenya stayed away from classes for a second week.")
    assert mention_countries(found, "teachers") == {"KEN"}


def test_foreign_nurses_and_students_take_no_country_from_the_place(story):
    found = story("Foreign nurses in Britain asked for their visas to be extended.")
    assert "GBR" not in mention_countries(found, "nurses")
    found = story("Students in Vienna from several countries signed the appeal.")
    assert "AUT" not in mention_countries(found, "students")


def test_a_group_of_a_group_takes_its_country(story):
    found = story("French farmers' unions asked Paris to halt imports of Spanish wine.")
    assert mention_countries(found, "unions") == {"FRA"}
    found = story("Polish workers' unions called for talks with the new cabinet.")
    assert mention_countries(found, "unions") == {"POL"}


def test_a_group_of_a_group_with_no_country_takes_none_from_the_story(story):
    found = story("BRUSSELS - The ministers met on Monday. European farmers' unions asked the Belgian presidency to "
                  "keep the milk quotas. Belgium's farm minister said the quotas would stay.")
    assert mention_countries(found, "unions") == {None}
