"""Acts whose subject gets or undergoes what is done (data/receiving.yaml): "X received aid from Y" (Y gives), "X
won Y's backing" (Y backs X), "two soldiers died in an ambush by X" (X attacks)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path


from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver
from dossier.events.roles.doers import is_passive, modifier_doers, prep_objects, subject_tokens
from dossier.events.roles.struck_sites import attack_doers, attack_noun

_RECEIVING = Path(__file__).parent / "data" / "receiving.yaml"


@cache
def _receiving(key: str) -> frozenset[str]:
    return frozenset(load_yaml(_RECEIVING)[key])


def receiving_governors() -> frozenset[str]:
    """Verbs whose subject gets the act their object noun names (data/receiving.yaml)."""
    return _receiving("governors")


def receiving_verbs() -> frozenset[str]:
    """Verbs whose subject gets what their own act gives ("X received aid from Y"; data/receiving.yaml)."""
    return _receiving("verbs")


def undergoing_verbs() -> frozenset[str]:
    """Verbs whose subject undergoes the act told with them ("died in an ambush"; data/receiving.yaml)."""
    return _receiving("undergoing")


def forceful_causes() -> frozenset[str]:
    """Nouns of an act of force a passive act may happen in ("killed in a Libyan raid"; data/receiving.yaml)."""
    return _receiving("forceful_causes")


def helped(verb: Token, obj: Token | None) -> list[Token]:
    """Whom a gift, a loan or aid is for, told by a purpose infinitive of helping on the act or on what it gives
    ("granted $50 million to help Kenya rebuild its ports", "gave 40 million crowns to assist Chad"; data/receiving.yaml
    `helping`): the infinitive's object, else the subject of the clause it takes ("help Kenya rebuild": Kenya), and the
    state a helped thing is in ("to assist a programme in Haiti": Haiti). [] for
    an infinitive of another verb ("provided $5 million to buy tea") or one that names no one ("to help pay for it")."""
    helping = _receiving("helping")
    out: list[Token] = []
    for head in [verb] + ([] if obj is None else [obj]):
        for comp in head.children:
            if comp.dep_ not in ("advcl", "acl", "relcl") or comp.lemma_.lower() not in helping \
                    or not any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children):
                continue
            objs = [o for o in comp.children if o.dep_ in ("dobj", "obj", "dative")]
            helped_ones = objs or [s for c in comp.children if c.dep_ in ("ccomp", "xcomp")
                                   for s in c.children if s.dep_ == "nsubj"]
            out += helped_ones
            if all(o.pos_ == "NOUN" and o.lemma_.lower() not in _receiving("firms") for o in helped_ones):
                out += _places_in(comp)  # a thing helped, or nobody named: where it is (a firm helped is no state)
    return out


def _places_in(comp: Token) -> list[Token]:
    """The places a helped thing is "in", where the infinitive names no party helped ("to assist a farm scheme
    run in Mali", "to help rebuild the steel sector in Gdansk"): the names (GPE) after "in" in the
    infinitive's phrase (round 72)."""
    return [g for t in comp.subtree if t.dep_ == "prep" and t.lower_ == "in" for g in t.children
            if g.dep_ == "pobj" and g.ent_type_ == "GPE"]


def for_clause_parties(verb: Token, obj: Token | None) -> list[Token]:
    """Whom a loan or aid is for, where the parser read its "for X" as the subject of a purpose clause: "approved a
    loan of 30 mln dlrs for Bolivia to rebuild its mines" ("for" the clause's marker, Bolivia its subject, or the
    marker's object). Only a to-infinitive clause on the act or on what it gives, with "for" as its marker."""
    out: list[Token] = []
    for head in [verb] + ([] if obj is None else [obj]):
        for comp in head.children:
            if comp.dep_ not in ("advcl", "acl", "relcl") or not _to_infinitive(comp):
                continue
            marks = [m for m in comp.children if m.dep_ == "mark" and m.lower_ == "for"]
            out += [g for m in marks for g in m.children if g.dep_ == "pobj"] \
                + ([s for s in comp.children if s.dep_ == "nsubj"] if marks else [])
    return out


def _to_infinitive(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def lender_purpose(verb: Token) -> tuple[list[Token], list[Token], list[Token]] | None:
    """(the lender, the one helped, the loan's recipient) where an act of aid is what a loan, a grant or aid is for,
    told by a purpose infinitive on the noun or on the verb that gives it ("approved a loan to help X finance a
    railway", "extended two credits to Y totalling $5 million to provide assistance to farms"; data/receiving.yaml
    `lent`): the giver is the subject of the verb whose object the noun is; the one helped is the subject or object
    of "help" ("help X finance": X, whom the parser reads as the financing's doer); the recipient is the loan's "to"
    or indirect object. None where no such noun is given or its giver is not named."""
    lent = _receiving("lent")
    helped_toks: list[Token] = []
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "to provide assistance and finance a project"
        node = node.head
    if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in _receiving("helping") \
            and _to_infinitive(node.head):  # "to help X finance": X is helped
        helped_toks = [c for c in node.children if c.dep_ == "nsubj"] \
            + [c for c in node.head.children if c.dep_ in ("dobj", "obj", "dative")]
        node = node.head
    if not _to_infinitive(node) or node.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
        return None
    head = node.head
    if head.pos_ == "VERB" and head.tag_ == "VBG" and head.dep_ in ("advcl", "acl"):  # "loans totalling $5m to…"
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in lent and head.dep_ in ("dobj", "obj"):
        noun, giver = head, head.head
    elif head.pos_ == "VERB":
        noun = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lent), None)
        giver = head
    else:
        return None
    if noun is None or is_passive(giver):
        return None
    lenders = subject_tokens(giver)
    if not lenders:
        return None
    return lenders, helped_toks, prep_objects(noun, ("to",)) + prep_objects(giver, ("to",)) + [
        c for c in giver.children if c.dep_ == "dative"]


def cause_doers(verb: Token, resolver: Resolver, causes_named: tuple[str, ...] = (),
                preps: tuple[str, ...] = ()) -> list[Token]:
    """Who does the act a verb of undergoing names by its cause: the "by" or "with" phrase of the noun after one of
    its prepositions ("died in an ambush by X", "in clashes with Y"), else a state or group before that noun ("in an
    Israeli airstrike"); none when the cause names nobody ("in a missile attack"). With `causes_named` (the nouns
    the trigger's entry requires), only such a noun is a cause ("died in a Kenyan hospital of wounds": not Kenya);
    with `preps`, only after one of them ("were killed in a Libyan raid"; not "arrested after a Libyan raid")."""
    causes = [o for p in verb.children if p.dep_ == "prep" and (not preps or p.lower_ in preps)
              for o in p.children if o.dep_ == "pobj"
              and (not causes_named or o.lemma_.lower() in causes_named or o.lower_ in causes_named)]
    named = [a for c in causes for a in prep_objects(c, ("by", "with")) if resolver.many(a)]
    return named or [m for c in causes for m in (attack_doers(c, resolver) if attack_noun(c) else  # "killed in the
                                                  modifier_doers(c, resolver))]  # X embassy bombing": not X


def received_act(gov: Token | None, doers: list[Token], subjects: list[Token], resolver: Resolver,
                 names: Callable[[Token], list[str]] | None = None) -> list[Token] | None:
    """The doers of an act named by the object of a verb of getting ("X has the endorsement of Y", "X won Y's
    backing", "X received a visit from Y", "'X has my endorsement,' Y said"), who do it to the verb's subject: the
    noun's own doers that name actors (`names`, by default the resolver's), when there are some and none of them is
    the subject's actor ("X won its own party's backing" is no such case either: "its" is X). None when the verb is
    no verb of getting, is passive, or has no subject that names one."""
    if gov is None or gov.lemma_.lower() not in receiving_governors() or is_passive(gov) or not subjects:
        return None
    names = names or resolver.many
    named = [t for t in doers if names(t)]
    taker = {i for s in subjects for i in resolver.many(s)}
    if not named or any(i in taker for t in named for i in names(t)):
        return None
    return named


# Relations by which a noun's amount hangs on it: "credits worth 200 mln dlrs", "a grant equal to 30 mln dlrs",
# "aid totalling 12 mln dlrs", "a loan of 50 mln dlrs" (with the prepositions "of" and "to" only), and the currency
# the parser sets in apposition to its number ("47 mln U.S. dlrs").
_AMOUNT_DEPS = frozenset({"amod", "acl", "npadvmod", "dobj", "prep", "pobj", "appos"})
_AMOUNT_PREPS = frozenset({"of", "to"})


def _amount(node: Token) -> bool:
    """A number's noun ("200 mln dlrs") or a word whose object or measure is one ("totalling 12 mln dlrs", "worth
    200 mln dlrs")."""
    return any(c.dep_ == "nummod" for c in node.children) or any(
        c.dep_ in ("dobj", "npadvmod") and any(g.dep_ == "nummod" for g in c.children) for c in node.children)


def _amount_givers(verb: Token, obj: Token) -> list[Token]:
    """The "from" phrase the parser hung on the amount of the thing received rather than on the thing ("will receive
    credits worth 200 mln dlrs from X", "a grant equal to 30 mln dlrs from X", "aid totalling 12 mln dlrs from X",
    with "totalling" on the noun or on the verb): the giver of the thing the amount measures. Only on an amount
    reached through the amount's own words, never in a clause of its own nor after another preposition ("aid for
    refugees from X")."""
    out: list[Token] = []
    todo = [(obj, 0)] + [(c, 1) for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i > obj.i]
    while todo:
        node, depth = todo.pop()
        # "47 mln U.S. dlrs": the parser may set the currency apart from its number, in apposition to it
        if node is not obj and (_amount(node) or (node.dep_ == "appos" and _amount(node.head))):
            out += prep_objects(node, ("from",))
        if depth < 4:
            todo += [(c, depth + 1) for c in node.children if c.dep_ in _AMOUNT_DEPS
                     and (c.dep_ != "prep" or c.lower_ in _AMOUNT_PREPS)]
    return out


def givers(verb: Token, obj: Token | None, resolver: Resolver | None = None) -> list[Token]:
    """Who gives what a receiving verb's subject gets: "from" X on the verb, on the thing received or on its amount
    ("received aid from X", "obtained a loan from X", "received credits worth 20 mln dlrs from X"); else, with a
    resolver, a state, body or person named before the thing ("secured a Japanese loan", "received World Bank
    credits"; not a possessive pronoun: "its first loan" is the receiver's own); none when the sentence does not
    name them."""
    if obj is None:
        return prep_objects(verb, ("from",))
    named = prep_objects(verb, ("from",)) + (prep_objects(obj, ("from",)) or _amount_givers(verb, obj))
    if not named and resolver is not None:
        named = modifier_doers(obj, resolver, pronouns=False)
    return named


def noun_read_as_verb(verb: Token) -> bool:
    """A plural noun of asking the parser read as a verb ("Greece pleads for aid, calls from Denmark for reform"):
    the form a present verb shares with the plural (tag VBZ) of a noun of asking (data/receiving.yaml
    `asking_nouns`), with no subject of its own and "from" right after it. Its "from" phrase names who asks; a verb
    with its subject ("Kenya demands from Uganda") or its object first ("and demands an apology from X") is read as
    told."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return verb.tag_ == "VBZ" and verb.lemma_.lower() in _receiving("asking_nouns") \
        and after is not None and after.lower_ == "from" and after.head.i == verb.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _askers_from(prep: Token) -> bool:
    """A "from" right after a noun of asking names that noun's askers, wherever the parser hung it ("aid and demands
    from X": X demands)."""
    before = prep.nbor(-1) if prep.i > 0 else None
    return before is not None and before.tag_ in ("NN", "NNS") and before.lemma_.lower() in _receiving("asking_nouns")


def own_from_objects(tok: Token) -> list[Token]:
    """The objects of "from" on a word, less those of a "from" right after another noun of asking, which name that
    noun's askers ("appeals from X for aid and demands from Y for reform": Y makes the demands, not the appeals)."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
            and not (_askers_from(p) and p.i - 1 != tok.i) for o in p.children if o.dep_ == "pobj"]


def others_askers(anchor: Token, trigger: Token) -> bool:
    """The mention is told as the asker of another noun of asking than the trigger, by the "from" right after that
    noun ("Greece appealed for aid, and demands from X for cuts were heard": X asks, and is not the one Greece
    asks), or named by the "from" phrase such a noun's askers hang on ("aid" read as X's aid)."""
    node = anchor
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    preps = [node.head] if node.dep_ == "pobj" else []
    preps += [p for p in anchor.children if p.dep_ == "prep"]  # "aid and demands from X", read as X's aid
    return any(p.lower_ == "from" and _askers_from(p) and p.i - 1 != trigger.i for p in preps)


def asked_givers(verb: Token, obj: Token | None) -> list[Token]:
    """Whom a verb of asking asks, told as the one what is asked for would come from: "from" X on the verb, on its
    object or on the object of its "for" ("sought help from X", "demanded an apology from X", "pleading for action
    and attention from X"); what is asked of X is given by X, so X is asked, not the asker. None for a plural noun of
    asking read as a verb (`noun_read_as_verb`), and none from a noun of asking joined to what is asked for ("appealed
    for aid and demands from X for cuts were heard": X asks in turn)."""
    if noun_read_as_verb(verb):
        return []
    asking = _receiving("asking_nouns")
    asked = ([obj] if obj is not None else []) + prep_objects(verb, ("for",))
    asked += [c for a in asked for c in a.conjuncts if c.lemma_.lower() not in asking]
    return [t for h in [verb] + asked for t in own_from_objects(h)]
