"""Round 81 (dyads81): a head of government named only as the owner of his government in an official's sentence
("since Kohl's government was formed", "under the government of Kohl") is no counterpart of the official named by
a title alone: before, the official was given the one other state the story names (a German minister in a
Frankfurt story became American)."""


def _country(found, name):
    return next(e for e in found.entities if e.name == name).country


_BANK = ("Bank officials said Hans Gruber will keep his post at the West German central bank. Dealers in the United "
         "States like him. ")


def test_a_head_s_own_government_makes_no_counterpart(story):
    found = story(_BANK + "Officials noted that Gruber has worked well with Finance Minister Otto Brandner since "
                  "Kohl's government was formed in 1983.", dateline="FRANKFURT")
    assert _country(found, "Otto Brandner") == "DEU"


def test_the_government_of_a_head_makes_no_counterpart(story):
    found = story(_BANK + "Officials noted that Gruber has worked well with Finance Minister Otto Brandner under the "
                  "government of Kohl.", dateline="FRANKFURT")
    assert _country(found, "Otto Brandner") == "DEU"


def test_a_head_met_still_is_a_counterpart(story):
    found = story(_BANK + "Officials said Finance Minister Otto Brandner met Reagan on Monday.", dateline="FRANKFURT")
    assert _country(found, "Otto Brandner") == "DEU"
