"""A name the article also writes with a legal form or a wire's ticker after it is that firm wherever it stands alone,
not the gazetteer's town of the same name; a preposition of place keeps the town. Names and sentences written for
these tests."""

from tests.actors.conftest import mention_countries


def test_a_firm_in_brackets_named_again_alone_is_the_firm(story):
    found = story("Norwich Aero Corp <NAC.N> said it offered the British engine maker <Saskatoon Plc> part of its "
                  "repair work. The orders would ease Saskatoon's lean months, and Saskatoon was bought last year "
                  "by two Italian groups. Up to 900 Saskatoon jobs may go.", dateline="LONDON")
    assert mention_countries(found, "saskatoon") == {"GBR"}


def test_a_name_before_a_ticker_is_the_firm(story):
    found = story("Quarry owner Dubbo <DBO> said on Monday that it will close two pits. Dubbo blamed weak building "
                  "demand in Ontario.", dateline="TORONTO")
    assert "AUS" not in mention_countries(found, "dubbo")


def test_the_town_after_a_preposition_of_place_stays_a_town(story):
    found = story("Mildura Plc said it would shut its packing shed in Mildura next year, a spokesman said in London.",
                  dateline="LONDON")
    assert mention_countries(found, "mildura") == {"AUS"}


def test_a_headline_s_ticker_names_the_firm_its_body_writes_alone(story):
    found = story("The opposition leader said he will meet senior managers of Mildura Mining Ltd in Winnipeg on "
                  "Friday to discuss the planned sale of Mildura.", dateline="OTTAWA",
                  title="LEADER TO SEE MILDURA <MLD> MANAGERS")
    assert mention_countries(found, "mildura") == {"CAN"}
