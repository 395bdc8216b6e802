"""A quarrel between firms is no political act (events/relevance.py `firms_own_trade`, data/relevance.yaml
firms_own_threats, denials, body_name_words): a threat a firm or its people aim at another firm, a firm's complaint
against a rival the dictionaries lack (an organisation of no country and no code that a firm acts on), and a firm's
denial told with no target are left out by default. A state's threat to a firm, a firm's threat toward a state, a
firm's complaint against a union, a firm's denial aimed at a state and a state body's denial stay."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from dossier.events.relevance import _unplaced_organisation, firms_own_trade
from dossier.model import Entity, Event


@pytest.mark.parametrize("text", [
    "Harlow Foods Inc threatened legal action against Brightwave Media over the advertisement.",
    "A spokeswoman for Harlow Foods Inc said the company had threatened to sue Brightwave Media over its label.",
    "Harlow Foods Inc accused Brightwave Media of copying its packaging.",
    "Harlow Foods Inc denied the allegations in a statement on Friday.",
    "Pellman Steel Corp flatly denied the claims on Thursday.",
])
def test_a_quarrel_between_firms_is_left_out(nlp, code, text):
    assert code(text)[0] == [], [(e.type, e.trigger) for e in code(text)[0]]
    with coding_with(nlp, types=None, keep_trade=True):  # the rules code it; the setting "keep" keeps it
        events, actors = code(text)
    assert events and all(firms_own_trade(e, actors) for e in events)


@pytest.mark.parametrize("text, kind", [
    ("Kenya threatened Harlow Foods Inc with a ban on its products.", "THREATEN"),
    ("Harlow Foods Inc threatened to pull out of Kenya over the new tax.", "THREATEN"),
    ("Harlow Foods Inc accused the Brotherhood of Mill Workers of sabotage.", "ACCUSE"),
    ("Harlow Foods Inc denied that the Kenyan government had paid it subsidies.", "ACCUSE"),
    ("The Ministry of Health denied the allegations on Friday.", "ACCUSE"),
    ("Harlow Foods Inc sued the Food Standards Agency over the labelling rules.", "ACCUSE"),
])
def test_a_state_a_body_or_workers_on_a_side_keep_the_act(code, text, kind):
    assert kind in [e.type for e in code(text)[0]]


def test_a_firms_threat_of_force_stays():
    actors = {"f": Entity(id="f", name="Harlow Foods Inc", type="ORG", kind="company"),
              "g": Entity(id="g", name="Brightwave", type="ORG", kind="organisation")}
    threat = Event(id="t:e1", type="THREATEN", cameo="130", source=["f"], target=["g"])
    assert firms_own_trade(threat, actors)
    assert not firms_own_trade(threat.model_copy(update={"cameo": "138"}), actors)  # force: kept whoever threatens
    assert not firms_own_trade(threat.model_copy(update={"target": []}), actors)   # no target: perhaps a state's act


@pytest.mark.parametrize("name, kind, type_, country, placed_by_no_one", [
    ("Brightwave", "organisation", "ORG", None, True),
    ("Brightwave", None, "ORG", None, True),
    ("Brightwave", None, "NAME", None, False),                         # a bare name: perhaps a person
    ("Brightwave", "organisation", "ORG", "USA", False),               # a country: the dyads count it
    ("Mining Commission", "organisation", "ORG", None, False),         # a public body's noun
    ("Brotherhood of Mill Workers", "organisation", "ORG", None, False),  # a union
    ("Orlan University", "organisation", "ORG", None, False),          # a body of the actors' lexicon
])
def test_an_organisation_no_one_places(name, kind, type_, country, placed_by_no_one):
    actor = Entity(id="x", name=name, type=type_, kind=kind, country=country)
    assert _unplaced_organisation(actor) is placed_by_no_one


def test_the_short_name_of_a_state_body_stands_beside_no_firm():
    """The actors stage may leave a body's short name apart from its full name ("the General Mining Organisation
    (Ormin)", then "Ormin"): a firm's dealings with the short name are the body's, and stay."""
    actors = {"body": Entity(id="body", name="General Mining Organisation (Ormin", type="ORG", kind="government",
                             country="SAU"),
              "short": Entity(id="short", name="Ormin", type="NAME"),
              "firm": Entity(id="firm", name="Kallvik AB", type="ORG", kind="company", country="SWE"),
              "rival": Entity(id="rival", name="Brightwave", type="ORG", kind="organisation")}
    short = actors["short"].model_copy(update={"type": "ORG", "kind": "organisation"})
    actors = {**actors, "short": short}
    assert not firms_own_trade(Event(id="t:e1", type="CONSULT", source=["firm"], target=["short"]), actors)
    assert firms_own_trade(Event(id="t:e2", type="CONSULT", source=["firm"], target=["rival"]), actors)
    # an organisation no one places is a firm's partner only as the target of a firm's act: as the doer it may be a
    # body of states the dictionaries lack ("the Andean Pact called for talks with the banks")
    assert not firms_own_trade(Event(id="t:e3", type="CONSULT", source=["rival"], target=["firm"]), actors)
