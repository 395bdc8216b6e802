"""A state body a wire names by its function in lower case ("the finance ministry") is the body its capitalised name
is, given its state the same way; "treasury" of "treasury bills" stays no actor. Sentences written for these tests."""

from tests.actors.conftest import mention_countries


def test_a_ministry_in_lower_case_is_the_dateline_state_s(story):
    found = story("Ghana's lenders said the finance ministry urged them to reschedule debts owed by Ghana.",
                  dateline="ACCRA")
    assert mention_countries(found, "finance ministry") == {"GHA"}


def test_the_ministry_in_lower_case_and_capitalised_is_one_body(story):
    found = story("The Finance Ministry said Ghana would pay. Later the finance ministry said Ghana had paid.",
                  dateline="ACCRA")
    ids = {m.entity for m in found.mentions if m.text.lower() == "finance ministry"}
    assert len(ids) == 1


def test_a_ministry_of_a_function_in_lower_case(story):
    found = story("An official said the ministry of trade would curb imports into Indonesia.", dateline="JAKARTA")
    assert mention_countries(found, "ministry of trade") == {"IDN"}


def test_treasury_bills_name_no_body(story):
    found = story("Canada will sell 600 mln dlrs of treasury bills at next week's auction.", dateline="OTTAWA")
    assert not any(m.text.lower() == "treasury" for m in found.mentions)
