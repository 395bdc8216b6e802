"""A state's title whose portfolio is written after it in "of"/"for" phrases ("Kuwaiti Minister of State for Foreign
Affairs X", "Kuwait's Minister of Oil X") gives the person named after it the title's state, as a portfolio written
before the title does ("Kuwaiti Oil Minister X"). Before, such a person had no country."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


def test_a_junior_minister_s_long_title(story):
    found = story("Chile and Kuwait agreed to expand their trade, Kuwaiti Minister of State for Foreign Affairs "
                  "Khalid al-Harbi said today after talks in Santiago.")
    assert _person(found, "Khalid al-Harbi").country == "KWT"


def test_a_possessive_state_before_the_title(story):
    found = story("Oman's Minister of Oil Yusuf al-Dhahri met the Chilean president on Monday.")
    assert _person(found, "Yusuf al-Dhahri").country == "OMN"


def test_a_body_s_title_gives_no_state(story):
    found = story("Kuwait will cut output, and President of the Pacific Oil Exchange Daniel Marrow said prices "
                  "would rise.")
    assert _person(found, "Daniel Marrow").country != "KWT"
