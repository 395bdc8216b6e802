"""The names of tests, vaccines and medicines a story writes before the thing's noun ("a negative PCR test", "the
Covaxin shots"): the name of a thing made or given, no actor (lexicon's `product_nouns`); and the one-word name of a
weapon's or an aircraft's model before its noun ("Exocet missiles", "its 737 Max jet": `model_nouns`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.actors.gazetteer import gazetteer
from dossier.nlp.arrays import with_lower
from dossier.nlp.spans import entity_at

# labels of the tagger's that name an actor, whatever noun follows ("the Pfizer vaccine": the firm); a place's label
# on a name no gazetteer holds is the tagger's guess at an unknown word ("Covaxin shots")
_ACTOR_LABELS = frozenset({"ORG", "PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def product_name_tokens(doc: Doc, nouns: frozenset[str]) -> set[int]:
    """The tokens of a name compounded right before a noun of `nouns`: capitalised words, no figure, each the
    parser's compound of the noun or of the next word of the name, the tagger reading none of them as an organisation
    or a person, nor as a place the gazetteer holds ("the Oxford vaccine" keeps Oxford). A name the dictionaries know
    is the caller's to keep."""
    out: set[int] = set()
    for i in with_lower(doc, nouns, start=1):
        if doc[i].pos_ != "NOUN":
            continue
        k = i - 1
        while k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i in (i, k + 1) and doc[k].pos_ == "PROPN" \
                and doc[k].text[:1].isupper() and not doc[k].like_num and _no_actor(doc[k]):
            k -= 1
        out.update(range(k + 1, i))
    return out


def model_name_tokens(doc: Doc, nouns: frozenset[str]) -> set[int]:
    """The one capitalised word compounded right before a noun of `nouns` (a weapon's or an aircraft's, "Exocet
    missiles", "Silkworm missile sites") or after a model's number ("737 Max jet"), which the tagger may read as an
    organisation or a person: a model's name, no actor. A name of two words or more before the noun ("Kuwait Airways
    jet") and a place the gazetteer holds ("the Tehran missile site" is no model) are left; a name the dictionaries
    know is the caller's to keep ("Boeing jets")."""
    out: set[int] = set()
    for i in with_lower(doc, nouns, start=1):
        k = i - 1
        # (the parser may hang both on a third noun: "Silkworm missile sites")
        shared = doc[i].dep_ == "compound" and doc[k].head.i == doc[i].head.i
        if doc[i].pos_ != "NOUN" or doc[k].dep_ != "compound" or not (doc[k].head.i == i or shared) \
                or doc[k].pos_ != "PROPN" \
                or not doc[k].text[:1].isupper() or doc[k].like_num or "-" in doc[k].text:
            continue
        before = doc[k - 1] if k else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and not before.like_num:
            continue  # a name of two words or more
        if doc[k].ent_type_ in _PLACE_LABELS and not _no_actor(doc[k]):
            continue
        out.add(k)
    return out


def _no_actor(tok: Token) -> bool:
    """Whether the tagger reads the word as no organisation or person, and as no place the gazetteer holds."""
    if tok.ent_type_ in _ACTOR_LABELS:
        return False
    if tok.ent_type_ in _PLACE_LABELS:
        ent = entity_at(tok)
        return not gazetteer().lookup(ent.text if ent is not None else tok.text)
    return True
