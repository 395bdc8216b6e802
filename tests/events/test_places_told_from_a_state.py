"""A state named only as the point from which the place of an attack or a seizure is told ("a tanker off the Kenyan
coast", "the sea east of Oman", "a ship near Somalia") is no target of it: the thing lies outside that state
(events/roles/no_party.py `reference_place`, data/no_party.yaml `nearby`, `compass`, `shores`,
`reference_types`). Must-nots: a state named as what is acted on, a city told from, a thing the state's word
qualifies ("near the Somali border"), a deployment. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.actors import Resolver
from dossier.events.patterns import load_lexicon
from dossier.events.roles import model as role_model
from dossier.events.roles.no_party import reference_place
from dossier.model import Event
from tests.events.conftest import names


def _resolver(doc):
    lex = load_lexicon()
    return Resolver(doc, pairs=lex.pairs, leader_titles=lex.leader_titles, reporting_verbs=lex.reporting_verbs)


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("Iraqi warplanes attacked a tanker off the Iranian coast on Tuesday.", "Iranian"),
    ("Iraqi warplanes attacked a tanker off the Iranian coast on Tuesday.", "coast"),
    ("Pirates seized a freighter 40 miles off the coast of Somalia.", "Somalia"),
    ("Gunboats fired on a cargo ship in the sea east of Oman.", "Oman"),
    ("Gunboats fired on a cargo ship off Kuwait on Monday.", "Kuwait"),
])
def test_a_state_told_as_the_point_of_a_place(nlp, text, word):
    doc = nlp(text)
    assert reference_place(_word(doc, word), _resolver(doc))


@pytest.mark.parametrize("text, word", [
    ("Iraqi warplanes attacked the Iranian coast on Tuesday.", "Iranian"),  # the coast itself is attacked
    ("Rebels shelled towns in Kenya on Tuesday.", "Kenya"),  # in the state
    ("Jets bombed targets east of Baghdad on Tuesday.", "Baghdad"),  # a city: they lie in its state
    ("Turkish jets bombed camps near the Iraqi border.", "border"),  # the border's either side
    ("Iraqi jets bombed targets east of Iran's main port.", "port"),  # a thing of the state, told from
])
def test_no_reference_where_the_state_is_acted_on_or_a_city_told_from(nlp, text, word):
    doc = nlp(text)
    assert not reference_place(_word(doc, word), _resolver(doc))


def test_the_model_takes_no_state_off_whose_coast_a_ship_was_hit(nlp):
    doc = nlp("Iraqi warplanes attacked a tanker off the Iranian coast on Tuesday.")
    resolver = _resolver(doc)
    trigger = _word(doc, "attacked")
    coast = next(c for c in role_model.candidates(trigger.sent, resolver) if c.token.text == "coast")
    attack = Event(id="e", type="ASSAULT", source=["x"], target=[])
    deployment = Event(id="e", type="MOBILIZE", source=["x"], target=[])
    assert role_model.excluded(coast, "target", attack, resolver, trigger, frozenset())
    # a deployment off a state's coast is aimed at it: the rule is for acts done to a thing
    assert not role_model.excluded(coast, "target", deployment, resolver, trigger, frozenset())


def test_an_attack_off_a_coast_keeps_the_attacker_and_no_coastal_target(code):
    events, actors = code("Iraq said its warplanes struck two tankers off the Iranian coast overnight.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.source and all(actors[a].country == "IRQ" for a in attack.source)
    assert not any(actors[a].country == "IRN" for a in attack.target if a in actors)
