"""An act or a text that is the subject of a verb in the past, with its own time hung on it, did what the verb tells
then: "Sunday's attack on the base killed 12 soldiers" is Sunday's killing (events/dates._subject_act_time; nouns from
data/acts_named_again.yaml and the time lexicon's acts_told_by_their_results and means_of_saying). Not a passive
("Sunday's attack was condemned": the condemnation came later), not a person's noun ("the 2016 candidate")."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events, kind):
    value = only(events, kind).date
    return value.start if value is not None else None


def test_a_possessive_day_on_the_attack(code):
    events, _ = code("Sunday's attack on the army post killed 12 soldiers.", PUBLISHED)
    assert _start(events, "ASSAULT") == "2021-11-07"


def test_a_clause_telling_when_the_raid_took_place(code):
    events, _ = code("The raid, which took place on Tuesday, destroyed two rebel depots near Goma.", PUBLISHED)
    assert _start(events, "ASSAULT") == "2021-11-09"


def test_a_dated_letter_demanded(code):
    events, _ = code("The March 3 letter from Pyongyang demanded food aid from Seoul.", PUBLISHED)
    assert _start(events, "REQUEST") == "2021-03-03"


def test_a_raid_that_had_killed_told_in_the_past_perfect(code):
    events, _ = code("A Kenyan colonel said the raid on the rebel camp on Monday had killed 30 fighters.", PUBLISHED)
    assert _start(events, "ASSAULT") == "2021-11-08"


def test_a_passive_subject_is_acted_on_later(code):
    events, _ = code("Sunday's attack on the army post was condemned by the African Union.", PUBLISHED)
    assert _start(events, "ACCUSE") is None


def test_a_person_of_another_year_acts_now(code):
    events, _ = code("The 2016 candidate accused the president of lying.", PUBLISHED)
    assert _start(events, "ACCUSE") is None
