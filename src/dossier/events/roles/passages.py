"""A way opened to let people go on ("opened its frontier to let the refugees reach Austria", "opened the border gates to
allow refugees to travel on to Greece"): the act is done towards where they go, not to those let through
(data/acts_done.yaml `passages`)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import prep_objects

_ACTS_DONE = Path(__file__).parent / "data" / "acts_done.yaml"


@cache
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(w.lower() for w in v) for k, v in load_yaml(_ACTS_DONE)["passages"].items()}


def _opens_a_way(verb: Token) -> bool:
    words = _words()
    return verb.lemma_.lower() in words["opening"] and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and (c.lemma_.lower() in words["ways"] or c.lower_ in words["ways"]
                                                    or any(m.dep_ == "compound" and m.lemma_.lower() in words["ways"]
                                                           for m in c.children))
        for c in verb.children)


def passage_destination(verb: Token) -> list[Token]:
    """Where those a way is opened for go: the object of a verb of going ("to let the refugees reach Austria") or the
    "to"/"into" phrase of any verb ("to allow refugees to travel on to Greece") in the clause of letting that the
    verb of opening has; [] for any other verb or where no place is named."""
    if not _opens_a_way(verb):
        return []
    words = _words()
    out: list[Token] = []
    for let in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in words["letting"]):
        for go in (g for g in let.children if g.dep_ in ("ccomp", "xcomp", "dobj")):
            if go.lemma_.lower() in words["going"]:
                out += [o for o in go.children if o.dep_ in ("dobj", "obj")]
            out += prep_objects(go, ("to", "into"))
    return out
