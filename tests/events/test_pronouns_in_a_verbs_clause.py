""""It" or "they" opening the content clause of a verb other than one of saying stands for that verb's own subject
where the two agree in number ("Iran warned that it would…", "the fishermen vowed that they would…"), not for the
subject of an earlier sentence; not after a verb of asking or demanding, not across numbers, not for the "it" of "it
would take years", never a person for "it" (events/actors.Resolver._clause_subject). Sentences written for these
tests."""

import pytest

from dossier.events.actors import Resolver


def _subject_of_clause(nlp, text: str, word: str):
    """(the actor's name or None) that `_clause_subject` gives the last `word` of the text."""
    doc = nlp(text)
    pron = [t for t in doc if t.lower_ == word][-1]
    ident = Resolver(doc)._clause_subject(pron)
    return (doc._.actors or {})[ident].name if ident else None


def test_it_in_a_warning_is_the_state_that_warns_not_the_last_sentence_s(nlp):
    doc = nlp("Chile met Argentina on Monday. Iran warned that it would attack the oil fields of Iraq.")
    pron = next(t for t in doc if t.lower_ == "it")
    assert (doc._.actors or {})[Resolver(doc).one(pron)].name == "Iran"  # not Chile, the earlier sentence's subject


def test_they_in_a_vow_are_those_who_vow(nlp):
    name = _subject_of_clause(nlp, "Greek farmers blocked the roads on Monday. Turkish fishermen vowed that they "
                                   "would sail to the islands.", "they")
    assert name is not None and "Turk" in name


@pytest.mark.parametrize("text, word", [
    # a verb of demanding asks the act of others: those released are not the unions
    ("Kenyan police detained two hundred students on Monday. The teachers' unions demanded that they be released.",
     "they"),
    # a plural pronoun does not stand for one state
    ("Chile met Argentina on Monday. Iran warned that they would pay a heavy price.", "they"),
    # an "it" that stands for nothing
    ("Chile met Argentina on Monday. Iran warned that it would take years to rebuild the port.", "it"),
    # a person is no "it"
    ("Chile met Argentina on Monday. Senator Adams feared that it would lead to war.", "it"),
])
def test_no_reading_where_the_pronoun_may_be_another(nlp, text, word):
    assert _subject_of_clause(nlp, text, word) is None
