"""The TABARI reader and writer, and the conversion of its records, on small dictionaries written for these tests."""

from pathlib import Path

import pytest

from dossier.actors.convert import actor_entry, tabari_records
from dossier.actors.tabari import Code, agent_forms, parse_date, read_actors, read_agents, write_actors

ACTORS = """# a dictionary written for the tests
RUTHENIA_  [RUT]
+RUTHENIAN_

ANNA_KOVACS_  # CountryInfo.txt
+PRESIDENT_KOVACS
\t[RUTELI 600101-851231]
\t[RUTGOV 860101-921231]
\t[RUTELI]

FRONT_FOR_THE_HILLS_ [RUTREB] # an armed group
OLD_NAME_OF_THE_COUNCIL_
COUNCIL_OF_ELDERS_
\t[RUTLEG <19700101]
\t[RUTGOV >19700102]
"""


def _same(a, b) -> bool:
    def key(records):
        return [([" ".join(p.upper().replace("_", " ").split()) for p in r.phrases], sorted(map(repr, r.codes)))
                for r in records]
    return key(a) == key(b)


def test_dates_two_and_four_digit_years():
    assert parse_date("850728") == "1985-07-28"
    assert parse_date("070723") == "2007-07-23"
    assert parse_date("19411207") == "1941-12-07"
    with pytest.raises(ValueError):
        parse_date("9008223")


def test_records_phrases_and_dated_codes():
    records = read_actors(ACTORS)
    assert [r.phrases[0] for r in records] == ["RUTHENIA_", "ANNA_KOVACS_", "FRONT_FOR_THE_HILLS_", "OLD_NAME_OF_THE_COUNCIL_"]
    kovacs = records[1]
    assert kovacs.codes[1] == Code("RUTGOV", "1986-01-01", "1992-12-31") and kovacs.default == "RUTELI"
    # a primary phrase without codes shares the codes of the next record
    council = records[3]
    assert council.phrases == ["OLD_NAME_OF_THE_COUNCIL_", "COUNCIL_OF_ELDERS_"]
    assert council.codes == [Code("RUTLEG", None, "1970-01-01"), Code("RUTGOV", "1970-01-02", None)]


def test_a_bad_date_is_skipped_and_reported():
    problems = []
    records = read_actors("MARTA_SOLE_\n\t[RUTGOV 9913-990101]\n\t[RUTELI]\n", "mine.txt", problems)
    assert records[0].codes == [Code("RUTELI")]
    assert problems and problems[0].startswith("mine.txt, line 2:")


def test_write_then_read_gives_the_same_records():
    records = read_actors(ACTORS)
    assert _same(read_actors(write_actors(records, header="again")), records)


def test_round_trip_through_the_projects_yaml():
    records = read_actors(ACTORS)
    data: dict[str, list] = {}
    for record in records:
        section, entry = actor_entry(record)
        data.setdefault(section, []).append(entry)
    back = {tuple(r.phrases): r for r in read_actors(write_actors(tabari_records(data)))}
    assert len(back) == len(records)
    for record in records:
        again = back[tuple("_".join(p.upper().replace("_", " ").split()) for p in record.phrases)]
        assert sorted(map(repr, again.codes)) == sorted(map(repr, record.codes))


def test_conversion_guesses_section_country_and_kind():
    records = read_actors(ACTORS)
    section, kovacs = actor_entry(records[1])
    assert section == "people" and kovacs["name"] == "Anna Kovacs"
    assert [r["cameo"] for r in kovacs["roles"]] == ["RUTELI", "RUTGOV"]
    section, front = actor_entry(records[2])
    assert section == "organisations" and front["cameo"] == "RUTREB" and front["kind"] == "group"


def test_agents_substitutions_and_plurals():
    agents = read_agents("!OFFICER! = OFFICER, OFFICERS\nPOLICE {} [~COP]\nHILL_!OFFICER! {} [~MIL]\n"
                         "HUMAN_RIGHTS_BODY [NGO~]\nWOLF {WOLVES} [~CVL]\n")
    forms = {a.phrase: agent_forms(a) for a in agents}
    assert forms["POLICE"] == ["POLICE"]
    assert forms["WOLF"] == ["WOLF", "WOLVES"]
    assert set(forms) >= {"HILL_OFFICER", "HILL_OFFICERS"}
    body = next(a for a in agents if a.phrase == "HUMAN_RIGHTS_BODY")
    assert body.before and body.code == "NGO" and agent_forms(body)[1] == "HUMAN RIGHTS BODIES"


def test_bracketed_notes_are_dropped_and_middle_initials_give_a_short_name():
    records = read_actors("FRONT_OF_THE_HILLS_(NORTH_RUTHENIA)_ [RUTREB]\n\nMARTA_J._SOLE_ # CountryInfo.txt\n"
                          "\t[RUTGOV 19900101-19951231]\n")
    assert actor_entry(records[0])[1]["name"] == "Front of the Hills"
    section, marta = actor_entry(records[1])
    assert section == "people" and marta["name"] == "Marta J. Sole" and marta["aliases"] == ["Marta Sole"]


def test_a_company_or_an_ngo_keeps_its_home_country_but_an_international_body_has_none():
    records = read_actors("NORTHWIND_TRADERS_ [MNCNOR]\n\nFRIENDS_OF_THE_LAKE_ [NGOKEN]\n\n"
                          "RIVER_BASIN_COUNCIL_ [IGOAFR]\n")
    assert [actor_entry(r)[1].get("country") for r in records] == ["NOR", "KEN", None]


PHOENIX_LIKE = """TONY_ABBOTT
+ANTHONY_JOHN_ABBOTT
\t[AUSGOVLEG 19940314-20130918]
\t[AUSGOV >20130918]

SUBROTO_ [IGOBUSOPC 880701-940630] # an oil cartel's head, one name only

WORLD_BANK_
+WORLD_BANK_GROUP
+PRESIDENT_OF_THE_WORLD_BANK
\t[IGOUNODEVWBK]

ARMENIA_
\t[USRARM <900823]
\t[ARM >911221]

HILL_PEOPLES_LIBERATION_MOVEMENT_ [SDNREB 830516-050109]

NORTHWIND_SAVINGS_ [MNCGBR <040726] [MNCESP]
"""


def test_a_record_with_dated_roles_is_a_person_but_an_igo_a_country_or_a_body_is_not():
    records = {r.phrases[0]: r for r in read_actors(PHOENIX_LIKE)}
    sections = {phrase: actor_entry(r, own_codes=False) for phrase, r in records.items()}
    section, abbott = sections["TONY_ABBOTT"]
    assert section == "people" and abbott["country"] == "AUS"
    assert [(r["cameo"], r["start"], r["end"]) for r in abbott["roles"]] == [
        ("AUSGOVLEG", "1994-03-14", "2013-09-18"), ("AUSGOV", "2013-09-18", None)]
    assert sections["SUBROTO_"][0] == "people"
    # "PRESIDENT_OF_THE_WORLD_BANK" names an office of the bank, not a person called the bank
    section, bank = sections["WORLD_BANK_"]
    assert section == "organisations" and bank["kind"] == "igo"
    assert sections["ARMENIA_"][0] != "people"
    assert sections["HILL_PEOPLES_LIBERATION_MOVEMENT_"][0] == "organisations"
    assert sections["NORTHWIND_SAVINGS_"][0] == "organisations"


def test_an_undated_elite_code_on_a_name_makes_a_person_but_not_on_a_body_or_one_word():
    records = read_actors("MARTA_SOLE_\n+ELDER_MARTA_SOLE_\n\t[NORELI]\n\nHILL_ELDERS_COUNCIL_ [NORELI]\n\n"
                          "SOLEWATCH_ [NORELI]\n", "mine.txt", [])
    assert [actor_entry(r)[0] for r in records] == ["people", "organisations", "organisations"]
