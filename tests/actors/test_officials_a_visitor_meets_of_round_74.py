"""Round 74 (dyads74): an official introduced by a title alone whom a visitor meets is of the state the visit is in:
the one the sentence puts the meeting in ("In Singapore, he will hold talks with ..."), else the one the sentence
before puts the visitor in ("He will be in Jakarta from May 2") or whose people he meets there; before, a story told
from the visitor's capital gave its officials the visitor's state. A portfolio before a title ("Trade and Industry
Secretary X"), which the tagger takes for an organisation, is no actor of the dateline's state."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


_TOUR = ("U.S. Agriculture Secretary Richard Lyng leaves on Monday on a week-long trip to Asia to promote U.S. farm "
         "sales, officials said. Lyng will be in Jakarta from May 2 to 4. He will meet Rusli Harun, minister for "
         "agriculture and plantations, and tour a rice research station. In Singapore, Lyng will hold talks on May 6 "
         "with Trade and Industry Secretary Tan Boon Kiat. Lyng will meet Thai Prime Minister Prem Tinsulanonda on "
         "May 8. He will also meet Commerce Minister Sompong Rattanakul.")


def test_officials_met_on_each_stop_are_the_host_s(story):
    found = story(_TOUR, dateline="WASHINGTON")
    assert _person(found, "Rusli Harun").country == "IDN"
    assert _person(found, "Tan Boon Kiat").country == "SGP"
    assert _person(found, "Sompong Rattanakul").country == "THA"


def test_the_portfolio_before_a_secretary_is_no_organisation(story):
    found = story(_TOUR, dateline="WASHINGTON")
    assert not any(e.name == "Trade and Industry" for e in found.entities)


def test_a_guest_met_at_home_keeps_the_old_reading(story):
    found = story("President Reagan will meet Foreign Minister Hamid Rashad in Washington next week to discuss aid, "
                  "officials said.", dateline="CAIRO")
    assert _person(found, "Hamid Rashad").country != "USA"


def test_an_official_met_with_no_place_told_keeps_the_dateline_s_state(story):
    found = story("Carney said trade was growing. She will meet Finance Minister Paul Brandt on Friday.",
                  dateline="OTTAWA")
    assert _person(found, "Paul Brandt").country == "CAN"


def test_a_ministry_of_trade_and_industry_keeps_its_name(story):
    found = story("The Ministry of Trade and Industry said exports rose, Trade and Industry Secretary Tan Boon Kiat "
                  "said.", dateline="SINGAPORE")
    assert _person(found, "Tan Boon Kiat").country == "SGP"
