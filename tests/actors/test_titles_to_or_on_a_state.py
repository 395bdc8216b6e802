"""A title's destination or subject is not its holder's state: the state or body an envoy is sent to ("the French
envoy to the European Union X", however the parser hangs the name), or the state an expert studies ("a Russia expert
X"); the holder's state is the one a possessive, a demonym or an abbreviation before the title names, or the state
of a body named before the studied state ("a White House China adviser"), else none."""

import pytest

DATE = "2019-11-20"


@pytest.mark.parametrize("text, person, cameo", [
    # the name parsed as a modifier of the next name of the list, the body's name hung on it
    ("She insisted that she, U.S. Ambassador to the European Union Martin Sorensen and Energy Secretary Owen Marsh "
     "never ran a private channel.", "Martin Sorensen", "USAGOV"),
    ("Kim recalled that Park, U.S. Ambassador to the European Union Roland Stenberg and Trade Secretary Owen Marsh "
     "met weekly.", "Roland Stenberg", "USAGOV"),
    ("The French ambassador to the European Union Lucien Marchetti-Roux met officials in Brussels.",
     "Lucien Marchetti-Roux", "FRAGOV"),
    ("The British envoy to the European Union Marcus Pell said talks would resume.", "Marcus Pell", "GBRGOV"),
    ("U.S. Ambassador to the United Nations Karen Holloway criticised Iran on Monday.", "Karen Holloway", "USAGOV"),
])
def test_an_envoy_to_an_international_body_is_the_sender_s(by_name, story, text, person, cameo):
    found = by_name(story(text, published=DATE))
    assert found[person].kind == "person"
    assert found[person].cameo == cameo
    assert found[person].country == cameo[:3]
    assert not found[person].roles  # no "official of" the body the envoy is sent to


@pytest.mark.parametrize("text, person", [
    ("Russia expert Helen Marsh testified on Thursday.", "Helen Marsh"),
    ("Veteran China analyst Paul Dornbusch said Beijing would respond.", "Paul Dornbusch"),
    ("The Iran specialist Karl Seidenberg said Tehran would hold out.", "Karl Seidenberg"),
])
def test_a_state_s_name_before_an_expert_s_noun_is_the_subject(by_name, story, text, person):
    found = by_name(story(text, published=DATE))
    assert found[person].country is None


@pytest.mark.parametrize("text, person, country", [
    # a demonym, a possessive or an abbreviation before the noun says whose the expert is
    ("Iranian expert Karl Seidenberg said Tehran would hold out.", "Karl Seidenberg", "IRN"),
    ("Japan's adviser Kenji Moriyama said Tokyo would respond.", "Kenji Moriyama", "JPN"),
    ("A U.S. intelligence expert, Helen Marsh, testified on Thursday.", "Helen Marsh", "USA"),
    ("China's envoy to Britain Wen Lianshu said on Monday that the two sides should talk.", "Wen Lianshu", "CHN"),
    # a state's body before the studied state: the body's state, never the one studied (round 66: was none)
    ("The envoy was not in charge of trade, said a former White House China adviser, Martha Quill.", "Martha Quill",
     "USA"),
])
def test_the_holder_s_own_state_is_kept(by_name, story, text, person, country):
    assert by_name(story(text, published=DATE))[person].country == country
