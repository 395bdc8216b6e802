"""A day that owns the paper an act was said or written in dates the act (events/dates._in_a_dated_paper): "in a
column in Monday's edition of the Courier, the minister criticised…" (the day of the column), as "said in Monday's
Herald" already was. An act whose piece names no day stays undated."""

from __future__ import annotations

PUBLISHED = "1991-03-20"  # a Wednesday


def _dates(code, text, ptype=None):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.trigger, e.date.start if e.date else None) for e in events if ptype in (None, e.type)]


def test_a_criticism_in_an_article_of_a_day_s_edition(code):
    found = _dates(code, "In a column in Monday's edition of the Tarn Courier, the Ruvian finance minister "
                         "criticised Kessia's plan for a fixed exchange rate.", "ACCUSE")
    assert found and all(d == "1991-03-18" for *_, d in found), found


def test_a_saying_in_a_day_s_paper_keeps_the_day(code):
    found = _dates(code, "The Ruvian finance minister said in Monday's Tarn Courier that Kessia must withdraw its "
                         "troops from the border.", "REQUEST")
    assert found and all(d == "1991-03-18" for *_, d in found), found


def test_a_criticism_in_an_undated_article_stays_undated(code):
    found = _dates(code, "In a column in the Tarn Courier, the Ruvian finance minister criticised Kessia's plan "
                         "for a fixed exchange rate.", "ACCUSE")
    assert found and all(d is None for *_, d in found), found


def test_a_story_of_a_sunday_tells_of_monday_s_edition(code):
    events, _ = code("In a column in Monday's edition of the Tarn Courier, the Ruvian finance minister criticised "
                     "Kessia's plan for a fixed exchange rate.", "1991-03-17")  # a Sunday
    found = [e.date.start if e.date else None for e in events if e.type == "ACCUSE"]
    assert found and all(d == "1991-03-18" for d in found), found
