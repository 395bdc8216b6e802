"""Where a trip starts, named by "from" on a verb of going ("arrived in Bonn from Rome", "flew in from Tehran",
"travelled from Tokyo to Seoul"), is the place left behind: no target of the visit nor of the talks told with it
(events/roles/no_party.py `trip_origin`, data/no_party.yaml `journeys`, read by the role model's `excluded`). A
"from" after a noun of a trip names the visitor, and "returned from X" stays the converted dictionary's visit to X.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.roles.no_party import trip_origin
from tests.events.conftest import names


@pytest.mark.parametrize("text, origin, destination", [
    ("The French president arrived in Bonn from Rome on Tuesday for talks with Chancellor Kohl.", "ITA", "DEU"),
    ("The foreign minister went straight into talks with his Indian counterpart after arriving in New Delhi "
     "from Kabul.", "AFG", "IND"),
    ("The minister travelled from Tokyo to Seoul for two days of talks.", "JPN", "KOR"),
    ("The Chinese premier came to Bangkok from Rangoon on Friday.", "MMR", "THA"),
])
def test_the_place_a_trip_starts_from_is_no_target(code, text, origin, destination):
    events, actors = code(text)
    targets = {actors[i].country for e in events for i in e.target}
    assert origin not in targets, [(e.type, names(e.target, actors)) for e in events]
    assert destination in targets


@pytest.mark.parametrize("text, word, expected", [
    ("The envoy arrived in Cairo from Amman.", "Amman", True),
    ("The minister flew in from Tehran to meet the president.", "Tehran", True),
    ("A visit from the Soviet foreign minister is planned.", "minister", False),  # a trip noun's "from": the visitor
    ("The minister returned from Moscow on Sunday.", "Moscow", False),  # the dictionary's visit to Moscow
    ("The envoy arrived in Cairo on Monday.", "Cairo", False),  # where the trip goes
])
def test_a_trip_origin_is_the_object_of_from_on_a_verb_of_going(nlp, text, word, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert trip_origin(tok) is expected


def test_must_not_a_visit_from_a_minister_loses_its_visitor(code):
    events, actors = code("A visit from the Soviet foreign minister to Tokyo is planned for May.")
    visit = next(e for e in events if e.type == "CONSULT")
    assert {actors[i].country for i in visit.source} == {"SUN"}
    assert {actors[i].country for i in visit.target} == {"JPN"}


def test_must_not_a_return_from_a_capital_loses_the_visit_it_ends(code):
    events, actors = code("The finance minister will brief the cabinet after returning from Washington, a spokesman "
                          "said.")
    assert any(e.type == "CONSULT" and "USA" in {actors[i].country for i in e.target} for e in events)
