"""An official introduced by a title alone whom a state's news medium quotes ("IRNA quoted Oil Minister X as saying",
"Minister X was quoted by Xinhua") is that medium's state's (officials.py `_quoting_medium`), though the story names
another state more: a state's agency names its own officials by title alone. A demonym still comes first, and a
quoting party that is no medium gives no state. Sentences and names written for these tests."""

from __future__ import annotations

import pytest


def _country(result, name: str) -> str | None:
    found = [e.country for e in result.entities if e.name == name]
    assert len(found) == 1, [(e.id, e.name) for e in result.entities]
    return found[0]


@pytest.mark.parametrize("text, name, country", [
    ("The Soviet Union agreed to sell Iran refined products, Moscow radio said. IRNA quoted Oil Minister Bahram "
     "Tavakoli as saying the deal with the Soviet Union was signed in Moscow. The Soviet Union will ship the fuel by "
     "rail.", "Bahram Tavakoli", "IRN"),
    ("Trade Minister Lin Dawei was quoted by Xinhua as saying that Japan and the United States should cut their "
     "tariffs. Japan and the United States have argued for months.", "Lin Dawei", "CHN"),
])
def test_a_state_s_medium_quotes_its_own_official(story, text, name, country):
    assert _country(story(text, published="1987-10-19"), name) == country


@pytest.mark.parametrize("text, name, country", [
    ("IRNA quoted Soviet Oil Minister Pavel Ostrov as saying the Soviet Union would ship the fuel. The Soviet Union "
     "and Iran signed the deal in Moscow.", "Pavel Ostrov", "SUN"),
])
def test_a_demonym_still_comes_first(story, text, name, country):
    assert _country(story(text, published="1987-10-19"), name) == country


def test_a_quoting_party_that_is_no_medium_gives_no_state(story):
    text = ("Diplomats quoted Oil Minister Bahram Tavakoli as saying the deal with the Soviet Union was signed in "
            "Moscow. The Soviet Union will ship the fuel by rail, and Iran will pay in crude.")
    assert _country(story(text, published="1987-10-19"), "Bahram Tavakoli") != "IRN"
