"""An act told undated by a definite noun takes the day of an earlier noun that names it, a noun of its type or, for
a consultation, of a contact (a call, a briefing), whose own words name one of its parties and whose sentence names
each of them, also where that noun codes no event (events/story_dates.named_by_an_earlier_noun). Not an
indefinite noun, not a contact of another party, not where an earlier contact of the parties has another day,
not a time far from the article, not a visit (the days it lasts are not the day of the talks held during it).
Sentences written for these tests (article of Wednesday 2024-06-26)."""

import pytest

PUBLISHED = "2024-06-26"
LATER = " The discussion between Ruto and Museveni came as traders protested at the border."


def _dates(code, text):
    events, _ = code(text, PUBLISHED)
    return [(e.date.start if e.date else None) for e in events if e.trigger == "discussion"]


@pytest.mark.parametrize("first", [
    # a briefing codes no event of its own (events/patterns/none.yaml); its day is the clause's, "following" it
    "Kenyan President William Ruto on Monday criticised the new border fees, following a phone briefing with "
    "Uganda's President Yoweri Museveni.",
    # a call codes a consultation, which told_again does not pair with "the discussion"
    "Kenyan President William Ruto on Monday criticised the new border fees, following a phone call with "
    "Uganda's President Yoweri Museveni.",
])
def test_a_definite_noun_takes_the_day_of_the_earlier_noun_that_names_its_act(code, first):
    assert _dates(code, first + LATER) == ["2024-06-24"]


@pytest.mark.parametrize("text", [
    # not definite: a discussion may be another one
    "Kenyan President William Ruto on Monday criticised the new border fees, following a phone briefing with "
    "Uganda's President Yoweri Museveni. A discussion between Ruto and Museveni came as traders protested.",
    # the earlier briefing was with another party
    "Uganda's President Yoweri Museveni on Monday praised the new border fees, following a phone briefing with "
    "Ethiopia's Prime Minister Abiy Ahmed. Kenyan President William Ruto criticised the fees." + LATER,
    # another contact of the parties on another day: which one the discussion was is not told
    "Kenyan President William Ruto on Monday criticised the new border fees, following a phone call with "
    "Uganda's President Yoweri Museveni. On Tuesday he held another call with Museveni." + LATER,
    # a time far from the article
    "Kenyan President William Ruto criticised the new border fees in March 2019, following a phone call with "
    "Uganda's President Yoweri Museveni." + LATER,
])
def test_no_day_for_an_indefinite_noun_another_party_two_contacts_or_a_far_time(code, text):
    assert _dates(code, text) == [None]


def test_a_visit_takes_no_day_of_the_talks_held_during_it(code):
    events, _ = code("Kenyan President William Ruto held talks with Uganda's President Yoweri Museveni on Monday in "
                     "Kampala. During his three-day visit to Uganda, Ruto toured a new dam on the Nile.", PUBLISHED)
    assert [(e.date.start if e.date else None) for e in events if e.trigger == "visit"] == [None]
