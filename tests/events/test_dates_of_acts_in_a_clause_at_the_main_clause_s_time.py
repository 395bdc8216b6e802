"""A "when" clause, or a "while" clause of contrast after its main clause, both clauses in the simple past, tells an
act at the main clause's time, wherever the main clause tells it ("Last week the lenders faced strain when
ministers faulted the scheme"); a clause of another tense, or with a time of its own, is not dated so."""

import pytest


def _dates(code, text, ptype):
    events, _ = code(text, "2024-06-27")
    return [(e.date.start if e.date else None) for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype, start", [
    ("Last week the Zambian lenders came under pressure when Malawian officials criticised the scheme.", "ACCUSE",
     "2024-06-17"),
    ("On Monday tensions rose sharply when Zambia expelled three Malawian envoys.", "SANCTION", "2024-06-24"),
    ("Malawi denounced the Zambian raid on Monday, while Botswana praised it.", "SUPPORT", "2024-06-24"),
])
def test_the_clause_s_act_takes_the_main_clause_s_time(code, text, ptype, start):
    assert _dates(code, text, ptype) == [start]


def test_a_when_clause_to_come_keeps_its_own_reading(code):
    text = "Malawi says it will protest when Zambia expels the envoys."
    assert _dates(code, text, "SANCTION") == [None]
