"""A state's name in a story typed without capitals is the state, not a town of that name; sentences written for
these tests."""


def actors(doc):
    return {m.text: (m.entity, doc._.actors[m.entity].country) for m in doc._.mentions}


def test_a_lower_case_state_name_read_as_a_place_is_the_state(analyse):
    doc = analyse("venezuela approved plans to start talks with foreign banks, the finance minister said after a "
                  "cabinet meeting.", "1987-03-01")
    assert actors(doc)["venezuela"][1] == "VEN"
    doc = analyse("brazil and argentina signed a trade pact on monday, officials in brasilia said.", "1987-03-01")
    assert actors(doc)["brazil"][1] == "BRA" and actors(doc)["argentina"][1] == "ARG"


def test_a_lower_case_common_noun_after_a_determiner_is_no_state(analyse):
    doc = analyse("The turkey was served in China, and the china was broken.", "2020-01-01")
    assert "china" not in actors(doc)
    assert actors(doc)["China"][1] == "CHN"
