"""Quoted promises and repeated triggers (events/promises.py, data/relevance.yaml promises): a speaker's
quoted promise of their own programme is no act; a plan towards another party stays; one sentence repeating a
trigger with the same sides gives one event. Texts written here."""

from __future__ import annotations

import pytest

from dossier.config import Settings
from dossier.events.promises import once_each
from dossier.model import DateValue, Document, Event, Evidence
from dossier.nlp import loader
from dossier.pipeline import process


def _event(n: int, trigger: str = "protect", target: str = "e2", date: str | None = None,
           start: int = 0) -> Event:
    return Event(id=f"t:e{n}", type="AID", source=["e1"], target=[target], status="planned", trigger=trigger,
                 date=DateValue(start=date, end=date, text=date) if date else None,
                 evidence=[Evidence(doc="t", start=start, end=start + 80, text="…")])


def test_a_repeated_trigger_with_the_same_sides_is_one_event():
    kept = once_each([_event(1), _event(2, date="2021-03-02"), _event(3)])
    assert [e.id for e in kept] == ["t:e1"]
    assert kept[0].date is not None and kept[0].date.start == "2021-03-02"  # the repeat's date fills the first's


@pytest.mark.parametrize("other", [
    _event(2, target="e3"),  # another side
    _event(2, trigger="help"),  # another word
    _event(2, start=200),  # another sentence
])
def test_another_side_word_or_sentence_stays(other):
    assert len(once_each([_event(1), other])) == 2


def test_repeats_dated_otherwise_stay():
    assert len(once_each([_event(1, date="2021-03-01"), _event(2, date="2021-03-02")])) == 2


@pytest.fixture(scope="module")
def nlp():
    return loader.load(Settings())


def _events(nlp, text: str) -> list[tuple[str, list[str]]]:
    result = next(process([Document(id="t-prom", source="t", text=text, published="2021-03-04")], nlp=nlp))
    names = {e.id: e.name for e in result.entities}
    return [(e.type, [names.get(a, a) for a in e.target]) for e in result.events]


@pytest.mark.parametrize("text", [
    '"We will protect our farmers and our families," President Ivan Duque of Colombia said.',
    'The premier spoke on Monday. "We will fight for every family in this province," Premier Dana Cole said.',
])
def test_a_quoted_promise_of_an_own_programme_is_no_act(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize("text, kind", [
    ('The minister spoke on Monday. "We will send troops to Mali next week," French Defence Minister Paul Roux '
     'said.', "MOBILIZE"),  # a plan towards another state
    ('The talks resumed. "We will negotiate with the rebels," Colombian President Ivan Duque said.',
     "CONSULT"),  # rebels are another party, not the speaker's people
    ('Colombian President Ivan Duque said his government will protect farmers in the south.', "AID"),  # no quote
])
def test_a_plan_towards_another_party_or_told_outside_quotes_stays(nlp, text, kind):
    assert kind in [t for t, _ in _events(nlp, text)]
