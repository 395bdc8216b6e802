"""A speech act told "in an interview with X aired Sunday" is made when the interview is put out, though the parser
hangs the participle on the interviewer or reads it as a clause of the act's verb (events/dates._issued_with,
_document_before). Not a participle of another doing on the other party ("a paper founded in 1990")."""

from tests.events.conftest import only

PUBLISHED = "2023-03-15"  # a Wednesday


def _start(events, kind):
    value = only(events, kind).date
    return value.start if value is not None else None


def test_an_accusation_in_an_interview_published_on_a_day(code):
    events, _ = code("Kenya's foreign minister accused Somalia of bad faith in an interview with Reuters "
                     "published on Tuesday.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2023-03-14"


def test_a_rebuke_in_an_interview_aired_a_day(code):
    events, _ = code("The Brazilian president criticised Argentina over its import quotas in an interview with "
                     "Globo aired Sunday.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2023-03-12"


def test_a_paper_founded_in_a_year_dates_nothing(code):
    events, _ = code("The Brazilian president criticised Argentina over its import quotas in an interview with a "
                     "newspaper founded in 1990.", PUBLISHED)
    assert _start(events, "ACCUSE") is None
