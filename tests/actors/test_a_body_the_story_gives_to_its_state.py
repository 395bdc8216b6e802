"""A body named after "the country's", "the government's" or another noun by which a story names its state ("the
country's Coal Corporation", "the kingdom's Petroleum Council") is of that state: the one state the story names
before it and its dateline names. Not where the story named two states before or its dateline is of another state
("the country" may be either), nor after a firm's possessive ("the company's Pension Fund")."""

from tests.actors.conftest import mention_countries


def test_the_country_s_corporation(story):
    found = story("Ghana's cocoa crop was smaller than forecast, farmers said. The country's Produce Marketing Board "
                  "asked growers to deliver more beans.")
    assert mention_countries(found, "produce marketing board") == {"GHA"}


def test_the_government_s_agency(story):
    found = story("Sri Lanka cut its import duties on machinery this month. The government's Investment Promotion "
                  "Authority said Japanese and South Korean firms had applied to build plants.")
    assert mention_countries(found, "investment promotion authority") == {"LKA"}


def test_the_kingdom_s_company(story):
    found = story("Jordan raised its phosphate prices on Sunday. The kingdom's Phosphate Mines Company said India and "
                  "Indonesia would pay more from April.")
    assert mention_countries(found, "phosphate mines company") == {"JOR"}


def test_two_states_named_before_give_the_speaking_state(story):
    # round 64: of two states named before, the one that speaks (the subject of the sentence before: Chile)
    found = story("Chile said Peruvian boats fished in its waters. The country's Fisheries Council protested on "
                  "Monday.")
    assert mention_countries(found, "fisheries council") == {"CHL"}


def test_two_states_named_before_and_none_speaking_give_no_state(story):
    found = story("Boats from Chile and Peru fished in the disputed waters. The country's Fisheries Council "
                  "protested on Monday.")
    assert mention_countries(found, "fisheries council") <= {None}


def test_a_firm_s_possessive_gives_no_state(story):
    found = story("Norway's oil output rose in May. The company's Pension Fund sold its stake in Acme Resources, a "
                  "fund official said.")
    assert "NOR" not in mention_countries(found, "pension fund")


def test_a_lobby_s_state_named_before_is_not_the_country_of_a_story_told_from_another(story):
    found = story("TOKYO - The American Soybean Association said sales fell. The country's Feed Grains Council urged "
                  "buyers to wait.", dateline="TOKYO")
    assert "USA" not in mention_countries(found, "feed grains council")
