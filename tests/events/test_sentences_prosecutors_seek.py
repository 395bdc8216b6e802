"""A sentence or a penalty a prosecutor seeks is the prosecution pressed (accuse.yaml, CAMEO 115, PLOVER ACCUSE
allege), aimed at the one it is sought for; a defence's plea for a lighter sentence, or a meeting a prosecutor
seeks, is no charge. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("A Ruritanian prosecutor is seeking jail sentences for the three Fredonian journalists.", "seeking"),
    ("Prosecutors are seeking the death penalty for the Fredonian national.", "seeking"),
    ("The prosecution demanded a ten-year prison term for the former Ruritanian minister.", "demanded"),
])
def test_a_sentence_a_prosecutor_seeks_is_a_prosecution(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "115"), text


@pytest.mark.parametrize("text, word", [
    ("His lawyers sought a lighter sentence for the Fredonian national.", "sought"),
    ("The prosecutor sought a meeting with the Fredonian ambassador.", "sought"),
])
def test_no_prosecution_without_a_prosecutor_seeking_a_penalty(typed, text, word):
    assert typed(text).get(word, ("NONE", None)) != ("ACCUSE", "115"), text
