"""An act a story tells first as planned and then, in a later sentence, as held is one act that took place: "had
planned to hold talks on Friday" … "The talks went ahead on Friday" is one CONSULT, occurred, on Friday
(events/story_dates.held_as_planned). Not when the later noun tells another act ("his last visit", "a meeting"), names
other parties, is negated ("did not take place"), only announced ("the visit was announced"), or has a time that is
not the plan's. Sentences written for these tests; the article is of Saturday 15 June 2024."""

import pytest

PUBLISHED = "2024-06-15"


def _acts(code, text, type_):
    events, _ = code(text, PUBLISHED)
    return [(e.status, e.date.start if e.date else None) for e in events if e.type == type_]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda had planned to hold talks in Nairobi on Friday on their border. "
    "The talks went ahead on Friday and ended with a pledge to reopen the crossing.",
    "The foreign ministers of Kenya and Uganda were scheduled to meet in Nairobi on Friday. "
    "The meeting took place as planned, officials said.",
    "Kenya's foreign minister was to visit Uganda this week to discuss the border. "
    "The visit went ahead on Friday despite protests in Kampala.",
])
def test_a_planned_meeting_later_told_as_held_took_place(code, text):
    assert _acts(code, text, "CONSULT") == [("occurred", "2024-06-14")]


def test_a_planned_strike_later_told_as_begun_took_place(code):
    text = ("Kenyan dock workers had planned to strike against the government on Friday. "
            "The strike began on Friday and shut the port of Mombasa.")
    assert _acts(code, text, "PROTEST") == [("occurred", "2024-06-14")]


def test_a_visit_put_off_and_later_held_took_place_on_its_later_day(code):
    text = "Kenya's president had been due to visit Uganda in May. The visit finally took place on Friday."
    assert _acts(code, text, "CONSULT") == [("occurred", "2024-06-14")]


@pytest.mark.parametrize("text, expected", [
    # the plan is still to come: a visit held before it is another
    ("Kenya's president will visit Uganda in August. The visit took place on Friday.", ("planned", "2024-08")),
    # held before the plan's time: another
    ("Kenya's president was to visit Uganda in June. The visit took place in 2019.", ("planned", "2024-06")),
])
def test_a_visit_held_at_a_time_that_is_not_the_plans_is_another(code, text, expected):
    assert _acts(code, text, "CONSULT") == [expected]


def test_a_planned_signing_later_told_as_done_took_place(code):
    text = ("Kenya and Uganda were due to sign a border accord in Nairobi. "
            "The accord was signed on Friday by both foreign ministers.")
    assert _acts(code, text, "AGREE") == [("occurred", "2024-06-14")]


@pytest.mark.parametrize("later", [
    "The talks did not take place.",  # negated
    "The visit was announced on Friday.",  # only made known
    "His last visit took place in 2019.",  # another act
    "A meeting of their deputies took place on Friday.",  # indefinite: another act
    "The talks will take place in Kampala.",  # still to come
    "The talks were called off on Friday.",  # called off, not held
    "The visit had been planned since March.",  # told as a plan again
])
def test_a_plan_stays_a_plan_when_the_later_sentence_tells_no_holding_of_it(code, later):
    text = "Kenya's president will visit Uganda next week for talks with President Museveni, his office said. " + later
    consults = _acts(code, text, "CONSULT")
    assert ("planned", "2024-06-17") in consults
    assert all(status != "occurred" or day != "2024-06-17" for status, day in consults)


@pytest.mark.parametrize("text, type_", [
    ("Kenya and Uganda were due to sign a border accord on Friday. "
     "The two countries signed the accord in Nairobi on Friday after a last-minute delay.", "AGREE"),
    ("Kenya's foreign minister was to visit Uganda on Friday. He visited Uganda on Friday despite protests.",
     "CONSULT"),
])
def test_a_plan_and_the_act_later_told_done_on_its_day_are_one_event(code, text, type_):
    assert _acts(code, text, type_) == [("occurred", "2024-06-14")]


def test_the_one_event_still_quotes_the_plans_sentence(code):
    events, _ = code("Kenya and Uganda were due to sign a border accord on Friday. "
                     "The two countries signed the accord in Nairobi on Friday after a last-minute delay.", PUBLISHED)
    (accord,) = [e for e in events if e.type == "AGREE"]
    quoted = [x.text for x in accord.evidence]
    assert any("were due to sign" in q for q in quoted) and any("signed the accord" in q for q in quoted)


@pytest.mark.parametrize("text, type_, expected", [
    # another time: the plan stays
    ("Ministers from Kenya and Uganda met in Nairobi on Thursday. "
     "They will meet again next month in Kampala.", "CONSULT", {("occurred", "2024-06-13"), ("planned", "2024-07")}),
    # other parties: Tanzania's accord is not Uganda's
    ("Kenya and Uganda will sign a border accord on Friday. Kenya signed a trade accord with Tanzania on Friday.",
     "AGREE", {("planned", "2024-06-21"), ("occurred", "2024-06-14")}),
])
def test_a_plan_for_another_time_or_other_parties_stays(code, text, type_, expected):
    assert set(_acts(code, text, type_)) == expected
