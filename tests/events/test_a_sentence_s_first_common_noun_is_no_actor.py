"""A common noun that opens a sentence on a wire's new line, capitalised only by its place and tagged a proper noun
("Criticism of the plan came from Italy", "Demand came mainly from Asia"), is no actor's name: the events coder's
resolver takes no unknown name for it where nlp/initial_nouns.py gave it its common noun's lemma. A name the story
writes on its own mid-sentence ("officials said Novarex ..." / "Novarex accused ...") stays a name."""

from dossier.events.actors import Resolver


def _line_opener(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word and t.i > 0 and doc[t.i - 1].text == "\n")
    return tok, Resolver(doc).one(tok)


def test_criticism_opening_a_line(nlp):
    tok, found = _line_opener(nlp, "Canada cut its duty on Italian shoes on Monday, officials said.\nCriticism of "
                                   "the cut has not only come from Brazil and Spain.", "Criticism")
    assert tok.lemma_ == "criticism" and found is None


def test_demand_opening_a_line(nlp):
    tok, found = _line_opener(nlp, "Britain sold the bonds on Monday to investors in Europe, the bank said.\n"
                                   "Demand came mainly from France and Italy.", "Demand")
    assert tok.lemma_ == "demand" and found is None


def test_producer_opening_a_line(nlp):
    tok, found = _line_opener(nlp, "The coffee pact talks failed in London last week.\nProducer delegates met in "
                                   "Geneva to examine a plan of Colombia.", "Producer")
    assert found is None


def test_a_name_written_mid_sentence_stays_a_name(nlp):
    tok, found = _line_opener(nlp, "Officials said Novarex had signed a supply deal with Chile.\nNovarex accused "
                                   "Peru on Monday of blocking its trucks.", "Novarex")
    assert found is not None
