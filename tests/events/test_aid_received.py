"""Aid received is aid given: "X received/obtained/got aid (a loan, credits) from Y" is Y's aid to X, and a sum of
money "in aid" ("300 mln dlrs in military aid") is aid wherever the parser hangs the "in" phrase. A sum in orders or
sales received is business, and a visitor received is a host's act."""

from __future__ import annotations

from tests.events.conftest import names


def _aid(events):
    return [e for e in events if e.type == "AID"]


def test_a_sum_received_in_aid_is_aid_to_the_receiver(code):
    events, actors = code("Kenya received 300 mln dlrs in aid from Japan last year.", "2020-02-01")
    (aid,) = _aid(events)
    assert names(aid.target, actors) == {"Kenya"} and names(aid.source, actors) == {"Japan"}


def test_a_loan_obtained_from_a_state_is_its_aid(code):
    events, actors = code("Bolivia obtained a loan of 80 million dollars from Brazil in March.", "2020-05-01")
    (aid,) = _aid(events)
    assert names(aid.source, actors) == {"Brazil"} and names(aid.target, actors) == {"Bolivia"}


def test_aid_to_be_received_is_planned(code):
    events, actors = code("Ghana will get 40 mln dlrs in food aid next year, the minister said.",
                          "2020-05-01")
    (aid,) = _aid(events)
    assert names(aid.target, actors) == {"Ghana"} and aid.status == "planned"


def test_a_sum_given_in_loans_is_aid(code):
    events, actors = code("Japan will provide 300 mln dlrs in loans to Kenya.", "2020-05-01")
    (aid,) = _aid(events)
    assert names(aid.source, actors) == {"Japan"}


def test_a_sum_received_in_orders_is_no_aid(code):
    events, _ = code("The Lima shipyard received 40 mln dlrs in orders from Chile.", "2020-05-01")
    assert not _aid(events)


def test_a_visitor_received_is_no_aid(code):
    events, _ = code("President Ruto received Japan's foreign minister in Nairobi on Monday.", "2020-05-01")
    assert not _aid(events)


def test_a_loan_obtained_from_a_lender_named_on_the_loan_is_the_lender_s(code):
    # round 38: "from Y" on the loan names the giver, not people received
    events, actors = code("Ecuador obtained a loan from the Inter-American Development Bank in June.", "2020-07-01")
    (aid,) = _aid(events)
    assert names(aid.target, actors) == {"Ecuador"}
    assert "Ecuador" not in names(aid.source, actors) and aid.source


def test_a_loan_secured_that_names_its_lender_before_it(code):
    events, actors = code("Zambia secured a Chinese loan for its copper railway.", "2020-07-01")
    (aid,) = _aid(events)
    assert {actors[i].country for i in aid.source} == {"CHN"} and names(aid.target, actors) == {"Zambia"}


def test_one_s_own_loan_names_no_lender(code, rules_only):
    # must-not: "its" is the receiver's own word, no giver
    events, actors = code("Zambia received its first loan in June.", "2020-07-01")
    (aid,) = _aid(events)
    assert "Zambia" not in names(aid.source, actors) and names(aid.target, actors) == {"Zambia"}


def test_an_inquiry_received_is_the_inquirer_s_act(code):
    # must-not: an act undergone ("received an inquiry from Y", accuse.yaml) is turned once, by sides.undergone:
    # Y inquires into the receiver, not the other way round
    events, actors = code("Kenya received an inquiry from the European Commission about its dairy subsidies.",
                          "2020-07-01")
    (inquiry,) = [e for e in events if e.type == "ACCUSE"]
    assert names(inquiry.source, actors) == {"European Commission"} and names(inquiry.target, actors) == {"Kenya"}
