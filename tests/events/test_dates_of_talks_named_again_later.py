"""Talks told first undated by a plural that names one act ("held talks", "held negotiations") take the day a later
sentence gives them by a singular noun ("The meeting took place on Tuesday"), and a later noun dates its act by a
participle of doing hung on it ("The talks, held on Tuesday in Lima, …")."""

import pytest


def _consult_dates(code, text):
    events, _ = code(text, "2024-06-27")
    return [e.date.start if e.date else None for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks on fishing rights. The meeting took place on Tuesday in Lima.",
    "Peru and Chile held negotiations on a fishing pact. Tuesday's meeting in Santiago lasted four hours.",
    "Peru and Chile held talks on fishing rights. The talks, held on Tuesday in Lima, ended without an accord.",
    "Peru and Chile held talks on fishing rights. The meeting, held on Tuesday in Lima, was the first in a decade.",
])
def test_talks_told_undated_take_the_day_of_the_later_noun_that_names_them(code, text):
    assert _consult_dates(code, text) == ["2024-06-25"]


@pytest.mark.parametrize("text, expected", [
    # several meetings: the singular noun names none of them
    ("Peru and Chile held several rounds of talks on fishing rights. The meeting took place on Tuesday in Lima.",
     [None]),
    # two acts the meeting could name
    ("Peru held talks with Chile and Bolivia held talks with Brazil. The meeting took place on Tuesday in Lima.",
     [None, None]),
    # a participle that tells what was done to the talks later, not when they were held
    ("Peru and Chile held talks on fishing rights. The talks, criticised on Tuesday by fishermen, ended without an "
     "accord.", [None]),
])
def test_a_later_day_is_not_lent_where_the_noun_may_not_name_the_talks(code, text, expected):
    assert _consult_dates(code, text) == expected
