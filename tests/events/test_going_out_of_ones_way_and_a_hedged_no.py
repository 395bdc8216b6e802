"""Two readings of round 77 (modal77, events/status.py): "go" is a verb of planning only as "going to" (`_plans`):
"went out of her way to calm X" tells the calming done, "is going to sign" one still planned; and a
"will not" hedged by "probably" is a guess at what a party will do, no refusal uttered (`_says_it_will`), where a
plain "won't withdraw" is the refusal (REJECT, occurred). Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, status", [
    ("Malawi's foreign minister went out of her way to reassure Zambian leaders.", "reassure", "occurred"),
    ("Zambia is going to sign the trade pact with Malawi next month.", "sign", "planned"),
])
def test_go_plans_only_as_going_to(code, text, trigger, status):
    events, _ = code(text, "1995-06-01")
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == status for e in found), [(e.type, e.trigger, e.status) for e in events]


def test_a_hedged_will_not_is_no_refusal(code):
    events, _ = code("Zambia probably won't withdraw its troops from the Malawian border soon.", "1995-06-01")
    found = [e for e in events if e.trigger == "withdraw"]
    assert found and not any(e.type == "REJECT" or e.status == "occurred" for e in found), \
        [(e.type, e.trigger, e.status) for e in events]


def test_a_plain_will_not_is_the_refusal(code):
    events, _ = code("Zambia won't withdraw its troops from the Malawian border, its president said.", "1995-06-01")
    assert any(e.trigger == "withdraw" and e.type == "REJECT" and e.status == "occurred" for e in events), \
        [(e.type, e.trigger, e.status) for e in events]
