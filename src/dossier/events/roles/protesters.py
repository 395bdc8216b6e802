"""A protest's doers described by what they demand or protest against address the protest to that party: "dairy
farmers seeking higher subsidies from the EU blocked motorways" (the EU), "workers protesting against the
government's reforms marched" (the government). The words read are in data/addressees.yaml
`protesters`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers, prep_objects

_ADDRESSEES = Path(__file__).parent / "data" / "addressees.yaml"
_OWNER_DEPS = ("poss", "compound", "amod")  # "the government's reforms", "Chinese rule": whose it is


@cache
def _words() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_yaml(_ADDRESSEES)["protesters"]
    return frozenset(data["verbs"]), tuple(data["preps"])


def addressed_by_protesters(doers: list[Token], resolver: Resolver) -> list[Token]:
    """The party a protest's doers are described asking something of or protesting against: the object of a
    preposition of `protesters` on a participle of theirs (a verb of the list) or on that participle's object, or,
    where that object names no actor, the one it belongs to ("against the government's reforms": the government)."""
    verbs, preps = _words()
    out = []
    for doer in doers:
        for part in (c for c in doer.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in verbs):
            heads = [part] + [o for o in part.children if o.dep_ in ("dobj", "obj")]
            for aimed in (t for h in heads for t in prep_objects(h, preps)):
                out += [aimed] if resolver.many(aimed) else modifier_doers(aimed, resolver, _OWNER_DEPS)
    return out
