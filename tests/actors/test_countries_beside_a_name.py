"""Countries from explicit words beside a name, in sentences written for these tests: a companion of an
official, a relative clause, a country's region named as a state."""


def test_an_official_accompanying_a_minister_is_of_the_ministers_state_not_the_host(story, country_of):
    result = story("Brazil's finance minister Joao Pereira flew to Paris on Monday, accompanied by central bank "
                   "governor Marcos Tavares. Tavares met French officials on Tuesday.")
    assert country_of(result, "Marcos Tavares") == "BRA"


def test_two_people_of_one_family_name_each_keep_their_own_state(story, country_of):
    result = story("Brazil's finance minister Joao Pereira arrived in Bonn on Monday, accompanied by central bank "
                   "governor Helena Pereira, while the Chilean envoy Rafael Pereira waited in Madrid.")
    assert country_of(result, "Joao Pereira") == "BRA"
    assert country_of(result, "Helena Pereira") == "BRA"
    assert country_of(result, "Rafael Pereira") == "CHL"


def test_a_companion_named_with_a_state_of_their_own_keeps_it(story, country_of):
    result = story("Egypt's trade minister Samir Fawzi toured the fair in Milan, accompanied by the Italian "
                   "industry minister Paolo Ricci.")
    assert country_of(result, "Paolo Ricci") == "ITA"


def test_a_relative_clause_gives_a_persons_nationality(story, country_of):
    result = story("Ingrid Dahl, who is Norwegian, criticised Russia over the fishing quotas on Monday.")
    assert country_of(result, "Ingrid Dahl") == "NOR"
    result = story("Astrid Holm, who is a Danish diplomat, praised Latvia for the new border treaty.")
    assert country_of(result, "Astrid Holm") == "DNK"


def test_a_relative_clause_about_something_else_gives_nothing(story, country_of):
    result = story("Ingrid Dahl, who was in Oslo last week, criticised Russia over the fishing quotas.")
    assert country_of(result, "Ingrid Dahl") is None


def test_a_region_named_as_a_state_is_the_government_of_that_region(story):
    result = story("The loan to the sawmill is guaranteed by the State of Queensland, the bank said.")
    found = [e for e in result.entities if e.name.endswith("State of Queensland")]
    assert len(found) == 1 and found[0].country == "AUS" and found[0].kind == "government"


def test_a_name_of_no_region_stays_without_a_country(story):
    result = story("The loan is guaranteed by the State of Harmony Trust, the bank said.")
    assert all(e.country is None for e in result.entities if "Harmony" in e.name)


def test_the_japanese_company_after_a_firm_gives_that_firm_its_state(story, country_of):
    result = story("Sanko Steel signed a supply contract with Chile's state copper firm on Monday. The Japanese "
                   "company will ship the first cargo in May.")
    assert country_of(result, "Sanko Steel") == "JPN"


def test_the_japanese_company_after_two_firms_gives_neither_a_state(story, country_of):
    result = story("Sanko Steel will supply pipes to Orvell Corp on Monday. The Japanese company will ship the first cargo "
                   "in May.")
    assert country_of(result, "Sanko Steel") is None
    assert country_of(result, "Orvell Corp") is None


def test_japanese_companies_in_the_plural_say_nothing_of_the_firm_before(story, country_of):
    result = story("Sanko Steel said profits rose. The Japanese companies will ship more steel this year.")
    assert country_of(result, "Sanko Steel") is None


def test_a_state_of_a_sea_is_no_government_of_a_region_of_that_name(story):
    # the gazetteer has a "Gulf" province elsewhere; "the Gulf state of Qatar" is a state by the Gulf
    result = story("Officials of the Gulf state of Qatar met Iranian envoys on Monday.")
    assert all(e.country in (None, "QAT") for e in result.entities if e.name == "Gulf")
