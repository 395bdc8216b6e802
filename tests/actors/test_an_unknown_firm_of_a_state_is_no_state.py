"""A firm no dictionary knows, named with "of" and a state's name after a company's noun or legal form ("Kestrel
Bank of South Africa", "Tamberlane Corp of Canada Ltd"), is one firm of that state, not the state itself: its acts are
a firm's, and "the government" it urges is its state's government, a party apart from it. A state body's name of
that form stays the state's body ("the Central Bank of Kuwait"); a known name inside stays the known one ("the Bank
of Japan"); a city is no state ("First Harbour Bank of Chicago")."""

from tests.actors.conftest import mention_countries


def test_a_bank_of_a_state_urges_its_government(story):
    found = story("Kestrel Bank of South Africa urged the government to cut spending.")
    firm = [e for e in found.entities if e.name == "Kestrel Bank of South Africa"]
    assert firm and firm[0].country == "ZAF" and firm[0].kind == "company"
    event = next(e for e in found.events if e.type == "REQUEST")
    assert event.source == [firm[0].id]
    assert event.target and event.target != event.source


def test_a_corporation_of_a_state(story):
    found = story("Tamberlane Corp of Canada accused Mexico on Tuesday of dumping steel pipe.")
    firm = [e for e in found.entities if e.name == "Tamberlane Corp of Canada"]
    assert firm and firm[0].country == "CAN" and firm[0].kind == "company"


def test_a_commercial_bank_of_a_state_with_the(story):
    found = story("The Commercial Bank of Arcadia said on Monday that Greece had cut its credit lines.")
    firm = [e for e in found.entities if e.name.startswith("Commercial Bank of")]
    assert not firm or firm[0].kind == "company"
    found = story("The Merchant Bank of Greece said on Monday it would open two branches in Turkey.")
    firm = [e for e in found.entities if e.name == "Merchant Bank of Greece"]
    assert firm and firm[0].country == "GRC" and firm[0].kind == "company"


def test_a_state_s_central_bank_stays_a_state_body(story):
    found = story("The Central Bank of Kuwait said on Sunday it would cut its lending rates.")
    bank = [e for e in found.entities if e.name == "Central Bank of Kuwait"]
    assert bank and bank[0].country == "KWT" and bank[0].kind == "government"


def test_a_known_bank_stays_known(story):
    found = story("The Bank of Japan bought dollars in Tokyo on Monday, dealers said.")
    assert mention_countries(found, "bank of japan") == {"JPN"}
    assert any(e.name == "Bank of Japan" and e.known for e in found.entities)


def test_a_city_s_bank_is_no_state_s(story):
    found = story("First Harbour Bank of Chicago said it would raise its prime rate.")
    assert not any(e.type == "ORG" and e.country and e.country != "USA" for e in found.entities)
