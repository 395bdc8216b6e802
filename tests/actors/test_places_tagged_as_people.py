"""One word the tagger takes for a person may be a place of a state the story names: a town, or a capital that acts
("Colombo rejected the offer"). Such a word is read as the place (the capital as its government when it acts) where
the gazetteer gives it as its own name in one of the story's countries, no title or honorific stands before it, no
fuller person's name of the article holds it and no dictionary person goes by it. An untagged mention of words the
stage resolved to a place elsewhere in the article is that place. The tagger's reading is forced here (the word
relabelled a person after the tagger ran), so that each test checks the rule, not the tagger's mood."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.model import Document
from dossier.pipeline import _make_doc


def _resolved(nlp, text: str, people: tuple[str, ...], dateline: str | None = None):
    """The Doc after the actors stage, each occurrence of a word of `people` tagged a person of its own, unless the
    tagger read it inside a fuller person's name (its other entities kept where they do not overlap)."""
    doc = _make_doc(nlp, Document(id="t", source="t", text=text, published="1987-03-04", dateline=dateline))
    for name, proc in nlp.pipeline:
        if name == "dossier_actors":
            forced = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in people
                      and not (t.ent_type_ == "PERSON" and len(next(e for e in doc.ents if e.start <= t.i < e.end)) > 1)]
            kept = [e for e in doc.ents if not any(e.start <= f.start < e.end for f in forced)]
            doc.ents = sorted(kept + forced, key=lambda e: e.start)
        doc = proc(doc)
        if name == "dossier_actors":
            return doc
    raise AssertionError("no actors stage")


def _actor_of(doc, word: str, nth: int = 0):
    """The entity the actors stage gives the nth occurrence of a word."""
    at = [t.i for t in doc if t.text == word][nth]
    ident = doc._.token_actor.get(at)
    assert ident is not None, f"{word!r} resolved to nothing"
    return doc._.actors[ident]


@pytest.mark.parametrize("text, word", [
    ("Sri Lanka sent food convoys to Jaffna on Monday and said the road north would stay open.", "Jaffna"),
    ("New Zealand flew troops to Whakatane after the river broke its banks, the defence ministry said.", "Whakatane"),
    ("Floods cut the road to Kandy overnight and Sri Lanka asked India for helicopters.", "Kandy"),
])
def test_a_town_of_a_state_the_story_names_is_a_place(nlp, text, word):
    actor = _actor_of(_resolved(nlp, text, (word,)), word)
    assert actor.kind == "place" and actor.type == "GPE"
    assert actor.country == {"Jaffna": "LKA", "Kandy": "LKA", "Whakatane": "NZL"}[word]


def test_a_capital_that_acts_is_its_government(nlp):
    doc = _resolved(nlp, "Colombo rejected the Indian offer of boats for the north, a Sri Lanka minister said.",
                    ("Colombo",))
    actor = _actor_of(doc, "Colombo")
    assert actor.kind == "government" and actor.country == "LKA"


@pytest.mark.parametrize("text, word", [
    # a title or an honorific before the word: a person
    ("Mr Colombo told the Sri Lanka parliament that the budget would be cut.", "Colombo"),
    ("Sri Lanka named Ambassador Kandy to lead its delegation, officials said.", "Kandy"),
    # the family name of a fuller name in the article, however the tagger read the fuller name
    ("Marco Colombo, a banker, flew to Sri Lanka on Monday. Colombo said the loan was ready.", "Colombo"),
    ("Sri Lanka may borrow more, Hiroshi Kandy of Tarsis Securities Co said. Kandy expects a deal soon.", "Kandy"),
    # a place of no state the story names: the person's name
    ("Jaffna told the board of the Canadian bank that he would step down in May.", "Jaffna"),
])
def test_a_person_stays_a_person(nlp, text, word):
    doc = _resolved(nlp, text, (word,))
    actor = _actor_of(doc, word, nth=-1)
    assert actor.kind == "person" or actor.type == "PERSON"


def test_no_state_named_leaves_the_word_alone(nlp):
    actor = _actor_of(_resolved(nlp, "Jaffna said the talks would resume next week.", ("Jaffna",)), "Jaffna")
    assert actor.type == "PERSON"


def _read_again(doc, word: str):
    """The actors stage's reading of the last mention of `word`, as the events coder asks it for an untagged name."""
    start = max(t.i for t in doc if t.text == word)
    return doc._.unknown_name(doc[start:start + 1], f"unk:NAME:{word.lower()}")


def test_an_untagged_mention_of_a_place_named_elsewhere_is_that_place(nlp):
    doc = _resolved(nlp, "New Zealand flew troops to Whakatane on Sunday. The river rose above Whakatane by noon.",
                    ("Whakatane",))
    first = doc._.token_actor[next(t.i for t in doc if t.text == "Whakatane")]
    doc._.token_actor.pop(max(t.i for t in doc if t.text == "Whakatane"), None)  # the second left untagged
    assert first.startswith("geo:")
    assert _read_again(doc, "Whakatane") == first


def test_an_untagged_name_found_elsewhere_as_no_place_is_not_one(nlp):
    doc = nlp(_make_doc(nlp, Document(id="t", source="t", published="1987-03-04", text=(
        "Kenzo Sato, the chairman of Kanemori Electric Co, met New Zealand officials. Later Sato left."))))
    read = _read_again(doc, "Sato")
    assert not (isinstance(read, str) and read.startswith(("geo:", "iso:")))
