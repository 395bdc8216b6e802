"""A city or region named as where a protest or a stance is taken ("walked out at its small mill at Trois-Rivieres",
"protested outside the regional office at Bordeaux": a town the tagger may take for a firm) is where, not whom it
is done to: the role model took it for the target (model.where_stance_was_taken; data/no_party.yaml `where_types`).
A firm struck against keeps its side."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, place", [
    ("The union said 700 workers walked out at its big mill at Shawinigan and its small mill at Trois-Rivieres.",
     "Trois-Rivieres"),
    ("Angry farmers protested outside the regional office at Bordeaux against the new quotas.", "Bordeaux"),
])
def test_the_place_of_a_protest_is_no_target(code, text, place):
    events, actors = code(text)
    found = [e for e in events if e.type == "PROTEST"]
    assert found, [(e.type, e.trigger) for e in events]
    assert place not in names(found[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


def test_the_firm_struck_against_stays(code):
    events, actors = code("Some 3,000 workers went on strike at the Ford plant in Valencia.")
    found = [e for e in events if e.type == "PROTEST"]
    assert found and "Ford" in " ".join(names(found[0].target, actors)), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


def test_what_an_inquiry_goes_into_stays(code):
    events, actors = code("Officials discussed a need for Kenya to launch investigations, including into Sondrio.")
    found = [e for e in events if e.type == "ACCUSE"]
    assert found and found[0].target, [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]
