"""A national news agency named in the news (Tass, IRNA, KCNA, Kyodo …) is its state's media: an organisation with
the state's country and the MED sector, read as the former state on a date when its country was part of one (Tass in
1987: Soviet). An unknown agency keeps no country, and a common word that is an agency's acronym elsewhere is not
read as one. Sentences written for these tests."""

import pytest


def entity(result, name):
    found = [e for e in result.entities if e.name == name]
    assert found, [(e.name, e.country) for e in result.entities]
    return found[0]


@pytest.mark.parametrize("text, name, date, cameo", [
    ("Tass said the Politburo had approved a new grain plan on Friday.", "Tass", "1987-10-20", "SUNMED"),
    ("The news agency Tass reported that Moscow would send a trade delegation to Hanoi.", "Tass", "2015-03-02",
     "RUSMED"),
    ("IRNA accused Iraq of shelling two border villages overnight.", "Islamic Republic News Agency", "1987-10-20",
     "IRNMED"),
    ("The Korean Central News Agency denounced the joint naval drills as a rehearsal for war.",
     "Korean Central News Agency", "2017-08-01", "PRKMED"),
    ("Kyodo said the finance ministry would revise its growth forecast.", "Kyodo", "1987-10-20", "JPNMED"),
])
def test_a_national_news_agency_is_its_state_s_media(story, text, name, date, cameo):
    agency = entity(story(text, published=date), name)
    assert agency.type == "ORG" and agency.cameo == cameo and agency.country == cameo[:3]


def test_an_agency_the_dictionaries_do_not_know_keeps_no_country(story):
    agency = entity(story("The Kelvora news agency said the border talks had failed.", published="1987-10-20"),
                    "Kelvora")
    assert agency.country is None

