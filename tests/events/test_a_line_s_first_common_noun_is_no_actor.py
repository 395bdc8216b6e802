"""A common noun of the events' lexicon that opens a line, capitalised only by its place and tagged a proper noun
("Criticism of the cut came from ...", "Reduction of the levy has been sought by ..."), is no actor's name where it heads
its own phrase: the events coder's resolver takes no unknown name for it (events/actors.Resolver._common_noun_opening).
A word the lexicon lacks keeps its name ("Ruritania said ...", "Novarex accused ..."), and so does a word of the
lexicon that modifies another noun ("Dock workers in Chile struck")."""

from dossier.events.actors import Resolver

from tests.events.conftest import names, only


def _opener(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return tok, Resolver(doc).one(tok)


def test_criticism_opening_a_line(nlp):
    tok, found = _opener(nlp, "Canada cut its duty on Italian shoes on Monday, officials said.\nCriticism of "
                              "the cut has not only come from Brazil and Spain.", "Criticism")
    assert tok.lemma_ == "criticism" and found is None


def test_reduction_opening_a_line(nlp):
    tok, found = _opener(nlp, "Peru cut its tariff on wool.\nReduction of the levy has been sought by Chile "
                              "for years.", "Reduction")
    assert tok.lemma_ == "reduction" and found is None


def test_an_unknown_word_opening_a_line_keeps_its_name(nlp):
    tok, found = _opener(nlp, "Officials said Novarex had signed a supply deal with Chile.\nNovarex accused "
                              "Peru on Monday of blocking its trucks.", "Novarex")
    assert found is not None


def test_a_state_the_lexicon_lacks_keeps_its_name(code):
    events, actors = code("Ruritania proposed steep tariffs on Fredonian textiles.")
    assert names(only(events).source, actors) == {"Ruritania"}


def test_a_modifier_of_another_noun_keeps_its_reading(code):
    events, _ = code("Dock workers in Chile struck for a second day.")
    assert only(events, "PROTEST").cameo == "143"
