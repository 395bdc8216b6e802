"""The short form of a converted (Phoenix) person's name: the family name a story calls them by on its own. The
lexicon is read before the converted dictionaries, so that its `family_name_first` countries and honorifics count."""

import pytest

from dossier.actors.dictionary import Dictionary, _family_names, load


@pytest.fixture
def lexicon():
    d = Dictionary()
    d.lexicon.family_name_first = ["CHN", "KOR", "TWN"]
    d.honorifics = {"Sir", "President"}
    return d


# word -> (names of the family-name-first countries it begins, names of other countries it begins)
GIVEN = {"Kim": (80, 3), "Lee": (40, 8), "Vincent": (1, 11), "Donald": (2, 13), "Norma": (0, 4), "Jon": (4, 5)}


@pytest.mark.parametrize("name, country, expected", [
    ("Deng Xiaoping", "CHN", ["Deng"]),
    ("Kim Dae Jung", "KOR", ["Kim"]),  # Kim begins far more Korean names than others
    ("Lee Teng Hui", "TWN", ["Lee"]),
    ("Jon Pyong Ho", "KOR", ["Jon"]),  # a Korean family name a few Westerners bear as a given name
    ("President Park Chung Hee", "KOR", ["Park"]),  # a title before the name is no family name
    ("Vincent Siew", "TWN", ["Siew"]),  # a Western given name first
    ("Donald Tsang Yam Kuen", "CHN", ["Tsang", "Kuen"]),
    ("Joseph W. P. Wong", "CHN", ["Wong"]),
    ("E. K. Yeoh", "CHN", ["Yeoh"]),  # initials first
    ("Vo van Kiet", "VNM", ["Kiet"]),  # elsewhere: the last word
    ("Norma Castillo", "PER", ["Castillo"]),
])
def test_the_family_name_is_the_short_form(lexicon, name, country, expected):
    assert _family_names(lexicon, name.split(), country, GIVEN) == expected


def test_the_shipped_dictionary_indexes_converted_east_asian_people_by_their_family_name():
    d = load()
    assert "chn:zhao-ziyang" in d.name_parts["Zhao"]
    assert "kor:roh-tae-woo" in d.name_parts["Roh"]
    assert "chn:zhao-ziyang" not in d.name_parts.get("Ziyang", set())
    assert "hun:viktor-orban" in d.name_parts["Orban"]  # Hungarians are written given name first in English
    assert "hun:viktor-orban" not in d.name_parts.get("Viktor", set())


def test_a_lone_family_name_is_the_east_asian_leader_in_office(story):
    result = story("Zhao told the visiting Japanese delegation that China would buy more steel. Roh promised "
                   "Washington that Seoul would open its markets to American beef.", published="1988-06-01")
    names = {e.name for e in result.entities}
    assert {"Zhao Ziyang", "Roh Tae Woo"} <= names


def test_a_lone_given_name_is_nobody(story):
    result = story("Ziyang told the visiting Japanese delegation that China would buy more steel.",
                   published="1988-06-01")
    assert "Zhao Ziyang" not in {e.name for e in result.entities}
