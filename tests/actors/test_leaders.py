"""Heads of state and government and foreign ministers after 2014 (data/leaders.yaml): an office description names
its holder on the article's date, the curated terms win over the converted dictionaries' open ones, and one family
name means the person in office on the date. Sentences written for these tests."""

import yaml

from dossier.actors.dictionary import DATA, load
from tests.actors.conftest import names, people


def test_every_office_of_the_file_has_holders_with_ordered_dates():
    data = yaml.safe_load((DATA / "leaders.yaml").read_text(encoding="utf-8"))
    titles = {o["title"] for o in data["offices"]}
    elsewhere = set(load().offices)  # offices.yaml's ("Vice President of China")
    held = set()
    for person in data["people"]:
        for role in person["roles"]:
            assert role["title"] in titles or role["title"] in elsewhere, role
            assert "end" not in role or str(role["start"]) < str(role["end"]), (person["name"], role)
            held.add(role["title"])
    assert titles <= held
    assert len({o.get("country") for o in data["offices"]}) >= 20


def test_a_description_is_written_with_the_country_s_names_and_demonyms():
    office = load().offices["Prime Minister of Japan"]
    for alias in ("Japanese prime minister", "Japan's prime minister", "prime minister of Japan", "Japanese premier"):
        assert alias in office.aliases


def test_the_japanese_prime_minister_is_whoever_held_the_office_that_day(analyse):
    sentence = "The Japanese prime minister told reporters the talks would resume in the autumn."
    assert names(analyse(sentence, "2016-04-11")) == ["Shinzo Abe"]
    assert names(analyse(sentence, "2021-02-11")) == ["Yoshihide Suga"]
    assert names(analyse(sentence, "2022-02-11")) == ["Fumio Kishida"]
    # Before the curated list, the converted dictionaries' heads of government answer.
    assert names(analyse(sentence, "1987-06-11")) == ["Yasuhiro Nakasone"]


def test_a_foreign_minister_and_a_head_of_state_take_their_dated_codes(analyse):
    doc = analyse("Britain's foreign secretary flew to Riga, where the French president joined him.", "2017-01-10")
    found = {name: (country, cameo) for _, name, country, cameo in people(doc)}
    assert found == {"Boris Johnson": ("GBR", "GBRGOV"), "François Hollande": ("FRA", "FRAGOV")}  # Macron: May 2017


def test_the_curated_terms_close_the_converted_ones_left_open():
    d = load()
    # Phoenix leaves Nawaz Sharif's third term open from 2013; the curated list ends it in July 2017.
    assert d.role_on("pak:nawaz-sharif", "2016-01-05") is not None
    assert d.role_on("pak:nawaz-sharif", "2020-01-05") is None
    assert d.leader("PAK", "2020-01-05") == "pak:imran-khan"
    assert d.leader("JPN", "2019-01-05") == "jpn:shinzo-abe"


def test_one_family_name_means_the_person_in_office_on_the_date(analyse):
    sentence = "Prime Minister Trudeau said Canada would send wheat to the region."
    assert names(analyse(sentence, "1982-03-01")) == ["Pierre Elliott Trudeau"]
    assert names(analyse(sentence, "2018-03-01")) == ["Justin Trudeau"]
    sentence = "President Fernandez said Argentina would repay the loan by June."
    assert names(analyse(sentence, "2012-03-01")) == ["Cristina Fernández de Kirchner"]
    assert names(analyse(sentence, "2021-03-01")) == ["Alberto Fernández"]


def test_a_family_name_is_nobody_of_the_list_before_their_first_term(analyse):
    doc = analyse("Mr Albanese said the union would strike on Friday.", "1987-06-01")
    assert "Anthony Albanese" not in names(doc)


def test_a_name_spelt_with_one_letter_more_is_the_person_in_office_then(analyse):
    doc = analyse("Secretary of State George Schultz will stop in Tokyo on his way home. Schultz is due on "
                  "Friday.", "1987-03-02")
    assert {(text, name) for text, name, _, _ in people(doc)} >= {("George Schultz", "George Shultz"),
                                                                  ("Schultz", "George Shultz")}
    later = analyse("Schultz said the bakery would open a second shop in May.", "2009-05-04")
    assert "George Shultz" not in names(later)  # out of office by then: an unknown Schultz


def test_a_person_of_the_converted_files_with_dated_roles_is_not_meant_outside_them(analyse):
    # "Subroto" is listed among the converted international actors as OPEC's secretary-general from 1988: a
    # person by his dated role, not a body
    doc = analyse("Indonesia's Mining and Energy Minister Subroto said output would be cut.", "1987-03-05")
    assert not {"person:subroto", "org:subroto"} & {m.entity for m in doc._.mentions}
    later = analyse("OPEC Secretary-General Subroto said output would be cut.", "1990-03-05")
    assert "person:subroto" in {m.entity for m in later._.mentions}
