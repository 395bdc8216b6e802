"""An act whose chance is weighed ("the chances of Kenya and Somalia signing an accord are slim") is not done, and
a work that joins two places ("a pipeline linking the port with the refinery") is no tie between parties
(events/data/non_events.yaml "the chance of an act weighed", "a work that joins two places"). An act done, and an
accord to link two states' works, stay."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The chances of Kenya and Somalia signing a border accord this year are slim, diplomats said.",
    "The prospects of the coffee producers reaching a deal with Brazil before June look poor, traders said.",
    "The project consists of a pipeline linking Veracruz on the Gulf coast with Acapulco on the Pacific.",
    "A new bridge that connects Laos with Thailand opened on Monday.",
])
def test_no_accord_is_made(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Kenya signed the accord with Somalia, raising the chances of peace.",
    "Egypt and Sudan agreed to link their power grids.",
])
def test_an_accord_made_stays(code, text):
    events, _ = code(text)
    assert "AGREE" in {e.type for e in events}, _found(events)
