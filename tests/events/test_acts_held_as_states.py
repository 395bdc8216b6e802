"""An act its subject is in as a state is told as taking place: "X is/remains on alert", "X has been on strike",
"X is in a state of alert" (a copula with "on" and a bare noun, or "in a state of"); the copula's subject is the
actor. "On the <noun>" after a copula says what a thing is about, and stays no event."""

from __future__ import annotations

def test_police_on_alert_are_alerted(code):
    events, actors = code("Kenyan police were on alert in Nairobi on Friday.", "2020-05-02")
    alert = [e for e in events if e.type == "MOBILIZE"]
    assert alert and alert[0].cameo == "152" and alert[0].source


def test_forces_in_a_state_of_alert_are_alerted(code):
    events, _ = code("The army and navy of Chile are in a state of alert, General Pedro Soto told a news conference.",
                     "2020-05-02")
    alert = [e for e in events if e.type == "MOBILIZE"]
    assert alert and alert[0].cameo == "152" and alert[0].source


def test_workers_on_strike_strike(code):
    events, _ = code("Chilean copper miners have been on strike against Codelco since Monday.", "2020-05-02")
    assert [e for e in events if e.type == "PROTEST"]


def test_a_debate_on_a_blockade_is_no_blockade(code):
    events, _ = code("The debate in the Bolivian congress was on the blockade of La Paz.", "2020-05-02")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_an_editorial_on_a_withdrawal_is_no_withdrawal(code):
    events, _ = code("The editorial in the Chilean daily was on the withdrawal of Peruvian troops.", "2020-05-02")
    assert not [e for e in events if e.type == "RETREAT"]
