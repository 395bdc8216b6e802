"""A verb of going with no object and "to" after it tells a cause and its outcome, no trip
(events/figures_of_speech.leads_to, data `outcome_verbs`): "the strike led to shortages", "the design leads to fewer
crashes". Led with an object, someone is taken somewhere ("led a delegation to Beijing")."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from dossier.events.figures_of_speech import figures, leads_to


@pytest.mark.parametrize("text", [
    "The Toyota strike led to shortages in Japan.",
    "Zorblio's design leads to fewer crashes, Kenyan engineers say.",
    "FIFA assaults have led to lawsuits before.",
    "The Zorblio planner leads to better schedules for farmers.",
])
def test_an_outcome_led_to_is_no_trip(nlp, code, text):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text)
    assert not [e for e in events if e.cameo and e.cameo.startswith("042")], \
        [(e.type, e.cameo, e.trigger) for e in events]
    verb = next(t for t in nlp(text) if t.lemma_ == "lead")
    assert leads_to(verb, figures()["outcome_verbs"])


@pytest.mark.parametrize("text", [
    "The Kenyan foreign minister led a delegation to Beijing on Monday.",
    "Kenyan President Ruto led his ministers to Addis Ababa for the summit.",
])
def test_must_not_someone_led_somewhere(nlp, code, text):
    verb = next(t for t in nlp(text) if t.lemma_ == "lead")
    assert not leads_to(verb, figures()["outcome_verbs"])
    events, _ = code(text)
    assert [e for e in events if e.trigger == "led"], [(e.type, e.trigger) for e in events]
