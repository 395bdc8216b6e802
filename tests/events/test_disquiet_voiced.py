"""Disquiet or misgivings expressed or voiced over a party's act are disapproval (accuse.yaml, CAMEO 110), as concern
is; disquiet felt is no act."""

import pytest


@pytest.mark.parametrize("text", [
    "The EC expressed disquiet over moves in Canada to curb imports of wine.",
    "Norway voiced misgivings about the Danish plan.",
])
def test_disquiet_voiced_is_disapproval(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ACCUSE" and e.cameo == "110" and e.source], \
        [(e.type, e.cameo, e.trigger) for e in events]


def test_disquiet_felt_is_no_act(code):
    events, _ = code("There is growing disquiet in the markets.")
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]
