"""The word lists the events and actors stages read from their YAML data, not from Python modules (round 60): each
is found under its name, holds words (lower case; no YAML 1.1 boolean read from an unquoted on/off/yes/no), and the
time lexicon's lists are read on use through the cached `time.lexicon.words`."""

import pytest

from dossier.actors.dictionary import load
from dossier.events.figures_of_speech import figures
from dossier.events.patterns import load_lexicon
from dossier.events.roles.doers import act_nouns
from dossier.events.roles.trips import _meeting_verbs
from dossier.events.status import _negation_words
from dossier.time.lexicon import words


def _plain_words(found) -> bool:
    return bool(found) and all(isinstance(w, str) and w == w.lower() and w not in ("true", "false") for w in found)


@pytest.mark.parametrize("key", ["clock_units", "duration_units", "took_place_verbs", "held_verbs", "another_words"])
def test_the_time_lexicon_holds_the_lists_moved_there(key):
    assert _plain_words(words(key))


@pytest.mark.parametrize("key", ["carriers", "measures", "journey_parts"])
def test_the_act_nouns_are_data(key):
    assert _plain_words(act_nouns()[key])


@pytest.mark.parametrize("read", [
    lambda: _meeting_verbs(),
    lambda: figures()["destruction_verbs"],
    lambda: figures()["measure_nouns"],
    lambda: _negation_words()["foretold_copulas"],
    lambda: _negation_words()["continuing_verbs"],
    lambda: _negation_words()["decided_verbs"],
    lambda: load_lexicon().saying_verbs,
    lambda: load_lexicon().describing_verbs,
    lambda: load_lexicon().expletive_heads,
    lambda: load_lexicon().askers,
])
def test_the_events_word_lists_are_data(read):
    assert _plain_words(read())


@pytest.mark.parametrize("key", ["several_states_words", "counting_words", "other_bank_words", "not_local_words",
                                 "quoting_verbs"])
def test_the_actors_lexicon_holds_the_lists_moved_there(key):
    assert _plain_words(getattr(load().lexicon, key))


def test_a_word_a_list_does_not_hold_is_not_in_it():
    assert "talk" in _meeting_verbs() and "attack" not in _meeting_verbs()
    assert "round" in act_nouns()["measures"] and "talks" not in act_nouns()["measures"]
    assert "again" in words("another_words") and "same" not in words("another_words")
