"""A denial of a claim that names nobody it answers ("X denied that the rigs held weapons") is the other side's word
against whoever the story told making that claim before: the subject of the nearest earlier verb of saying or
charging whose clause shares a noun with the denied clause, of another state (roles/denials.py, data/claims.yaml).
No such claim, one without a shared noun, or one of the denier's own state leaves the target empty. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _denials(events):
    return [e for e in events if e.trigger == "denied"]


@pytest.mark.parametrize("text, target", [
    ("Washington said Iranian gunboats used the oil rigs as bases for raids on shipping. Iranian Foreign Minister "
     "Ali Velayati denied that the rigs held any weapons.", "USA"),
    ("Iraq accused Syria of sending arms to Kurdish rebels across the border. The Syrian government denied that any "
     "arms had crossed the border.", "IRQ"),
])
def test_the_claimant_is_the_target(code, rules_only, text, target):
    events, actors = code(text)
    found = _denials(events)
    assert found and any(target in {actors[i].country for i in e.target} for e in found), \
        [(e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    # nobody claimed it before
    "Iranian Foreign Minister Ali Velayati denied that the rigs held any weapons.",
    # a claim of another thing: no noun shared with the denied clause
    "Washington said Iranian gunboats attacked a Greek freighter. Iranian Foreign Minister Ali Velayati denied that "
    "the rigs held any weapons.",
    # the claim is the denier's own state's
    "Tehran radio said the oil rigs were badly damaged. Iranian Foreign Minister Ali Velayati denied that the rigs "
    "held any weapons.",
])
def test_no_claimant_of_another_state_leaves_it_empty(code, rules_only, text):
    events, _ = code(text)
    assert _denials(events) and all(not e.target for e in _denials(events)), \
        [(e.trigger, e.source, e.target) for e in events]
