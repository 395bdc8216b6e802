"""A state body named by its function alone ("the foreign ministry") in a story whose dateline names a capital is
that capital's state's where its sentence names no other state but the ones it acts on: the object of its verb, or
of a clause under it whose subject is a pronoun ("said it would summon the Ruritanian envoy"). A body does not act
on its own state, so the state it summons or protests to is not its owner, however often the story names that
state. Sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def _countries(text: str, dateline: str | None) -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published="1988-05-02", dateline=dateline)]))
    return {e.name.lower(): e.country for e in result.entities}


def _events(text: str, dateline: str | None):
    result = next(process([Document(id="t", source="t", text=text, published="1988-05-02", dateline=dateline)]))
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.target])
            for e in result.events]


def test_a_ministry_summoning_another_state_s_envoy_is_the_dateline_s_state_s():
    text = ("The foreign ministry said it would summon the Japanese ambassador about the trawler seizures. "
            "Japan rejected the complaint on Friday.")
    assert _countries(text, "MANILA")["foreign ministry"] == "PHL"


def test_the_event_then_joins_the_two_states():
    text = ("The foreign ministry said it would summon the Japanese ambassador about the trawler seizures. "
            "Japan rejected the complaint on Friday.")
    assert any(source == ["PHL"] and target == ["JPN"] for _, source, target in _events(text, "MANILA"))


def test_a_ministry_whose_sentence_names_another_state_as_speaker_keeps_the_story_s_state():
    text = ("Japan will raise rice prices, the agriculture ministry said. Japan's growers welcomed the step. "
            "The agriculture ministry said Japan would buy less grain.")
    assert _countries(text, "MANILA")["agriculture ministry"] == "JPN"


def test_a_ministry_acting_on_its_state_s_firms_is_left_to_the_story_s_state():
    text = ("Japan's chip exports fell again. Japan expects a rebound. "
            "The trade ministry asked Japanese chip makers to cut output.")
    assert _countries(text, "MANILA")["trade ministry"] == "JPN"


def test_without_a_dateline_the_story_s_state_stays():
    text = ("The foreign ministry said it would summon the Japanese ambassador about the trawler seizures. "
            "Japan rejected the complaint on Friday.")
    assert _countries(text, None)["foreign ministry"] != "PHL"
