"""A trip or visit with neither anyone visited nor a place it goes to, once every side is filled, is no consultation
(meeting_sides.hosted_visits). Sentences written for these tests."""


def _visits(events):
    return [e for e in events if e.type == "CONSULT" and e.mode == "visit"]


def test_a_trip_to_a_gathering_with_no_host_is_no_visit(code):
    events, _ = code("The Kenyan trade minister left for the conference on Sunday.")
    assert _visits(events) == []
    events, _ = code("Senator Maria Lopez was coming to the chamber of commerce's networking breakfast on Wednesday, "
                     "but the organisers saw her visit as a pleasant surprise.")
    assert _visits(events) == []


def test_a_visit_to_a_state_or_a_place_stays(code):  # must-nots
    for text in ("The French president visited China last week.",
                 "Chile's foreign minister flew to Buenos Aires on Monday.",
                 "The Kenyan trade minister arrived in Geneva on Sunday."):
        events, _ = code(text)
        assert len(_visits(events)) == 1, text


def test_a_visit_told_here_takes_the_dateline_s_state_as_host_and_stays(code):  # must-not: the host is inferred
    events, actors = code("NAIROBI, June 23 - The Ugandan foreign minister, who is here on an official visit, "
                          "said trade would grow.")
    visits = _visits(events)
    assert visits and all(actors[i].country == "KEN" for i in visits[0].target)
