"""A concession or retreat its doer says it is not prepared, willing, inclined or ready to make is a refusal to
yield, REJECT, done when said, as "unwilling to" and "cannot" tell one (status._willingness_denied, data/negation.yaml
willing_stances; round 83). A readiness told without "not" keeps the act's own type. Sentences written for these
tests."""

import pytest

from tests.events.conftest import countries


def _found(code, text):
    events, actors = code(text)
    return [(e.type, countries(e.source, actors), e.status) for e in events]


@pytest.mark.parametrize("text, source", [
    ("The Cambodian government is not prepared to give up its claim to the hill shrine.", "KHM"),
    ("Pakistan was not willing to pull its troops back from the glacier, its army chief said.", "PAK"),
])
def test_readiness_to_yield_denied_is_a_refusal(code, text, source):
    found = _found(code, text)
    assert any(t == "REJECT" and source in s and st == "occurred" for t, s, st in found), found
    assert not any(t in ("CONCEDE", "RETREAT") for t, *_ in found), found


def test_readiness_to_yield_told_plainly_is_no_refusal(code):
    found = _found(code, "Pakistan is prepared to pull its troops back from the glacier, its army chief said.")
    assert not any(t == "REJECT" for t, *_ in found), found
