"""A disease or its virus ("COVID-19", "Ebola") and a word a story writes as a hashtag ("the #MeToo era", then "the
MeToo movement") name no actor: the one spreads, the other is a slogan people post under (lexicon `not_actor_words`,
actors/hashtags.py). A dictionary's name written as a hashtag ("#Putin") is still its actor. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def names(found) -> set[str]:
    return {m.text.lower().lstrip("#") for m in found.mentions}


@pytest.mark.parametrize("text, word", [
    ("The governor said 40 more residents of Ohio had died of COVID-19 and that hospitals were full.", "covid-19"),
    ("Brazil's president tested positive for COVID-19 on Tuesday, his office said.", "covid-19"),
    ("Liberia said 30 more people had died of Ebola this week, and asked Ghana for doctors.", "ebola"),
    ("Her account was widely shared in the #MeToo era, and the MeToo movement took up her cause. The director "
     "denied the claims.", "metoo"),
    ("Students rallied under the #FeesMustFall banner for a week, and FeesMustFall leaders met the minister in "
     "Pretoria.", "feesmustfall"),
])
def test_no_actor_for_a_disease_or_a_hashtag(story, text, word):
    found = story(text)
    assert word not in names(found)
    assert all(word not in e.name.lower() for e in found.entities)


def test_a_known_name_written_as_a_hashtag_is_still_its_actor(story):
    found = story("Supporters of Vladimir Putin posted under #Putin and praised the president in Moscow.",
                  published="2020-06-01")
    assert any(e.name == "Vladimir Putin" for e in found.entities)


@pytest.mark.parametrize("text, name", [
    ("The National AIDS Control Council said Kenya would fund new clinics.", "National AIDS Control Council"),
    ("The Ebola Survivors Network asked Liberia to pay for treatment.", "Ebola Survivors Network"),
])
def test_a_disease_word_inside_a_body_s_name_keeps_the_body(story, text, name):
    assert any(e.name == name for e in story(text).entities)


def test_a_hashtag_the_tagger_reads_as_an_organisation_keeps_it(story):
    # a club or a body people post about is still a body where the text names it as one
    found = story("Fans posted #Arsenal messages all night, and Arsenal Football Club thanked them on Sunday.",
                  published="2020-06-01")
    assert any("Arsenal" in e.name for e in found.entities)
