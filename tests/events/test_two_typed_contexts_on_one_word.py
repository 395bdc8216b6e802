"""Two typed contexts of non-events on one word each apply to their own types (events/matching.py
`TriggerMatcher._non_events`): "defend our access to the Chinese market" is both help to a market (AID only) and one's
own stake defended (SUPPORT and AID); the first no longer hides the second, so the word is no support either.
One's own stake (a pronoun's: "our access", "its share", "their rights") defended is no support of the market or of
the state it lies in (data/non_events.yaml "one's own stake defended"); another's right or an accord defended stays."""

from __future__ import annotations

import pytest


def _types(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events]


def test_both_typed_contexts_are_kept_on_the_word(nlp):
    matcher = nlp.get_pipe("dossier_events").coder.matcher
    doc = nlp("We will defend our access to the Chinese market with every tool we have, the minister said.")
    i = next(t.i for t in doc if t.lower_ == "defend")
    names = [c.name for c in matcher._non_events(doc).get(i, [])]
    assert "help to a market" in names and "one's own stake defended" in names, names


@pytest.mark.parametrize("text, trigger", [
    ("Thailand's trade minister said the levy left Bangkok no option but to defend its access to the Japanese market.",
     "defend"),
    ('"We will defend our access to the Chinese market with every tool we have," the Australian trade minister said.',
     "defend"),
    ("Indonesia will defend its share of the palm oil market in Europe, the trade minister said.", "defend"),
    ("The growers vowed to protect their trade rights against the new quotas, their federation said.", "protect"),
])
def test_ones_own_stake_defended_is_no_support(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger and e.type in ("SUPPORT", "AID")], _types(events)


def test_an_accord_defended_stays_support(code):
    # must-not: a defended accord with another state has no pronoun's stake
    events, _ = code("Kenya will defend the border accord with Ethiopia, the foreign minister said.")
    assert ("SUPPORT", "defend") in _types(events), _types(events)
