"""Round 75 (dyads75): a party's adjective before what its side does ("over Republican protests", "Democratic
objections"), a legislature's adjective before what it does as one ("Congressional pressure", "parliamentary
approval") and "the Capitol" name the party and the legislature; before, each was a name of no country. "The" and a
word the text does not capitalise ("the left-wing parties") is no curated name ("The Left", a German party); before,
a Portuguese story's opposition was given Germany."""


def _named(found):
    return {e.name: e for e in found.entities}


def test_a_party_s_protests_are_the_party_s(story):
    found = story("The Senate Finance Committee, over Republican protests, voted a tax bill that raises 12 billion "
                  "dlrs. Senator Jim Doyle said the bill was fair.", dateline="WASHINGTON")
    names = _named(found)
    assert "Republican" not in names
    assert names["Republican Party"].country == "USA"


def test_a_legislature_s_pressure_is_the_legislature_s(story):
    found = story("The administration will not yield to Congressional pressure for curbs on imports of steel from "
                  "Korea, officials said.", dateline="WASHINGTON")
    assert "Congressional" not in _named(found)
    assert any(e.country == "USA" and e.id.startswith("agent:USA:LEG") for e in found.entities)


def test_the_capitol_is_congress(story):
    found = story("President Reagan went to the Capitol today to lobby for his trade bill.", dateline="WASHINGTON")
    names = _named(found)
    assert "Capitol" not in names
    assert names["United States Congress"].country == "USA"


def test_the_left_wing_is_no_german_party(story):
    found = story("Prime Minister Anibal Cavaco Silva accused the left-wing parties of stalling his tax reform.",
                  dateline="LISBON")
    assert all(e.country != "DEU" for e in found.entities)


def test_the_left_capitalised_is_still_the_party(story):
    found = story("The Left accused Chancellor Helmut Kohl of misleading voters on pensions.", dateline="BONN")
    assert _named(found)["The Left"].country == "DEU"


def test_a_party_s_adjective_before_another_noun_stays_a_word(story):
    found = story("Republican reforms of the tax code were debated in the Senate today.", dateline="WASHINGTON")
    assert "Republican Party" not in _named(found)
