"""A people's, faith's or creed's word of no one state before the noun of its fighters, protesters or people
("Tamil guerrillas", "Sikh militants", "Druze gunmen", "Catholic protesters") names a generic agent of that noun,
of the state where the story places it (as the Phoenix dictionaries code such groups by their state), not an actor
named by the word alone, however the tagger reads the word (a person, an organisation, nothing). A state's demonym
before the noun still gives its own state. Sentences written for these tests."""

import pytest

from dossier.model import Document
from dossier.pipeline import process


def _events(text: str, dateline: str):
    result = next(process([Document(id="t", source="t", text=text, published="1991-09-10", dateline=dateline)]))
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.source + e.target],
             [entities[i].cameo for i in e.source]) for e in result.events]


@pytest.mark.parametrize("dateline, text, state", [
    ("COLOMBO", "Tamil guerrillas killed 14 soldiers in an ambush on a jungle road, the defence ministry said.", "LKA"),
    ("AMRITSAR", "Sikh militants shot dead three policemen at a checkpoint, the police said.", "IND"),
    ("BEIRUT", "Druze gunmen fired rockets at an army convoy in the hills, security sources said.", "LBN"),
])
def test_a_people_s_fighters_are_rebels_of_the_story_s_state(dateline, text, state):
    events = _events(text, dateline)
    assert any(t == "ASSAULT" and s == [state] and c == [f"{state}REB"] for t, s, _, c in events), events


def test_a_faith_s_protesters_are_the_story_s_opposition():
    events = _events("More than 700 Catholic protesters rallied outside the town hall against the new parade route.",
                     "BELFAST")
    assert [(t, s) for t, s, _, _ in events if t == "PROTEST"] == [("PROTEST", ["GBR"])], events


def test_a_state_s_demonym_still_gives_its_state():
    events = _events("Iraqi troops shelled Kurdish villages near the border, Turkish officials said.", "ANKARA")
    assert any(t == "ASSAULT" and s == ["IRQ"] for t, s, _, _ in events), events
