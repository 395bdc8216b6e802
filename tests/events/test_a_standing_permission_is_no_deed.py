"""A permission an instrument gave — a waiver, an exemption, a law, a clause — told in the past over an act that names
no party but the one allowed and no time, tells what the text permits, not an act done: the act is hypothetical
(data/negation.yaml `permitting_instruments`, status._standing_permission). A time of the act, a party it is done to
or a doer who allows (no instrument) leave the act as told, occurred. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _status(events, type_):
    return [e.status for e in events if e.type == type_]


@pytest.mark.parametrize("text", [
    "The exemption let Ottawa impose quotas on dairy imports.",
    "The waiver had allowed Tokyo to raise tariffs on processed food.",
    "The exemption allowed Washington to impose quotas on farm goods.",
])
def test_what_an_instrument_permits_is_not_done(code, text):
    events, _ = code(text, "2019-11-18")
    assert _status(events, "SANCTION") == ["hypothetical"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, type_", [
    ("The waiver let Japan impose quotas on Chilean fruit.", "SANCTION"),  # a party the act is done to
    ("The accord allowed the troops to enter the town on Monday.", "MOBILIZE"),  # a time of its own
])
def test_a_permission_with_a_party_or_a_time_keeps_the_act(code, text, type_):
    events, _ = code(text, "2019-11-18")
    assert _status(events, type_) == ["occurred"], [(e.type, e.trigger, e.status) for e in events]


def test_a_doer_who_allows_is_no_instrument(nlp):
    from dossier.events.status import _within_reach, clause_chain
    doc = nlp("The ministry allowed the police to expel the reporters.")
    assert not _within_reach(clause_chain(next(t for t in doc if t.text == "expel")))
    doc = nlp("The clause allowed the police to expel the reporters.")
    assert _within_reach(clause_chain(next(t for t in doc if t.text == "expel")))
