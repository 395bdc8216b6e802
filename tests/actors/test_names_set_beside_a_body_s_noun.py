"""A name the tagger leaves out and the events coder takes for an actor ("the DGB" after "the port union, DGB,") is
read as the stage reads a tagged organisation when one of its mentions is set between commas beside a body's noun
("union", "party", "company": `kind_nouns` in the lexicon): its own words, else the country the story is about or a
one-country wire story's dateline. Not where no mention stands beside such a noun, nor where the story names other
states than the dateline's."""

import pytest

from dossier.model import Document
from dossier.pipeline import _make_doc

STRIKE = ("Employers and the port union, {name}, will meet again this morning to try to end the strike, spokesmen for "
          "both sides said. The employers accused the {name} of refusing every offer.")


def accused(result):
    """The actors the employers accuse, with their countries."""
    countries = {e.id: e.country for e in result.entities}
    targets = [t for e in result.events if e.type == "ACCUSE" for t in e.target]
    assert targets, "no accusation coded"
    return {t: countries.get(t) for t in targets}


@pytest.mark.parametrize("name", ["DGB", "TGWU"])
def test_a_union_named_beside_its_noun_takes_the_dateline_s_country(story, name):
    result = story(STRIKE.format(name=name), dateline="ROTTERDAM")
    assert set(accused(result).values()) == {"NLD"}


def test_no_dateline_and_no_state_gives_no_country(story):
    result = story(STRIKE.format(name="DGB"))
    assert set(accused(result).values()) == {None}


def test_a_story_of_several_states_gives_no_country(story):
    text = STRIKE.format(name="DGB") + " Ships bound for France and Spain were held up in the port."
    result = story(text, dateline="ROTTERDAM")
    assert set(accused(result).values()) == {None}


def _read_again(nlp, text: str, words: str):
    """The actors stage's reading (`doc._.unknown_name`) of the last mention of `words` in a ROTTERDAM story, as the
    events coder asks it for a name the tagger left out."""
    doc = nlp(_make_doc(nlp, Document(id="t", source="t", text=text, published="1987-03-04", dateline="ROTTERDAM")))
    start = max(t.i for t in doc if t.text == words)
    return doc._.unknown_name(doc[start:start + 1], f"unk:NAME:{words.lower()}")


@pytest.mark.parametrize("text", [
    STRIKE.format(name="DGB"),
    "The dockers accused the DGB of refusing every offer. The port union, DGB, said it would go on striking.",
])
def test_any_mention_beside_a_body_s_noun_reads_the_name_as_that_body_s(nlp, text):
    assert _read_again(nlp, text, "DGB").country == "NLD"


@pytest.mark.parametrize("text", [
    # a ship's name beside its noun, and a name set beside nothing: no body's
    "Dockers boarded the tanker, DGB, this morning, officials said. The dockers accused the DGB of dumping oil.",
    "Dockers said this morning that they had seen the DGB leave the port. The dockers accused the DGB of dumping oil.",
])
def test_a_name_beside_no_body_s_noun_stays_without_a_country(nlp, text):
    read = _read_again(nlp, text, "DGB")
    assert not isinstance(read, str) and read.country is None
