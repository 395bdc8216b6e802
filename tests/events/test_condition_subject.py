"""The act noun a warning holds out as a condition (`matching.condition_subject`): the common-noun subject of a
reported clause whose verb carries a modal of what would follow. The threat rules and the roles stage
(`roles.warned_conditions.warned_condition`) read this one shape. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.matching import condition_subject
from dossier.events.roles.warned_conditions import warned_condition


def _clause(nlp, text):
    doc = nlp(text)
    root = next(s.root for s in doc.sents)
    return root, next(c for c in root.children if c.dep_ == "ccomp")


@pytest.mark.parametrize("text, noun", [
    ("Oslo warned that any incursion by Sweden would meet a firm answer.", "incursion"),
    ("Quito said that Peruvian meddling in its elections will not go unanswered.", "meddling"),
    ("Hanoi warned that an attack on its boats could be met with force.", "attack"),
])
def test_the_noun_subject_of_a_clause_with_a_modal(nlp, text, noun):
    root, clause = _clause(nlp, text)
    assert condition_subject(clause).lower_ == noun
    assert warned_condition(root).lower_ == noun  # the roles stage reads the same noun


@pytest.mark.parametrize("text", [
    "Oslo warned that any incursion by Sweden met a firm answer.",  # no modal: told as done
    "Oslo warned that Sweden would meet a firm answer.",  # the subject is a party, not an act
    "Quito said that it will not accept Peruvian meddling.",  # a pronoun for subject
])
def test_no_condition_without_a_modal_or_a_noun_subject(nlp, text):
    root, clause = _clause(nlp, text)
    assert condition_subject(clause) is None
    assert warned_condition(root) is None
