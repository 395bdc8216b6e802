"""Goods and works offered, shown or put out (data/goods.yaml): "Audi will offer the car in 13 colours", "the firm
unveiled two new handsets", "the studio released the first trailer"; and a release of a thing, which frees nobody
("released the footage", "released a letter from his doctor"). A thing offered for a price is on sale ("Amazon is
offering the speaker for $89"), whatever it is; what goods offer is no offer of anyone ("the new router offers fast
speeds"); a firm or a product that launches with no object starts up, it attacks nothing ("Netflix launched in
Brazil in 2011"). None is an act of one actor on another; the rules drop such triggers (`goods_put_out`, from
`Coder._event`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.actors import active_subjects
from dossier.events.patterns import Entry, load_lexicon

_GOODS_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})  # entity labels of goods and works ("the iPad", "Dune")
_PEOPLE_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE"})


@lru_cache(maxsize=1)
def goods_words() -> dict[str, frozenset[str]]:
    """The word lists of data/goods.yaml."""
    return load_word_lists(Path(__file__).parent / "data" / "goods.yaml")


def word_forms(tok: Token) -> set[str]:
    """The word as written (lower case) and its lemma: lists hold either ("offers" is "offer")."""
    return {tok.lower_, tok.lemma_.lower()}


def _objects(verb: Token) -> list[Token]:
    """What the verb offers or puts out: its direct object, or its passive subject ("the car was unveiled")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return found or [c for c in verb.children if c.dep_ == "nsubjpass"]


def goods_put_out(verb: Token, entry: Entry, resolver) -> bool:
    """A verb of offering, showing or putting out (goods.yaml `verbs`) whose objects are all goods or works (`goods`,
    or an entity tagged a product or a work: "offers a free version", "unveiled its new handsets", "released the
    first trailer"), or a release of persons (CAMEO 0841) whose objects are all things (`_thing_released`).
    "Offered talks", "offered a loan", "released the hostages", "released the frozen funds" stay acts."""
    if entry.pos != "verb":
        return False
    words = goods_words()
    if word_forms(verb) & words["verbs"] and (_offered_by_goods(verb, words["goods"]) or _starts_up(verb, words)):
        return True
    objects = _objects(verb)
    if not objects:
        return False
    if word_forms(verb) & words["verbs"] and (all(_goods(o, words["goods"]) for o in objects)
                                               or _on_sale(verb, objects, resolver, words)):
        return True
    if entry.cameo != "0841":
        return False
    if entry.object:  # the object names the act ("ordered the release of the prisoners"): what its "of" frees
        objects = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
    return bool(objects) and all(_thing_released(o, resolver, words["releasable"]) for o in objects)


def goods_traded(verb: Token, resolver) -> bool:
    """A firm's trade told with a verb of acts (goods.yaml `trade_verbs`): an order or a bid cancelled or rejected,
    goods bought ("cancelled its order for 12 jets", "rejected the bids for the copper", "bought 300 trucks from a
    Swedish maker"), goods offered or committed ("20,000 tonnes offered by traders": `_participle_noun`), or a
    firm bought (`buying_verbs`: "acquired Brellow Foods"), with every object such a thing
    (`traded`, `goods`) and no party the sentence ties to it a state, a state body or a political actor
    (`_trade_parties`, `_political`), whatever sides the roles gave the event (relevance.political_events drops
    it with a firm's own trade). "Egypt rejected the bids at its tender", "the government cancelled its order for
    fighter jets" and "cancelled the visit" stay acts."""
    words = goods_words()
    if verb.pos_ != "VERB" or not word_forms(verb) & words["trade_verbs"]:
        return False
    objects = _objects(verb) or _participle_noun(verb)
    buying = bool(word_forms(verb) & words["buying_verbs"])
    if not objects or not all(_traded(o, resolver, words, buying) for o in objects):
        return False
    return not any(_political(p, resolver, words) for p in _trade_parties(verb, objects))


def _participle_noun(verb: Token) -> list[Token]:
    """The noun a past participle with an agent tells of ("20,000 tonnes offered by traders"): what the doer named
    trades. None without an agent ("the models rejected include…": the doer, perhaps a state, is not told)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [verb.head]


_PARTY_PREPS = frozenset({"from", "to", "with", "by", "of"})  # "an order from X", "bids of the buyer", "by X"


def _trade_parties(verb: Token, objects: list[Token]) -> list[Token]:
    """Who takes part in a deal: the verb's doers (`subject_tokens`), the objects' owners ("Iran's order", "its
    bid") and whom the verb or an object's phrase names with `_PARTY_PREPS` ("from the French plane-maker")."""
    from dossier.events.roles.doers import subject_tokens  # the roles package imports this module (roles.trips)
    phrase = [t for o in objects for t in o.subtree]
    found = list(subject_tokens(verb)) + [c for t in phrase for c in t.children if c.dep_ == "poss"]
    found += [g for t in (verb, *phrase) for c in t.children if c.dep_ == "prep" and c.lower_ in _PARTY_PREPS
              for g in c.children if g.dep_ == "pobj"]
    return [c for p in found for c in (p, *p.conjuncts)]


def _traded(obj: Token, resolver, words: dict[str, frozenset[str]], buying: bool) -> bool:
    """A thing of trade: an order, a bid or goods (`traded`, `goods`, an entity tagged a product); to one who buys,
    also a firm (an organisation of a firm's kind or of none, unknown to the dictionaries, of no country known: one
    bought across a border is an investment, a relation of two states)."""
    if _goods(obj, words["goods"]) or (obj.pos_ == "NOUN" and word_forms(obj) & words["traded"]):
        return True
    if not buying or obj.ent_type_ != "ORG":
        return False
    actor = (obj.doc._.actors or {}).get(resolver.one(obj) or "")
    return actor is not None and not (actor.known or actor.country) and actor.kind in (None, "organisation", "company")


def _political(tok: Token, resolver, words: dict[str, frozenset[str]]) -> bool:
    """A party that is a state, a place, a state body or a political actor (relevance `political_actor`). A common
    noun of a firm (`firms`) is none, whatever nation names it ("the French plane-maker"), unless it is the state's
    (`state_owned`: "the state carrier"); nor is a thing of trade ("an order of 40 freighters from …")."""
    from dossier.events.relevance import political_actor  # relevance imports this module
    if _goods(tok, words["goods"]) or (tok.pos_ == "NOUN" and word_forms(tok) & words["traded"]):
        return False
    if tok.pos_ == "NOUN" and word_forms(tok) & words["firms"]:
        return any(word_forms(t) & words["state_owned"] for t in tok.doc[tok.left_edge.i:tok.i])
    actor = (tok.doc._.actors or {}).get(resolver.one(tok) or "")
    return actor is not None and (political_actor(actor) or actor.kind == "place" or actor.type == "GPE")


def _on_sale(verb: Token, objects: list[Token], resolver, words: dict[str, frozenset[str]]) -> bool:
    """A thing offered or sold for a price (`price_preps` with a sum: "is offering the speaker for $89", "the service
    is offered at a $7.99 monthly rate"), to nobody named (no dative, no "to"): it is on sale. Not when what is offered
    is people, or an actor the resolver knows ("offered the hostages for a ransom of $2 million"), nor a sum itself
    ("offered $500 million for the reconstruction")."""
    kids = list(verb.children)
    if any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in kids):
        return False
    priced = any(c.dep_ == "prep" and c.lower_ in words["price_preps"]
                 and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in kids)
    if not priced:
        return False
    people = words["releasable"] | load_lexicon().crowd_nouns
    return all(o.ent_type_ not in ("MONEY", "PERSON", "GPE", "NORP") and not word_forms(o) & people
               and (o.ent_type_ in _GOODS_LABELS or resolver.one(o) is None or o.pos_ == "NOUN")
               for o in objects)


def _offered_by_goods(verb: Token, goods: frozenset[str]) -> bool:
    """Goods as the one that offers ("the new router offers fast speeds", "a phone that offers two cameras"): what a
    thing has to offer, no offer of anyone's."""
    if verb.lemma_.lower() != "offer":
        return False
    doers = active_subjects(verb)
    return bool(doers) and all(_goods(d, goods) for d in doers)


def _starts_up(verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """A verb of starting up (`start_up_verbs`) with no object, no passive subject and no clause after it, told of a
    firm, a product or goods ("Netflix launched in Brazil in 2011", "the new phones debut on Friday"): the business
    opens, nothing is attacked or put out ("Israel launched air strikes", "missiles were launched" keep theirs)."""
    if not word_forms(verb) & words["start_up_verbs"]:
        return False
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass", "xcomp", "ccomp", "dative", "prt") for c in verb.children):
        return False
    doers = [s for s in verb.children if s.dep_ == "nsubj"]
    return bool(doers) and all(d.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") or _goods(d, words["goods"])
                               or bool(word_forms(d) & words["firms"]) for d in doers)


def _goods(obj: Token, goods: frozenset[str]) -> bool:
    """Goods or a work: an entity tagged a product or a work of art, or a common noun of the `goods` list."""
    return obj.ent_type_ in _GOODS_LABELS or (not obj.ent_type_ and bool(word_forms(obj) & goods))


def _thing_released(obj: Token, resolver, releasable: frozenset[str]) -> bool:
    """A released object that is a thing: a common noun outside any name, naming no actor the resolver knows, no
    people (the lexicon's crowd nouns: fishermen, students) and nothing else a release of persons may free
    (`releasable`)."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in _PEOPLE_LABELS or word_forms(obj) & (releasable
                                                                              | load_lexicon().crowd_nouns):
        return False
    return resolver.one(obj) is None
