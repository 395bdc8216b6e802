"""A time a verb of putting off moves an act to or from ("delayed the first cargo to August from the original
May 4") is the moved act's new or old time: it dates neither the putting off nor another act of the sentence
joined to it ("signed a pact … and pushed back the tariff cuts to October"). A time of the other act's own stays.
Sentences written for these tests; the article is of Monday 24 June 2024."""

from __future__ import annotations

import pytest


def _dates(events) -> dict[str, str | None]:
    return {e.type: (e.date.start if e.date else None) for e in events}


@pytest.mark.parametrize("text, moved", [
    ("Kenya signed a trade pact with Uganda and pushed back the first tariff cuts to October from the original "
     "March 1 date, officials said.", ("2024-10", "2024-03")),
    ("Kenya signed a trade pact with Uganda and delayed the first tariff cuts to October, officials said.",
     ("2024-10",)),
    ("Ghana agreed to sell cocoa to Togo, but it delayed the first cargo to August from the original May 4, "
     "traders said.", ("2024-08", "2024-05")),
])
def test_a_time_an_act_is_moved_to_or_from_dates_no_act(code, text, moved):
    dates = _dates(code(text, "2024-06-24")[0])
    assert "AGREE" in dates, dates
    assert not any(day and day.startswith(moved) for day in dates.values()), dates


def test_the_joined_acts_own_day_stays(code):
    dates = _dates(code("Egypt signed the loan accord with Jordan on Friday but delayed the first payment to "
                        "May, officials said.", "2024-06-24")[0])
    assert dates.get("AGREE") == "2024-06-21", dates
