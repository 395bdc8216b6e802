"""The help or support of another enlisted is asked of it (patterns/request.yaml; CAMEO 02, PLOVER REQUEST), not the
converted dictionary's material cooperation that the type model retyped a coercion or a refusal. Recruits enlisted
are no help asked."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The space agency enlisted the help of the Russian government for the launch.",
    "Kenya is enlisting the support of Tanzania in the border dispute.",
])
def test_help_enlisted_is_asked(typed, text):
    word = next(w for w in text.split() if w.startswith("enlist"))
    assert typed(text)[word] == ("REQUEST", "020")


def test_recruits_enlisted_are_no_request(typed):
    assert typed("The Kenyan army enlisted two thousand recruits last month.")["enlisted"][0] != "REQUEST"
