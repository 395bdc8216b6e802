"""A past participle on a noun with "already", "previously" or "formerly" tells an act done before the clause it
stands in, so the time of that clause is not its own: "renewed demands already rejected by the government", told of
a meeting today, leaves the rejection undated. The participle's own time still dates it
(events/dates._clause_head; time lexicon done_before_adverbs)."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"


def _start(events):
    value = only(events, "REJECT").date
    return value.start if value is not None else None


def test_a_rejection_already_done_takes_no_time_from_the_meeting(code):
    events, _ = code("The union leader, meeting the French premier today, renewed demands already rejected by the "
                     "government.", PUBLISHED)
    assert _start(events) is None
    assert only(events, "CONSULT").date.start == PUBLISHED


def test_a_rejection_previously_done_takes_no_time_from_the_presenting(code):
    events, _ = code("The Kenyan minister on Tuesday presented a plan previously rejected by parliament.", PUBLISHED)
    assert _start(events) is None


def test_a_rejection_already_done_keeps_its_own_day(code):
    events, _ = code("The union leader, meeting the French premier today, renewed demands already rejected by the "
                     "government on Friday.", PUBLISHED)
    assert _start(events) == "2021-11-05"
