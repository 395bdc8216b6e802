"""Numbers that are not figures: years, ordinals, durations, labels, list markers, references."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "The treaty was signed in 2019 in Quito.",
    "It was her first trip abroad in seven months.",
    "The minister began a three-day tour on Monday.",
    "The council cited Resolution 2231 in its statement.",
    "The second round of talks ended without a deal.",
    "The two countries agreed to talk again.",
    "1. Ministers will meet in Lima.",
    "The president, aged 62, arrived late.",
])
def test_not_a_figure(facts, sentence):
    assert facts(sentence) == []
