"""A time in a relative clause that tells what the act of its noun leads to (time lexicon outcome_verbs: "talks that
would lead to membership next year", "talks which led to a pact in May") is the outcome's, not the act's: the act
came before it and is not dated by it (events/dates._outcome_clause). A clause that tells the act's own happening
keeps dating it. An ordinal before the words of what it numbers ("the 20th annual meeting") is no day of the
month (time/numbers._ordinal_of_a_series). Sentences written for these tests; the article is of Tuesday 2 June 1987."""

from __future__ import annotations

PUBLISHED = "1987-06-02"


def _dates(code, text, ptype="CONSULT"):
    events, _ = code(text, PUBLISHED)
    return [(e.trigger, e.date.start if e.date else None) for e in events if e.type == ptype]


def test_talks_that_would_lead_to_a_later_thing_take_not_its_year(code):
    found = _dates(code, "The finance minister said good progress has been made in talks with Kessia that would "
                         "lead to seats on the Tarn exchange for two Ruvian banks next year.")
    assert found and all(d is None for _, d in found), found


def test_talks_that_led_to_a_pact_take_not_its_month(code):
    found = _dates(code, "The envoy said Ruvia held talks with Kessia that led to a new fishing pact in May.")
    assert found and all(d is None for _, d in found), found


def test_a_clause_of_the_talks_own_happening_still_dates_them(code):
    found = _dates(code, "Ruvia held talks with Kessia, which took place on Sunday in Tarn.")
    assert found and all(d == "1987-05-31" for _, d in found), found


def test_talks_to_be_held_next_month_are_dated_by_it(code):
    found = _dates(code, "Ruvia will hold talks with Kessia which will be held next month.")
    assert found and all(d == "1987-07" for _, d in found), found


def test_the_20th_annual_meeting_is_not_dated_the_20th(code):
    found = _dates(code, "The Ruvian minister said he will make his case for the reform in a speech on Thursday "
                         "at the 20th annual meeting of the Tarn Development Bank here.")
    assert found and all(d != "1987-06-20" for _, d in found), found
