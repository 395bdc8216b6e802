"""Round 83 (titles83): "the minister" with no portfolio and "the central bank governor" (the head of a body every
state has one of) are read as "the finance minister" is: the story's state where it says so twice (a dateline's state
the story is about, or a page's lede state it names most). Not where the story named such a title before (its holder
is meant, read by the events stage), not with another word ("the minister of the parish"), not in a story of a state
that gives no minister. Sentences written for these tests."""

from dossier.model import Document
from dossier.pipeline import process


def _run(text: str, dateline: str | None = None, published: str = "1987-05-12"):
    return next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline)]))


def _office_countries(result, office: str) -> set[str | None]:
    named = {m.entity for m in result.mentions if m.text.lower() == office}
    return {e.country for e in result.entities if e.id in named}


def _sources(result) -> list[tuple[str, list[str | None]]]:
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source]) for e in result.events]


def test_the_minister_of_a_story_of_the_dateline_s_state():
    result = _run("Sweden will cut its excise on diesel in the autumn, officials said. The minister said he would "
                  "urge Finland to follow.", "STOCKHOLM, May 12")
    assert _office_countries(result, "minister") == {"SWE"}
    assert ("REQUEST", ["SWE"]) in _sources(result)


def test_the_central_bank_governor_of_a_story_of_the_dateline_s_state():
    result = _run("Sweden will cut its excise on diesel in the autumn, officials said. The central bank governor "
                  "urged Finland to tighten credit.", "STOCKHOLM, May 12")
    assert _office_countries(result, "central bank governor") == {"SWE"}


def test_the_minister_of_a_page_s_one_state():
    result = _run("Latvia will raise its tobacco duty next year, Latvian officials said. Latvia also froze wages. The "
                  "minister said the duty would pay for new clinics.", published="2020-02-11")
    assert _office_countries(result, "minister") == {"LVA"}


def test_a_minister_named_before_is_left_to_the_named_one():
    result = _run("Swedish Trade Minister Lars Ekholm met Finnish officials on Monday. The minister said he would "
                  "urge Finland to buy more steel.", "STOCKHOLM, May 12")
    assert not any(m.text.lower() == "minister" for m in result.mentions)
    assert ("REQUEST", ["SWE"]) in _sources(result)


def test_a_minister_of_another_body_or_of_a_state_without_ministers():
    church = _run("The minister of the parish said the bells would ring again in May.", "STOCKHOLM, May 12")
    assert not any(e.country == "SWE" and e.kind == "government" for e in church.entities)
    american = _run("The minister said the United States would buy less wheat this year.", "WASHINGTON, May 12")
    assert _office_countries(american, "minister") == set()
