"""Round 76 (dyads76): the pope is the head of the Holy See (VAT), named in full ("Pope John Paul" in 1987) or as
"the pope" on a date when one holds the office; before, "Pope John Paul" touring a state was given that state's
country (the nearest place) and "Pope Francis" was a name of none."""


def _named(found):
    return {e.name: e for e in found.entities}


def test_pope_john_paul_touring_a_state_is_the_vatican_s(story):
    found = story("Pope John Paul, two days into his Chilean tour, urged army leaders to respect the rights "
                  "of prisoners.", dateline="SANTIAGO", published="1987-04-03")
    pope = _named(found)["Pope John Paul II"]
    assert pope.country == "VAT"
    assert all(e.country != "CHL" for e in found.entities if e.type == "PERSON")


def test_the_pope_of_today_is_named_by_his_office(story):
    found = story("Pope Francis met the Kenyan president in Rome on Friday. The pope said he would travel to Nairobi "
                  "next year.", published="2019-11-15")
    assert _named(found)["Pope Francis"].country == "VAT"
    assert any(e.source and all(s == "vat:pope-francis" for s in e.source) for e in found.events)
