"""A state's export-import, development or central bank ("the Bank of Italy": "Bank of" and a state's name alone) is
that state's body (kind government), not a firm, and not the state or another bank whose name ends its own, even
with a legal form after it; sentences written for these tests."""

import pytest

from dossier.model import Document
from dossier.pipeline import process


def actors(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    result = next(process([Document(id="t", source="t", text=text, published="2014-09-15")]))
    by_id = {e.id: e for e in result.entities}
    return {m.text: (by_id[m.entity].kind, by_id[m.entity].country, by_id[m.entity].name) for m in result.mentions
            if m.entity in by_id}


def test_an_export_import_bank_named_after_its_state_is_that_state_s_body():
    found = actors("The Export-Import Bank of India will lend 200 million dollars to Ghana for a railway.")
    assert found["Export-Import Bank of India"][:2] == ("government", "IND")


def test_a_state_s_bank_named_with_a_possessive():
    found = actors("South Korea's Export-Import Bank signed a loan accord with Peru on Tuesday.")
    assert found["Export-Import Bank"][:2] == ("government", "KOR")


def test_the_central_bank_s_name_ending_a_longer_name_is_not_the_central_bank():
    found = actors("The Export-Import Bank of Japan agreed to finance a power plant in Chile.")
    assert found["Export-Import Bank of Japan"] == ("government", "JPN", "Export-Import Bank of Japan")
    assert "Bank of Japan" not in found


def test_a_state_named_before_a_known_bank_keeps_the_bank():
    found = actors("The West German Bundesbank and the Bank of Japan bought dollars on Friday.")
    assert found["Bundesbank"][1] == "DEU" and found["Bundesbank"][2] != "Bundesbank"
    assert found["Bank of Japan"] == ("government", "JPN", "Bank of Japan")


def test_a_commercial_bank_stays_a_firm():
    found = actors("Ghana's Cal Bank Ltd signed a loan accord with a Dutch lender on Tuesday.")
    assert found["Cal Bank Ltd"][0] == "company"


def test_a_bank_named_of_a_state_alone_is_its_central_bank():
    found = actors("The Bank of Italy bought lire from Citibank on Monday to steady the currency.")
    assert found["Bank of Italy"][:2] == ("government", "ITA")
    found = actors("Ghana's talks with the Bank of Canada ended on Friday without an accord.")
    assert found["Bank of Canada"][:2] == ("government", "CAN")


def test_a_central_bank_named_by_its_function_is_a_state_body():
    found = actors("Kenya's Central Bank bought dollars from a Dutch lender on Tuesday.")
    assert found["Central Bank"][0] == "government"


def test_a_listed_bank_named_of_a_state_and_a_bank_of_a_city_stay_firms():
    found = actors("The Bank of New Zealand said it lent 30 million dollars to a Samoan builder.")
    assert found["Bank of New Zealand"][:2] == ("company", "NZL")
    found = actors("The Bank of Tokyo said it lent 30 million dollars to a Samoan builder.")
    assert found["Bank of Tokyo"][:2] == ("company", "JPN")


def test_a_central_bank_set_beside_its_noun_stays_the_state_s():
    found = actors("Kenya sold shillings to the Bank of Ghana, the nation's central bank, on Monday.")
    assert found["Bank of Ghana"][:2] == ("government", "GHA")


@pytest.mark.parametrize("text, name", [
    ("Northern Bank of Japan Ltd said it lent 30 million dollars to Chile.", "Northern Bank of Japan Ltd"),
    ("Chile signed for the Kasuga Bank of Japan Ltd's loan of 30 million dollars.", "Kasuga Bank of Japan Ltd"),
])
def test_a_longer_bank_s_name_ending_in_a_legal_form_is_not_the_central_bank(text, name):
    found = actors(text)
    assert "Bank of Japan" not in {v[2] for v in found.values()}
    assert any(v[2] == name and v[0] == "company" for v in found.values())
