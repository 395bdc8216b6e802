"""A title's word that begins a body's name is the name's ("the Foreign Ministry", "the Justice Department", "the
General Assembly"), not a title stripped from it ("Ministry"); before a person's name it is still a title. Sentences
written for these tests."""


def _names(found):
    return {e.name for e in found.entities}


def test_a_ministry_named_by_a_title_s_word_keeps_it(story):
    found = story("Italy will change its extradition law. The Justice Ministry said on Monday that a bill was ready, "
                  "and the Foreign Ministry sent it to Paris.", dateline="ROME")
    names = _names(found)
    assert {"Justice Ministry", "Foreign Ministry"} <= names
    assert "Ministry" not in names


def test_a_department_named_so_keeps_it(story):
    found = story("Canada will change its extradition law. The Justice Department said a bill was ready.",
                  dateline="OTTAWA")
    assert "Justice Department" in _names(found)


def test_a_title_before_a_person_s_name_is_still_a_title(story):
    found = story("Judge Martha Quellen of Ohio said on Monday that the county had broken the law.")
    names = _names(found)
    assert "Martha Quellen" in names
    assert "Judge Martha Quellen" not in names
