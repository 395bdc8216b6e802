"""Round 83 (titles83): a minister named by portfolio and title alone ("the finance minister") in a wire story whose
dateline names a capital is that capital's state's where the story names no state most but its sentence names no
other state (nor an international body) than those the minister acts on ("said he would meet his Dutch counterpart");
before, such a minister had no side at all. Where the sentence tells of another state or of a body otherwise ("said
Norway would ...", "said OPEC would ..."), nothing changes. Sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def _run(text: str, dateline: str | None):
    return next(process([Document(id="t", source="t", text=text, published="1987-05-12", dateline=dateline)]))


def _office_countries(result, office: str) -> set[str | None]:
    named = {m.entity for m in result.mentions if m.text.lower() == office}
    return {e.country for e in result.entities if e.id in named}


def _sides(result):
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.target])
            for e in result.events]


def test_the_minister_meeting_another_state_s_minister_is_the_dateline_s_state_s():
    result = _run("The finance minister said he would meet his Dutch counterpart in June to talk about the krona.",
                  "STOCKHOLM, May 12")
    assert _office_countries(result, "finance minister") == {"SWE"}
    assert ("CONSULT", ["SWE"], ["NLD"]) in _sides(result)


def test_a_minister_whose_sentence_tells_of_another_state_is_not_moved():
    result = _run("The trade minister said Norway would sell more salmon to the region this summer.",
                  "STOCKHOLM, May 12")
    assert "SWE" not in _office_countries(result, "trade minister")


def test_a_minister_whose_sentence_tells_of_an_international_body_is_not_moved():
    result = _run("The oil minister said OPEC would lift its output ceiling at the summer meeting.", "VIENNA, May 12")
    assert _office_countries(result, "oil minister") == set()
