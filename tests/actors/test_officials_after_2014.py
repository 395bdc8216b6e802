"""Ministers, vice presidents, US Congress leaders and heads of international bodies after 2014
(data/leaders.yaml): an office described by a state's word names whoever held it on the article's date, a full
name then its family name alone name the same person, several holders at once leave a description unresolved, and
the head of an international body acts for the body while in office. Sentences written for these tests."""

from dossier.actors.dictionary import load
from tests.actors.conftest import names, people


def test_a_minister_s_description_names_the_holder_of_that_year(analyse):
    sentence = "The German defence minister inspected a tank battalion near the border."
    assert names(analyse(sentence, "2016-09-14")) == ["Ursula von der Leyen"]
    assert names(analyse(sentence, "2024-09-14")) == ["Boris Pistorius"]
    sentence = "Iran's foreign minister wrote to the council about the tanker."
    assert names(analyse(sentence, "2019-11-20")) == ["Mohammad Javad Zarif"]
    assert names(analyse(sentence, "2023-11-20")) == ["Hossein Amir-Abdollahian"]


def test_a_head_of_state_of_another_country_and_a_finance_minister_take_their_codes(analyse):
    doc = analyse("The Israeli president phoned the Indian finance minister about the loan.", "2018-02-06")
    found = {name: (country, cameo) for _, name, country, cameo in people(doc)}
    assert found == {"Reuven Rivlin": ("ISR", "ISRGOV"), "Arun Jaitley": ("IND", "INDGOV")}


def test_an_office_several_hold_at_once_names_nobody(analyse):
    # China has several vice premiers at a time: the list gives no description that would pick one of them
    doc = analyse("The Chinese vice premier opened the trade fair on Monday.", "2019-10-07")
    assert "Liu He" not in names(doc)


def test_a_full_name_then_the_family_name_alone(analyse):
    doc = analyse("Vice President Mike Pence landed in Warsaw. Pence said the alliance would hold.", "2019-09-02")
    assert {(text, name, country) for text, name, country, _ in people(doc)} == {
        ("Mike Pence", "Mike Pence", "USA"), ("Pence", "Mike Pence", "USA")}
    doc = analyse("Britain's Defence Secretary Ben Wallace toured the shipyard. Wallace promised two frigates.",
                  "2021-05-11")
    assert {(text, country) for text, name, country, _ in people(doc) if name == "Ben Wallace"} == {
        ("Ben Wallace", "GBR"), ("Wallace", "GBR")}


def test_a_family_name_written_with_another_given_name_is_not_the_minister(analyse):
    doc = analyse("The singer Diana Ross opened the festival. Ross thanked the crowd.", "2018-07-01")
    assert "Wilbur Ross" not in names(doc)


def test_a_congress_leader_is_of_the_united_states_s_legislature(analyse):
    doc = analyse("House Speaker Nancy Pelosi led a delegation to Taipei. Pelosi met the island's president.",
                  "2022-08-03")
    assert {(name, country, cameo) for _, name, country, cameo in people(doc) if name == "Nancy Pelosi"} == {
        ("Nancy Pelosi", "USA", "USALEG")}


def test_the_head_of_an_international_body_acts_for_it_while_in_office():
    d = load()
    [nato_chief] = d.names["Jens Stoltenberg"]
    assert (d.country_on(nato_chief, "2019-03-01"), d.cameo_on(nato_chief, "2019-03-01")) == (None, "IGOWSTNAT")
    assert d.country_on(nato_chief, "2010-03-01") == "NOR"  # Norway's prime minister then
    [lagarde] = d.names["Christine Lagarde"]
    assert d.cameo_on(lagarde, "2016-03-01") == "IGOBUSIMF"
    assert d.cameo_on(lagarde, "2021-03-01") == "IGOEUREEC"


def test_a_body_s_head_named_in_a_sentence_has_no_country(analyse):
    doc = analyse("NATO Secretary General Jens Stoltenberg warned Moscow against moving troops.", "2021-12-01")
    assert {(name, country, cameo) for _, name, country, cameo in people(doc)} == {
        ("Jens Stoltenberg", None, "IGOWSTNAT")}
