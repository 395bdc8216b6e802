"""Acts told as not done beside another (events/status.py `_held_back`, data/negation.yaml held_back, kept_from;
clauses.not_yet_done; non_events.yaml "without warning"): "refrained from accusing", "stopped short of supporting",
"prevented X from signing", "without breaching" (no refusal made of it), and "without warning", no act at all."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from dossier.events.status import _held_back, clause_chain


@pytest.mark.parametrize("text, trigger", [
    ("Uganda refrained from criticising Kenya.", "criticising"),
    ("The communique stopped short of supporting Kenyan proposals for talks.", "supporting"),
    ("Kenya prevented Uganda from signing the accord.", "signing"),
    ("Kenya sold its coffee without breaching the quota accords.", "breaching"),
    # the second gerund of the phrase shares it (clauses.not_yet_done)
    # ("without admitting or denying the charges" names no act at all since round 74: non_events.yaml)
    ("The Lisbon envoy closed the talks without praising or criticising Kenya.", "criticising"),
    ("Tanzania abstained from condemning Uganda.", "condemning"),
])
def test_an_act_held_back_is_negated(nlp, code, text, trigger):
    with coding_with(nlp, keep_unplaced=True):
        events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "negated" for e in found), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Kenya accused Uganda of breaching the accord.", "accused"),
    ("Kenya barred the Ugandan envoys from meeting the rebels.", "barred"),
    ("Uganda refused to sign the accord with Kenya.", "refused"),
])
def test_must_not_the_act_that_holds_back(nlp, code, text, trigger):
    events, _ = code(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "occurred" for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_must_not_a_gerund_of_another_preposition(nlp):
    doc = nlp("Kenya benefited from signing the accord with Uganda.")
    verb = next(t for t in doc if t.text == "signing")
    assert not _held_back(clause_chain(verb))


def test_without_warning_names_no_act(code):
    events, _ = code("Kenyan troops attacked the Ugandan town without warning.")
    assert [e for e in events if e.type == "ASSAULT"]
    assert not [e for e in events if e.trigger == "warning"], [(e.type, e.trigger) for e in events]


def test_must_not_a_warning_given(code):
    events, _ = code("Kenya issued a warning to Uganda.")
    assert [e for e in events if e.type == "THREATEN"]
