"""People who live where they are (residents, villagers, a crowd), a protest's people, and firms and workers take the
country of a place the sentence says they are "in", as they take that of one they are "of"; not hostages, settlers or
pilgrims held in or visiting another state's land, nor investors or a ship's crew, nor people or firms called foreign
or migrant, nor a region of several states. Sentences written for these tests."""

from tests.actors.conftest import mention_countries


def test_residents_in_a_city_take_its_country(story):
    found = story("Residents in Tianjin accused the city's health office of hiding new cases.")
    assert mention_countries(found, "residents") == {"CHN"}


def test_villagers_in_a_province_take_its_country(story):
    found = story("Villagers in Kerala blocked the highway to protest against a new dam.")
    assert mention_countries(found, "villagers") == {"IND"}


def test_demonstrators_in_a_city_take_its_country(story):
    found = story("Thousands of demonstrators in Lima marched against the rise in fuel prices.")
    assert mention_countries(found, "demonstrators") == {"PER"}


def test_a_demonym_before_them_comes_first(story):
    found = story("Chilean students in Madrid protested outside the consulate against the new law.")
    assert mention_countries(found, "students") == {"CHL"}
    found = story("Iranian protesters in London rallied against the executions.")
    assert mention_countries(found, "protesters") == {"IRN"}


def test_people_held_in_or_visiting_another_land_take_none_from_it(story):
    found = story("Hostages in Lebanon appealed to their governments for help.")
    assert "LBN" not in mention_countries(found, "hostages")
    found = story("Pilgrims in Saudi Arabia complained about the heat.")
    assert "SAU" not in mention_countries(found, "pilgrims")


def test_foreign_residents_take_none_from_the_place(story):
    found = story("Foreign residents in Japan protested against the fingerprinting rule.")
    assert "JPN" not in mention_countries(found, "residents")


def test_people_in_a_state_of_things_or_a_region_take_no_country(story):
    found = story("People in need asked the aid agencies for food.")
    assert mention_countries(found, "people") == {None}
    found = story("Farmers in Europe rallied against the new quotas on milk.")
    assert mention_countries(found, "farmers") == {None}


def test_exporters_and_companies_in_a_place_take_its_country(story):
    found = story("Exporters in Taiwan asked Washington to delay the new duties on shoes.")
    assert mention_countries(found, "exporters") == {"TWN"}
    found = story("Savings and loan companies in Ohio asked Congress for a federal guarantee.")
    assert mention_countries(found, "companies") == {"USA"}


def test_workers_in_a_country_take_its_country(story):
    found = story("Workers in South Korea walked out of the shipyards to demand higher pay.")
    assert mention_countries(found, "workers") == {"KOR"}


def test_foreign_firms_and_migrant_workers_take_none_from_the_place(story):
    found = story("Foreign companies in China complained to Beijing about the new licensing rules.")
    assert "CHN" not in mention_countries(found, "companies")
    found = story("Guest workers in Kuwait appealed to their embassies for unpaid wages.")
    assert "KWT" not in mention_countries(found, "workers")


def test_investors_and_seamen_take_none_from_the_place(story):
    found = story("Investors in Brazil lost heavily when the currency fell.")
    assert "BRA" not in mention_countries(found, "investors")
    found = story("Seamen in Rotterdam refused to unload the tanker.")
    assert "NLD" not in mention_countries(found, "seamen")
