"""A JSON record's dateline kept apart from its text ("OSLO, March 4") gives the story its place, as the evaluators'
corpus reader reads it, so that a one-state wire story built from such a file keeps its home state ("the House" of
a story from Washington is the US chamber, not that of the other state it names most). A dateline opening the text
wins; a record without one has none."""

from __future__ import annotations

from dossier.ingest.jsonl import read_record


def _record(text, dateline=None):
    fields = {"id": 1, "date": "1991-03-07", "text": text}
    if dateline is not None:
        fields["dateline"] = dateline
    return read_record("r.jsonl#1", fields)


def test_the_field_s_town_is_the_story_s_dateline():
    assert _record("The cabinet met today.", "OSLO, March 7").dateline == "OSLO"
    assert _record("The cabinet met today.", "CAMBRIDGE, Mass., March 7").dateline == "CAMBRIDGE, Mass."


def test_a_dateline_opening_the_text_wins():
    assert _record("LIMA, March 7 (Reuters) - The cabinet met today.", "OSLO, March 7").dateline == "LIMA"


def test_no_field_no_dateline():
    assert _record("The cabinet met today.").dateline is None
    assert _record("The cabinet met today.", "").dateline is None
