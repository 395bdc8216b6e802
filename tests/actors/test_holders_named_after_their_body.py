"""A known body's or state's name and its holder's name that the tagger reads as one organisation after a title and
"of" ("the Governor of the Bank of England Arthur Penrose"): the body, then the holder, a person of the body's
country; the title written as a name stands for that holder in the events ("met the Governor of ... X": met X)."""

import pytest

DATE = "1987-03-04"


@pytest.mark.parametrize("text, person, country, body", [
    ("Finance ministers today met the Governor of the Bank of England Arthur Penrose in London.",
     "Arthur Penrose", "GBR", "Bank of England"),
    ("Delegates met the Chairman of the Bank of Japan Kenji Morita on Monday.", "Kenji Morita", "JPN",
     "Bank of Japan"),
    ("The President of France Jean Dumont will visit Japan next week.", "Jean Dumont", "FRA", "France"),
])
def test_the_body_and_its_holder_are_two_actors(by_name, story, text, person, country, body):
    result = story(text, published=DATE)
    found = by_name(result)
    assert found[person].kind == "person"
    assert found[person].country == country
    assert body in found
    assert not [n for n in found if n != person and person in n]  # no organisation holds the person's name
    assert f"unk:PERSON:{person.lower().replace(' ', '-')}" in {a for e in result.events for a in e.source + e.target}


def test_the_title_stands_for_its_holder_in_a_list(by_name, story):
    result = story("The visitors are meeting Foreign Secretary Paul Weston and Governor of the Bank of England "
                   "Arthur Penrose today.", published=DATE)
    targets = {a for e in result.events for a in e.target}
    assert "unk:PERSON:arthur-penrose" in targets
    assert not [n for n in by_name(result) if n == "Governor"]


@pytest.mark.parametrize("text, not_a_person", [
    # one word after the body's name: no full name ("the Bank of England Trust")
    ("The board heard the Governor of the Bank of England Trust on Monday.", "Trust"),
    # the words after the body are a body's own ("Pension Fund", "Research Institute")
    ("The minister met the chairman of the Bank of England Pension Fund on Friday.", "Pension Fund"),
    ("The minister met the chairman of the Bank of Japan Research Institute on Friday.", "Research Institute"),
    # no title before "of"
    ("Shares of the Bank of England Arthur Penrose said were steady.", "Arthur Penrose"),
])
def test_no_split_without_a_title_and_a_person_s_full_name(by_name, story, text, not_a_person):
    assert not_a_person not in by_name(story(text, published=DATE))
