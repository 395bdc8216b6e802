"""A state told now by "is"/"are" ("is on a visit to Ghana", "is in talks with Chad") is not dated by a time of a
verb joined to it by "and" ("and flies to Togo on Thursday"): the state holds at the writing. The later verb keeps
its time, and two acts in the past joined by "and" still share one ("arrived … and held talks on Monday")."""


def _dates(code, text):
    events, _ = code(text, "2024-06-25")
    return {e.trigger: e.date.start if e.date else None for e in events}


def test_a_visit_now_is_not_dated_by_the_next_leg(code):
    found = _dates(code, "Nigeria's foreign minister is on a three-day visit to Ghana after talks in Benin and "
                         "Niger, and leaves for Togo on Thursday.")
    assert found.get("visit", "missing") is None and found.get("leaves") == "2024-06-27", found


def test_talks_now_are_not_dated_by_a_signing_to_come(code):
    found = _dates(code, "Niger is in talks with Chad and will sign a border accord on Thursday.")
    assert found.get("talks", "missing") is None and found.get("sign") == "2024-06-27", found


def test_two_past_acts_joined_share_their_time(code):
    found = _dates(code, "The Ghanaian president arrived in Abuja and held talks with Nigeria's leader on Monday.")
    assert found.get("arrived") == "2024-06-24" and found.get("held … talks") == "2024-06-24", found


def test_a_prospect_told_by_is_keeps_the_later_time(code):
    found = _dates(code, "The Ghanaian envoy is due in Abuja for talks with Nigeria and flies to Lome on Thursday.")
    assert found.get("talks") == "2024-06-27", found
