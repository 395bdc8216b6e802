"""An act told with no time of its own as done at, during or on the sidelines of an occasion the story told before
takes that occasion's time, as does an act of the occasion's own kind told "in" it and an act the occasion did as
the subject of a past verb (events/story_dates.at_an_occasion_told_before). Not an occasion told as another one, one
of two dated occasions, an act of another kind "in" it (a charge brought later), nor an act said under a verb of
saying at the occasion."""

from tests.events.conftest import only

PUBLISHED = "2023-03-15"  # a Wednesday


def _start(events, kind):
    value = only(events, kind).date
    return value.start if value is not None else None


def test_an_appeal_made_during_the_meeting(code):
    events, _ = code("The Chilean president met his Argentine counterpart in Santiago on Monday. During the meeting, "
                     "he urged Argentina to reopen the mountain pass.", PUBLISHED)
    assert _start(events, "REQUEST") == "2023-03-13"


def test_a_pledge_made_at_the_talks(code):
    events, _ = code("The prime ministers of Greece and Turkey met in Ankara on Feb. 20. At the talks, the Greek "
                     "leader promised to send more rescue teams to Turkey.", PUBLISHED)
    assert _start(events, "AGREE") == "2023-02-20"


def test_a_rebuke_on_the_sidelines_of_the_summit(code):
    events, _ = code("Leaders of the Pacific island states gathered for a summit in Suva on Tuesday. On the "
                     "sidelines of the summit, the Fijian prime minister criticised China for its fishing fleets.",
                     PUBLISHED)
    assert _start(events, "ACCUSE") == "2023-03-14"


def test_what_the_strike_did(code):
    events, _ = code("Israeli jets bombed a Hamas post in Gaza on Sunday, the army said. The strike wounded four "
                     "people, medics in Gaza said.", PUBLISHED)
    starts = {e.date.start if e.date else None for e in events if e.type == "ASSAULT"}
    assert starts == {"2023-03-12"}


def test_people_killed_in_the_raid(code):
    events, _ = code("Colombian troops raided a rebel camp near the Venezuelan border on Saturday. Six guerrillas "
                     "were killed in the raid, the army said.", PUBLISHED)
    starts = {e.date.start if e.date else None for e in events if e.type == "ASSAULT"}
    assert starts == {"2023-03-11"}


def test_a_separate_meeting_is_another_occasion(code):
    events, _ = code("The Chilean president met his Argentine counterpart in Santiago on Monday. At a separate "
                     "meeting, the Chilean foreign minister urged Bolivia to reopen the mountain pass.", PUBLISHED)
    assert _start(events, "REQUEST") is None


def test_one_of_two_dated_meetings_names_none(code):
    events, _ = code("The Chilean president met Argentina's president on Monday and met Peru's president on "
                     "Tuesday. At the meeting, he urged Bolivia to reopen the mountain pass.", PUBLISHED)
    assert _start(events, "REQUEST") is None


def test_a_charge_brought_in_the_shooting_is_not_at_it(code):
    events, _ = code("Gunmen attacked a police station in Karachi on Friday. Prosecutors later charged two men "
                     "in the attack.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_an_act_said_at_the_meeting_is_not_done_there(code):
    events, _ = code("The Chilean president met his Argentine counterpart in Santiago on Monday. During the meeting, "
                     "he said Bolivia had closed the mountain pass in January.", PUBLISHED)
    dates = {e.date.start if e.date else None for e in events if e.type in ("SANCTION", "COERCE", "RETREAT")}
    assert "2023-03-13" not in dates


def test_a_warning_given_in_the_phone_call(code):
    events, _ = code("The Japanese prime minister spoke with the Chinese premier by telephone on Monday. In the "
                     "call, he warned China against more naval drills near Taiwan.", PUBLISHED)
    starts = {e.date.start if e.date else None for e in events if e.type in ("THREATEN", "REQUEST", "ACCUSE")}
    assert starts == {"2023-03-13"}


def test_the_talks_named_again_after_a_dated_meeting(code):
    events, _ = code("The foreign ministers of Ghana and Togo met in Lome on March 2. The Ghanaian minister told "
                     "reporters after the talks that Accra would reopen the border crossings.", PUBLISHED)
    starts = {e.date.start if e.date else None for e in events if e.type == "CONSULT"}
    assert starts == {"2023-03-02"}


def test_talks_between_other_parties_are_another_occasion(code):
    events, _ = code("The foreign ministers of Ghana and Togo met in Lome on March 2. Officials said the talks "
                     "between Malian and Algerian negotiators ended without a deal.", PUBLISHED)
    starts = {e.date.start if e.date else None for e in events if e.type == "CONSULT"}
    assert None in starts


def test_an_act_during_talks_between_other_parties_is_not_at_the_meeting(code):
    events, _ = code("The foreign ministers of Ghana and Togo met in Lome on March 2. During the talks between "
                     "Malian and Algerian negotiators, Mali accused Algeria of arming rebels.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_signing_during_a_dated_visit(code):
    events, _ = code("Vietnam's prime minister visited Laos last week. During his visit, he signed a power "
                     "agreement with the Laotian government.", PUBLISHED)
    value = only(events, "AGREE").date
    assert value is not None and (value.start, value.end) == ("2023-03-06", "2023-03-12")


def test_a_visit_is_not_the_talks_held_during_it(code):
    events, _ = code("The Vietnamese and Laotian prime ministers held talks in Vientiane on Monday. During his "
                     "visit, the Vietnamese leader criticised Cambodia over a canal project.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_signing_planned_during_a_coming_visit_takes_no_day_of_it(code):
    events, _ = code("Vietnam's prime minister will arrive in Laos on Friday for a three-day visit. Officials "
                     "expect the two sides to sign a power agreement during the visit.", PUBLISHED)
    assert _start(events, "AGREE") is None
