"""An envoy named right after the state they are sent to ("the U.S. ambassador to the Ukraine Jane Roe"): the tagger
often reads the state's name and the person's as one organisation; the state is where the envoy is sent, the person
is the envoy, of the state whose name, demonym or possessive stands before the title."""

import pytest

DATE = "2019-11-20"


@pytest.mark.parametrize("text, person, sender, destination", [
    ("The former U.S. ambassador to the Ukraine Nora Velasquez gave evidence to lawmakers on Tuesday.",
     "Nora Velasquez", "USA", "Ukraine"),
    ("The British envoy to the Sudan Harriet Collins met rebel leaders in Juba.", "Harriet Collins", "GBR", "Sudan"),
    ("Japanese ambassador to Kenya Hiroshi Tanabe opened the school.", "Hiroshi Tanabe", "JPN", "Kenya"),
    ("The U.S. envoy to the Ukraine Dennis Harlow Smith resigned.", "Dennis Harlow Smith", "USA", "Ukraine"),
])
def test_the_destination_and_the_envoy_are_two_actors(by_name, story, text, person, sender, destination):
    found = by_name(story(text, published=DATE))
    assert found[person].country == sender
    assert found[person].kind == "person"
    assert found[destination].kind == "government"
    assert not [n for n in found if n != destination and n != person and destination in n]


def test_a_state_s_name_before_a_title_with_a_destination_is_the_sender(by_name, story):
    # "U.S." before "ambassador to Ukraine": the United States sends, Ukraine receives
    found = by_name(story("Former U.S. ambassador to Ukraine Nora Velasquez spoke before Congress on Friday.",
                        published=DATE))
    assert found["Nora Velasquez"].country == "USA"


@pytest.mark.parametrize("text, person", [
    # a state's name beside an envoy's title, with no destination of its own, may be where the envoy is sent
    ("The Ukraine envoy Dennis Harlow Smith resigned on Friday.", "Dennis Harlow Smith"),
])
def test_a_state_s_name_beside_a_title_without_a_destination_gives_no_country(by_name, story, text, person):
    assert by_name(story(text, published=DATE))[person].country is None


@pytest.mark.parametrize("text, kept, not_a_person", [
    # one word after the state's name is no full name: left to the tagger
    ("Washington sent an envoy to Chad Johnson said on Monday.", "Chad", "Johnson"),
    # a name the dictionary knows after the destination is no person
    ("The president met the envoy to Japan Airlines executives on Monday.", "Japan Airlines", "Airlines"),
    # no title of someone sent before "to"
    ("Exports to the Ukraine Nora Velasquez said would grow.", None, "Nora Velasquez"),
])
def test_no_split_without_a_sent_person_s_full_name(by_name, story, text, kept, not_a_person):
    found = by_name(story(text, published=DATE))
    assert kept is None or kept in found
    assert not_a_person not in found


@pytest.mark.parametrize("text, person, sender", [
    # the demonym parsed as an adjective of the title ("Indian" amod, "Pakistani" compound): the sender either way
    ("Indian Ambassador to Nepal Rohan Mehra met the prime minister on Monday.", "Rohan Mehra", "IND"),
    ("Pakistani Ambassador to Nepal Rohan Mehra met the prime minister on Monday.", "Rohan Mehra", "PAK"),
    ("Indian envoy to Sri Lanka Rohan Mehra held talks in Colombo on Friday.", "Rohan Mehra", "IND"),
])
def test_a_demonym_before_a_title_with_a_destination_is_the_sender(by_name, story, text, person, sender):
    assert by_name(story(text, published=DATE))[person].country == sender
