"""A story's dateline day is the day it was written where its town is: a wire's time stamp or a page's metadata a
day before it (the wire's clock behind the town's) or a few days after it (a story sent after a weekend) gives way
to it, so that "today" and "yesterday" count from the town's day (ingest.header.dateline_day). A dateline day far
from the stamp is a slip and leaves the stamp; a dateline with no date changes nothing."""

from __future__ import annotations

from dossier.ingest.document import document_from_text
from dossier.ingest.header import dateline_day, dateline_field_day
from dossier.ingest.jsonl import read_record


def _record(dateline, date="1991-03-07"):
    return read_record("r.jsonl#1", {"id": 1, "date": date, "dateline": dateline,
                                     "text": "The cabinet of Ruvia met today and approved a loan to Kessia."})


def test_a_town_a_day_ahead_of_the_wire_stamp_gives_its_day():
    assert _record("MANILA, March 8").published == "1991-03-08"


def test_a_story_sent_days_after_its_dateline_day_keeps_that_day():
    assert _record("OSLO, March 4").published == "1991-03-04"


def test_a_dateline_far_from_the_stamp_is_a_slip():
    assert _record("OSLO, March 18").published == "1991-03-07"
    assert _record("OSLO, April 7").published == "1991-03-07"
    assert _record("OSLO, Feb 27").published == "1991-03-07"


def test_no_dateline_or_no_date_in_it_leaves_the_stamp():
    assert _record("OSLO").published == "1991-03-07"
    assert _record(None).published == "1991-03-07"
    assert read_record("r.jsonl#2", {"text": "Ruvia met Kessia today.", "dateline": "OSLO, March 8"}).published is None


def test_a_year_turned_between_writing_and_sending():
    assert dateline_day("Dec 31", "1992-01-01") == "1991-12-31"
    assert dateline_field_day("TOKYO, Jan 1", "1991-12-31") == "1992-01-01"


def test_a_dateline_opening_the_text_does_the_same_beside_a_stated_date():
    text = "SUVA, May 3 (Pacific Ledger) -- Ministers of Fiji and Tonga met today."
    assert document_from_text("a.txt", text, published="1999-05-02").published == "1999-05-03"
    assert document_from_text("b.txt", text, published="1999-05-12").published == "1999-05-12"
    assert document_from_text("c.txt", text, published="1999-05-03").published == "1999-05-03"
