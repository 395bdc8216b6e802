"""A noun act that is a light verb's object takes its target from the verb's phrase of the entry's prepositions, where
the parser hangs it there ("has extended two loans to Nepal totalling …": "to Nepal" on "extended";
roles.reading._light_verb_phrases); an international lender's loan so told, or approved under "is expected to", is kept
against the type model (coder._lent_to_a_state through `_told_by_its_doer`'s light verb and open complement)."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, lender, borrower, status", [
    ("The Asian Development Bank said it had extended two loans to Nepal totalling 210 mln dlrs, for projects in "
     "its farm sector.", "Asian Development Bank", "Nepal", "occurred"),
    ("The African Development Bank said it has extended a 40 mln dlr loan to Ghana.", "African Development Bank",
     "Ghana", "occurred"),
    ("The Inter-American Development Bank is expected to approve a 90 mln dlr loan for Bolivia at a board meeting "
     "on Friday.", "Inter-American Development Bank", "Bolivia", "planned"),
])
def test_a_loan_extended_to_a_state_is_economic_aid(code, text, lender, borrower, status):
    events, actors = code(text)
    aid = [e for e in events if e.type == "AID" and e.cameo == "071"]
    assert len(aid) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert lender in names(aid[0].source, actors) and borrower in names(aid[0].target, actors)
    assert aid[0].status == status


def test_a_warning_issued_to_a_state(code):
    events, actors = code("Iran issued a warning to Kuwait on Monday.")
    warnings = [e for e in events if e.type == "THREATEN"]
    assert len(warnings) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert "Kuwait" in names(warnings[0].target, actors)


@pytest.mark.parametrize("text", [
    "The bank extended a loan to the airline.",
    "Chile extended its fishing limits to 200 miles.",
    "The firm extended the offer to March 30.",
    # the light verb's subject a thing: a bill's concessions, which lawmakers argue about
    "Several lawmakers argued the new farm bill made too many concessions to the president.",
])
def test_no_party_on_the_light_verb_s_phrase(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.cameo, e.trigger) for e in events]
    assert not [e for e in events if e.target], [(e.type, e.cameo, e.trigger, e.target) for e in events]


def test_a_loan_only_spoken_of_as_possible(code):
    # a gerund under a gerund under "the possibility of" (status._among_options): the loan is not told as given
    events, actors = code("Tanaka, commenting on the possibility of resuming extending new loans to Hanoi, said an "
                          "accord was needed first.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(e.status == "hypothetical" for e in aid), [(e.type, e.trigger, e.status) for e in events]
