"""A dateline keeps the region the text writes after its town (a US state, a province, a nation of the UK, a
country), so that the actors stage reads the town's country by it; a town alone, or a word after it that names no
region, gives the town alone. A dateline kept apart from its story (a corpus's field) is read the same way.
Sentences written for these tests."""

import pytest

from dossier.ingest.document import document_from_text
from dossier.ingest.header import dateline_place, read_dateline
from dossier.pipeline import process


@pytest.mark.parametrize("text, place", [
    ("SPRINGFIELD, Ill., April 7 (Reuters) - A grain handler said it would close two silos.", "SPRINGFIELD, Ill."),
    ("PORTLAND, Maine, April 7 - The port authority said it would dredge the channel.", "PORTLAND, Maine"),
    ("KINGSTON, Ont., April 7 (Reuters) - A ferry operator said it would add a second boat.", "KINGSTON, Ont."),
    ("HALIFAX, Nova Scotia, April 7 - The fishery board said catches rose.", "HALIFAX, Nova Scotia"),
    ("ABERDEEN, Scotland, April 7 - An oil services group said it would hire divers.", "ABERDEEN, Scotland"),
    ("FREIBURG, West Germany, April 7 - A machine maker said orders fell.", "FREIBURG, West Germany"),
    ("Cusco, Peru \u2014 The regional council said the road would reopen.", "CUSCO, Peru"),
])
def test_the_region_after_the_town_is_kept(text, place):
    assert read_dateline(text).place == place
    assert document_from_text("w.txt", text, header=False).dateline == place


@pytest.mark.parametrize("text, place", [
    ("WASHINGTON, April 7 (Reuters) - The agency said it would review the rule.", "WASHINGTON"),
    ("OTTAWA \u2014 The cabinet met on Tuesday.", "OTTAWA"),
    # a word after the town that names no region is not kept
    ("TORONTO, Wire Staff, April 7 (Reuters) - The exchange said trading resumed.", "TORONTO"),
])
def test_a_town_without_a_region_is_kept_alone(text, place):
    assert read_dateline(text).place == place


@pytest.mark.parametrize("field, place", [
    ("ALBANY, N.Y., April 7", "ALBANY, N.Y."),
    ("Regina, Sask., April 7", "REGINA, Sask."),
    ("LYON, April 7", "LYON"),
    ("MADRID", "MADRID"),
    ("TULSA, Okla., APRil 7", "TULSA, Okla."),  # a date the text reader does not read: place and region alone
    ("MINNEAPOLIS/ST. PAUL, Minn., April 7", "MINNEAPOLIS/ST. PAUL, Minn."),
    ("", None),
    (None, None),
])
def test_a_dateline_field_is_read_as_a_text_s_dateline(field, place):
    assert dateline_place(field) == place


def test_a_wire_text_s_region_gives_the_town_its_country():
    text = ("SAN JOSE, Calif., April 7 (Reuters) - Ardell Circuits Inc said its workers had voted to accept a "
            "new contract.")
    document = document_from_text("w.txt", text, header=False).model_copy(update={"published": "1987-04-07"})
    result = next(process([document]))
    assert "agent:USA:LAB" in {e.id for e in result.entities}  # the Californian town, not Costa Rica's capital


@pytest.mark.parametrize("text, place", [
    ("MANDALAY, Burma, April 7 - The river port said barges were delayed.", "MANDALAY, Burma"),  # another name
    ("LEIDEN, Holland, April 7 - A seed trader said exports rose.", "LEIDEN, Holland"),  # the actors' countries' alias
    ("ROSTOCK, East Germany, April 7 - The shipyard said it launched a ferry.", "ROSTOCK, East Germany"),  # a past state
])
def test_a_states_name_the_actors_stage_knows_is_a_region(text, place):
    assert read_dateline(text).place == place


@pytest.mark.parametrize("text, place", [
    ("LIMA, PE, April 7 - A mining group said output fell.", "LIMA"),  # a country's ISO code is no region
    ("CARDIFF, GB, April 7 - A steel maker said it would cut shifts.", "CARDIFF"),
])
def test_a_countrys_two_letter_code_is_no_region(text, place):
    assert read_dateline(text).place == place


def test_the_regions_are_the_names_of_states_the_dictionary_reads():
    from dossier.actors.countries import state_names

    names = state_names()
    assert {"Peru", "Burma", "West Germany", "Holland"} <= names
    assert not {"PE", "GB", "MA", "PER"} & names
