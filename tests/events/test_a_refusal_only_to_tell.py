"""A refusal only to tell ("declined to describe the weapons", "refused to give any details", "declined to discuss
the terms") is a source's silence, no rejection of a party's demand (events/no_event.py `_nothing_told`; lexicon
withheld_telling, withheld_nouns; round 82, pagenoise82). A refusal told to a party, or of another act, stays.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    "Captain Ruiz of the Lima police declined to describe the weapons in any detail but said they were new.",
    "The Peruvian interior minister declined to discuss the cost of the new prison on Friday.",
    "The Indian army refused on Monday to give any details about the operation near Srinagar.",
])
def test_a_refusal_only_to_tell_is_no_rejection(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


@pytest.mark.parametrize("text, source, target", [
    ("Poland refused to give Germany the files on the pipeline project.", "Poland", "Germany"),
    ("Peru's foreign minister refused to discuss the border dispute with Chile.", None, "Chile"),
    ("Ecuador refused to extradite the banker to Venezuela.", "Ecuador", "Venezuela"),
])
def test_a_refusal_told_to_a_party_stays(code, text, source, target):
    events, actors = code(text)
    found = [e for e in events if e.type == "REJECT" and target in names(e.target, actors)]
    assert found, found_acts(events)
    assert source is None or source in names(found[0].source, actors)
