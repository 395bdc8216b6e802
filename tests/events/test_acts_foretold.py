"""An act under a predicate of likelihood is foretold, not done (data/negation.yaml `foretold`, `doubted`): "are
all but certain to strike", "is sure to protest", "is bound to reject" read as planned (as "likely to" is), "is
unlikely to impose" as hypothetical. Not a "that" clause ("is sure that Uganda attacked": told as done), "bound" with
its "by" or in a compound ("duty-bound": an obligation), nor "made sure to" (no predicate of likelihood: the act was
done)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, type_, status", [
    ("Kenya's dock workers are almost certain to go on strike next spring.", "PROTEST", "planned"),
    ("Kenya is sure to protest the decision by Uganda.", "ACCUSE", "planned"),
    ("Kenya is bound to reject the offer from Uganda.", "REJECT", "planned"),
    ("Kenya is unlikely to impose sanctions on Uganda.", "SANCTION", "hypothetical"),
])
def test_an_act_foretold_is_not_done(code, rules_only, text, type_, status):
    events, _ = code(text, "1987-03-20")
    assert [e.status for e in events if e.type == type_] == [status], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("Kenya is sure that Uganda attacked the convoy.", "ASSAULT"),
    ("Kenya made sure to protest the decision by Uganda.", "ACCUSE"),
])
def test_no_predicate_of_likelihood_over_the_act(code, rules_only, text, type_):
    events, _ = code(text, "1987-03-20")
    assert [e.status for e in events if e.type == type_] == ["occurred"], [(e.type, e.trigger) for e in events]


def test_bound_by_a_treaty_is_no_forecast(nlp):
    from dossier.events.status import _foretold, clause_chain
    doc = nlp("Kenya is bound by the treaty to defend Uganda.")
    assert _foretold(clause_chain(next(t for t in doc if t.text == "defend"))) is None
    doc = nlp("Kenya is bound to defend Uganda.")
    assert _foretold(clause_chain(next(t for t in doc if t.text == "defend"))) == "planned"
    for text in ("The prince says he felt duty-bound to visit the banker in Nairobi.",
                 "Kenya was duty-bound to defend Uganda."):  # an obligation felt or owed
        doc = nlp(text)
        verb = next(t for t in doc if t.text in ("visit", "defend"))
        assert _foretold(clause_chain(verb)) is None, text


@pytest.mark.parametrize("text, status", [
    ("A meeting of Kenyan and Ugandan ministers is set for 1900 hours local.", "planned"),
    ("Talks between Kenyan and Ugandan ministers have been scheduled for the spring.", "planned"),
])
def test_an_act_set_for_a_time_in_the_present_is_planned(code, rules_only, text, status):
    events, _ = code(text, "1987-03-20")
    assert [e.status for e in events if e.type == "CONSULT"] == [status], [(e.type, e.trigger) for e in events]


def test_an_act_set_for_a_time_in_the_past_is_not_read_as_planned(nlp):
    from dossier.events.patterns import load_lexicon
    from dossier.events.status import _set_for_now
    doc = nlp("A meeting of Kenyan and Ugandan ministers was set for Monday.")
    assert not _set_for_now(next(t for t in doc if t.text == "set"), load_lexicon())
    doc = nlp("A meeting of Kenyan and Ugandan ministers is set for Monday.")
    assert _set_for_now(next(t for t in doc if t.text == "set"), load_lexicon())
