"""News outlets named beside a media noun ("the daily X", "X news agency") are organisations, never people; a
continent's name stays a side (CAMEO codes regions: "Europe criticised Iran" is EUR's act); in sentences written for
these tests."""

from dossier.model import Document
from dossier.pipeline import process


def story(text: str, dateline: str | None = None):
    result = next(process([Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline)]))
    return result, {e.name: e for e in result.entities}


def test_a_name_after_daily_or_weekly_is_an_outlet_not_a_person():
    _, found = story("The daily Zorkin accused Portugal of spying on Tuesday. Mr Abbot accused Chile of lying, "
                     "the weekly Pelmov reported.")
    for name in ("Zorkin", "Pelmov"):
        assert found[name].type == "ORG" and found[name].kind == "organisation", found[name]


def test_a_name_before_news_agency_is_an_outlet_not_a_person():
    _, found = story("The Kelsa news agency said Iraq shelled a border town on Monday.")
    assert found["Kelsa"].type == "ORG"


def test_an_outlet_of_a_story_about_one_country_is_of_that_country():
    # as other organisations: the press a wire quotes in a story about one state is mostly that state's
    _, found = story("Chile rejected the plan on Monday. The daily Tarvik accused Chile of lying on Tuesday.")
    assert found["Tarvik"].type == "ORG" and found["Tarvik"].country == "CHL"
    assert found["Tarvik"].cameo == "CHLMED"


def test_an_outlet_takes_the_country_its_own_words_give():
    _, found = story("The Soviet daily Zorkin accused Japan of spying on Tuesday.")
    assert found["Zorkin"].country == "SUN" and found["Zorkin"].cameo == "SUNMED"


def test_a_person_with_a_title_beside_no_media_noun_stays_a_person():
    _, found = story("Mr Zorkin accused Portugal of spying on Tuesday, the Abbot newspaper said.")
    assert found["Zorkin"].type == "PERSON"


def sides(text: str) -> list[tuple[list[str], list[str]]]:
    result, _ = story(text)
    names = {e.id: e.name for e in result.entities}
    return [([names[i] for i in e.source], [names[i] for i in e.target]) for e in result.events]


def test_the_european_community_is_still_a_side():
    found = sides("The European Community accused Japan of dumping steel on Tuesday.")
    assert (["European Community"], ["Japan"]) in found


def test_an_outlet_of_a_one_country_wire_story_takes_its_dateline_s_country():
    text = "A poll by the weekly Tarvik said most voters backed the mayor. The weekly Tarvik also said rents rose."
    assert story(text, "CAIRO")[1]["Tarvik"].country == "EGY"
    assert story(text)[1]["Tarvik"].country is None
