"""A "when" clause after a "since" phrase tells what happened at the time the phrase runs from ("since early March,
when the governor promised…"): the act is dated by that time alone, not by the stretch from it to the article's
day. Sentences written for these tests; the article is of Friday 7 January 2000."""


def test_the_when_clause_after_since_takes_the_starting_time(code):
    events, _ = code("It was the loudest of many rallies held since early December, when President Ruiz promised to "
                     "free the prisoners.", "2000-01-07")
    promises = [e for e in events if e.trigger == "promised"]
    assert promises and all(e.date is not None and e.date.start.startswith("1999-12")
                            and (e.date.end or e.date.start).startswith("1999-12") for e in promises)
