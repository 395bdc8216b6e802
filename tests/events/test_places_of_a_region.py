"""A plural noun of places or markets whose only actor is a demonym or a region that names no one state ("a tour of
European capitals", "Asian markets") is a set of places, no side of an act: neither the rules nor the role model
gives it (no_party.region_places, data/no_party.yaml `places`). A state's demonym makes the places that state's
("Japanese markets"), and plural nouns of states or of people ("Arab states", "European leaders") stay parties.
Sentences written for these tests."""

import pytest

from dossier.events.roles import no_party
from dossier.events.roles import model as role_model
from dossier.events.actors import Resolver
from tests.events.conftest import names, only


def _token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Peru's finance minister will start a tour of European capitals on Monday.", "capitals"),
    ("Peru's finance minister will start a tour of European capitals on Monday.", "European"),
    ("The Thai trade minister will visit Asian capitals next month.", "capitals"),
    ("Japan pledged to open Asian markets to foreign rice growers.", "markets"),
])
def test_places_of_a_region_are_no_party(nlp, text, word):
    doc = nlp(text)
    assert no_party.region_places(_token(doc, word), Resolver(doc))


@pytest.mark.parametrize("text, word", [
    ("The United States urged wider access to Japanese markets for its farm goods.", "markets"),
    ("Arab states condemned the air raid on the refugee camp.", "states"),
    ("European leaders met in Brussels to discuss farm subsidies with Canada.", "leaders"),
    ("Some African nations asked the fund for more time to repay.", "nations"),
    ("Peru's finance minister will start a tour of European capitals on Monday.", "minister"),
])
def test_a_state_or_a_group_of_states_is_a_party(nlp, text, word):
    doc = nlp(text)
    assert not no_party.region_places(_token(doc, word), Resolver(doc))


def test_the_places_toured_are_no_candidate_of_the_role_model(nlp):
    doc = nlp("Peru's finance minister will start a tour of European capitals on Monday.")
    resolver = Resolver(doc)
    trigger = _token(doc, "tour")
    cands = role_model.candidates(trigger.sent, resolver, frozenset({trigger.i}))
    assert not any(c.token.text in ("European", "capitals") for c in cands)
    assert any(c.token.text == "minister" for c in cands)


def test_the_minister_touring_capitals_stays_the_source(code):
    events, actors = code("Peru's finance minister Luis Ortega will start a tour of European capitals on Monday "
                          "to explain the debt moratorium.")
    tour = only(events, "CONSULT")
    assert [actors[i].country for i in tour.source] == ["PER"]
    assert not any("European" in n for n in names(tour.source + tour.target, actors))


def test_markets_of_a_region_are_no_target_beside_the_state_named(code):
    events, actors = code("Japan pledged to open Asian markets to American rice growers.")
    event = next(e for e in events if names(e.source, actors) == {"Japan"})
    assert not any("Asian" in n for n in names(event.target, actors))


def test_a_state_named_with_the_capitals_stays_a_party(code):
    events, actors = code("The Thai trade minister toured Asian capitals and Canberra last week.")
    tour = only(events, "CONSULT")
    assert not any("Asian" in n for n in names(tour.target, actors))
    assert "AUS" in {actors[i].country for i in tour.target}


def test_a_group_of_states_is_still_the_source(code):
    events, actors = code("Arab states condemned the air raid on the refugee camp in Lebanon.")
    assert any("Arab" in n for e in events for n in names(e.source, actors))


def test_the_markets_of_a_state_stand_for_the_state(code):
    events, actors = code("The United States urged wider access to Japanese markets for its farm goods.")
    request = only(events, "REQUEST")
    assert "JPN" in {actors[i].country for i in request.target}


def test_a_noun_that_takes_its_actor_from_the_places_is_no_candidate(nlp):
    doc = nlp("Peruvian Finance Minister Carlos Mendes said Peru would stop paying its debts. Mendes was in France "
              "on the opening leg of his tour of European capitals.")
    resolver = Resolver(doc)
    leg = _token(doc, "leg")
    assert no_party.through_places(leg, resolver)
    trigger = _token(doc, "tour")
    cands = role_model.candidates(trigger.sent, resolver, frozenset({trigger.i}))
    assert not any(c.token.text in ("leg", "capitals") for c in cands)


@pytest.mark.parametrize("text", [
    "Peruvian Finance Minister Carlos Mendes said Peru would stop paying its debts. Mendes was in France on the "
    "opening leg of his tour of European capitals.",
    "Peruvian Finance Minister Carlos Mendes said Peru would stop paying its debts. Mendes is now on the second "
    "stage of a tour of Asian capitals.",
])
def test_the_one_on_a_tour_of_capitals_makes_it(code, rules_only, text):
    events, actors = code(text, "1987-03-02")
    (tour,) = [e for e in events if e.type == "CONSULT"]
    assert names(tour.source, actors) == {"Carlos Mendes"}
    assert not any("European" in n or "Asian" in n for n in names(tour.target, actors))


def test_the_host_of_a_visit_stays_the_source(code, rules_only):
    events, actors = code("Spain welcomed Chilean President Luis Vera on a state visit.", "1987-03-02")
    (visit,) = [e for e in events if e.type == "CONSULT"]
    assert names(visit.source, actors) == {"Spain"}


def test_the_one_who_goes_with_the_traveller_is_not_the_target(code):
    events, actors = code("Peruvian Finance Minister Carlos Mendes said Peru would stop paying its debts. Mendes, "
                          "accompanied by central bank chief Jorge Vidal, is on the opening leg of his tour of European "
                          "capitals.", "1987-03-02")
    (tour,) = [e for e in events if e.type == "CONSULT"]
    assert names(tour.source, actors) == {"Carlos Mendes"}
    assert not names(tour.target, actors) & {"Jorge Vidal", "European"}


def test_a_companion_is_no_target_but_the_one_met_is(nlp):
    doc = nlp("Kenyan President Daniel Moi, accompanied by Foreign Minister Peter Wako, met Nakasone in Tokyo.")
    resolver = Resolver(doc)
    cands = {c.token.text: c for c in role_model.candidates(doc[:], resolver)}
    president = resolver.one(_token(doc, "Moi"))
    assert role_model.companion(cands["Wako"], [president], resolver)
    assert not role_model.companion(cands["Nakasone"], [president], resolver)
