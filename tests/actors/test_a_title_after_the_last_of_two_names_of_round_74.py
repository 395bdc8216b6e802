"""Round 74 (dyads74): a singular title set off by a comma after the last of two joined names ("X and Y, World Bank
vice-president for Asia") is the last one's only, though the parser hangs it beside the first: the first keeps the
reading of his own title (a finance minister of the dateline's state), the second is the body's official. Before, the
first took the body's code and no state."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


def test_the_title_after_the_second_name_is_not_the_first_s(story):
    found = story("Indonesia and the World Bank signed a 200 mln dlr loan on Monday. The loan was signed by Finance "
                  "Minister Radius Hasan and B. Olowokere, World Bank vice-president for the Asian region.",
                  dateline="JAKARTA")
    minister = _person(found, "Radius Hasan")
    assert minister.country == "IDN"
    assert not (minister.cameo or "").startswith("IGO")


def test_a_plural_description_after_two_names_still_reaches_both(story):
    found = story("The plan was drafted by Lars Berg and Erik Dahl, two Swedish diplomats, officials said.",
                  dateline="GENEVA")
    assert _person(found, "Erik Dahl").country == "SWE"  # a plural noun: not a title of one name, unchanged

