"""A person's kin named by a possessive or an "of" phrase ("the president's son met the envoy", "the mother of the
boy wrote to the minister") act as themselves: the one whose relative they are is no side of the act (lexicon
`kin_nouns`), whether the possessor is named or a title told again; a place before the noun still says where they
are ("the Lisbon relatives asked the court"). Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "President Arne Olsen landed in Bergen on Monday. The president's son met Prime Minister Kari Berg on Tuesday.",
    "Arne Olsen's daughter met Prime Minister Kari Berg in Bergen on Tuesday.",
    "The mother of Arne Olsen met Prime Minister Kari Berg in Bergen on Tuesday.",
])
def test_the_relative_is_not_the_one_whose_kin_he_is(code, text):
    events, actors = code(text, "1990-05-02")
    meetings = [e for e in events if e.type == "CONSULT" and e.trigger == "met"]
    assert meetings, found_acts(events)
    assert not any("Olsen" in actors[i].name for i in meetings[0].source), \
        [actors[i].name for i in meetings[0].source]


def test_a_place_before_the_kin_still_places_them(code):
    events, actors = code("The Lisbon relatives of the sailor asked the court for a rehearing on Tuesday.",
                          "1990-05-02")
    asks = [e for e in events if e.type == "REQUEST"]
    assert asks and {actors[i].country for i in asks[0].source} == {"PRT"}, found_acts(events)


def test_a_spokesman_still_speaks_for_the_possessor(code):
    events, actors = code("Prime Minister Kari Berg's spokesman criticised Sweden's new fishing quota on Tuesday.",
                          "1990-05-02")
    blame = [e for e in events if e.type == "ACCUSE"]
    assert blame and any("Berg" in actors[i].name for i in blame[0].source), found_acts(events)
