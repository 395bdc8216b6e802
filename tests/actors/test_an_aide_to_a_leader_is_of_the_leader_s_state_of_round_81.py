"""A person set off as an office's staff ("X, a senior aide to Vice President Y", "chief of staff to President Z", "an
adviser to the central bank of W") is of the state of the one served (lexicon `staff_nouns`), not without a country nor
of another state the sentence names. Sentences written for these tests."""


def test_an_aide_to_a_known_vice_president(story, country_of):
    found = story("Laura Pemberton, a senior adviser to Vice President Pence, faulted the Chinese embassy on Monday.",
                  published="2019-11-20")
    assert country_of(found, "Laura Pemberton") == "USA"


def test_an_aide_to_a_known_chancellor(story, country_of):
    found = story("Tobias Renner, a close aide to Chancellor Angela Merkel, criticised the Turkish envoy on Friday.",
                  published="2019-11-20")
    assert country_of(found, "Tobias Renner") == "DEU"


def test_a_chief_of_staff_to_a_known_president(story, country_of):
    found = story("Odile Marchal, chief of staff to President Emmanuel Macron, met the Chinese ambassador on Tuesday.",
                  published="2019-11-20")
    assert country_of(found, "Odile Marchal") == "FRA"


def test_the_aide_s_event_has_the_leader_s_state(story):
    found = story("Laura Pemberton, a senior adviser to Vice President Pence, faulted the Chinese embassy on Monday.",
                  published="2019-11-20")
    countries = {e.id: e.country for e in found.entities}
    accusations = [e for e in found.events if e.type == "ACCUSE"]
    assert accusations and {countries.get(i) for i in accusations[0].source} == {"USA"}


def test_an_adviser_s_own_demonym_still_wins(story, country_of):
    found = story("Lars Vik, a Norwegian adviser to the Kenyan government, criticised the plan on Monday.",
                  published="2019-11-20")
    assert country_of(found, "Lars Vik") == "NOR"
