"""A range or a change that names its unit once ("three or four cents", "between 1.5 and 2 billion dlrs", "from 20 to
25 mln dlrs") gives the first number the second's unit and scale; a range's ends are bounds ("at least", "at most",
or the qualifier of the whole), a change's two values are exact. Two numbers that are no range ("1,200 or 15 pct
of its members") stay apart."""

from __future__ import annotations

import pytest

from dossier.pipeline import process_text


def figures(sentence: str) -> list[tuple]:
    return [(f.text, pytest.approx(f.value), f.unit, f.qualifier)
            for f in process_text(sentence, published="1990-03-02").facts]


@pytest.mark.parametrize("sentence, expected", [
    ("The stock lost three or four cents by the close.",
     [("three", 0.03, "USD", "at least"), ("four cents", 0.04, "USD", "at most")]),
    ("Inflation should ease by four or five pct this year.",
     [("four", 4, "percent", "at least"), ("five pct", 5, "percent", "at most")]),
    ("The refinery is expected to cost between 1.5 and 2 billion dlrs.",
     [("1.5", 1.5e9, "USD", "at least"), ("2 billion dlrs", 2e9, "USD", "at most")]),
    ("The bond issue will raise $40 to $45 million.",
     [("$40", 40e6, "USD", "at least"), ("$45 million", 45e6, "USD", "at most")]),
    ("The ministry put the bill at 3 mln to 4 mln dlrs.",
     [("3 mln", 3e6, "USD", "at least"), ("4 mln dlrs", 4e6, "USD", "at most")]),
    ("The border guard was reinforced with 500 to 700 soldiers.",
     [("500", 500, "people", "at least"), ("700 soldiers", 700, "people", "at most")]),
    ("Around 4,000 or 5,000 dock workers stayed away from the port.",
     [("Around 4,000", 4000, "people", "around"), ("5,000 dock workers", 5000, "people", "around")]),
])
def test_the_first_end_of_a_range_takes_the_unit_named_after_the_second(sentence, expected):
    assert figures(sentence) == expected


def test_a_change_from_one_value_to_another_is_two_exact_values():
    assert figures("Its revenue grew from 30 to 34 mln dlrs.") == [
        ("30", 30e6, "USD", None), ("34 mln dlrs", 34e6, "USD", None)]


@pytest.mark.parametrize("sentence", [
    "The strike drew 1,500 or 20 pct of the plant's workers.",
    "Some 2,400 or 12 pct of the bank's staff will go.",
])
def test_a_count_beside_its_share_is_no_range(sentence):
    found = [(f.text, f.value, f.unit) for f in process_text(sentence, published="1990-03-02").facts]
    assert [f for f in found if f[2] == "percent" and f[1] < 100]
    assert not [f for f in found if f[2] == "percent" and f[1] > 100]
    assert not [f for f in found if "pct" in f[0] and f[2] != "percent"]


@pytest.mark.parametrize("sentence", [
    "The committee backed the plan by 7 to 2.",
    "About 800 or so farmers joined the march.",
    "The visit may last two or three days.",
])
def test_numbers_that_name_no_unit_twice_are_left_as_they_were(sentence):
    assert not [f for f in figures(sentence) if f[3] in ("at least", "at most")]
