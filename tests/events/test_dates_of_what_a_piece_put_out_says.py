"""A present participle on a piece put out at a time, or on the verb that puts it out, tells what the piece says,
and the piece says it when it is put out (events/dates._put_out_saying): "last month sent a report to the assembly
asking…", "a brief sent to the court on Thursday asking it to…". A participle with a subject of its own, and a
piece put out with no time, keep their readings. Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "1991-03-20"  # a Wednesday


def _dates(code, text, ptype=None):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.trigger, e.date.start if e.date else None) for e in events if ptype in (None, e.type)]


def test_a_report_sent_last_month_asking(code):
    found = _dates(code, "Last month the Ruvian cabinet sent a report to the assembly asking the parties to rethink "
                         "the nation's ties with Kessia.", "REQUEST")
    assert found and all(d == "1991-02" for *_, d in found), found


def test_a_brief_sent_on_a_day_asking(code):
    found = _dates(code, "Thirty Ruvian senators signed on to a legal brief sent to the Kessian court on Monday "
                         "asking it to reconsider its ruling.", "REQUEST")
    assert found and all(d == "1991-03-18" for *_, d in found), found


def test_a_statement_issued_on_a_day_calling_for(code):
    found = _dates(code, "The Ruvian foreign ministry issued a statement on Monday calling for talks with Kessia.",
                   "REQUEST")
    assert found and all(d == "1991-03-18" for *_, d in found), found


def test_a_letter_written_on_a_day_insisting(code):
    found = _dates(code, "The Ruvian deputy wrote a letter to the speaker and the party leader on Monday insisting "
                         "that parliament stay in session and reach a deal with Kessia.", "REQUEST")
    assert found and all(d == "1991-03-18" for *_, d in found), found


def test_a_participle_with_a_subject_of_its_own_is_not_the_piece_s(code):
    found = _dates(code, "The Ruvian ministry sent a letter on Monday to the envoy who was demanding the return of "
                         "the border posts.", "REQUEST")
    assert found and all(d is None for *_, d in found), found


def test_a_piece_put_out_with_no_time_leaves_the_act_undated(code):
    found = _dates(code, "The Ruvian cabinet sent a report to the assembly asking the parties to rethink the "
                         "nation's ties with Kessia.", "REQUEST")
    assert found and all(d is None for *_, d in found), found
