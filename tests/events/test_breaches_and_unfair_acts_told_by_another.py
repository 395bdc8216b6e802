"""A breach or an unfair act of another party, told by a teller (events/data/faults.yaml `breaches`, `blame_words`;
`predicates.breach_roles`, `predicates.blame_roles`): "X said Y had violated the truce" is X's charge against Y
(ACCUSE allege, CAMEO 112), "X said Y unfairly subsidises its mills" and "X told the chamber the bill targets Y's
unfair practices" X's criticism of Y (ACCUSE disapprove, CAMEO 111). The writer's own narration, a breach denied, an
order to act and a speaker with no party judged are no one's charge."""

import pytest

from dossier.events.predicates import telling_of


def _accusations(events) -> list:
    return [e for e in events if e.type == "ACCUSE"]


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, teller, charged, cameo_code", [
    ("Seoul said on Thursday that Tokyo had breached the fisheries pact.", "KOR", "JPN", "112"),
    ("Manila has flouted the arbitration ruling, Beijing said in a statement.", "CHN", "PHL", "112"),
    ("The U.S. Trade Representative said Brazil had reneged on its promise to cut tariffs on steel.", "USA", "BRA",
     "112"),
    ("The Chilean foreign ministry said Argentina unfairly subsidises its wine growers.", "CHL", "ARG", "111"),
    ("The Canadian trade minister told parliament the levy was meant to offset France's unfair fishing quotas.",
     "CAN", "FRA", "111"),
    ("Australia uses illegal barriers to keep out Thai rice, the Thai commerce ministry said.", "THA", "AUS", "111"),
    ("The Indonesian trade ministry said Malaysia's new export duties were discriminatory.", "IDN", "MYS", "111"),
])
def test_a_breach_or_an_unfair_act_told_by_another_is_the_tellers_charge(code, text, teller, charged, cameo_code):
    events, actors = code(text)
    charges = _accusations(events)
    assert len(charges) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert charges[0].cameo == cameo_code
    assert _countries(charges[0].source, actors) == {teller}
    assert _countries(charges[0].target, actors) == {charged}
    assert charges[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Tokyo has breached the fisheries pact.",  # the writer's narration: nobody tells it
    "Seoul said Tokyo had not breached the fisheries pact.",  # denied
    "Seoul said North Korean jets had violated its airspace.",  # a space intruded on: a deed its victim tells
    "Argentina unfairly subsidises its wine growers.",
    "Growers may get grants to win back markets lost to rivals' unfair subsidies.",
    "The Chilean president told his trade minister to ease anger over Argentina's unfair subsidies.",  # an order
    "The Chilean trade minister said Argentina had not unfairly subsidised its growers.",  # denied
])
def test_no_charge_where_nobody_else_tells_the_breach_or_the_unfair_act(code, text):
    events, _ = code(text)
    assert not _accusations(events), [(e.type, e.cameo, e.source, e.target, e.trigger) for e in events]


def test_a_breach_nobody_else_tells_stays_the_breakers_defiance(code):
    events, actors = code("Tokyo has breached the fisheries pact.")
    assert [(e.type, e.cameo) for e in events] == [("REJECT", "128")]
    assert _countries(events[0].source, actors) == {"JPN"}


def test_a_complaint_that_tells_the_unfair_act_is_its_owners(code):
    events, actors = code("Ottawa will pursue its complaint that Washington unfairly subsidises lumber mills.")
    charges = _accusations(events)
    assert len(charges) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(charges[0].source, actors) == {"CAN"}
    assert _countries(charges[0].target, actors) == {"USA"}


@pytest.mark.parametrize("text, word, teller", [
    ("Lima said Quito unfairly taxes its fish.", "unfairly", "said"),
    ("Lima's complaint that Quito unfairly taxes its fish was heard.", "unfairly", "complaint"),
    ("Quito uses unfair taxes, Lima said.", "unfair", "said"),
    ("Lima told Quito to end its unfair taxes.", "unfair", None),
])
def test_the_telling_of_a_word_of_blame(nlp, text, word, teller):
    doc = nlp(text)
    found = telling_of(next(t for t in doc if t.text == word), frozenset({"say", "tell"}))
    assert (found.text if found is not None else None) == teller
