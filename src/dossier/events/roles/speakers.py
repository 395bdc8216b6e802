"""Who a first-person word in a quotation stands for ("'X has threatened us,' Y said"): the quotation's speaker,
or the state he speaks for."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from dossier.actors.codes import STATE_SECTORS
from dossier.events.actors import Resolver
from dossier.events.roles.no_party import no_party_words
from dossier.nlp.tweets import post_author

_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})
_OBJECT_PRONOUNS = {"us": True, "me": False}  # first-person pronouns read here: plural (the speaker's state) or not
_POSSESSIVES = {"our": True, "my": False}


def _quoted(tok: Token) -> bool:
    """The token stands inside quotation marks in its sentence (an odd number of them before it)."""
    return sum(t.text in _QUOTE_MARKS for t in tok.doc[tok.sent.start: tok.i]) % 2 == 1


in_quotation = _quoted  # the same test, for the coder's other stages (events/promises.py)


def quote_speaker(tok: Token, resolver: Resolver) -> list[str]:
    """The actors of the one who speaks the quotation a token stands in: the subject of the reporting verb, itself
    outside the quotation marks, that the quoted clause hangs on ("'…,' X said", "X told reporters: '…'"); outside
    quotation marks, the author of a post the page quotes whole (nlp/tweets.py)."""
    if not _quoted(tok):
        author = post_author(tok)
        return [a for a in [resolver.one(author.root, depth=1)] if a] if author is not None else []
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in resolver.reporting_verbs and not _quoted(node):
            return [a for s in node.children if s.dep_ == "nsubj" for a in resolver.many(s)]
    said = previous_saying(tok.sent, resolver.reporting_verbs)
    return [a for s in said.children if s.dep_ == "nsubj" for a in resolver.many(s)] if said is not None else []


def previous_saying(sent: Span, reporting_verbs: frozenset[str]) -> Token | None:
    """The verb of saying that tells a quotation opening a sentence which has none of its own: the last one,
    outside quotation marks, of the sentence before ("'A,' X wrote. 'B.'": B is X's too, as a quotation runs on
    over sentences); None where the sentence opens with no quotation mark or tells its quotation itself."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.text not in _QUOTE_MARKS or sent.start == 0:
        return None
    if any(t.lemma_.lower() in reporting_verbs and t.pos_ == "VERB" for t in sent):
        return None
    before = sent.doc[sent.start - 1].sent
    said = [t for t in before if t.lemma_.lower() in reporting_verbs and t.pos_ == "VERB" and not _quoted(t)]
    return said[-1] if said else None


def _speakers_state(speaker: str, resolver: Resolver) -> str | None:
    """The state a speaker speaks for, where the speaker is a known public figure or holds a state's office (a
    CAMEO code of a state's sector: a minister, an envoy, a general; not an unknown resident or a firm's man, whose
    "us" is his own) and the story names the state as an actor."""
    actors = resolver.doc._.actors or {}
    entity = actors.get(speaker)
    if entity is None or not entity.country or entity.kind == "government" \
            or (speaker.startswith("unk:") and (entity.cameo or "")[3:6] not in STATE_SECTORS):
        return None
    return next((i for i, e in actors.items() if e.type == "GPE" and e.kind == "government"
                 and e.country == entity.country and not i.startswith("agent:")), None)


def first_person(tok: Token, resolver: Resolver) -> list[str]:
    """Who a first-person object pronoun in a quotation stands for ("'X has threatened us,' Y said"), or a noun of
    the speaker's own side that "our" or "my" owns and that names no actor of its own ("'Colombia expelled our
    ambassador,' the Venezuelan minister said": Venezuela; "attacked my country"; data/no_party.yaml `own_side`),
    or the "my" or "our" that owns a noun act (`own_act_possessors`: "'X has my support,' Y said"): the quotation's
    speaker (`quote_speaker`), or, for "us", "our" and "my country" (`own_state`), the state of a speaker who has
    one, where the story names it. Subject pronouns ("we", "I") are the resolver's; "our development", "my family"
    name no party."""
    if tok.pos_ == "PRON" and tok.dep_ == "poss":
        pron, plural = tok, _POSSESSIVES.get(tok.lower_)
    elif tok.pos_ == "PRON":
        pron, plural = tok, _OBJECT_PRONOUNS.get(tok.lower_)
    else:
        pron = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
        lemma = tok.lemma_.lower()
        if pron is None or lemma not in own_side_nouns():
            return []
        plural = _POSSESSIVES[pron.lower_] or lemma in own_state_nouns()
    if plural is None or pron.pos_ != "PRON":
        return []
    speakers = quote_speaker(pron, resolver)
    return [(_speakers_state(s, resolver) if plural else None) or s for s in speakers[:1]]


@cache
def own_state_nouns() -> frozenset[str]:
    """data/no_party.yaml `own_state`: nouns by which a speaker names the state he speaks for ("my country")."""
    return frozenset(w.lower() for w in no_party_words().get("own_state", ()))


@cache
def own_side_nouns() -> frozenset[str]:
    """data/no_party.yaml `own_state` and `own_side`: nouns by which "our" or "my" names the speaker's side."""
    return own_state_nouns() | frozenset(w.lower() for w in no_party_words().get("own_side", ()))


def own_act_possessors(noun: Token, resolver: Resolver) -> list[Token]:
    """The "my" or "our" that owns a noun act in a quotation whose speaker is named outside it ("'Senator X has my
    full endorsement,' the president said", "'our talks with Kenya went well,' the Ugandan minister said"): the
    pronoun, which `first_person` reads as the speaker (or, for "our", the speaker's state), the act's doer. None
    outside quotation marks, where no speaker is named, or where the resolver already names the pronoun's actor."""
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES and not resolver.many(c)
            and first_person(c, resolver)]
