"""A time in an "on"/"in"/"at"/"during" phrase the parser hangs on a noun that names an actor or a place tells the
clause's act, not that actor or place ("attacked rebels on Sunday"); on a noun of a thing or act it still dates that
noun ("criticised the vote on Sunday" need not be Sunday's criticism). Parses are built by hand, so the tests do not
hang on the parser's choice (events/dates._describes_noun)."""

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from dossier.events.dates import _describes_noun
from dossier.nlp import extensions  # noqa: F401

VOCAB = English().vocab  # with English's lower-case forms


def _doc(words, heads, deps, pos, actors=(), places=()):
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos)
    doc._.token_actor = {i: f"actor{i}" for i in actors}
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in places]
    return doc


def test_a_day_hung_on_a_group_of_people_is_the_acts():
    # troops attacked rebels on Sunday (the parser hung "on Sunday" on "rebels")
    doc = _doc(["troops", "attacked", "rebels", "on", "Sunday"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["NOUN", "VERB", "NOUN", "ADP", "PROPN"], actors=[0, 2])
    assert not _describes_noun(doc[4], {1})


def test_a_day_hung_on_a_place_is_the_acts():
    # the envoy met officials in Lima on Monday ("on Monday" hung on "Lima")
    doc = _doc(["envoy", "met", "officials", "in", "Lima", "on", "Monday"], [1, 1, 1, 1, 3, 4, 5],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
               ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN"], actors=[0, 2], places=[4])
    assert not _describes_noun(doc[6], {1})


def test_a_day_through_a_group_on_the_acts_noun_reaches_the_act():
    # launched an offensive against rebels on Sunday: through "rebels" to "offensive", the act's noun
    doc = _doc(["troops", "launched", "offensive", "against", "rebels", "on", "Sunday"], [1, 1, 1, 2, 3, 4, 5],
               ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
               ["NOUN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN"], actors=[0, 4])
    assert not _describes_noun(doc[6], {1, 2})


def test_a_day_on_a_noun_of_an_act_still_describes_it():
    # criticised the vote on Sunday
    doc = _doc(["Kenya", "criticised", "vote", "on", "Sunday"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"], actors=[0])
    assert _describes_noun(doc[4], {1})


def test_a_year_of_a_group_through_of_still_describes_it():
    # praised the government of 2019 ("of" is no phrase of time)
    doc = _doc(["Kenya", "praised", "government", "of", "2019"], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "NUM"], actors=[0, 2])
    assert _describes_noun(doc[4], {1})
