"""A predicate of unwillingness or failure with a modal of its own ("would be reluctant to", "could fail to") is only
supposed: the act under it may or may not come (hypothetical), where one told plainly ("is reluctant to") refuses
it (negated). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "status"), [
    ("Oman hopes Iraq would be reluctant to fire rockets at the oil platforms.", "hypothetical"),
    ("Iraq would be loath to fire rockets at the oil platforms.", "hypothetical"),
    ("Iraq is reluctant to fire rockets at the oil platforms.", "negated"),
])
def test_a_supposed_unwillingness_leaves_the_act_hypothetical(code, rules_only, text, status):
    events, _ = code(text)
    assert events, text
    assert [e.status for e in events] == [status], [(e.type, e.trigger, e.status) for e in events]
