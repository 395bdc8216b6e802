"""A deadline or an ultimatum not met is not complied with, REJECT 128 (patterns/reject.yaml, a `negated` entry of
"meet", "honour", "respect" with a deadline or an ultimatum for object); a deadline met, and other things not met,
are no defiance."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The militia failed to meet the deadline set by the council to hand in its weapons.", "meet"),
    ("Fredonia said it would not respect the ultimatum from its neighbour.", "respect"),
    ("The ministry did not meet the committee's deadline for the documents.", "meet"),
])
def test_a_deadline_not_met_is_not_complied_with(typed, text, word):
    assert typed(text)[word] == ("REJECT", "128"), text


@pytest.mark.parametrize("text, word", [
    ("The militia met the deadline set by the council.", "met"),
    ("The firm failed to meet its sales target for the year.", "meet"),
    ("The minister did not meet the envoy from Fredonia.", "meet"),
])
def test_a_deadline_met_or_another_thing_not_met_is_no_defiance(typed, text, word):
    assert typed(text).get(word, ("NONE", "")) != ("REJECT", "128"), text
