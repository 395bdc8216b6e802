"""Round 73 (dyads73): a junior secretary named by his portfolio and rank ("Treasury Assistant Secretary X",
"Agriculture Undersecretary X") is a state's official as the cabinet secretary is, of the state the story gives
(before: the rank word between the portfolio and "Secretary" hid the title, and the person had no state). A firm's
officer keeps his firm's sector."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


def test_an_assistant_secretary_by_portfolio_is_his_state_s_official(story):
    found = story("Treasury Assistant Secretary Alan Pruett said the dollar had fallen far enough. Pruett later met "
                  "Korean officials.", dateline="WASHINGTON")
    person = _person(found, "Alan Pruett")
    assert (person.country, person.cameo) == ("USA", "USAGOV")


def test_an_undersecretary_by_portfolio_is_his_state_s_official(story):
    found = story("Agriculture Undersecretary Dale Rourke told the panel the plan would cost more.",
                  dateline="WASHINGTON")
    assert _person(found, "Dale Rourke").country == "USA"


def test_a_firm_s_assistant_secretary_stays_the_firm_s(story):
    found = story("Dale Rourke, assistant secretary of Ovalon Corp, said it would sue the Commerce Department.",
                  dateline="CHICAGO")
    person = _person(found, "Dale Rourke")
    assert person.cameo == "USABUS"


def test_a_body_s_assistant_secretary_general_stays_the_body_s(story):
    found = story("U.N. Assistant Secretary General Ian Corrie met Korean officials.", dateline="NEW YORK")
    person = _person(found, "Ian Corrie")
    assert (person.country, person.cameo) == (None, "IGOUNO")
