"""A concession or retreat vowed with a "not" or "never" of its own is a refusal to yield, uttered with the vow
(events/status.vowed_refusal, refuses_to_yield; coder._triggers codes the act, not the vow): "vowed not to step
down", "pledged never to lift the sanctions" are REJECT occurred, as "said it would not lift them" is. A retreat
vowed without a "not" stays a promise. Texts written here."""

from __future__ import annotations

import pytest


def _found(code, text):
    events, _ = code(text)
    return [(e.type, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "The Bolivian president vows not to step down despite the strikes.",
    "Bolivia vowed never to lift its sanctions on Chile.",
    "Chile pledged not to withdraw its troops from the border with Bolivia.",
])
def test_a_concession_vowed_not_to_be_made_is_a_refusal(code, text):
    found = _found(code, text)
    assert ("REJECT", "occurred") in found and not [f for f in found if f[0] == "AGREE"], found


def test_a_retreat_vowed_is_still_a_promise(code):
    found = _found(code, "Chile pledged to withdraw its troops from the border with Bolivia.")
    assert found and not [f for f in found if f[0] == "REJECT"], found
