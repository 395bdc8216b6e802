"""A reaction told by a participle after a clause ("X did Y, sparking protests", "drawing criticism from Z") answers
the act of that clause: its target is the clause's doer (events/noun_acts.reacted_to), as it is the doer of an act
named as the subject of the verb of causing ("X's decision sparked protests")."""

from __future__ import annotations

from tests.events.conftest import countries, found_acts


def test_riots_set_off_by_a_clause_are_against_its_doer(code):
    events, actors = code("The Nigerian government raised fuel prices on Monday, triggering riots in several cities.",
                          "2024-06-01")
    riots = [e for e in events if e.type == "PROTEST"]
    assert riots and countries(riots[0].target, actors) == {"NGA"}, found_acts(events)


def test_criticism_drawn_by_a_clause_is_of_its_doer(code):
    events, actors = code("Morocco expelled two Spanish reporters on Friday, drawing sharp criticism from Madrid.",
                          "2024-06-01")
    blame = [e for e in events if e.type == "ACCUSE"]
    assert blame and countries(blame[0].source, actors) == {"ESP"} \
        and countries(blame[0].target, actors) == {"MAR"}, found_acts(events)


def test_a_states_protest_drawn_by_a_clause_is_against_its_doer(code):
    events, actors = code("Israel closed the border crossing on Sunday, provoking angry protests from Jordan.",
                          "2024-06-01")
    protest = [e for e in events if e.type == "ACCUSE"]
    assert protest and countries(protest[0].target, actors) == {"ISR"}, found_acts(events)
