"""A year that names an occasion ("the 1971 war", "a 1982 coup") dates an act told in or during it; a year that
names a document or a plan, or an occasion the act is only told after, does not (sentences written for these
tests)."""

import pytest


def _dates(code, text, published="1991-03-14"):
    events, _ = code(text, published)
    return {(e.trigger, e.date.start if e.date else None) for e in events}


@pytest.mark.parametrize("text, trigger, year", [
    ("Peru still holds the border strip, which its troops seized in the 1979 war, the envoy said.", "seized", "1979"),
    ("Ecuador wants back the valley, which Peru seized in the 1979 border war.", "seized", "1979"),
    ("Rebels invaded the northern province during the 1984 uprising.", "invaded", "1984"),
    ("Chad expelled the Libyan envoy in the 1986 crisis.", "expelled", "1986"),
])
def test_a_year_on_the_occasion_the_act_was_done_in_dates_it(code, text, trigger, year):
    assert (trigger, year) in _dates(code, text, f"{int(year) + 1}-03-14")  # a year on: no history (events/history.py)


@pytest.mark.parametrize("text, trigger", [
    ("Chad expelled the Libyan envoy in its 1986 budget.", "expelled"),
    ("Chad expelled the Libyan envoy after the 1986 elections.", "expelled"),
    ("The ruling party won 1500 votes and Chad expelled the Libyan envoy.", "expelled"),
])
def test_a_year_of_a_document_or_of_an_occasion_before_the_act_does_not_date_it(code, text, trigger):
    dates = _dates(code, text)
    assert any(t == trigger for t, _ in dates), dates
    assert (trigger, None) in dates


def test_a_decade_counted_back_dates_an_act_in_a_relative_clause(code):
    dates = _dates(code, "Bolivia wants back the coast, which Chile seized more than a decade ago.")
    assert ("seized", "1981") in dates
