"""A time told of what a past verb aimed at is read as the nearest such time, not the past one the sentence's tense
gives (time/tense._aim_of_a_past_act, _in_a_prospect): the infinitive of a verb of intending or hoping, the purpose
of a going, an infinitive of purpose, and the phrase of a noun of prospect ("hope of", "in preparation for"). A
past act's own time, and an infinitive of starting or failing, stay in the past; a waiver "until" a time is held
until it, not done then (events/dates._held_until)."""

from __future__ import annotations

PUBLISHED = "1991-03-22"  # a Friday


def _dates(code, text, ptype=None):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.trigger, e.date.start if e.date else None) for e in events if ptype in (None, e.type)]


def test_a_meeting_gone_to_is_the_coming_weekend_s(code):
    found = _dates(code, "The Ruvian trade minister flew out of Ruvia this morning to attend a weekend "
                         "conference of Kessian and Ruvian grain sellers in Tarn, an aide said.", "CONSULT")
    assert found and all(d == "1991-03-23" for *_, d in found), found


def test_a_meeting_prepared_for_is_the_coming_month_s(code):
    found = _dates(code, "Finance officials of the two states met in Tarn to discuss their budgets in preparation "
                         "for the World Bank's board meeting in Geneva in May.", "CONSULT")
    assert ("CONSULT", "meeting", "1991-05") in found, found


def test_a_meeting_hoped_for_is_the_coming_month_s(code):
    found = _dates(code, "\"Kessia is now alone, which gives some hope of a settlement at the OPEC meeting in June,\" "
                         "the envoy said.", "CONSULT")
    assert found and all(d == "1991-06" for *_, d in found), found


def test_an_infinitive_hoped_for_is_the_coming_month_s(code):
    found = _dates(code, "Ruvia hoped to sign the accord with Kessia in May.", "AGREE")
    assert found and all(d == "1991-05" for *_, d in found), found


def test_a_past_act_s_own_month_stays_past(code):
    found = _dates(code, "Ruvia signed an accord with Kessia in May.", "AGREE")
    assert found and all(d == "1990-05" for *_, d in found), found


def test_a_failure_to_agree_stays_in_the_past(code):
    found = _dates(code, "Ruvia failed to reach an accord with Kessia in May.")
    assert all(d in (None, "1990-05") for *_, d in found), found


def test_a_meeting_of_last_month_hoped_for_is_last_month_s(code):
    found = _dates(code, "Hopes of a settlement at the OPEC meeting in February were dashed, the envoy said.",
                   "CONSULT")
    assert found and all(d == "1991-02" for *_, d in found), found


def test_payments_waived_until_a_year_s_end_do_not_date_the_waiver(code):
    found = _dates(code, "The lenders agreed to reschedule Ruvia's debt and waived all interest payments until the "
                         "end of 1993.")
    assert all(d is None for *_, d in found), found
