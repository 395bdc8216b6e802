"""A state body named by its function alone ("the Finance Ministry", "the Treasury", "the Export-Import Bank"): one
body of each state. Within a document such a name no dictionary knows is one actor, given the state its story tells
(resolve.py); across documents each state's is its own, so its id carries that state ("unk:ORG:finance-ministry" of
a Tokyo story becomes "unk:ORG:finance-ministry-jpn"; none is added where the story gives no state). The names are
data: `function_body_names`, `function_body_heads`, `function_body_words` and `state_body_names` in the lexicon."""

from __future__ import annotations

from functools import cache

from dossier.actors.dictionary import load, slug
from dossier.model import Entity


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(whole names, heads, function words), as slugs."""
    lexicon = load().lexicon
    names = frozenset(slug(n) for n in (*lexicon.function_body_names, *lexicon.state_body_names))
    return names, frozenset(slug(h) for h in lexicon.function_body_heads), \
        frozenset(slug(w) for w in lexicon.function_body_words)


def function_body(name: str) -> bool:
    """Whether a name is a state body's named by its function alone: a whole name of the lexicon ("Treasury",
    "Ex-Im Bank"), or a head noun with function words only before it ("Trade Ministry", "Posts and
    Telecommunications Ministry") or after its "of" ("Ministry of Foreign Affairs"); not a head alone ("Ministry")
    nor a name with any other word ("California Department of Food", "Asian Development Bank")."""
    names, heads, functions = _words()
    key = slug(name)
    if key.startswith("the-"):
        key = key[4:]
    if key in names:
        return True
    words = key.split("-")
    if len(words) > 2 and words[0] in heads and words[1] == "of":
        rest = words[2:]
    elif len(words) > 1 and words[-1] in heads:
        rest = words[:-1]
    else:
        return False
    return any(w not in ("and", "of", "the") for w in rest) and all(w in functions for w in rest)


def qualified_ids(entities: list[Entity]) -> dict[str, Entity]:
    """{old id: the actor under its state's id} for a document's unknown organisations named by their function
    alone that the document gives a state ("unk:ORG:finance-ministry" of Japan: "unk:ORG:finance-ministry-jpn")."""
    out = {}
    for entity in entities:
        if not entity.known and entity.country and entity.id.startswith(("unk:ORG:", "unk:NAME:")) \
                and function_body(entity.name):
            out[entity.id] = entity.model_copy(update={"id": f"{entity.id}-{entity.country.lower()}"})
    return out
