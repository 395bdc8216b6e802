""""It" or "they" as the subject of an adverbial clause ("as it condemned…", "after they accused…", before or after
the clause it hangs on) stands for the named subject of the verb the clause hangs on where the two agree in number,
not for an earlier sentence's subject; not where that verb's object agrees in number too, not for an "it" that
stands for nothing, never a person for "it" (events/actors.Resolver._adverbial_subject). Sentences written for
these tests."""

import pytest

from dossier.events.actors import Resolver

from .conftest import names


def _subject_of_clause(nlp, text: str, word: str):
    """(the actor's name or None) that `_adverbial_subject` gives the last `word` of the text."""
    doc = nlp(text)
    pron = [t for t in doc if t.lower_ == word][-1]
    ident = Resolver(doc)._adverbial_subject(pron)
    return (doc._.actors or {})[ident].name if ident else None


@pytest.mark.parametrize("text, word, actor", [
    ("Chile met Argentina on Monday. Germany proposed new talks, as it condemned the attack on its embassy.",
     "it", "Germany"),
    ("Chile met Argentina on Monday. Turkey recalled its envoys after it accused Syria of shelling.",
     "it", "Turkey"),
    # the clause before the verb it hangs on
    ("Chile met Argentina on Monday. After it accused Syria of shelling, Turkey recalled its envoys.",
     "it", "Turkey"),
    ("Chile met Argentina on Monday. Kenyan teachers went on strike while they denounced the pay offer.",
     "they", "Kenya"),
])
def test_the_pronoun_is_the_subject_of_the_verb_the_clause_hangs_on(nlp, text, word, actor):
    name = _subject_of_clause(nlp, text, word)
    assert name is not None and actor in name


@pytest.mark.parametrize("text, word", [
    # the object agrees in number: the tanker may be what entered
    ("Chile met Argentina on Monday. Iran seized the tanker after it entered the strait.", "it"),
    ("Chile met Argentina on Monday. Kenyan police arrested the students after they denounced the president.",
     "they"),
    # the object of the verb's preposition agrees in number: the dealers may be who helped
    ("Chile met Argentina on Monday. Kenyan prosecutors may go after the dealers if they helped the gang.", "they"),
    ("Chile met Argentina on Monday. Iran fired on the tanker after it entered the strait.", "it"),
    # a plural pronoun does not stand for one state
    ("Chile met Argentina on Monday. Iran shelled the border town as they retreated.", "they"),
    # an "it" that stands for nothing
    ("Chile met Argentina on Monday. Iran left the talks after it became clear that they had failed.", "it"),
    # a person is no "it"
    ("Chile met Argentina on Monday. Senator Adams left the hall before it rained.", "it"),
    # the term of a vow: the capture is aimed at, not done (tests/events/test_denials.py: no ASSAULT)
    ("Chile met Argentina on Monday. Kenyan rebels have sworn to fight until they capture the town.", "they"),
    # a verb that describes its subject: the clause may explain about another
    ("Chile met Argentina on Monday. Europe is a natural market for the brewer, since it sells well in Canada.",
     "it"),
    # a content clause's "it" is `_clause_subject`'s, not this reading's
    ("Chile met Argentina on Monday. Iran warned that it would attack the oil fields.", "it"),
])
def test_no_reading_where_the_pronoun_may_be_another(nlp, text, word):
    assert _subject_of_clause(nlp, text, word) is None


def test_an_act_in_an_as_clause_is_its_subject_s_not_lost_beside_the_main_one(code, rules_only):
    events, actors = code("Chile met Argentina on Monday. Germany proposed new talks, as it condemned the attack "
                          "on its embassy.")
    condemned = [e for e in events if e.trigger == "condemned"]
    assert len(condemned) == 1 and names(condemned[0].source, actors) == {"Germany"}


def test_the_clause_s_act_is_not_given_an_earlier_sentence_s_subject(code, rules_only):
    events, actors = code("Chile met Argentina on Monday. Turkey recalled its envoys after it accused Syria of "
                          "shelling its villages.")
    accused = [e for e in events if e.trigger == "accused"]
    assert len(accused) == 1 and names(accused[0].source, actors) == {"Turkey"}
    assert names(accused[0].target, actors) == {"Syria"}
