"""An act a count of time left runs up to ("with two weeks to go before X", "with ten days left until X", "there are
two weeks to go before X") lies that count after the day of the clause the count is told in, else after the article's
day; so does an act a measure before which a clause in the present tells ("the visit comes two weeks before X"), the
story's now (events/dates._time_left, _counted_from_now; the lexicon's time_left_words). Not a clause in the past or
the future with no time, nor a count of other days than the calendar's. Sentences written for these tests (article
of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only

PUBLISHED = "2024-06-12"


@pytest.mark.parametrize("text, kind, start, end", [
    ("With two weeks to go before the United States imposes tariffs on Japanese cars, Japan's envoy met the trade "
     "representative.", "SANCTION", "2024-06-26", "2024-06-26"),
    ("There are two weeks to go before Turkey joins the talks with Greece.", "CONSULT", "2024-06-26", "2024-06-26"),
    ("Three days remain before Peru and Chile sign the fishing accord.", "AGREE", "2024-06-15", "2024-06-15"),
    ("The visit comes just two weeks before Chinese and Indian officials meet in Delhi.", "CONSULT", "2024-06-26",
     "2024-06-26"),
    ("The talks come three days before Japan and the United States meet in Washington.", "CONSULT", "2024-06-15",
     "2024-06-15"),
    ("The visit comes two weeks before talks between India and China in Beijing.", "CONSULT", "2024-06-26",
     "2024-06-26"),
    ("The move comes a few days before France and Germany hold talks in Paris.", "CONSULT", "2024-06-14",
     "2024-06-17"),
])
def test_an_act_counted_from_the_story_s_now_is_dated(code, text, kind, start, end):
    events, _ = code(text, PUBLISHED)
    value = only(events, kind).date
    assert value is not None and (value.start, value.end) == (start, end)


def test_a_count_left_is_told_from_the_day_of_its_clause(code):
    events, _ = code("On Monday, with a week to go before Israel meets Egypt in Cairo, Jordan signed a water accord "
                     "with Egypt.", PUBLISHED)
    meeting = only(events, "CONSULT").date
    assert meeting is not None and (meeting.start, meeting.end) == ("2024-06-17", "2024-06-17")


def test_a_later_act_counted_from_the_story_s_now_is_planned(code):
    events, _ = code("With two weeks to go before the United States imposes tariffs on Japanese cars, Japan's envoy "
                     "met the trade representative.", PUBLISHED)
    assert only(events, "SANCTION").status == "planned"


@pytest.mark.parametrize("text", [
    "The vote came three days before Kenya and Uganda signed the border accord.",  # the past: no day to count from
    "The vote will come three days before Kenya and Uganda sign the border accord.",  # a plan: its day is not told
    "The ruling comes two trading days before Ghana signs the loan accord with China.",  # not calendar days
])
def test_a_clause_that_is_not_the_story_s_now_gives_no_count(code, text):
    events, _ = code(text, PUBLISHED)
    agreements = [e for e in events if e.type == "AGREE"]
    assert agreements and all(e.date is None for e in agreements)


@pytest.mark.parametrize("text, day", [
    ("President Ruiz said on Friday that the U.S. will impose steep tariffs on Japanese televisions. With two weeks "
     "left before the U.S. Imposes tariffs, Tokyo's envoy met the foreign minister.", "2024-06-26"),
    ("Kenya will close its border with Uganda, the minister said. With ten days left before Kenya closes the border, "
     "Ugandan traders met the envoy.", "2024-06-22"),
])
def test_a_plan_told_again_by_its_verb_and_object_takes_the_count(code, text, day):
    """story_dates.told_in_its_words: the undated plan is the act the later count dates, also where the wire's
    capital after "U.S." makes the parser read the verb as part of a name, and in a story that tells no time."""
    events, _ = code(text, PUBLISHED)
    plans = [e for e in events if e.type == "SANCTION" and e.status == "planned"]
    assert plans and all(e.date is not None and (e.date.start, e.date.end) == (day, day) for e in plans)


def test_a_plan_does_not_take_the_count_of_another_act(code):
    events, _ = code("Kenya will close its border with Uganda, the minister said. With ten days left before Kenya "
                     "opens an embassy in Kampala, Ugandan traders met the envoy.", PUBLISHED)
    closures = [e for e in events if e.type == "SANCTION" and e.status == "planned"]
    assert closures and all(e.date is None for e in closures)
