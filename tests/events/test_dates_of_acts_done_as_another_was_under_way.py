"""An "as" clause in the progressive tells what was under way when the act was done: its time is the act's too
("seized the trader as he was boarding a ferry on Friday"); an "as" clause of a simple tense may tell a cause, and
its time stays its own (events/dates._while_doing)."""

from tests.events.conftest import only


def test_an_arrest_takes_the_time_of_what_its_target_was_doing(code):
    events, _ = code("Officers detained the trader as he was boarding a ferry to Zanzibar on Friday.", "1987-06-29")
    value = only(events, "COERCE").date
    assert value is not None and value.start == "1987-06-26"


def test_an_attack_takes_the_day_and_date_of_the_walk_it_broke_into(code):
    events, _ = code("Gunmen shot two Kenyan guards as they were patrolling the frontier at dusk on Sunday, June 21.",
                     "1987-06-29")
    value = only(events, "ASSAULT").date
    assert value is not None and value.start == "1987-06-21"


def test_an_as_clause_of_a_simple_tense_dates_only_its_own_act(code):
    events, _ = code("Kenya recalled its ambassador as Uganda expelled two Kenyan diplomats on Sunday.", "1987-06-29")
    dates = {e.trigger: e.date.start if e.date else None for e in events}
    assert dates == {"recalled": None, "expelled": "1987-06-28"}, dates
