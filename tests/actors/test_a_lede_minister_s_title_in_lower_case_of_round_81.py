"""Round 81 (dyads81): a lede's minister whose title the desk wrote in lower case ("Trade minister X said ...") is
of the dateline's state, as one written "Trade Minister X" is (round 75); before, the state the story names most
(where the minister travels) was his."""


def _country(found, name):
    return next(e for e in found.entities if e.name == name).country


_KOREA = (" He hopes to meet Korean bankers and Korea's trade officials. Korea has lent to several firms here, and "
          "Korean exporters want new contracts.")


def test_a_lower_case_title_in_the_lede_is_the_dateline_state_s(story):
    found = story("Trade minister Ramiro Olmedo said he would travel to South Korea next month to look for new "
                  "export credits." + _KOREA, dateline="QUITO")
    assert _country(found, "Ramiro Olmedo") == "ECU"


def test_a_capitalised_title_still_is(story):
    found = story("Trade Minister Ramiro Olmedo said he would travel to South Korea next month to look for new "
                  "export credits." + _KOREA, dateline="QUITO")
    assert _country(found, "Ramiro Olmedo") == "ECU"


def test_a_lower_case_title_of_a_later_sentence_keeps_the_story_s_state(story):
    found = story("South Korea will offer new export credits this year." + _KOREA +
                  " Trade minister Kim Dae-sung said talks would start soon.", dateline="QUITO")
    assert _country(found, "Kim Dae-sung") != "ECU"
