"""A state's act of words with an international body of states, and a government's with its lenders named as banks or
creditors, stay where the type model, reading debts and sums, takes the sentence for no event
(coder._with_a_body_of_states, coder._with_its_lenders): the Fund's head urging a state, a Bank team's visit, an
accord with the Paris Club or with a bank advisory committee. A firm's deal with its own lenders stays out."""

from __future__ import annotations

from tests.events.conftest import countries, found_acts, names


def _of(events, ptype):
    return [e for e in events if e.type == ptype]


def test_the_fund_s_head_will_urge_a_state(code):
    events, actors = code("The finance ministry's spokesman said IMF chief Michel Camdessus would ask Kuwait, owed 600 "
                          "mln dlrs by Yemen, to lend Sanaa a further 200 mln dlrs.")
    asked = _of(events, "REQUEST")
    assert asked and names(asked[0].source, actors) & {"Michel Camdessus", "International Monetary Fund"} \
        and countries(asked[0].target, actors) == {"KWT"}, found_acts(events, status=True)


def test_a_bank_team_will_visit_a_capital(code):
    events, actors = code("Ecuador's energy minister told reporters a World Bank team would visit Quito next month "
                          "to review plans to revive the country's oil fields.")
    visit = _of(events, "CONSULT")
    assert visit and names(visit[0].source, actors) == {"World Bank"} \
        and countries(visit[0].target, actors) == {"ECU"}, found_acts(events, status=True)


def test_an_accord_concluded_with_the_paris_club(code):
    events, actors = code("The accord with the banks comes a week after Peru concluded a 310 mln dlr debt pact with "
                          "the Paris Club, the central bank said.")
    agreed = _of(events, "AGREE")
    assert agreed and countries(agreed[0].source, actors) == {"PER"} \
        and names(agreed[0].target, actors) == {"Paris Club"}, found_acts(events, status=True)


def test_a_state_agrees_with_its_bank_advisory_committee(code):
    events, actors = code("Chile reached agreement on Tuesday with the bank advisory committee that speaks for its "
                          "lenders on putting off 900 mln dlrs of repayments owed next year, a central bank "
                          "official said.")
    agreed = _of(events, "AGREE")
    assert agreed and countries(agreed[0].source, actors) == {"CHL"} and agreed[0].target, \
        found_acts(events, status=True)


def test_a_firm_s_accord_with_its_lenders_is_not_kept_so(code):
    events, _ = code("Norcom Textiles Inc said it reached agreement on Tuesday with the bank advisory committee that "
                     "speaks for its lenders on putting off 90 mln dlrs of repayments owed next year.")
    assert not _of(events, "AGREE"), found_acts(events, status=True)
