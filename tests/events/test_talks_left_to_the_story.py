"""Talks whose sentence names no other party take the other state of a lede that names two (events/roles/context.py
`_lede_other`, data/story_context.yaml `lede`), as an agreement or a request there does; not where the sentence names
the party of the talks in words, nor where the story told the country's talks with a party that is no state (banks,
a firm): the talks told again are those. Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dossier.events.roles import context
from dossier.model import Document, Entity, Event, Evidence
from dossier.pipeline import process


def _later_talks(events, text: str):
    start = text.index(". ") + 2
    return [e for e in events if e.type == "CONSULT" and e.evidence and e.evidence[0].start >= start]


@pytest.mark.parametrize("lede, later, other", [
    ("Japan held talks with Peru on fishing rights on Monday, officials said. ",
     "Japan's fisheries minister will attend another round of negotiations in June.", "PER"),
    ("Canada asked Chile on Tuesday to cut its tariffs on copper, officials said. ",
     "Canada's trade minister attended a bilateral trade meeting on Wednesday.", "CHL"),
])
def test_talks_with_no_party_named_take_the_lede_s_other_state(story, lede, later, other):
    events, actors = story(lede + later)
    talks = _later_talks(events, lede + later)
    assert talks and all({actors[i].country for i in t.target} == {other} and t.inferred == ["target"] for t in talks)


@pytest.mark.parametrize("later", [
    "Japan's fisheries minister will meet private bankers in June.",  # the party named in words
    "The talks on Monday were the first between them in a decade.",  # no state as the doer
])
def test_no_lede_fill_for_talks_whose_party_the_sentence_names_or_whose_doer_is_none(story, later):
    lede = "Japan held talks with Peru on fishing rights on Monday, officials said. "
    events, _ = story(lede + later)
    assert all(e.inferred == [] for e in _later_talks(events, lede + later))


def _event(type_, source, target, start):
    return Event(id=f"e{start}", type=type_, source=source, target=target,
                 evidence=[Evidence(doc="t", text="…", start=start, end=start + 10)])


def _doc():
    actors = {"PER": Entity(id="PER", name="Peru", type="GPE", kind="government", country="PER"),
              "firm": Entity(id="firm", name="a mining firm", type="ORG", kind="company", country="JPN"),
              "JPN": Entity(id="JPN", name="Japan", type="GPE", kind="government", country="JPN")}
    return SimpleNamespace(_=SimpleNamespace(actors=actors))


def test_earlier_talks_of_the_country_with_a_firm_are_the_talks_told_again():
    later = _event("CONSULT", ["PER"], [], 200)
    events = [_event("CONSULT", ["PER"], ["firm"], 100), later]
    assert context._talks_with_others(_doc(), later, events, "PER")


@pytest.mark.parametrize("earlier", [
    _event("CONSULT", ["PER"], ["JPN"], 100),  # talks with a state: the lede's other state may be that party
    _event("AGREE", ["PER"], ["firm"], 100),  # no talks
    _event("CONSULT", ["PER"], ["firm"], 300),  # told after the sentence
    _event("CONSULT", ["JPN"], ["firm"], 100),  # talks of another country
])
def test_no_earlier_talks_with_a_party_that_is_no_state(earlier):
    later = _event("CONSULT", ["PER"], [], 200)
    assert not context._talks_with_others(_doc(), later, [earlier, later], "PER")


def test_a_noun_that_measures_the_talks_is_no_party_named_for_the_host(nlp):
    # "held another round of talks here": the round is the talks', not a counterpart named in words
    document = Document(id="t", source="t", text="Ghana held another round of talks here on Monday on cocoa prices.",
                        published="1995-06-01", dateline="NAIROBI")
    result = next(process([document], nlp=nlp))
    actors = {e.id: e for e in result.entities}
    talks = [e for e in result.events if e.type == "CONSULT"]
    assert talks and all({actors[i].country for i in e.target} == {"KEN"} and e.inferred == ["target"] for e in talks)


def test_talks_counted_as_many_take_no_lede_state(story):
    # at a summit a leader holds "a string of bilateral talks" with many, not with the lede's other state alone
    lede = "Japan held talks with Peru on fishing rights on Monday, officials said. "
    later = "Japan's fisheries minister will hold a series of meetings on the sidelines in June."
    events, _ = story(lede + later)
    talks = _later_talks(events, lede + later)
    assert talks and all(e.inferred == [] and e.target == [] for e in talks)
