"""An act told as still to come by a modal before a bare verb ("will", "may", "might") is not dated by a time wholly
before the article's day: that time is the telling's ("told reporters on Tuesday that it may ask …") or another
thing's ("the grant, suspended after the coup of March 1983"). A later day stays its own, and "may have" is told as
done."""

PUBLISHED = "1987-06-19"  # a Friday


def _dates(code, text, ptype="REQUEST"):
    events, _ = code(text, PUBLISHED)
    return [(e.trigger, e.status, e.date.start if e.date else None) for e in events if e.type == ptype]


def test_a_request_that_may_come_is_not_dated_by_the_telling(code):
    found = _dates(code, "Halvorsen told reporters on Tuesday that his government may ask the tribunal to rule on "
                         "the grant, suspended after the coup of March 1983.")
    assert found and all(d is None for _, _, d in found), found


def test_a_later_day_stays_the_act_s(code):
    found = _dates(code, "Ruvia will ask the tribunal on Monday to rule on the grant.")
    assert ("ask", "planned", "1987-06-22") in found, found


def test_a_plan_next_week_stays_dated(code):
    found = _dates(code, "Ruvia will sign the accord next week, the minister said on Tuesday.", "AGREE")
    assert found and all(d == "1987-06-22" for _, _, d in found), found


def test_may_have_is_told_as_done_and_keeps_its_year(code):
    found = _dates(code, "Ruvia may have asked the tribunal in 1983 to rule on the grant.")
    assert found and all(d == "1983" for _, _, d in found), found
