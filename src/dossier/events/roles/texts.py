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
