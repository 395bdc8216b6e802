"""A drug or a game of chance made lawful is a rule of trade or health, no concession to a party
(events/data/non_events.yaml "a drug or a game made lawful"); unions or another state's charities made lawful
stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Maine legalized cannabis after Vermont did.",
    "Ontario legalised online betting last year, following Quebec.",
])
def test_a_drug_or_a_game_made_lawful_is_no_concession(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONCEDE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "The junta legalised trade unions in March, a long-standing demand of the opposition.",
    "Beijing legalized the activities of foreign charities after talks with Washington.",
])
def test_unions_or_charities_made_lawful_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONCEDE"], found_acts(events)
