"""Names as a news wire writes them, in sentences written for these tests: firms between angle brackets, officials
introduced by a portfolio title ("Agriculture Secretary X")."""

import pytest

from dossier.model import Document
from dossier.pipeline import process


def entities(text: str, dateline: str | None = None, published: str = "1987-03-04") -> dict[str, tuple]:
    result = next(process([Document(id="t", source="t", text=text, published=published, dateline=dateline)]))
    return {e.name: (e.country, e.kind) for e in result.entities}


def test_a_bracketed_firm_is_one_name_and_takes_the_country_of_its_of_phrase():
    found = entities("<Norvale Widget Co> of the United States signed a supply contract with a Danish buyer.")
    assert found["Norvale Widget Co"] == ("USA", "company")


def test_a_bracketed_firm_takes_the_demonym_of_the_noun_before_it():
    found = entities("Tessaro Spa said it had ended its talks with Portuguese textiles company <Corvelo SA>.")
    assert "Corvelo SA" in found and "Corvelo SA>" not in found
    assert found["Corvelo SA"][0] == "PRT"


def test_a_one_word_ticker_in_brackets_is_no_new_name():
    found = entities("Norvale Widget Co <NWC> said its profit rose by a fifth in the quarter.")
    assert "NWC" not in found


def test_a_ticker_after_a_listed_firm_is_that_firm_not_a_name_of_its_own():
    found = entities("Nippon Steel Corp <NSTC.T> denied a report that it planned to buy a stake in a Korean steel "
                     "maker.", "TOKYO")
    assert "NSTC.T" not in found and found["Nippon Steel Corp"] == ("JPN", "company")


def test_a_portfolio_title_makes_a_state_official():
    text = ("The Soviet Union has asked for more wheat, grain traders said. An aide to Agriculture Secretary Karel Voss "
            "said no offer was being prepared.")
    assert entities(text, "WASHINGTON")["Karel Voss"][0] == "USA"  # the story's dateline, not the state named first


def test_a_title_only_one_state_has_gives_its_holder_that_state():
    text = ("Brazil wants new loans, and Brazil's banks agree. Its finance minister met Chancellor of the Exchequer "
            "Marten Hollis in Rio.")
    found = entities(text, "RIO DE JANEIRO")
    assert found["Marten Hollis"][0] == "GBR"  # the title's state, not the story's


def test_a_bare_title_before_a_portfolio_is_not_the_us_office():
    text = "Secretary of State for Transport Marten Hollis said the rail strike must end. Unions refused."
    found = entities(text, "LONDON")
    assert not any(name.lower().endswith("secretary of state") and country == "USA"
                   for name, (country, _) in found.items())


def test_an_office_with_its_country_before_a_name_is_still_read():
    found = entities("President of the United States Ronald Reagan met Japanese officials in Tokyo.", "TOKYO")
    assert found["Ronald Reagan"][0] == "USA"


def test_a_firm_of_a_one_country_wire_story_takes_the_dateline_s_country():
    text = "Harwell Tooling said it won an order for drills. Harwell Tooling shares rose on the news."
    assert entities(text, "CLEVELAND")["Harwell Tooling"][0] == "USA"


def test_a_firm_of_a_story_naming_another_state_takes_none_from_the_dateline():
    text = "Harwell Tooling said it won an order for drills from Brazil. Harwell Tooling shares rose on the news."
    assert entities(text, "CLEVELAND")["Harwell Tooling"][0] is None


def test_an_international_body_takes_no_country_from_the_dateline():
    text = "The International Drill Makers Association said orders for drills fell. Members were worried."
    found = entities(text, "CLEVELAND")
    assert all(country is None for name, (country, _) in found.items() if "International" in name)


def test_a_dotted_legal_form_rules_out_the_dateline_s_country():
    text = "Harwell Tooling and Kessler A.G. said they would build drills together. Harwell shares rose."
    found = entities(text, "CLEVELAND")
    assert found["Harwell Tooling"][0] == "USA" and found["Kessler A.G."][0] is None  # AG: German, Swiss, Austrian


def test_an_agent_of_a_one_country_wire_story_takes_the_dateline_s_country():
    text = "Harwell Tooling said its workers accepted a new contract. Harwell shares rose."
    assert entities(text, "CLEVELAND")["American labour"][0] == "USA"
    text = "Harwell Tooling said its workers in Mexico accepted a new contract. Harwell shares rose."
    assert not any(name.endswith("labour") and country == "USA"
                   for name, (country, _) in entities(text, "CLEVELAND").items())



ISSUE = ("Harwell Tooling said it would sell a 60 mln franc five-year notes issue at par through lead manager Alder Bank. "
         "Harwell Tooling shares rose.")


def test_a_borrower_on_the_dateline_s_bond_market_takes_no_country_from_it():
    assert entities(ISSUE, "ZURICH")["Harwell Tooling"][0] is None  # the market's city, not the borrower's home


def test_a_borrower_in_a_city_that_is_no_issue_market_keeps_the_dateline_s_country():
    assert entities(ISSUE, "CLEVELAND")["Harwell Tooling"][0] == "USA"
    assert entities(ISSUE, "PARIS")["Harwell Tooling"][0] == "FRA"


def test_a_state_body_in_a_bond_market_story_keeps_the_dateline_s_country():
    text = "The Finance Ministry is selling a 60 mln franc bond issue at par, lead manager Alder Bank said."
    assert entities(text, "ZURICH")["Finance Ministry"][0] == "CHE"


def test_an_official_listed_beside_a_known_leader_of_the_only_state_named_is_of_that_state():
    text = ("The visiting trade envoy held talks with Prime Minister Yasuhiro Nakasone, Trade Minister Hajime Tamaru "
            "and several senior officials on Monday. The envoy said the talks were frank.")
    assert entities(text)["Hajime Tamaru"][0] == "JPN"


def test_an_official_beside_a_counterpart_of_another_state_stays_the_other_state_s():
    text = ("In Prague on Friday, Secretary of State George Shultz and Foreign Minister Karel Voss put their names to the treaty. "
            "Czechoslovakia welcomed it.")
    found = entities(text)
    assert found["George Shultz"][0] == "USA" and found["Karel Voss"][0] == "CSK"


@pytest.mark.parametrize("ticker, state", [("ROK", "KOR"), ("UK", "GBR"), ("CAN", "CAN")])
def test_a_ticker_spelling_a_state_is_the_firm_not_the_state(ticker, state):
    """Firms._tickers: one word in capitals between the wire's angle brackets is a firm's symbol, whatever its letters
    spell; the state gives no country to the story's other actors."""
    text = (f"Harlow Devices Inc <{ticker}> said the Navy had picked it to build radar parts. Judge Ona "
            "Pell ruled the deal lawful.")
    found = entities(text)
    assert not any(country == state for name, (country, kind) in found.items() if name != "Harlow Devices Inc"), found
    assert found["Harlow Devices Inc"][1] == "company"
