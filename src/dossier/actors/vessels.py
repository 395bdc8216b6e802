"""Ships named after their class noun ("the frigate Stark", "a Kuwaiti tanker Sea Isle City"): the name is the
vessel's, a thing acted on or used, no actor of its own, neither a person nor a place. Its side is read from the
words before the class noun alone ("U.S. frigate": the American military, as for an unnamed ship); with none, the
ship names no side, as "ships" do. Class nouns: `vessel_nouns` in the lexicon."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.nlp.arrays import with_lower

_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_LONGEST = 5  # a ship's name runs to a few words ("Sea Isle City")


def vessel_names(doc: Doc, nouns: frozenset[str]) -> dict[int, int]:
    """The tokens of ships' names, each to its class noun right before the name: capitalised words, no date or
    figure, the parser linking the name to the noun ("the frigate Stark", "the tanker Gas Prince"); not the subject of
    a clause the noun heads ("the tanker Iran attacked": Iran acts)."""
    out: dict[int, int] = {}
    for i in with_lower(doc, nouns, end=max(len(doc) - 1, 0)):
        if doc[i].is_upper or (i and doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_):
            continue  # a headline in capitals: no name stands out; "a seven-ship Task Force": a size, no class
        end = i + 1
        while end < min(len(doc), i + 1 + _LONGEST) and _name_word(doc[end]):
            end += 1
        if end == i + 1:
            continue
        name = range(i + 1, end)
        if doc[i].head.i in name or any(doc[k].head.i == i and doc[k].dep_ in ("appos", "compound") for k in name):
            out.update(dict.fromkeys(name, i))
    return out


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and (tok.is_title or tok.is_upper) and tok.ent_type_ not in _NOT_NAMES
