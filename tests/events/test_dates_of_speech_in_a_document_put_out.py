"""A speech act told by a participle on a letter, a statement or a message that a verb of putting out issues or
sends is made when the document is put out: "issued a statement on Tuesday condemning the raid" dates the
condemnation Tuesday, whether the time hangs on the verb or on the document's noun, and whether the participle hangs
on the noun or, in the passive, on the verb (events/dates._put_out_saying; time lexicon means_of_saying,
issuing_verbs). A document received, and a day told only of a report of the issuing, date nothing."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events, type_):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_a_condemnation_in_a_statement_issued_on_a_day(code):
    events, _ = code("Egypt issued a statement on Tuesday condemning the Israeli raid on Gaza.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2021-11-09"


def test_a_demand_in_a_letter_sent_on_a_day(code):
    events, _ = code("Kenya sent Uganda a letter on Monday demanding the release of its fishermen.", PUBLISHED)
    assert _start(events, "REQUEST") == "2021-11-08"


def test_a_condemnation_in_a_statement_issued_in_the_passive(code):
    events, _ = code("A statement was issued by Egypt on Tuesday condemning the Israeli raid on Gaza.", PUBLISHED)
    assert _start(events, "ACCUSE") == "2021-11-09"


def test_a_letter_received_on_a_day_dates_no_demand(code):
    events, _ = code("Kenya received a letter from Uganda on Monday demanding the release of its fishermen.",
                     PUBLISHED)
    assert _start(events, "REQUEST") is None


def test_a_day_of_the_report_dates_no_condemnation(code):
    events, _ = code("Egypt issued a statement condemning the Israeli raid on Gaza, the agency said on Tuesday.",
                     PUBLISHED)
    assert _start(events, "ACCUSE") is None
