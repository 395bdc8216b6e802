"""An actor the dictionaries code with a country that was part of a former state on the article's date carries that
state in its CAMEO code as in its country: the Soviet Union's leader, a Soviet minister from a republic and the Kremlin
in 1987 are SUN, not RUS or GEO; the same names in a later article keep today's state; a state's own code and a code
with no country are left as they are."""

import pytest


def coded(doc, surface: str):
    """(country, CAMEO) of each mention written `surface`."""
    return [(doc._.actors[m.entity].country, doc._.actors[m.entity].cameo)
            for m in doc._.mentions if m.text == surface]


@pytest.mark.parametrize("text, surface", [
    ("Mikhail Gorbachev told the party congress that prices would be freed.", "Mikhail Gorbachev"),
    ("The Kremlin rejected the American offer on short-range missiles.", "Kremlin"),
    ("Eduard Shevardnadze flew to Tokyo for talks on the islands.", "Eduard Shevardnadze"),
])
def test_a_code_of_a_soviet_republic_names_the_soviet_union_in_1987(analyse, surface, text):
    found = coded(analyse(text, "1987-05-04"), surface)
    assert found and all(country == "SUN" and cameo.startswith("SUN") for country, cameo in found), found


def test_the_same_names_after_1991_keep_the_republic(analyse):
    found = coded(analyse("The Kremlin rejected the American offer on short-range missiles.", "2005-05-04"),
                  "Kremlin")
    assert found and all(country == "RUS" and cameo.startswith("RUS") for country, cameo in found), found


def test_codes_of_other_states_and_international_bodies_are_unchanged(analyse):
    doc = analyse("Helmut Kohl and the United Nations called for talks with the Soviet Union.", "1987-05-04")
    assert coded(doc, "Helmut Kohl") == [("DEU", "DEUGOV")]
    assert all(cameo.startswith("IGO") for _, cameo in coded(doc, "United Nations"))
    assert all(cameo == "SUN" for _, cameo in coded(doc, "Soviet Union"))


@pytest.mark.parametrize("text, surface, cameo", [
    ("Kremlin spokesman Ivan Dorokhov said the talks on the treaty went well.", "Ivan Dorokhov", "SUNGOV"),
    ("Tass said the attack was reckless. Tass commentator Pavel Orlinsky called it adventurism.", "Pavel Orlinsky",
     "SUNMED"),
])
def test_a_person_described_by_such_a_body_takes_its_code_of_the_date(analyse, text, surface, cameo):
    found = coded(analyse(text, "1987-05-04"), surface)
    assert found and all(c == cameo[:3] and code == cameo for c, code in found), found
