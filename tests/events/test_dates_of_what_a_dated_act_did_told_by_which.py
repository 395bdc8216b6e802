"""A dated act named by its noun dates what it did told in a relative clause of "which" in the simple past, also
where the parser hangs the clause on the last noun of the act's phrase (events/dates._subject_act_time with
_act_related): "the May 17th missile attack on the frigate Tern in the Gulf, which killed 37 sailors" (the
attack's day). A clause in the present, a clause whose "which" is no subject, and a noun of no act keep their
readings. Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "1987-06-02"  # a Tuesday


def _dates(code, text, ptype=None):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.trigger, e.date.start if e.date else None) for e in events if ptype in (None, e.type)]


def test_a_killing_by_a_dated_attack_on_a_ship_told_by_which(code):
    found = _dates(code, "The bill was adopted after the May 17th Ruvian missile attack on the frigate Tern in the "
                         "Gulf, which killed 37 sailors.", "ASSAULT")
    assert found and all(d == "1987-05-17" for *_, d in found), found


def test_a_wounding_by_a_day_s_bombing_told_by_which(code):
    found = _dates(code, "Sunday's bombing of the Kessian embassy in Tarn, which wounded 12 guards, was condemned "
                         "by Ruvia.", "ASSAULT")
    assert found and all(d == "1987-05-31" for *_, d in found), found


def test_a_dated_pact_s_ban_told_in_the_present_stays_undated(code):
    found = _dates(code, "The 1986 pact, which bans the sale of arms to Kessia, was signed by Ruvia.", "SANCTION")
    assert all(d is None for *_, d in found), found


def test_a_clause_whose_which_is_its_object_is_not_the_attack_s(code):
    found = _dates(code, "The May 17 attack on the frigate, which Ruvia has condemned, angered Kessia.", "ACCUSE")
    assert all(d is None for *_, d in found), found
