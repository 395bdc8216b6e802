"""Names the events coder registers where the actors stage found none: a person's name read after a title the tagger
left out ("Bank of Japan Governor Satoshi Sumita" in a list) is a person's."""


def test_a_person_read_after_a_title_is_a_person(code):
    events, actors = code("The envoy held talks with Prime Minister Kenji Ono, Trade Minister Taro Mori, Bank of "
                          "Japan Governor Satoshi Sumita and other senior Japanese officials.", published="1987-03-24")
    assert actors["unk:PERSON:satoshi-sumita"].kind == "person"

