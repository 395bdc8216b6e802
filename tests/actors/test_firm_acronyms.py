"""A firm's acronym, defined in brackets after its name or spelling its name's initials, is that firm throughout the
story: a legal form ending the name spells no letter, an elided article is read past, a shortened word's full stop
is skipped."""

import pytest


def ids(doc, surface: str) -> set[str]:
    return {m.entity for m in doc._.mentions if m.text == surface}


@pytest.mark.parametrize("name, acronym", [
    ("Imperial Dyestuffs Industries Plc", "IDI"),
    ("Broken Ridge Proprietary Co Ltd", "BRP"),
    ("Cie Generale d'Optique", "CGO"),
    ("Societe Nationale d'Irrigation", "SNI"),
    ("Cie. Generale de Navigation", "CGN"),
    ("Northern Timber and Paper Corp", "NTP"),
])
def test_an_acronym_in_brackets_after_a_firm_s_name_is_that_firm(analyse, name, acronym):
    doc = analyse(f"{name} ({acronym}) said on Tuesday it would build a plant in Kenya. {acronym} will invest "
                  "40 mln dlrs there.", "1987-05-04")
    named = ids(doc, name)
    assert len(named) == 1 and ids(doc, acronym) == named


def test_an_acronym_spelling_a_firm_s_initials_without_its_legal_form_is_that_firm(analyse):
    doc = analyse("Southern Copper Mills Inc said it had signed a supply deal with Chile. SCM said the deal ran for "
                  "five years.", "1987-05-04")
    named = ids(doc, "Southern Copper Mills Inc")
    assert len(named) == 1 and ids(doc, "SCM") == named


def test_letters_that_spell_another_name_are_not_its_acronym(analyse):
    doc = analyse("Western Glass Works Co (WGB) said it would close a plant in Ohio. WGB gave no reason.",
                  "1987-05-04")
    assert ids(doc, "WGB") != ids(doc, "Western Glass Works Co")

