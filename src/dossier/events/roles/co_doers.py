"""A party named at the doer's side ("France, along with Germany, condemned the coup", "the minister, together with
his Ugandan counterpart, visited Juba", "troops fought alongside Kurdish forces") does the act with the doer: it is
a source, never the target (data/no_party.yaml `co_doers_before_with`, `co_doers_alone`)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.roles.no_party import no_party_words


def _co_prep(prep: Token) -> bool:
    """"with" after "along"/"together" (or with "together" below it), or a preposition of company on its own."""
    words = no_party_words()
    if prep.lower_ in words["co_doers_alone"]:
        return True
    return prep.lower_ == "with" and (prep.head.lower_ in words["co_doers_before_with"]
                                      or any(c.lower_ in words["co_doers_before_with"] for c in prep.children))


def co_doer(tok: Token) -> bool:
    """The word (or a word coordinated with it) is the object of a preposition of company: "along with Germany",
    "together with his counterpart", "alongside Kurdish forces"."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pobj" and _co_prep(node.head)


def co_doers(heads: list[Token]) -> list[Token]:
    """The objects of a preposition of company on any of the heads (the trigger, its verb, the doer's words): "along"
    or "together" may hang on the head with "with" below it, or "with" on the head with "together" below it."""
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep":
                continue
            preps = [child] + [g for g in child.children if g.dep_ == "prep"]
            found += [o for p in preps if _co_prep(p) for o in p.children if o.dep_ == "pobj"]
    return list(dict.fromkeys(found))


def led_noun(tok: Token) -> Token | None:
    """The noun whose group the word leads: the word (or a word coordinated with it) is the "by" agent of a
    participle of leading (data/no_party.yaml `leading`) hung on a noun ("politicians, led by X": politicians; "a
    team headed by X": team). None otherwise."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.dep_ != "agent" or node.head.lower_ != "by":
        return None
    verb = node.head.head
    if verb.dep_ != "acl" or verb.lemma_.lower() not in no_party_words()["leading"] \
            or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return verb.head


def _group_nouns(head: Token) -> list[Token]:
    """The head and the noun of its "of" phrase ("a group of farmers": group, farmers)."""
    return [head] + [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]


def leaders(heads: list[Token]) -> list[Token]:
    """Those named as leading the group of any of the heads ("a coalition of states, led by France": France; "a
    group of farmers led by X": X), with the words coordinated with them."""
    found: list[Token] = []
    for head in heads:
        for noun in _group_nouns(head):
            for verb in noun.children:
                if verb.dep_ != "acl" or verb.lemma_.lower() not in no_party_words()["leading"]:
                    continue
                for agent in verb.children:
                    if agent.dep_ == "agent":
                        found += [o for o in agent.children if o.dep_ == "pobj"]
    found += [c for t in found for c in t.conjuncts]
    return list(dict.fromkeys(found))


def misread_after_leader(verb: Token) -> Token | None:
    """The subject of a main verb that the parser hung as a participle after a "led by" phrase set off by commas
    ("A group of politicians, led by X, charged that…", "Farmers, led by X, protested…": the verb hung on X or on
    the group): the head of the noun phrase the leading participle qualifies ("group", "Farmers"). A verb with a
    "by" agent of its own is a true participle and is not read so. None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ == "agent" for c in verb.children):
        return None
    before = verb.doc[verb.i - 2]
    lead = next((a for a in [before, *before.ancestors] if a.dep_ == "acl"
                 and a.lemma_.lower() in no_party_words()["leading"]), None)
    if lead is None or lead.i < 1 or lead.doc[lead.i - 1].text != "," \
            or any(w not in lead.subtree for w in lead.doc[lead.i:verb.i - 1]) \
            or not (verb.head.i == lead.head.i or verb.head in lead.subtree
                    or verb.head in _phrase_above(lead.head)):
        return None
    return _phrase_above(lead.head)[-1]


def _phrase_above(noun: Token) -> list[Token]:
    """The noun and the nouns whose "of" phrase holds it ("farmers" in "a group of farmers": farmers, group)."""
    chain = [noun]
    while chain[-1].dep_ == "pobj" and chain[-1].head.lower_ == "of" \
            and chain[-1].head.head.pos_ in ("NOUN", "PROPN") and len(chain) < 4:
        chain.append(chain[-1].head.head)
    return chain


def leads_the_doers(tok: Token, doers: list[Token]) -> bool:
    """The word leads a group named in the doers' phrase ("Farmers, led by X, blocked…": X is with the farmers, not
    the one they act on)."""
    led = led_noun(tok)
    return led is not None and any(d in _phrase_above(led) or led in d.conjuncts for d in doers)
