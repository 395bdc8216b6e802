"""The author of a text that does an act by what it says: "its lawsuit against Y, which alleges that Y…" (the suit's
owner accuses Y, not a judge who rules on the suit), "wrote two letters to Y urging…" (the writer asks Y);
data/texts.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import RELATIVE, Resolver
from dossier.events.roles.doers import modifier_doers, participle_agents, prep_objects, subject_tokens

_TEXTS = Path(__file__).parent / "data" / "texts.yaml"


@cache
def text_words() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of a text and the verbs whose subject makes or files one (data/texts.yaml)."""
    data = load_yaml(_TEXTS)
    return frozenset(w.lower() for w in data["texts"]), frozenset(w.lower() for w in data["authoring"])


def text_noun(tok: Token) -> Token | None:
    """The text noun a subject names: the word itself, or the noun a relative pronoun's clause hangs on ("its
    lawsuit against Y that alleges…": lawsuit); None where it names no text."""
    texts, _ = text_words()
    noun = tok
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        noun = tok.head.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in texts else None


def text_authors(noun: Token, resolver: Resolver) -> list[Token]:
    """The words that name who wrote a text noun: its owner or a name or demonym before it, its "by" or "from"
    phrase, its participle's agent, else the subject of the authoring verb it is the object of. [] where none of
    them names an actor."""
    _, authoring = text_words()
    own = modifier_doers(noun, resolver) + [t for t in prep_objects(noun, ("by", "from")) + participle_agents(noun)
                                            if resolver.many(t)]
    if own:
        return own
    verb = noun.head
    if noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and verb.lemma_.lower() in authoring:
        return [s for s in subject_tokens(verb) if resolver.many(s)]
    return []


def _authors_where_named(noun: Token, resolver: Resolver) -> list[Token]:
    """Who wrote a text noun as the story names it: `text_authors`, or the subject of the verb the text is said in
    ("X said in a statement", "X wrote in a letter to Y")."""
    found = text_authors(noun, resolver)
    if found or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.pos_ != "VERB":
        return found
    return [s for s in subject_tokens(noun.head.head) if resolver.many(s)]


def told_again_authors(noun: Token, resolver: Resolver) -> list[Token]:
    """The author of a text told again by "the" and its noun alone ("The report blamed X", "the statement urged Y"),
    where its own phrase names none: the author of the nearest text of that noun the story named before ("the
    commission released its report…", "the ministry said in a statement…"). [] where the noun has a word of its own
    before it other than "the" ("a report", "a Kenyan report"), or the nearest one before names no author; for a plan
    (data/texts.yaml `one_plan`), which a story tells again as one, a mention between that names none ("the committee
    working out the plan") is passed over for the one before it that does ("the party has drawn up a plan")."""
    if text_noun(noun) is not noun or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in noun.children) \
            or text_authors(noun, resolver):
        return []
    lemma = noun.lemma_.lower()
    for earlier in reversed(noun.doc[:noun.i]):
        if earlier.lemma_.lower() == lemma and earlier.pos_ == "NOUN":
            found = _authors_where_named(earlier, resolver)
            if found or lemma not in _one_plan():
                return found
    return []


@cache
def _one_plan() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml(_TEXTS)["one_plan"])
