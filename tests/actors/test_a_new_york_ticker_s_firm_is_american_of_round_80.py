"""A wire's ticker of New York's exchange (".N") or Nasdaq (".O") makes a firm no other word places American; a
legal form no American firm writes ("Ltd") undoes it. Names and sentences written for these tests."""


def test_a_firm_with_a_new_york_ticker_is_american(story, country_of):
    found = story("Executives of Hollis-Barron Corp <HBX.N> will meet Dutch lawmakers on Thursday to pitch "
                  "their radar system, officials in The Hague said.", dateline="AMSTERDAM")
    assert country_of(found, "Hollis-Barron Corp") == "USA"


def test_the_firm_s_visit_has_a_country_on_both_sides(story):
    found = story("Executives of Hollis-Barron Corp <HBX.N> will meet Dutch lawmakers on Thursday to pitch "
                  "their radar system, officials in The Hague said.", dateline="AMSTERDAM")
    countries = {e.id: e.country for e in found.entities}
    visits = [e for e in found.events if e.type == "CONSULT"]
    assert visits and {countries.get(i) for i in visits[0].source} == {"USA"}
    assert {countries.get(i) for i in visits[0].target} == {"NLD"}


def test_a_nasdaq_ticker_too(story, country_of):
    found = story("Kestrel Semiconductor Corp <KSTL.O> met Dutch trade officials on Friday.", dateline="AMSTERDAM")
    assert country_of(found, "Kestrel Semiconductor Corp") == "USA"


def test_a_limited_firm_listed_in_new_york_is_not_american(story, country_of):
    found = story("Northern Trail Pipe Line Ltd <NTP.N> plans to sell its Dutch arm, a spokeswoman said.",
                  dateline="AMSTERDAM")
    assert country_of(found, "Northern Trail Pipe Line Ltd") != "USA"
