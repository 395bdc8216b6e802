"""The story's dateline as the home of officials and state bodies introduced by a title alone, in sentences written
for these tests."""

from dossier.model import Document
from dossier.pipeline import process

TEXT = ("The Finance Ministry said the budget gap would narrow this year. Finance Minister Karel Voss told reporters "
        "that talks with creditor banks would resume.")


def countries(dateline: str | None, text: str = TEXT, published: str = "1987-03-04") -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline)]))
    return {e.name: e.country for e in result.entities}


def test_officials_and_ministries_take_the_dateline_s_country():
    found = countries("CAIRO")
    assert found["Finance Ministry"] == "EGY"
    assert found["Karel Voss"] == "EGY"


def test_without_a_dateline_they_stay_without_a_country():
    found = countries(None)
    assert found["Finance Ministry"] is None and found["Karel Voss"] is None


def test_a_company_takes_no_country_from_the_dateline():
    found = countries("CAIRO", "Norvale Widgets Inc said its profit rose by a fifth in the quarter.")
    assert found.get("Norvale Widgets Inc") is None


def test_the_country_the_article_is_about_wins_over_the_dateline():
    text = ("Peru and Peru's creditors met again. Peru said the talks went well. "
            "Finance Minister Karel Voss told reporters that talks with creditor banks would resume.")
    assert countries("WASHINGTON", text)["Karel Voss"] == "PER"


def test_a_ticker_suffix_several_exchanges_had_names_the_dateline_s_country():
    text = "Police charged a former clerk of Marden Banking Corp <MRDN.S> with fraud on Monday."
    assert countries("SYDNEY", text)["Marden Banking Corp"] == "AUS"
    assert countries("SINGAPORE", text)["Marden Banking Corp"] == "SGP"
    assert countries("LONDON", text)["Marden Banking Corp"] is None


def events_of(dateline: str | None, text: str, published: str = "1987-03-04"):
    result = next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline)]))
    entities = {e.id: e for e in result.entities}
    return [(e.type, [entities[i].country for i in e.source], [entities[i].country for i in e.target])
            for e in result.events]


def test_a_court_a_one_country_story_leaves_unnamed_is_that_country_s():
    text = "Harold Brenner, the former owner of Lakeside Savings Bank, was convicted of fraud on Monday."
    assert any(source == ["USA"] for _, source, _ in events_of("CINCINNATI", text))
    assert not any(source == ["USA"] for _, source, _ in events_of(None, text))


def cameos(dateline: str | None, text: str, published: str = "1987-03-04") -> dict[str, str | None]:
    result = next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline)]))
    return {e.name: e.cameo for e in result.entities}


def test_a_firm_s_vice_president_is_no_state_official():
    found = cameos("DETROIT", "Halvorsen Toys Inc said its sales rose by a tenth in 1986. At a trade fair this "
                              "month, vice president Morton Keller said the new line sold well.")
    assert found["Morton Keller"] == "USABUS"
    found = cameos("DETROIT", "The union rejected the offer on Monday. UAW vice president Marc Keller said new talks "
                              "were needed.")
    assert not found["Marc Keller"].endswith("GOV")  # the union's officer
    found = cameos("DETROIT", "Kenneth Moss, senior vice president at Halvorsen Toys Inc, said the line sold well.")
    assert found["Kenneth Moss"] == "USABUS"


def test_a_state_s_president_stays_a_state_official():
    assert cameos("CAIRO", "Zambian President Denis Mbemba will chair the meeting, officials said.")["Denis Mbemba"] \
        == "ZMBGOV"
    found = cameos("CAIRO", "The Finance Ministry said the budget gap would narrow. Vice President Karel Voss told "
                            "reporters that talks would resume.")
    assert found["Karel Voss"] == "EGYGOV"


def test_a_dateline_naming_a_city_state_an_older_city_name_or_two_cities():
    assert countries("KUWAIT")["Karel Voss"] == "KWT"  # the state's own name
    assert countries("BAHRAIN")["Karel Voss"] == "BHR"
    assert countries("BASLE")["Karel Voss"] == "CHE"  # Basel, as the wire wrote it in the 1980s
    # the US gives no "minister" (lexicon titles_not_given): its ministry stands for the dateline's state here
    assert countries("DALLAS/FORT WORTH")["Finance Ministry"] == "USA"


def test_a_firm_s_chairman_in_a_firm_s_story_is_its_officer():
    text = "Kestrel Holdings Ltd <KSTL.HK> expects higher profits in 1987, chairman Lee Wai-ming said."
    assert cameos("HONG KONG", text)["Lee Wai-ming"] == "HKGBUS"
    text = "The union rejected the offer on Monday. Its chairman Marc Keller said new talks were needed."
    # no firm leads the story: nobody says whose officer he is, so no business sector; a one-country wire story
    # gives him the dateline's state, as it gives an untitled person named in full
    assert cameos("HONG KONG", text)["Marc Keller"] == "HKG"
