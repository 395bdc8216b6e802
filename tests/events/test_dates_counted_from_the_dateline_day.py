"""A wire record stamped the evening before its dateline's day (the town's clock ahead of the wire's) counts its
"today" and "yesterday" from the dateline's day (ingest.header.dateline_day, read for a record's "dateline" field)."""

from __future__ import annotations

from dossier.ingest.jsonl import read_record
from dossier.pipeline import process


def _dates(nlp, dateline):
    record = {"id": "w1", "date": "1991-03-07", "dateline": dateline,
              "text": "Thousands of protesters marched on the parliament of Ruvia yesterday, demanding the resignation "
                      "of the prime minister. The cabinet met today to discuss the unrest."}
    result = next(process([read_record("w.jsonl#w1", record)], nlp=nlp))
    return sorted((e.trigger, e.date.start if e.date else None) for e in result.events)


def test_yesterday_and_today_count_from_the_dateline_day(nlp):
    found = _dates(nlp, "MANILA, March 8")
    assert ("marched", "1991-03-07") in found and ("met", "1991-03-08") in found, found


def test_a_dateline_of_the_stamp_s_day_is_as_before(nlp):
    found = _dates(nlp, "MANILA, March 7")
    assert ("marched", "1991-03-06") in found and ("met", "1991-03-07") in found, found
