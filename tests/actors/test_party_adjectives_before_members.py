"""A capitalised word that begins a party's name, read by the tagger as a people's adjective, names that party before a
noun of its member or candidate ("the Democratic candidate", "a Republican senator"), in a story about the party's
country; before other nouns, or where the story is about no one country, it stays a word."""

import pytest

DATE = "2020-04-20"


def entity(result, ident):
    return next((e for e in result.entities if e.id == ident), None)


@pytest.mark.parametrize("text, party", [
    ("In Ohio, Republicans in the state senate sued to overturn the Democratic governor's order closing shops. The "
     "White House said the suit was justified.", "usa:democratic-party"),
    ("In Montana, the Republican candidate, Tom Hale, vowed to cut taxes. President Trump praised him in Washington.",
     "usa:republican-party"),
    ("The Democratic presidential hopeful visited Iowa on Sunday. The White House ignored the visit.",
     "usa:democratic-party"),
    # a parliament's member, the noun hyphened or not
    ("LONDON - A Conservative back-bencher asked the British prime minister to sell the state's airline shares.",
     "gbr:conservative-party"),
    ("LONDON - A Conservative backbencher urged the British government to cut taxes. Britain said it would wait.",
     "gbr:conservative-party"),
])
def test_the_adjective_names_the_party_of_the_story_s_country(story, text, party):
    assert entity(story(text, published=DATE), party) is not None


def test_the_member_set_beside_it_takes_the_party_s_country(story):
    result = story("In Montana, the Republican candidate, Tom Hale, vowed to cut taxes. President Trump praised him in "
                   "Washington.", published=DATE)
    hale = next(e for e in result.entities if e.name == "Tom Hale")
    assert (hale.country, hale.cameo) == ("USA", "USAPTY")


def test_a_title_after_the_adjective_keeps_its_agent(story):
    result = story("The Democratic senator from Ohio criticised the White House on Monday. Americans voted in Ohio.",
                   published=DATE)
    assert entity(result, "agent:USA:LEG") is not None


@pytest.mark.parametrize("text", [
    # another noun after the word: no party
    "Democratic reforms in Taiwan were praised by Washington on Monday. The United States welcomed the vote.",
    # a party's word with no country the story is about
    "The Democratic candidate spoke on Monday.",
])
def test_no_party_without_a_member_s_noun_or_the_story_s_country(story, text):
    result = story(text, published=DATE)
    assert not [e for e in result.entities if e.kind == "party"]
