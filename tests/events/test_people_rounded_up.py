"""People rounded up are arrested (COERCE 173); a list or a field "rounded out" is completed, no arrest."""

from __future__ import annotations


def _coercions(events):
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.lower().startswith("round")]


def test_police_rounding_up_protesters_arrest_them(code):
    events, _ = code("Police in Lagos rounded up dozens of striking dock workers on Tuesday.", "2023-05-02")
    assert _coercions(events) == [("COERCE", "173")]


def test_the_particle_after_the_object_still_makes_an_arrest(code):
    events, _ = code("Turkish gendarmes rounded the refugees up near the border crossing.", "2023-05-02")
    assert _coercions(events) == [("COERCE", "173")]


def test_rounding_out_a_list_of_winners_is_no_arrest(code):
    events, _ = code("Rounding out the list of three bidders, the Pentagon also picked two small drone makers.",
                     "2023-05-02")
    assert ("COERCE", "173") not in _coercions(events)


def test_a_field_rounded_out_is_no_arrest(code):
    events, _ = code("The Brazilian army rounded out its shortlist of tank suppliers last month.", "2023-05-02")
    assert ("COERCE", "173") not in _coercions(events)
