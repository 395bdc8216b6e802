"""Wire copy often drops a dotted abbreviation's last stop ("U.S" for "U.S.", "U.K" for "U.K."); the state's name
so written still names it, as subject of an act, as a modifier of a generic agent and joined with another state.
Sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def _events(text: str):
    result = next(process([Document(id="t", source="t", text=text, published="1987-06-02")]))
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.target])
            for e in result.events]


def test_the_state_as_subject_without_its_last_stop():
    assert ("ACCUSE", ["USA"], ["LBY"]) in _events("The U.S blamed Libya for the bombing of the embassy annex.")


def test_a_generic_agent_of_the_state_without_its_last_stop():
    events = _events("A U.S destroyer shelled two Syrian radar posts near the coast on Sunday.")
    assert any(t == "ASSAULT" and s == ["USA"] and o == ["SYR"] for t, s, o in events), events


def test_two_states_joined_one_without_its_last_stop():
    events = _events("The U.K and Norway asked Iceland to reopen the fishing grounds.")
    assert any(t == "REQUEST" and sorted(s) == ["GBR", "NOR"] and o == ["ISL"] for t, s, o in events), events


def test_the_full_spelling_still_names_the_state():
    assert ("ACCUSE", ["USA"], ["LBY"]) in _events("The U.S. blamed Libya for the bombing of the embassy annex.")
