"""What the learned event-type model may not make an event of where the rules found none (`Coder._created`): an
accusation told by a verb that tells no words, and any act read off a headline written in capitals.

The model's ACCUSE is also its guess at prose that tells no political act (round 27, docs/evaluation.md: 50 of the
107 events it made on general web pages, on verbs such as "stirred", "wore", "created"; 2 of the 55 it made on PLV
sentences): an accusation is made only on a verb that tells words (data/type_model.yaml). A sentence written wholly
in capitals is a headline whose words the parser reads as names; the model makes nothing of its root. A concession
(CONCEDE) is made only in a sentence with a verb of yielding ("lifted the condition", "forced him to back down"), not
on routine prose ("the inspectors resumed work", "accepted the admission papers")."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from dossier.data_files import load_word_lists
from dossier.events.patterns import Lexicon

DATA = Path(__file__).parent / "data" / "type_model.yaml"
WORDS_ONLY = frozenset({"ACCUSE"})  # the types the model makes only on a verb that tells words
YIELDING_ONLY = frozenset({"CONCEDE"})  # the types the model makes only in a sentence with a verb of yielding


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    """Verbs by which a speaker names or judges someone (data/type_model.yaml)."""
    return load_word_lists(DATA)["naming_verbs"]


@lru_cache(maxsize=1)
def yielding_verbs() -> frozenset[str]:
    """Verbs by which a party yields, eases a position, frees, returns or allows something (data/type_model.yaml)."""
    return load_word_lists(DATA)["yielding_verbs"]


@lru_cache(maxsize=1)
def accepted_yieldings() -> frozenset[str]:
    """What is yielded to by accepting it: a resignation, a demand, terms, an offer (data/type_model.yaml)."""
    return load_word_lists(DATA)["accepted_yieldings"]


def tells_words(verb: Token, lex: Lexicon) -> bool:
    """A verb of saying, of speaking of something or of naming or judging: "said", "told", "described", "called"."""
    lemma = verb.lemma_.lower()
    return lemma in lex.reporting_verbs or lemma in lex.mention_verbs or lemma in naming_verbs()


def words_without_speech(ptype: str, verb: Token, lex: Lexicon) -> bool:
    """An act of words (`WORDS_ONLY`) the model reads on a verb that tells none ("the speech stirred applause")."""
    return ptype in WORDS_ONLY and not tells_words(verb, lex)


def concession_without_yielding(ptype: str, sent: Span) -> bool:
    """A concession (`YIELDING_ONLY`) the model reads in a sentence with no verb of yielding ("the inspectors resumed
    work", "the minister accepted the admission papers")."""
    return ptype in YIELDING_ONLY and not any(t.pos_ == "VERB" and yields(t) for t in sent)


def yields(verb: Token) -> bool:
    """A verb of yielding ("lifted", "backs down"), or "accept" of a resignation, a demand or an offer."""
    lemma = verb.lemma_.lower()
    if lemma == "accept":
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in accepted_yieldings() for c in verb.children)
    return lemma in yielding_verbs()


def in_capitals(sent: Span) -> bool:
    """A sentence written wholly in capitals (a headline: "REBELS SHELL TOWN"), with at least two words."""
    return sent.text.isupper() and sum(1 for t in sent if t.is_alpha) > 1
