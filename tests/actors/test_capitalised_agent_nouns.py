"""A generic agent's noun written with a capital at the start of a sentence ("Employers and the union ...",
"Employers organization chairman X") is taken by the events coder for a name; the actors stage reads it as it reads
the same noun in lower case that no word describes: the country the story is about, else a one-country wire story's
dateline's (the agent itself where the story names it so). Not a title that needs a state's word ("Minister"), not
a state's own noun ("Government"), not a story of several states, not a name of several words."""

from __future__ import annotations

from dossier.model import Document
from dossier.pipeline import _make_doc


def _read(nlp, text: str, words: str, dateline: str | None = "ROTTERDAM"):
    """The actors stage's reading (`doc._.unknown_name`) of the first mention of `words`, as the events coder asks
    it for a capitalised word the tagger left out."""
    doc = nlp(_make_doc(nlp, Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline)))
    first = [t.text for t in doc].index(words.split()[0])
    span = doc[first:first + len(words.split())]
    return doc._.unknown_name(span, "unk:NAME:" + "-".join(words.lower().split()))


def _country(doc_read):
    return doc_read.split(":")[1] if isinstance(doc_read, str) else doc_read.country


def test_employers_opening_a_sentence_are_the_story_s_business(nlp):
    read = _read(nlp, "Employers met the dockers' union again this morning to end the strike at the port.",
                 "Employers")
    assert _country(read) == "NLD"


def test_the_agent_the_story_names_in_lower_case_is_the_same_actor(nlp):
    read = _read(nlp, "Employers offered a new wage deal. The employers said the dockers had rejected it twice.",
                 "Employers")
    assert read == "agent:NLD:BUS"


def test_traders_at_the_start_of_a_sentence_too(nlp):
    read = _read(nlp, "Traders blocked the grain terminal on Monday, saying the port dues were too high.",
                 "Traders")
    assert _country(read) == "NLD"


def test_a_story_of_several_states_gives_no_country(nlp):
    read = _read(nlp, "Employers met the dockers' union again this morning. Ships bound for France and Spain were "
                      "held up in the port.", "Employers")
    assert _country(read) is None


def test_no_dateline_gives_no_country(nlp):
    read = _read(nlp, "Employers met the dockers' union again this morning to end the strike.", "Employers",
                 dateline=None)
    assert _country(read) is None


def test_a_title_that_needs_a_state_s_word_is_not_read_so(nlp):
    read = _read(nlp, "Minister said on Monday that the port would reopen within the week.", "Minister")
    assert not isinstance(read, str) or not read.startswith("agent:")


def test_a_name_of_several_words_is_not_read_so(nlp):
    read = _read(nlp, "Employers Mutual said on Monday it would insure the port's cranes.", "Employers Mutual")
    assert not isinstance(read, str)
    assert read.kind != "company" or read.country is None or read.cameo != "NLDBUS"
