"""Losses told with no time of their own as suffered "in the fighting" or "in the clashes" take the day of the fight
the story told before (time lexicon force_occasions), as losses "in the attack" do; a later verdict on the fighting
("condemned the fighting") is not dated by it."""


def _assaults(code, text):
    events, actors = code(text, "2024-06-26")  # a Wednesday
    return [(e.trigger, e.date.start if e.date else None) for e in events if e.type == "ASSAULT"]


def test_units_destroyed_in_the_fighting_take_the_repelled_attack_s_night(code):
    found = _assaults(code, "Mali said today it beat back a Burkinabe raid near Gao last night. A Malian colonel told "
                            "the press that three Burkinabe companies were wiped out in the fighting.")
    assert len(found) == 2 and all(day == "2024-06-25" for _, day in found), found


def test_soldiers_killed_in_the_clashes_take_the_attack_s_day(code):
    found = _assaults(code, "Malian troops stormed Burkinabe outposts near Gao on Monday. Twelve Burkinabe soldiers "
                            "were killed in the clashes.")
    assert len(found) == 2 and all(day == "2024-06-24" for _, day in found), found


def test_a_toll_in_the_present_perfect_is_the_whole_war_s(code):
    found = _assaults(code, "Rebels shelled Kidal on Monday, the Malian army said. The United Nations says tens of "
                            "thousands of people have been killed in the fighting.")
    assert ("shelled", "2024-06-24") in found and all(day is None for trigger, day in found if trigger != "shelled"), \
        found
