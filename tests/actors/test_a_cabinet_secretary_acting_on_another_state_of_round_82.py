"""A cabinet office named by portfolio and title with "the" alone ("the trade secretary") in a story whose dateline
names a capital is that capital's state's where its sentence names no state but those it acts on ("said she would
meet Chilean officials"), though the story names another state most: an office does not act on its own state.
Where its sentence names another state otherwise ("said Chile would…"), the story's state stays. Sentences written
for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def _sides(text: str, dateline: str | None):
    result = next(process([Document(id="t", source="t", text=text, published="1988-05-02", dateline=dateline)]))
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.target])
            for e in result.events]


def _office_countries(text: str, dateline: str | None, office: str) -> set[str | None]:
    result = next(process([Document(id="t", source="t", text=text, published="1988-05-02", dateline=dateline)]))
    named = {m.entity for m in result.mentions if m.text.lower() == office}
    return {e.country for e in result.entities if e.id in named}


def test_the_secretary_meeting_another_state_s_officials_is_the_dateline_s_state_s():
    text = ("Chile cut its copper export quota again. The trade secretary said she would meet Chilean officials "
            "in June.")
    assert _office_countries(text, "WASHINGTON", "trade secretary") == {"USA"}


def test_the_meeting_joins_the_two_states():
    text = ("Chile cut its copper export quota again. The trade secretary said she would meet Chilean officials "
            "in June.")
    assert ("CONSULT", ["USA"], ["CHL"]) in _sides(text, "WASHINGTON")


def test_a_secretary_whose_sentence_tells_of_the_story_s_state_is_not_moved():
    text = ("Chile cut its copper export quota again. The trade secretary said Chile would sell more copper "
            "in June.")
    assert "USA" not in _office_countries(text, "WASHINGTON", "trade secretary")
