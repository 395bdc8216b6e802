"""A time that tells the term of a thing, not the day of the act done with it: a time on a word of a term ("a loan
repayable in 2030", "a visa valid until May"; the time lexicon's term_words) and the end of an accord's term told in
a clause on its noun ("the pact, which expired on May 31"; term_end_verbs) date no act (events/dates._of_a_term,
_term_ended). An act that goes on for days keeps its own last day, and a clause telling the making of an accord
still dates it. A start verb leaves open the end of a day it governs, not of a week (events/dates._opening). A time in a
relative or infinitive clause on the thing an act is done with ("signed a pact that comes into force in August") is
the thing's, unless the thing is a happening the act is ("held talks that open on Thursday": _in_clause_on_thing).
Sentences written for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only

PUBLISHED = "2024-06-12"


@pytest.mark.parametrize("text, kind", [
    ("Japan gave Chile a loan repayable in 2030.", "AID"),
    ("Japan granted Chile a loan payable in 2030.", "AID"),
    ("Exports under the Peru-Chile fishing accord, which ended on May 31, doubled.", "AGREE"),
])
def test_a_term_dates_no_act(code, text, kind):
    events, _ = code(text, PUBLISHED)
    assert only(events, kind).date is None


@pytest.mark.parametrize("text, kind, start", [
    ("Japan granted Chile a loan in 2020.", "AID", "2020"),
    ("The accord between Peru and Chile, which was signed on Monday, covers fishing.", "AGREE", "2024-06-10"),
    ("Japan gave Chile a loan on Monday.", "AID", "2024-06-10"),
])
def test_the_day_of_the_act_itself_still_dates_it(code, text, kind, start):
    events, _ = code(text, PUBLISHED)
    value = only(events, kind).date
    assert value is not None and value.start == start


@pytest.mark.parametrize("text, start, end", [
    ("Trade talks between Peru and Chile begin in Lima on Monday.", "2024-06-17", None),  # the first day only
    ("Trade talks between Peru and Chile begin in Lima next week.", "2024-06-17", "2024-06-23"),  # a day of the week
])
def test_a_start_verb_leaves_open_the_end_of_a_day_only(code, text, start, end):
    events, _ = code(text, PUBLISHED)
    value = only(events, "CONSULT").date
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Peru signed a pact that comes into force in early August with Chile.",
    "Peru signed a pact with Chile that comes into force in early August.",
    "Chile signed a fishing accord with Peru that will last until 2031.",
    "Peru signed a treaty with Chile that was drafted in April.",
])
def test_a_time_in_a_clause_on_the_thing_signed_dates_the_thing_not_the_signing(code, text):
    events, _ = code(text, PUBLISHED)
    assert only(events, "AGREE").date is None


@pytest.mark.parametrize("text, start", [
    ("Peru signed a pact with Chile on Tuesday that comes into force in August.", "2024-06-11"),
    ("Chile will hold talks with Peru that open on Thursday.", "2024-06-13"),  # the talks are the act held
])
def test_the_act_s_own_time_or_a_happening_s_clause_still_dates_it(code, text, start):
    events, _ = code(text, PUBLISHED)
    kind = "AGREE" if "signed" in text else "CONSULT"
    value = only(events, kind).date
    assert value is not None and value.start == start
