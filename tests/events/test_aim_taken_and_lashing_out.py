"""Aim taken at a side, or a lashing out at it, is words (criticism, CAMEO 111) unless a weapon is told with it, when
it is a blow (events/patterns/accuse.yaml and assault.yaml, "take aim", "lash out")."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Senator Maria Ostrowski took aim at Beijing on Wednesday over its fishing fleet.",
    "The Brazilian president took aim at the International Monetary Fund in a long radio address.",
    "Chancellor Otto Brenner lashed out at Moscow over the gas cut-off.",
    "The Kenyan foreign minister lashed out at Uganda on Friday.",
])
def test_aim_taken_in_words_is_criticism(code, text):
    events, _ = code(text)
    assert ("ACCUSE", "111") in {(e.type, e.cameo) for e in events}, _found(events)
    assert "ASSAULT" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Syrian soldiers took aim at the Turkish patrol with mortars near the border.",
    "Militiamen took aim with rifles at the Malian army post.",
    "Belarusian riot police lashed out at the marchers with batons in Minsk.",
])
def test_aim_taken_with_a_weapon_is_a_blow(code, text):
    events, _ = code(text)
    assert "ASSAULT" in {e.type for e in events}, _found(events)
    assert "ACCUSE" not in {e.type for e in events}, _found(events)


def test_the_target_of_words_is_read_after_at(code):
    events, actors = code("Chancellor Otto Brenner lashed out at Poland over the border dispute.")
    accusation = next(e for e in events if e.type == "ACCUSE")
    assert "Poland" in {actors[t].name for t in accusation.target if t in actors}, _found(events)
