"""A noun act that is the object of "ahead of", "before", "after" or "following" is the other act the clause's act
is set against: the clause's time is not its own ("Ahead of the premier's trip to Quito, the ministry on Tuesday
warned…": the trip is not Tuesday's); a time inside its phrase still is. Sentences written for these tests; the
article is of Thursday 27 June 2024."""


def _visits(events):
    return [e for e in events if e.type == "CONSULT" and e.trigger in ("visit", "trip")]


def test_the_clause_s_day_does_not_date_the_visit_it_comes_ahead_of(code):
    events, _ = code("Ahead of the Bolivian president's visit to Quito, the Ecuadorian ministry on Tuesday "
                     "tightened rules for border traders.", "2024-06-27")
    visits = _visits(events)
    assert visits and all(e.date is None for e in visits)


def test_a_day_inside_the_phrase_still_dates_the_visit(code):
    events, _ = code("Ahead of the Bolivian president's visit to Quito on Sunday, Ecuador tightened rules for border "
                     "traders.", "2024-06-27")
    visits = _visits(events)
    assert visits and all(e.date is not None and e.date.start == "2024-06-30" for e in visits)
