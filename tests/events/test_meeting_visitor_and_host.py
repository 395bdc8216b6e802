"""A meeting's sides: the visitor is the source and the host the target, whatever order the sentence names them in
(meeting_sides.visitor_first). Sentences written for these tests."""

from tests.events.conftest import names


def _meeting(events):
    found = [e for e in events if e.type == "CONSULT" and e.mode in ("meet", "negotiate")]
    assert len(found) == 1, [(e.type, e.mode, e.trigger) for e in events]
    return found[0]


def _countries(ids, actors):
    return [actors[i].country for i in ids]


def test_the_host_named_first_becomes_the_target_where_the_meeting_is_in_its_capital(code):
    events, actors = code("President Cyril Ramaphosa met Chinese Premier Li Qiang in Pretoria on Thursday.")
    event = _meeting(events)
    assert _countries(event.source, actors) == ["CHN"] and _countries(event.target, actors) == ["ZAF"]


def test_talks_held_by_the_host_in_its_own_country_go_from_the_guest(code):
    events, actors = code("Japan's prime minister Fumio Kishida held talks with Indian Prime Minister Narendra Modi "
                          "in Tokyo on Monday.")
    event = _meeting(events)
    assert _countries(event.source, actors) == ["IND"] and _countries(event.target, actors) == ["JPN"]


def test_the_guest_named_first_stays_the_source(code):
    events, actors = code("Indian Prime Minister Narendra Modi met Japan's prime minister Fumio Kishida in Tokyo.")
    event = _meeting(events)
    assert _countries(event.source, actors) == ["IND"] and _countries(event.target, actors) == ["JPN"]


def test_a_visit_told_in_the_sentence_tells_who_came(code):
    events, actors = code("Vladimir Putin met Wang Yi, who arrived in Moscow on Monday.")
    event = _meeting(events)
    assert names(event.source, actors) == {"Wang Yi"} and names(event.target, actors) == {"Vladimir Putin"}


def test_a_meeting_at_a_third_place_keeps_the_order_of_the_sentence(code):
    events, actors = code("French President Emmanuel Macron met German Chancellor Olaf Scholz in Geneva.")
    event = _meeting(events)
    assert _countries(event.source, actors) == ["FRA"] and _countries(event.target, actors) == ["DEU"]


def test_a_meeting_with_no_place_keeps_the_order_of_the_sentence(code):
    events, actors = code("Vladimir Putin met Wang Yi on Tuesday.")
    event = _meeting(events)
    assert names(event.source, actors) == {"Vladimir Putin"} and names(event.target, actors) == {"Wang Yi"}


def test_two_of_one_country_meeting_at_home_keep_the_order(code):
    events, actors = code("Vladimir Putin met Sergei Lavrov in Moscow on Tuesday.")
    event = _meeting(events)
    assert names(event.source, actors) == {"Vladimir Putin"} and names(event.target, actors) == {"Sergei Lavrov"}


def test_a_phone_call_is_no_meeting_with_a_host(code):
    events, actors = code("Vladimir Putin telephoned Wang Yi from Moscow on Tuesday.")
    calls = [e for e in events if e.type == "CONSULT"]
    assert calls and all(names(e.source, actors) == {"Vladimir Putin"} for e in calls)


def test_the_party_called_visiting_is_the_source_of_the_meeting(code):
    events, actors = code("Vladimir Putin met visiting Chinese Foreign Minister Wang Yi on Tuesday.")
    event = _meeting(events)
    assert names(event.source, actors) == {"Wang Yi"} and names(event.target, actors) == {"Vladimir Putin"}


def test_talks_with_the_visiting_party_go_from_it(code):
    events, actors = code("Chinese President Xi Jinping held talks with the visiting Brazilian president "
                          "Lula da Silva.")
    event = _meeting(events)
    assert _countries(event.source, actors) == ["BRA"] and _countries(event.target, actors) == ["CHN"]


def test_a_visit_named_by_visiting_before_a_name_is_made_by_that_name(code):
    events, actors = code("Chinese leader Xi Jinping told visiting U.S. Secretary of State Antony Blinken that ties "
                          "were improving.")
    visit = next(e for e in events if e.type == "CONSULT" and e.mode == "visit")
    assert _countries(visit.source, actors) == ["USA"] and _countries(visit.target, actors) == ["CHN"]


def test_visiting_after_a_verb_of_gerunds_is_the_act_of_visiting(code):
    events, actors = code("Wang Yi started visiting Vladimir Putin every year.")
    visit = next(e for e in events if e.type == "CONSULT" and e.mode == "visit")
    assert names(visit.source, actors) == {"Wang Yi"} and names(visit.target, actors) == {"Vladimir Putin"}


def test_a_place_that_tells_who_the_subject_is_is_not_where_they_meet(code):
    events, actors = code("Kenyan officials in Nairobi met Ugandan President Yoweri Museveni on Monday.")
    meetings = [e for e in events if e.type == "CONSULT" and e.mode in ("meet", "negotiate")]
    assert meetings and all(_countries(e.source, actors) == ["KEN"] for e in meetings)
