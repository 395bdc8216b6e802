"""A firm's legal form may be abbreviated or written out ("Corp" and "Corporation", "Co" and "Company", "Inc" and
"Incorporated"): a firm the text names one way is the dictionaries' firm named the other way, and takes its country.
Stories written for these tests."""

import pytest

from dossier.actors.dictionary import load


def test_the_written_out_forms_are_data():
    assert {"corporation", "company", "incorporated"} <= set(load().lexicon.legal_forms_written_out)


@pytest.mark.parametrize("text, name", [
    ("Intel Corp agreed to supply memory chips to a Japanese computer maker.", "Intel Corp"),
    ("Dow Chemical Co said it would sell two plants to a Japanese group.", "Dow Chemical Co"),
])
def test_a_firm_with_its_form_abbreviated_is_the_dictionaries_firm_written_out(story, country_of, text, name):
    # the converted dictionaries list "Intel Corporation" and "Dow Chemical Company", American multinationals; the
    # story names Japan, one of the countries that write "Corp", which would otherwise be read
    assert country_of(story(text), name) == "USA"


@pytest.mark.parametrize("name", ["Harbour Widget Corp", "Intel Widget Corporation"])
def test_a_firm_the_dictionaries_do_not_know_takes_no_country_from_them(story, country_of, name):
    # a name the dictionaries do not list, with either form; a known firm's first word is not its name
    assert country_of(story(f"{name} agreed to supply valves to a shipyard."), name) is None


def test_a_firm_named_again_without_its_written_out_form(story):
    result = story("Harbour Widget Company said on Monday it would build a plant in Ohio. Harbour Widget "
                   "agreed to hire 300 workers there.")
    firms = [e for e in result.entities if e.kind == "company"]
    assert [e.name for e in firms] == ["Harbour Widget Company"]


def test_a_dictionary_firm_found_by_its_name_is_a_firm(story):
    # named in full, then by its short name: one actor, a company coded as one (USABUS, not the country alone)
    result = story("Intel Corp said it would close a plant in Akron, Ohio. Intel said 300 jobs would go.")
    intel = [e for e in result.entities if e.name.startswith("Intel")]
    assert [(e.kind, e.country, e.cameo) for e in intel] == [("company", "USA", "USABUS")]


def test_a_word_of_one_name_is_no_firm_whose_form_is_written_out(story):
    # "Carnival Corporation" is a firm of the dictionaries; a one-word name meets it only written with its form
    result = story("Bond trading was thin before the carnival holiday. Carnival will close banks in Cologne on Monday.")
    assert not any(e.country == "USA" for e in result.entities)
