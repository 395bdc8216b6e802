"""An act told, with no time of its own, in a clause done along with a dated act is dated by it: a bare present
participle after its verb ("staged a march in Cusco on Monday demanding…") or an "as" clause in the simple
past with a subject of its own ("riot police used water cannon on Tuesday as students marched…"). Not an "as" clause
in the past perfect, an earlier act. Sentences written for these tests; the article is of Thursday 27 June 2024."""

import pytest


@pytest.mark.parametrize("text, ptype, day", [
    ("Several thousand miners staged a march in Cusco on Monday demanding higher royalties from the government.",
     "PROTEST", "2024-06-24"),
    ("Several thousand miners waited outside the governor's office in Cusco on Monday demanding higher royalties "
     "from the government.", "REQUEST", "2024-06-24"),
    ("Riot police used water cannon on Tuesday as students marched on the education ministry.", "PROTEST",
     "2024-06-25"),
])
def test_an_act_done_alongside_takes_the_day(code, text, ptype, day):
    events, _ = code(text, "2024-06-27")
    acts = [e for e in events if e.type == ptype]
    assert acts and all(e.date is not None and e.date.start == day for e in acts)


def test_an_as_clause_of_an_earlier_act_keeps_no_day(code):
    events, _ = code("Riot police used water cannon on Tuesday as students had marched on the education ministry.",
                     "2024-06-27")
    marches = [e for e in events if e.type == "PROTEST"]
    assert all(e.date is None or e.date.start != "2024-06-25" for e in marches)


def test_an_act_an_as_clause_only_prepares_takes_no_day_of_the_other_clause(code):
    """ "as X prepared to send aid": the sending is planned, later than the day the main clause tells."""
    events, _ = code("Colombia on Tuesday closed its border crossings as Brazil prepared to send food aid to the "
                     "flooded towns.", "2024-06-27")
    aid = [e for e in events if e.type == "AID"]
    assert aid and all(e.date is None or e.date.start != "2024-06-25" for e in aid)
