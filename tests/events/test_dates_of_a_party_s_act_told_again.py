"""One state's political party and one of its people are not the same party of an act told twice
(events/story_dates._same_parties): a party's stand told undated does not take the day of a member's letter that
insists on another thing, though both are of one country. Sentences written for this test."""

from __future__ import annotations


def test_a_party_s_stand_does_not_take_a_member_s_letter_s_day(code):
    events, _ = code("Democrats and Republicans spent weeks arguing over the farm bill, with the Democrats insisting "
                     "on no less than $90 billion in farm subsidies. Representative Jane Roe wrote "
                     "a letter to Speaker Nancy Pelosi on Tuesday insisting that the House stay in session until a "
                     "deal is reached.", "2020-09-24")
    found = sorted((e.date.start if e.date else "") for e in events if e.type == "REQUEST")
    assert found == ["", "2020-09-22"], found
