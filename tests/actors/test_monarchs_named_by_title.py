"""A monarch the converted dictionaries list with a regnal number ("Hassan II", "Baudouin I", "Margrethe II") is
named by a monarch's title and the name without it ("King Hassan", "Queen Margrethe"): that head of state, with the
state's government code of the date. The name alone keeps its other readings, and the listed name is written with
its number in capitals. Sentences written for these tests."""

import pytest


def coded(doc, surface: str):
    return [(doc._.actors[m.entity].name, doc._.actors[m.entity].cameo) for m in doc._.mentions if m.text == surface]


@pytest.mark.parametrize("text, surface, date, expected", [
    ("King Hassan received the American envoy at his palace in Fez.", "King Hassan", "1987-10-20",
     ("Hassan II", "MARGOV")),
    ("King Baudouin asked the outgoing premier to form a new cabinet.", "King Baudouin", "1987-10-20",
     ("Baudouin I", "BELGOV")),
    ("Queen Margrethe opened the autumn session of the Folketing.", "Queen Margrethe", "2005-10-04",
     ("Margrethe II", "DNKGOV")),
])
def test_a_monarch_s_title_and_name_is_the_listed_monarch(analyse, text, surface, date, expected):
    assert coded(analyse(text, date), surface) == [expected]


def test_the_name_alone_is_not_read_as_the_monarch(analyse):
    found = coded(analyse("Hassan told reporters in Amman that the border would stay open.", "1987-10-20"), "Hassan")
    assert found and all(name != "Hassan II" for name, _ in found)
