"""The audience a statement is told to ("told reporters", "told a conference of bankers", "told parliament") hears
it and is no party to the act it reports, nor the one a "told … that X should" request is made of
(events/roles/no_party.py `audience`, data/no_party.yaml `audiences`). Sentences written here."""

from __future__ import annotations

from tests.events.conftest import names


def test_a_request_told_to_a_conference_is_of_the_clause_s_doer(code):
    events, actors = code("The Treasury official told the Euromoney conference that creditor banks should offer "
                          "new loans to Brazil.")
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests and all("Euromoney" not in names(e.target, actors) for e in requests)


def test_a_conference_of_bankers_told_of_a_plan_is_not_asked_anything(code):
    events, actors = code("The British minister told a conference of bankers that loans to Brazil should be "
                          "rescheduled.")
    assert not any(e.target for e in events if e.type == "REQUEST")


def test_must_not_a_state_told_what_it_must_do_loses_its_part(code):
    events, actors = code("Britain told Iran on Monday that it must free the hostages.")
    event = next(e for e in events if e.type == "REQUEST")
    assert {actors[i].country for i in event.target} == {"IRN"}


def test_an_audience_the_parser_gave_a_relative_clause_is_no_party_of_the_act_told(code):
    # the parser reads "that" as a relative pronoun on the bankers and as the object of "agreed"
    events, actors = code("He told a gathering of Japanese bankers that Britain had agreed with France to cut "
                          "interest rates.")
    event = next(e for e in events if e.type == "AGREE")
    assert {actors[i].country for i in event.target} == {"FRA"}, names(event.target, actors)


def test_a_relative_that_on_a_party_still_names_it(code):
    events, actors = code("Kenya rejected the offer that Uganda made last week.")
    event = next(e for e in events if e.type == "REJECT")
    assert {actors[i].country for i in event.target} == {"UGA"}
