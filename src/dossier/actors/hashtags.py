"""Names a story writes as a hashtag ("the #MeToo era", then "the MeToo movement"): a campaign's slogan or a topic
people post under, no actor, at each of its mentions with or without the "#"."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.nlp.arrays import with_lower


def hashtag_tokens(doc: Doc) -> set[int]:
    """The tokens of every mention of a word the story writes right after "#" ("#MeToo"): one word of letters,
    capitalised somewhere inside it, the "#" joined to it; a number after "#" ("#2") is a rank, no hashtag. Not a
    word the tagger reads as an organisation at one of its mentions ("#Redskins" and "Redskins fans": a club)."""
    tags = {doc[i + 1].lower_ for i in with_lower(doc, ("#",), end=max(len(doc) - 1, 0))
            if not doc[i].whitespace_ and doc[i + 1].is_alpha and any(c.isupper() for c in doc[i + 1].text)}
    if not tags:
        return set()
    found = with_lower(doc, tags)
    bodies = {doc[i].lower_ for i in found if doc[i].ent_type_ == "ORG"}
    return {i for i in found if doc[i].lower_ not in bodies}
