"""Round 74 (dyads74): a person titled after an international body's name and a portfolio ("EC Industrial Policy
Director X") is that body's official (its code, no state); before, he was a person of no state and no body. A firm's
or a state's name before such a title gives none."""


def _person(found, name):
    return next(e for e in found.entities if e.name == name)


def test_an_ec_director_by_title_is_the_ec_s(story):
    found = story("In March, EC Industrial Policy Director Klaus Ebner came to Japan and urged the government to buy "
                  "more European goods.", dateline="TOKYO")
    person = _person(found, "Klaus Ebner")
    assert (person.country, person.cameo) == (None, "IGOEUREEC")
    assert [r.organisation for r in person.roles] == ["org:european-community"]


def test_a_firm_s_director_by_title_is_not_a_body_s(story):
    found = story("Ovalon Research Director Klaus Ebner said sales rose.", dateline="BONN")
    assert not (_person(found, "Klaus Ebner").cameo or "").startswith("IGO")
