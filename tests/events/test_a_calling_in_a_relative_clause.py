"""What a person or a firm does for a living, told in a relative clause in the simple present ("Smith, who lobbies
for the oil industry, said …", "an analyst who consults with officials"), tells who they are, not an act of the
story (data/non_events.yaml "a calling told in a relative clause"). The same verbs told in the past, in the future
or as the sentence's own verb keep their act. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Smith, who lobbies for the oil industry in Washington, said the bill was dead.",
    "Lee, an analyst who consults with cabinet officials, said the deal was close.",
    "The lawyer, who advises the Kenyan government on trade, said tariffs would rise.",
])
def test_a_calling_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("REQUEST", "CONSULT", "AGREE")]


@pytest.mark.parametrize("text, type_", [
    ("The senator, who lobbied the Kenyan president for more aid last week, said the bill was dead.", "REQUEST"),
    ("The senator lobbies the Kenyan president for more aid.", "REQUEST"),
    ("The Kenyan envoy, who will consult Japan on Monday, said talks would be hard.", "CONSULT"),
])
def test_the_same_verbs_as_acts_stay(code, text, type_):
    events, _ = code(text)
    assert [e for e in events if e.type == type_]
