"""An act told by the infinitive on the noun of a decision adopted ("approved a measure to send troops", "announced a
decision to impose tariffs") with no time of its own takes the time of the clause that adopts it, as "decided on
Monday to expel" does; its own time wins, and a plan or a proposal (what a noun is for) lends none."""

import pytest


def _dates(code, text, ptype):
    events, _ = code(text, "2024-06-27")
    return [(e.date.start if e.date else None) for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype, start", [
    ("On Thursday, the Chilean senate approved a measure to send troops to Haiti.", "MOBILIZE", "2024-06-27"),
    ("On Monday, Canada announced a decision to impose tariffs on Mexican cement.", "SANCTION", "2024-06-24"),
    ("The Chilean senate on Thursday approved a measure to send troops to Haiti.", "MOBILIZE", "2024-06-27"),
])
def test_the_act_takes_the_time_of_the_clause_that_adopts_it(code, text, ptype, start):
    assert _dates(code, text, ptype) == [start]


def test_the_act_keeps_a_time_of_its_own(code):
    text = "On Thursday, the Chilean senate approved a measure to send troops to Haiti next month."
    assert _dates(code, text, "MOBILIZE") == ["2024-07"]


def test_a_proposal_lends_no_time_to_the_act_it_puts_forward(code):
    text = "On Monday, Chile offered a proposal to hold talks with Peru."
    assert _dates(code, text, "CONSULT") == [None]


def test_a_decision_another_verb_speaks_of_lends_no_time(code):
    text = "Chile on Monday criticised Peru's move to expel two Chilean diplomats."
    assert _dates(code, text, "SANCTION") == [None]
