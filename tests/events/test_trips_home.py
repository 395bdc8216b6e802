"""Going back to one's own ground is no trip to anyone: "the jets returned safely to their base", "the troops went
back to their barracks", "the minister flew home" (data/figures_of_speech.yaml `home_grounds`, events
figures_of_speech `no_trip`). A trip to a place of a state stays a visit or a move of forces: "flew to Lima",
"flew to Russia's base in Syria", "went back to the border town"."""

from __future__ import annotations

import pytest

from dossier.events.figures_of_speech import figures, _home_again


def _verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, verb", [
    ("Iraqi jets returned safely to their base after the mission.", "returned"),
    ("Kenyan troops went back to their barracks on Monday.", "went"),
    ("The Chilean foreign minister flew home on Friday.", "flew"),
    ("The Peruvian warships sailed back to base on Sunday.", "sailed"),
])
def test_a_return_to_one_s_own_ground_is_no_trip(nlp, code, text, verb):
    assert _home_again(_verb(nlp, text, verb), figures()["home_grounds"])
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONSULT", "MOBILIZE")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, verb", [
    ("The Chilean foreign minister flew to Lima on Friday.", "flew"),
    ("The Chilean foreign minister flew to Russia's base in Syria.", "flew"),
    ("Kenyan troops went back to the border town of Mandera on Monday.", "went"),
    ("The Chilean foreign minister flew to Lima and then home.", "flew"),
])
def test_a_trip_to_a_place_of_a_state_stays_a_trip(nlp, text, verb):
    assert not _home_again(_verb(nlp, text, verb), figures()["home_grounds"])


def test_a_visit_to_a_capital_stays_a_visit(code):
    events, _ = code("The Chilean foreign minister flew to Lima on Friday.")
    assert [e.type for e in events] == ["CONSULT"], [(e.type, e.trigger) for e in events]
