"""The type model makes a concession (CONCEDE) only in a sentence with a verb of yielding
(`type_model_words.concession_without_yielding`: a condition lifted, a leader made to back down, a thing handed back),
not of routine prose where the rules find no act: work resumed, papers accepted, a truce worked out, a cabinet fired."""

from __future__ import annotations

import pytest

from dossier.events import type_model_words as words
from tests.events.test_model_made_event_words import sure_of  # noqa: F401 (a fixture)


def _types(code, sure_of, text: str) -> list[str]:
    """The types of the events coded in `text` with a model sure of a concession."""
    with sure_of("YIELD"):
        return [e.type for e in code(text, "2023-05-14")[0]]


@pytest.mark.parametrize("text", [
    "The head of a U.N. monitoring mission resumed work in Sudan on Tuesday, six weeks after his mission was "
    "turned away.",
    "Foreign Minister Helga Brandt accepted membership papers from the two states' envoys on Monday.",
    "The Sudan-Chad truce was worked out by a U.N. envoy, Pedro Alves, who later named a Kenyan judge his deputy.",
    "Opposition chief Tomas Reyes fires the whole cabinet of his government.",
])
def test_no_concession_made_of_routine_prose(code, sure_of, text):
    assert "CONCEDE" not in _types(code, sure_of, text)


def test_work_resumed_is_no_concession_with_the_shipped_model(code):
    events, _ = code("The head of a U.N. monitoring mission resumed work in Sudan on Tuesday, six weeks after his "
                     "mission was turned away.", "1998-03-06")
    assert "CONCEDE" not in [e.type for e in events]


def test_a_concession_told_by_a_verb_of_yielding_is_still_made(code, sure_of):
    assert "CONCEDE" in _types(code, sure_of, "The Kuwaitis finally lifted the condition and Chile chose to confirm "
                                              "the order.")


def test_the_shipped_model_still_reads_a_condition_lifted(code):
    events, actors = code("The Kuwaitis finally lifted the condition and Chile chose to confirm the order.",
                          "1998-03-06")
    made = [e for e in events if e.type == "CONCEDE"]
    assert made and {actors[i].country for i in made[0].source} == {"KWT"}


def test_only_a_concession_needs_a_verb_of_yielding(nlp):
    routine = nlp("The inspectors resumed work in Sudan.")[:]
    assert words.concession_without_yielding("CONCEDE", routine)
    assert not words.concession_without_yielding("CONSULT", routine)
    assert not words.concession_without_yielding("CONCEDE", nlp("The army eased the curfew in Juba.")[:])


def test_accept_yields_only_of_a_resignation_a_demand_or_an_offer(nlp):
    def accepted(text):
        return next(t for t in nlp(text) if t.lemma_ == "accept")
    assert words.yields(accepted("The king accepted the resignation of his cabinet."))
    assert words.yields(accepted("The junta accepted the strikers' demands."))
    assert not words.yields(accepted("The minister accepted membership papers from the envoys."))


def test_one_reinstated_in_office_is_a_yielding_the_model_may_read(nlp):
    reinstated = nlp("The regent reinstated the dismissed mayor of Ostrava after the tribunal ruled.")[:]
    assert not words.concession_without_yielding("CONCEDE", reinstated)
