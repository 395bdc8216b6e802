"""A protest's doers described by what they demand or protest against address the protest to that party: "dairy
farmers seeking higher subsidies from the EU blocked motorways" (the EU), "workers protesting against the
government's reforms marched" (the government). The words read are in data/addressees.yaml
`protesters`."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import PLACE_LABELS, Resolver
from dossier.events.noun_acts import lends_subject
from dossier.events.patterns import Lexicon
from dossier.events.roles.doers import modifier_doers, prep_objects, subject_tokens

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


# the prefixes of a word that tells whom a protest is against or for ("anti-Putin protesters", "a pro-army rally")
_AGAINST, _FOR = "anti", "pro"
_STANCE_DEPS = ("amod", "compound", "nmod")
_AIMED_AT = ("on", "at", "upon", "into")  # "fired on the march", "drove into the crowd of protesters"


def _stance(word: Token) -> str | None:
    """"anti" or "pro" where the word follows that prefix ("anti-Putin", "anti Morsi", "pro-government")."""
    doc = word.doc
    before = doc[word.i - 1].lower_ if word.i else ""
    if before == "-" and word.i > 1:
        before = doc[word.i - 2].lower_
    return before if before in (_AGAINST, _FOR) else None


def _stance_heads(tok: Token, doers: list[Token]) -> list[Token]:
    """The nouns whose modifiers may tell a protest's stance: the protest noun itself, its doers, and the noun of a
    doer's "of" phrase ("hundreds of anti-Putin protesters")."""
    heads = [tok] + doers
    heads += [o for d in doers for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    return heads


def stance_sides(tok: Token, doers: list[Token], source: list[str], target: list[str],
                 resolver: Resolver) -> tuple[list[str], list[str]]:
    """A protest's (source, target) where a word after "anti-" or "pro-" on the protest noun or its doers names
    whom it is for or against ("anti-Japanese demonstrations", "anti-Putin protesters marched", "a pro-army
    rally"): that word names no doer; the one it is against is the target, before a place where the crowd met
    ("marched through Moscow"); the one it is for is no side; a name the recogniser read with its prefix
    ("anti-Saleh") is none either."""
    against, named = [], set()
    for head in _stance_heads(tok, doers):
        for word in (c for c in head.children if c.dep_ in _STANCE_DEPS):
            stance = _stance(word)
            if stance is None:
                continue
            prefix = [word.doc[i] for i in range(max(0, word.i - 2), word.i)]
            idents = [i for t in [word, *prefix] for i in resolver.many(t)]
            named.update(idents)
            if stance == _AGAINST:
                against += [i for i in resolver.many(word) if not _prefixed_name(i, resolver)]
    if not named:
        return source, target
    places = {t for t in target if resolver.label(t) in PLACE_LABELS}
    source = [s for s in source if s not in named]
    target = list(dict.fromkeys(against + [t for t in target if t not in named and not (against and t in places)]))
    return source, [t for t in target if t not in source]


def _prefixed_name(ident: str, resolver: Resolver) -> bool:
    """An actor whose name the recogniser took with its stance prefix ("anti-Saleh", "Anti-Castro")."""
    entity = (resolver.doc._.actors or {}).get(ident)
    return entity is not None and entity.name.lower().startswith((_AGAINST, _FOR + "-"))


@cache
def _followers() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml(_ADDRESSEES)["followers"]
    return frozenset(data["for"]), frozenset(data["against"])


def follower_sides(doers: list[Token], source: list[str], target: list[str],
                   resolver: Resolver) -> tuple[list[str], list[str]]:
    """A protest's (source, target) where its doers are named by the one they oppose (data/addressees.yaml
    `followers`: "opponents of the premier marched", "the president's critics rallied"): he is no doer but the
    target; where the crowd holds his backers too ("the premier's opponents and supporters rallied"), he is neither.
    Backers alone keep the one they back as their side ("supporters of the opposition marched")."""
    backers, opponents = _followers()
    doers = list(dict.fromkeys(c for d in doers for c in (d, *d.conjuncts)))
    kinds = {d.lemma_.lower() for d in doers} & (backers | opponents)
    if not kinds & opponents:
        return source, target
    named = []
    for doer in (d for d in doers if d.lemma_.lower() in kinds):
        owners = [c for c in doer.children if c.dep_ in ("poss", "compound")]
        owners += [o for p in doer.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
        named += [i for o in owners for i in resolver.many(o)]
    opposed = named if not kinds & backers else []
    source = [s for s in source if s not in named]
    target = list(dict.fromkeys(opposed + [t for t in target if t not in named]))
    return source, [t for t in target if t not in source]


def not_the_protests_doer(mention: Token, trigger: Token, lex: Lexicon) -> bool:
    """A mention that cannot be the doer of a protest told by a noun (the role model's `excluded`): a word after
    "anti-" or "pro-" (whom it is against or for: "an anti-Assad protest"), or the subject of the verb that acts on
    the protest rather than holds it ("police broke up the rally", "troops fired on the marchers"; a light verb lends
    its subject: "students staged a rally")."""
    if trigger.pos_ != "NOUN":
        return False
    if _stance(mention) is not None and mention.head.i == trigger.i:
        return True
    node = trigger  # "arrested dozens of protesters": the verb acts on the protesters the figure counts
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
        node = node.head.head
    verb = node.head if node.dep_ in ("dobj", "obj") else node.head.head \
        if node.dep_ == "pobj" and node.head.lower_ in _AIMED_AT else None  # (not "rose in revolt": its manner)
    if verb is None or verb.pos_ != "VERB" or lends_subject(trigger, verb, lex):
        return False
    return mention.i in {t.i for s in subject_tokens(verb) for t in (s, *s.conjuncts)}
