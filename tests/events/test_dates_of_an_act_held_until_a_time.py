"""A time after "until" on a verb that neither moves a thing nor goes on is the end of what the act holds in place
or forbids, not the act's day (events/dates._held_until): "bars new services until next March", "banned imports
until July", "extended the truce until Friday" are undated. A meeting put off until a day, talks that go on until
a day, and an act that will not be done until a day keep that day."""

from __future__ import annotations

PUBLISHED = "1991-03-07"  # a Thursday


def _dates(code, text, ptype=None):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.trigger, e.date.start if e.date else None) for e in events if ptype in (None, e.type)]


def test_a_ban_until_a_later_month_is_not_dated_by_that_month(code):
    found = _dates(code, "Ruvia banned imports of Kessian beef until July.")
    assert found and all(d is None for *_, d in found), found


def test_a_bill_barring_a_thing_until_next_year_s_month(code):
    found = _dates(code, "The Ruvian senate's bill bars foreign banks from Kessia until next March.")
    assert all(d is None for *_, d in found), found


def test_a_truce_extended_until_a_day_is_not_dated_by_it(code):
    found = _dates(code, "Ruvia extended its truce with Kessia until Friday.")
    assert all(d is None for *_, d in found), found


def test_talks_put_off_until_a_month_keep_it(code):
    found = _dates(code, "Ruvia put off its talks with Kessia until next month.", "CONSULT")
    assert all(d == "1991-04" for *_, d in found), found


def test_an_act_not_done_until_a_day_keeps_the_day(code):
    found = _dates(code, "Ruvia will not sign the accord with Kessia until Friday.", "AGREE")
    assert found and all(d == "1991-03-08" for *_, d in found), found


def test_talks_that_go_on_until_a_day_end_then(code):
    events, _ = code("Talks between Ruvia and Kessia began on Monday and will continue until Friday.", PUBLISHED)
    found = [e.date.end or e.date.start for e in events if e.type == "CONSULT" and e.date]
    assert found and all(d == "1991-03-08" for d in found), found
