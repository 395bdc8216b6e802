"""A dateline that writes a region after its town ("SAN JOSE, Calif.", "CALGARY, Alberta", "BADEN, Switzerland"):
the town's country is the region's, whatever larger town or capital elsewhere has that name; a town alone is read
as before. Sentences written for these tests."""

import pytest

from dossier.model import Document
from dossier.pipeline import process

FIRM = "Norvale Widgets Inc said workers at its plant voted to accept the new contract on Tuesday."


def agents(dateline: str, text: str = FIRM) -> set[str]:
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline)]))
    return {e.id for e in result.entities if e.id.startswith("agent:")}


@pytest.mark.parametrize("dateline, ident", [
    ("SAN JOSE, Calif.", "agent:USA:LAB"),  # not Costa Rica's capital
    ("CAMBRIDGE, Mass.", "agent:USA:LAB"),  # not the larger English town
    ("MANCHESTER, N.H.", "agent:USA:LAB"),
    ("ALEXANDRIA, VA.", "agent:USA:LAB"),
    ("LONDON, Ontario", "agent:CAN:LAB"),
    ("Scarborough, Ont.", "agent:CAN:LAB"),
    ("PERTH, Scotland", "agent:GBR:LAB"),  # not the larger Australian city
])
def test_a_region_after_the_town_gives_its_country(dateline, ident):
    assert ident in agents(dateline)


def test_a_country_written_after_the_town_gives_it():
    text = "The government said workers at the state mines would get a pay rise."
    assert "agent:CHE:LAB" in agents("BADEN, Switzerland", text)


@pytest.mark.parametrize("dateline, ident", [
    ("ATLANTA, Georgia", "agent:USA:LAB"),  # the US state written out: the gazetteer knows no Atlanta in Georgia
    ("TBILISI, Georgia", "agent:GEO:LAB"),
])
def test_a_state_s_name_after_a_town_it_does_not_hold_is_no_state(dateline, ident):
    assert ident in agents(dateline)


def test_a_capital_with_another_state_s_region_is_no_capital():
    text = "The Finance Ministry said the budget gap would narrow this year."
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04",
                                    dateline="SAN JOSE, Calif.")]))
    assert not any(e.country == "CRI" for e in result.entities)


@pytest.mark.parametrize("dateline, ident", [
    ("CAMBRIDGE", "agent:GBR:LAB"),  # a town alone: the most populous of that name, as before
    ("SAN JOSE", "agent:CRI:LAB"),
])
def test_a_town_alone_is_read_as_before(dateline, ident):
    assert ident in agents(dateline, "The union said workers at the plant voted to accept the new contract.")
