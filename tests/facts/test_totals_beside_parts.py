"""A bare total told beside an amount in a currency's parts ("a gain of 3,140,000 or six cts": a results table's
total and its amount per share) is two figures: the total in the currency the parts belong to, and the parts."""

from __future__ import annotations

import pytest

from dossier.pipeline import process_text


def facts_of(sentence: str) -> dict[str, tuple]:
    return {f.text: (pytest.approx(f.value), f.unit) for f in process_text(sentence, published="1987-05-04").facts}


@pytest.mark.parametrize("sentence, expected", [
    ("The figures leave out a tax gain of 3,140,000 or six cts for the quarter.",
     {"3,140,000": (3140000, "USD"), "six cts": (0.06, "USD")}),
    ("Earnings 12,500,000 or 41 cts vs 9,800,000 or 33 cts.",
     {"12,500,000": (12500000, "USD"), "41 cts": (0.41, "USD"), "9,800,000": (9800000, "USD"),
      "33 cts": (0.33, "USD")}),
    ("The brewer booked a charge of 2,600,000 or 11 pence on the sale of its pubs in Britain.",
     {"2,600,000": (2600000, "GBP"), "11 pence": (0.11, "GBP")}),
])
def test_a_total_beside_its_parts_is_money_in_their_currency(sentence, expected):
    found = facts_of(sentence)
    assert {text: found.get(text) for text in expected} == expected


def test_a_small_number_before_parts_is_no_total():
    facts = process_text("The shares slipped three or four cents in early trading.", published="1987-05-04").facts
    assert not [f for f in facts if f.unit == "USD" and f.value >= 1]


def test_a_total_beside_a_count_is_left_as_it_was():
    found = facts_of("The mill hired 2,000 or 3,000 seasonal workers.")
    assert all(unit != "USD" for _, unit in found.values())
