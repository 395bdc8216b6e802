"""A city or region whose name qualifies a noun of a meeting or an accord ("the Nairobi accord", "the Mombasa
meeting", "the Treaty of Mombasa") names where it was held or made, no party to it nor to an act about it
(roles.no_party.venue_named, data/no_party.yaml `venues`): neither the rules nor the role model takes it for a side.
A state, a person or an adjective so placed stays a party. Sentences written for these tests."""

import pytest

from dossier.events.actors import Resolver
from dossier.events.roles.no_party import venue_named
from tests.events.conftest import names


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("Everyone is resolved to support the Nairobi accord, the minister said.", "accord"),
    ("Everyone is resolved to support the Nairobi accord, the minister said.", "Nairobi"),
    ("The trade ministers will review progress made since the Mombasa meeting last year.", "Mombasa"),
    ("Kenya's president hailed the Treaty of Mombasa signed with Tanzania.", "Mombasa"),
])
def test_a_city_that_names_a_meeting_or_an_accord_is_its_venue(nlp, text, word):
    doc = nlp(text)
    assert venue_named(_word(doc, word), Resolver(doc))


@pytest.mark.parametrize("text, word", [
    ("Kenya pledged to support the Uganda accord on fishing rights.", "Uganda"),  # a state may be a party
    ("Kenya pledged to support the Ruto plan on fishing rights.", "Ruto"),  # a person, and no meeting noun
    ("The European summit rejected the proposal on farm prices.", "European"),  # an adjective
    ("Kenya's government criticised the Mombasa port authority for the delays.", "Mombasa"),  # a body's name
    ("Talks in Mombasa between Kenya and Uganda ended on Monday.", "Mombasa"),  # "in": told apart elsewhere
])
def test_a_state_a_person_an_adjective_or_another_noun_is_no_venue(nlp, text, word):
    doc = nlp(text)
    assert not venue_named(_word(doc, word), Resolver(doc))


@pytest.mark.parametrize("text", [
    "Finance Minister Ruto said he was determined to support the February Nairobi agreement on exchange rates.",
    "Everyone is resolved to support the Nairobi accord, the minister said.",
    "Kenya's president hailed the Treaty of Mombasa signed with Tanzania.",
    "The trade ministers will review progress made since the Mombasa meeting last year launched a new round of talks.",
])
def test_no_event_takes_the_venue_for_a_side(code, text):
    events, actors = code(text)
    sides = {n for e in events for n in names(e.source + e.target, actors)}
    assert not sides & {"Nairobi", "Mombasa"}, [(e.type, e.trigger, names(e.source + e.target, actors)) for e in events]


def test_the_one_who_supports_the_accord_stays_its_source(code):
    events, actors = code("Finance Minister Ruto said he was determined to support the February Nairobi agreement "
                          "on exchange rates.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and all("Ruto" in " ".join(names(e.source, actors)) for e in support)


def test_a_state_named_before_an_accord_stays_its_target(code):
    events, actors = code("Kenya pledged to support the Uganda accord on fishing rights.")
    assert any("Uganda" in names(e.target, actors) for e in events), \
        [(e.type, e.trigger, names(e.source + e.target, actors)) for e in events]


@pytest.mark.parametrize("text, word", [
    ("The offer was handed to Chile at the Geneva fishing quota talks on Friday.", "Geneva"),
    ("Peru raised the matter at the Vienna oil price conference last week.", "Vienna"),
])
def test_a_city_before_the_nouns_of_a_meeting_s_subject_is_its_venue(nlp, text, word):
    doc = nlp(text)
    assert venue_named(_word(doc, word), Resolver(doc))


@pytest.mark.parametrize("text", [
    "Norway handed its offer to Chile at the Geneva fishing quota talks on Friday.",
    "The offer was handed to Chile at the Geneva fishing quota talks on Friday, Norway said.",
])
def test_no_event_takes_the_venue_before_a_subject_for_a_side(code, text):
    events, actors = code(text)
    sides = {n for e in events for n in names(e.source + e.target, actors)}
    assert "Geneva" not in sides, [(e.type, e.trigger, names(e.source + e.target, actors)) for e in events]
