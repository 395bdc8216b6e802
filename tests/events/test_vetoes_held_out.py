"""Round 70 (veto70). A veto held out by its caster, vowed, threatened or announced ("vowed to veto", "threatened to
veto", "said he would veto the bill", also told by a speaker of the caster's own state) is a threat (THREATEN, CAMEO
131: threaten.yaml `threat_of_cameo`), which happened when it was uttered; a veto cast stays REJECT 129, and one that
others guess at ("might veto", "is expected to veto") or that is only able to be cast stays the veto, not done. "Call
X a Y" with the name past a participle with an agent names the thing and phones nobody. Texts written here."""

from __future__ import annotations

import pytest


def _acts(events):
    return [(e.type, e.cameo, e.status) for e in events if e.type in ("REJECT", "THREATEN")]


@pytest.mark.parametrize("text", [
    "President Garcia threatened to veto the spending bill passed by parliament.",
    "President Garcia has repeatedly vowed to veto any cut in farm spending voted by parliament.",
    "President Garcia said he would veto any cut in farm spending.",
    "President Garcia has said he will veto the trade bill if it reaches his desk.",
    "Austria told its partners it would veto the proposed cut in grain prices at the EU meeting.",
])
def test_a_veto_held_out_is_a_threat_made(code, text):
    events, _ = code(text)
    assert _acts(events) == [("THREATEN", "131", "occurred")], \
        [(e.type, e.cameo, e.trigger, e.status) for e in events]


def test_the_threat_keeps_its_sides(code):
    events, actors = code("President Garcia threatened to veto the spending bill passed by parliament.")
    threat = next(e for e in events if e.type == "THREATEN")
    assert [actors[s].name for s in threat.source] == ["Alan Garcia"]
    assert threat.target, threat


@pytest.mark.parametrize("text, status", [
    ("President Garcia vetoed the trade bill passed by parliament on Monday.", "occurred"),
    ("Analysts said President Garcia might veto the trade bill passed by parliament.", "hypothetical"),
    ("Parliament passed the trade bill, which President Garcia is expected to veto.", "planned"),
    ("Under the new rules Turkey will be able to veto the accord.", "hypothetical"),
])
def test_a_veto_cast_or_guessed_at_stays_the_veto(code, text, status):
    events, _ = code(text)
    assert _acts(events) == [("REJECT", "129", status)], [(e.type, e.cameo, e.trigger, e.status) for e in events]


def test_a_veto_to_be_overridden_threatens_nothing(code):
    events, _ = code("Senators said a veto by President Garcia would be overridden by parliament.")
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]


def test_another_refusal_announced_stays_planned(code):
    events, _ = code("Chancellor Kohl has promised to oppose the plan at the summit in Venice.")
    assert _acts(events) == [("REJECT", "120", "planned")], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_name_past_a_participle_is_no_call(code):
    events, _ = code('The Kenyan government called a budget drawn up by Ugandan leaders a "robbery" scheme, '
                     'but refused talks on it.')
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]
    assert [e.type for e in events if e.trigger == "refused"] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "The Kenyan president called the envoy sent by Uganda on Monday.",
    "The Kenyan president called the Ugandan leader on Monday to discuss the border.",
])
def test_a_call_to_a_person_stays_a_call(code, text):
    events, _ = code(text)
    assert [e.cameo for e in events if e.trigger == "called"] == ["041"], [(e.type, e.trigger) for e in events]


class _SureOfNothing:
    """A type model that takes every sentence for no event, well past the margins that let it drop one."""

    def scores_many(self, batch):
        from dossier.events.classifier import NONE
        return [{"REJECT": -0.9, "THREATEN": -0.9, "ACCUSE": -0.9, NONE: 0.9} for _ in batch]


def test_the_model_does_not_drop_a_veto_held_out(nlp, code):
    from dossier.events.component import coding_with
    with coding_with(nlp, types=_SureOfNothing(), roles=None):
        events, _ = code("Besides, Austria told its partners it would veto the proposed cut in grain prices.")
    assert [(e.type, e.cameo) for e in events if e.trigger.endswith("veto")] == [("THREATEN", "131")], \
        [(e.type, e.trigger) for e in events]
