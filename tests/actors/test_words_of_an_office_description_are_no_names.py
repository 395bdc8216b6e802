"""A person named by a description of the office they hold ("the president of South Africa") is not named by the
description's words: a later lone word of the description ("South", "New" of "New Year") is not that person,
while their own names still are. Sentences written for these tests."""


def named(doc):
    """(mention text, entity name) of every mention."""
    return {(m.text, doc._.actors[m.entity].name) for m in doc._.mentions}


def test_a_word_of_the_state_s_name_in_the_description_is_not_the_holder(analyse):
    doc = analyse("The president of South Africa spoke in Pretoria. South said the rand would recover.", "2016-03-03")
    assert ("The president of South Africa", "Jacob Zuma") in named(doc)
    assert ("South", "Jacob Zuma") not in named(doc)
    doc = analyse("The prime minister of New Zealand sent a greeting. New Year's Day was quiet in Wellington, "
                  "and New said nothing more.", "2020-01-03")
    assert ("The prime minister of New Zealand", "Jacinda Ardern") in named(doc)
    assert not {text for text, name in named(doc) if name == "Jacinda Ardern"} - {"The prime minister of New Zealand"}


def test_a_titled_name_still_lends_its_family_name(analyse):
    doc = analyse("Prime Minister Jacinda Ardern toured the port. Ardern said the wharf would reopen.", "2020-01-03")
    assert ("Ardern", "Jacinda Ardern") in named(doc)
