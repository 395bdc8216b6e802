"""Of two clauses joined by "and" or "but", each with its own subject, a name inside the other clause that is not
its subject is no target of this clause's act ("Y offered aid to Moroccan fishermen, but X criticised the offer":
not the fishermen; "Iran seized a British tanker, and X condemned the seizure": not Britain). The other clause's
subject may be ("Iraq attacked the port, and Iran retaliated": Iraq). events/roles/no_party.py `across_conjunct`,
read by the role model. Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, kind, other", [
    ("The finance minister proposed new loans for Greek farmers, but Germany rejected the plan.", "REJECT", "GRC"),
    ("Iran seized a British tanker in the Gulf, and the United States condemned the seizure.", "ACCUSE", "GBR"),
])
def test_a_name_inside_the_other_clause_is_no_target(code, text, kind, other):
    events, actors = code(text)
    event = only(events, kind)
    assert other not in _countries(event.target, actors), (event.source, event.target)


def test_the_seizer_is_the_one_condemned(code):
    events, actors = code("Iran seized a British tanker in the Gulf, and the United States condemned the seizure.")
    assert _countries(only(events, "ACCUSE").target, actors) == {"IRN"}


def test_the_other_clause_s_subject_may_be_the_target(code):
    events, actors = code("Iraq attacked the port, and Iran retaliated within hours.")
    retaliation = [e for e in events if e.type == "ASSAULT" and e.trigger == "retaliated"]
    assert len(retaliation) == 1 and _countries(retaliation[0].target, actors) == {"IRQ"}, \
        [(e.trigger, e.source, e.target) for e in events]
