"""Status (occurred, planned, hypothetical, negated) and attribution (who said so) of a trigger."""

from __future__ import annotations

from functools import cache
from pathlib import Path


from spacy.tokens import Token

from dossier.actors.convert import split_code
from dossier.actors.found import LABELS as _NAME_LABELS
from dossier.data_files import load_word_lists
from dossier.events.actors import Resolver
from dossier.events.patterns import Lexicon, load_lexicon
from dossier.time.lexicon import lexicon as time_lexicon, words as time_words

_UP = ("xcomp", "conj", "aux", "auxpass", "dobj", "nsubjpass", "pobj", "prep", "attr", "oprd", "pcomp", "acomp")


def clause_chain(tok: Token) -> list[Token]:
    """The trigger and the heads it hangs from within its clause ("is expected to be signed"); a verb joined by
    "and" with a tense of its own heads its own clause (`own_clause`)."""
    chain = [tok]
    while tok.dep_ in _UP and tok.head.i != tok.i and len(chain) < 6 and not own_clause(tok):
        tok = tok.head
        chain.append(tok)
    return chain


def tense_form(verb: Token) -> str | None:
    """The form a verb's own words give its tense: "modal" (would, will, could…), "past", "present", or None for a
    bare infinitive, gerund or participle, which takes the tense of what governs it."""
    auxes = _kids(verb, ("aux", "auxpass"))
    if any(a.tag_ == "MD" for a in auxes):
        return "modal"
    tags = {verb.tag_, *(a.tag_ for a in auxes)}
    if "VBD" in tags:
        return "past"
    return "present" if tags & {"VBZ", "VBP"} else None


def own_tense(tok: Token) -> bool:
    """A verb joined to another by "and"/"but" whose own words give it another tense than the first's, so the
    modality and the time of the first do not reach it: "supports their bid" in "is willing to deepen ties and
    supports their bid", "plans to visit" in "signed the pact last week and plans to visit" (not "sign" in "is ready
    to visit and sign", which the readiness governs)."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i:
        return False
    if _bare_under_modal(tok):
        return False
    form = tense_form(tok)
    return form is not None and form != tense_form(tok.head)


def _bare_under_modal(tok: Token) -> bool:
    """A second verb without a subject or auxiliary of its own, in the form a bare infinitive shares with the present
    (the tagger often reads it as the present), after a first verb with a modal: "could face prison and have to
    pay a fine" (the "could" reaches the paying), not "could face prison and has to pay" (a present of its own)."""
    return (tok.tag_ in ("VB", "VBP") and not _kids(tok, ("nsubj", "nsubjpass", "aux", "auxpass"))
            and any(a.tag_ == "MD" for a in _kids(tok.head, ("aux",))))


def own_clause(tok: Token) -> bool:
    """A joined verb that keeps its own status: one of its own tense (`own_tense`), or one in the simple past, which
    the first's negation does not reach either ("did not meet Y but signed the pact": the signing happened), or a
    past form after a bare verb under a modal, which no modal governs (`_past_after_modal`)."""
    return own_tense(tok) or (tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.i != tok.i) \
        or _past_after_modal(tok)


def _past_after_modal(tok: Token) -> bool:
    """A second verb in a past form with no auxiliary of its own after a bare first verb with a modal: "would veto
    the plan but offered to compromise" (the tagger may read the past as a participle; a modal takes the bare form,
    so the offer was made). Not "would be vetoed and sent back" (the first verb a participle: its "be" reaches
    the second) nor "would have vetoed it and offered" (a participle after "have")."""
    return (tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i and tok.head.tag_ == "VB"
            and not _kids(tok, ("aux", "auxpass"))
            and any(a.tag_ == "MD" for a in _kids(tok.head, ("aux",)))
            and not _kids(tok.head, ("auxpass",)))


def _kids(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _denied(verb: Token) -> bool:
    """The verb has a negation of its own, not the "not" of "whether or not" ("will decide whether or not to send
    troops": a question left open, which the "whether" reads; round 76, modal76)."""
    return any(n.i < 2 or n.doc[n.i - 1].lower_ != "or" or n.doc[n.i - 2].lower_ != "whether"
               for n in _kids(verb, ("neg",)))


_NEGATION = Path(__file__).parent / "data" / "negation.yaml"


@cache
def _negation_words() -> dict[str, frozenset[str]]:
    """data/negation.yaml: {list name: its words}."""
    return load_word_lists(_NEGATION)


def any_kind(noun: Token) -> bool:
    """A noun with "any", "whatever" or "whichever" (data/negation.yaml `any_kind`): "any attack", "any move to
    impose sanctions": no one act told."""
    return any(d.lower_ in _negation_words()["any_kind"] for d in _kids(noun, ("det",)))


def _says_no(noun: Token) -> bool:
    """A noun with "no" ("no plans", "no country", "no one")."""
    return any(d.lower_ == "no" for d in _kids(noun, ("det", "neg")))


def _own_predicate(chain: list[Token]) -> list[Token]:
    """The part of a clause chain up to the first preposition: the trigger and the verbs it is the act of ("during
    talks" is no act of "failed to conclude an agreement during talks")."""
    out = []
    for t in chain:
        if t.dep_ in ("prep", "pobj", "pcomp"):
            break
        out.append(t)
    return out


def _done_by_nobody(chain: list[Token]) -> bool:
    """A verb of the trigger's clause whose subject names nobody: "none of the members has asked", "no country
    offered aid", "nobody fired on the convoy", "neither Japan nor Brazil has ratified it" (the word before a pair)."""
    nobody = _negation_words()["nobody"]
    return any(s.lower_ in nobody or _says_no(s) or any(p.lower_ in nobody for p in _kids(s, ("preconj",)))
               for t in chain for s in _kids(t, ("nsubj", "nsubjpass")))


def _denied_up_front(chain: list[Token]) -> bool:
    """A verb of the trigger's clause denied by words put before it: "never once did our forces fire", "not once did
    they meet", "at no time did Russia threaten Finland", "at no point did the navy enter" (data/negation.yaml
    `no_time`). Not "not only did X attack", nor "never before had X …" (told of what has just happened)."""
    times = _negation_words()["no_time"]
    for t in chain:
        # (the parser may hang the words on the auxiliary: "At no point did …")
        for c in [*t.children, *(g for a in _kids(t, ("aux",)) for g in a.children)]:
            if c.dep_ == "advmod" and c.lower_ not in ("only", "before") and any(
                    g.dep_ == "neg" and (g.lower_ == "never" or c.lower_ == "once") for g in c.children):
                return True
            if c.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in times and _says_no(p)
                                        for p in c.children):
                return True
    return False


def _nothing_done(tok: Token) -> bool:
    """An act told in a relative clause on "nothing", or on "anything" that a denied verb does: "did nothing to
    provoke Somalia", "has done nothing that could threaten Rwanda", "had never done anything to harm Australia"."""
    if tok.dep_ == "relcl":
        thing = tok.head
    elif tok.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in _kids(tok, ("aux",))):
        thing = next((o for o in _kids(tok.head, ("dobj", "obj")) if o.i < tok.i), None)  # the parser's other reading
    else:
        return False
    if thing is None or thing.lower_ not in ("nothing", "anything"):
        return False
    if thing.lower_ == "nothing":
        return True
    return thing.dep_ in ("dobj", "obj") and any(c.dep_ == "neg" for c in thing.head.children)


def _unwilling(chain: list[Token]) -> bool:
    """An infinitive under a predicate of unwillingness or failure: "are unwilling to provide new credits", "failed
    to conclude an agreement". Not one only supposed, with a modal of its own ("hopes Iran would be reluctant to fire
    missiles", "could fail to reach a deal"): the act is then one that may or may not come, hypothetical."""
    unwilling = _negation_words()["unwilling"]
    supposing = _negation_words()["supposing_modals"]
    return any(low.dep_ == "xcomp" and high.lemma_.lower() in unwilling and not any(
        a.dep_ == "aux" and a.lower_ in supposing for h in (high, high.head) for a in h.children)
        for low, high in zip(chain, chain[1:]))


def _under_a_failing(chain: list[Token], own: list[Token]) -> bool:
    """The infinitive of a gerund of failure, unwillingness or refusal that a preposition governs is not done (round
    72, noise72): "criticised for failing to obtain new credits", "praised for refusing to sign the pact" (the
    refusal is coded on its own word). `_unwilling` reads the clause's own predicate, which stops at the
    preposition. A gerund with a "not" of its own is left."""
    if not own or len(chain) <= len(own):
        return False
    low, high = own[-1], chain[len(own)]
    return (low.dep_ == "xcomp" and high.dep_ == "pcomp" and high.tag_ == "VBG" and not _kids(high, ("neg",))
            and high.lemma_.lower() in _negation_words()["unwilling"] | {"refuse", "decline"})


def _failed_act(tok: Token) -> bool:
    """The infinitive on a noun of inability, failure or refusal (data/negation.yaml `unwilling_nouns`), or the next
    verb of one: "the cabinet's inability to end the war", "its failure to reach a deal", "their refusal to withdraw
    and disarm". Not one with a modal of its own in a clause between ("a failure that would…" is no infinitive)."""
    nouns = _negation_words()["unwilling_nouns"]
    for _ in range(3):
        to = next((a for a in tok.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if to is not None and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in nouns:
            return True
        if to is not None and tok.dep_ in ("acl", "xcomp", "advcl"):
            return _after_a_failure(to, nouns)
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _after_a_failure(to: Token, nouns: frozenset[str]) -> bool:
    """"to" right after the noun phrase of a failure noun, which the parser hung elsewhere ("hit by the inability of
    Lebanon's government to end the war": "to end" hung on "hit" or on "government"): the words before "to" lead up,
    through "of" phrases and a noun's own words, to that noun."""
    if to.i == 0:
        return False
    word = to.doc[to.i - 1]
    for _ in range(5):
        if word.pos_ == "NOUN" and word.lemma_.lower() in nouns:
            return True
        if word.dep_ not in ("pobj", "prep", "poss", "compound", "amod") or word.head.i >= to.i:
            return False
        word = word.head
    return False


def _held_back(chain: list[Token]) -> bool:
    """An act held back: a gerund under "from"/"of"/"at" on a word of holding back ("refrained from accusing Kampala",
    "stopped short of backing the plan", "balked at signing"), or under "from" on a verb of keeping from ("prevented
    Uganda from signing the accord"); data/negation.yaml: held_back, kept_from. (A gerund under "without" is read by
    `clauses.not_yet_done`.)"""
    words = _negation_words()
    return any(low.dep_ == "pcomp" and high.dep_ == "prep" and high.lower_ in ("from", "of", "at") and (
        high.head.lemma_.lower() in words["held_back"]
        or (high.lower_ == "from" and high.head.lemma_.lower() in words["kept_from"]))
        for low, high in zip(chain, chain[1:]))


def _setting_aside(chain: list[Token]) -> Token | None:
    """The verb that sets aside a gerund act of the clause chain, its object (data/negation.yaml `set_aside`): "ruled
    out sending troops", "has resisted turning to the lenders", "avoided criticising Kampala", "ruled out using its
    powers to retaliate" (the parser may read the gerund as an adverbial clause), the gerund right after the verb,
    its particle or adverb; not a participle after an object or a comma ("opposed the plan saying it would hurt trade",
    "ruled out a deal, citing the costs"), nor one before the verb."""
    aside = _negation_words()["set_aside"]
    for t in chain:
        verb = t.head
        if t.tag_ != "VBG" or t.dep_ not in ("xcomp", "advcl", "dobj") or verb.i == t.i or verb.i > t.i:
            continue
        if _phrasal_lemma(verb) in aside and all(w.dep_ in ("prt", "advmod", "neg") and w.head.i == verb.i
                                                 for w in t.doc[verb.i + 1:t.left_edge.i]):
            return verb
    return None


def ruled_out_left_open(tok: Token, lex: Lexicon) -> Token | None:
    """The verb that leaves open a hostile gerund act it would set aside (data/lexicon.yaml `threat_left_open`: "would
    not rule out imposing sanctions", "refused to rule out using force"): a threat held out, as the noun's ("would not
    rule out sanctions"); None elsewhere ("ruled out sending troops": not done)."""
    aside = _setting_aside(clause_chain(tok))
    if aside is None or _phrasal_lemma(aside) not in lex.threat_left_open or not _left_open(aside):
        return None
    return aside


def _phrasal_lemma(verb: Token) -> str:
    """The verb's lemma with its particle: "rule out"."""
    return " ".join([verb.lemma_.lower(), *(p.lower_ for p in _kids(verb, ("prt",)))])


def _left_open(verb: Token) -> bool:
    """The verb of setting aside denied or refused: "has not ruled out sending troops", "could not rule out", "refused
    to rule out imposing sanctions", "did not oppose sending troops": the act may still come."""
    return bool(_kids(verb, ("neg",))) or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"refuse", "decline"})


_SUBJECTS = ("nsubj", "nsubjpass")


def _foretold(chain: list[Token]) -> str | None:
    """The status a predicate of likelihood gives the infinitive it governs in the clause chain (data/negation.yaml
    `foretold`, `doubted`): "the dockers are all but certain to strike" (planned, as "likely to"), "Kenya is unlikely
    to impose sanctions" (hypothetical); None where there is none, or where "bound" has its "by" ("bound by the
    treaty to defend": an obligation), is not passive or is a compound's ("felt duty-bound to visit"), or the word
    is no predicate ("make sure to")."""
    words = _negation_words()
    for low, high in zip(chain, chain[1:]):
        if low.dep_ != "xcomp" or not any(a.lower_ == "to" for a in _kids(low, ("aux",))):
            continue
        word = high.lower_
        if word == "bound" and (high.tag_ != "VBN" or any(p.lower_ == "by" for p in _kids(high, ("prep", "agent")))
                                or not any(a.lemma_ == "be" for a in _kids(high, ("auxpass", "aux")))
                                or (high.i > 0 and high.doc[high.i - 1].text == "-")):
            continue  # "bound by the treaty to", "felt honour-bound to", "duty-bound": an obligation
        if word != "bound" and (high.pos_ != "ADJ" or high.dep_ not in ("acomp", "ROOT", "conj")
                                or (high.dep_ == "acomp"
                                    and high.head.lemma_.lower() not in words["foretold_copulas"])):
            continue  # "made sure to protest": done
        if word in words["foretold"]:
            return "planned"
        if word in words["doubted"]:
            return "hypothetical"
    return None


def _doubted_that(chain: list[Token]) -> bool:
    """An act told in a "that" clause a predicate of doubt holds out with "it" before it (data/negation.yaml
    `doubted`, round 73, noise73): "it is unlikely that Chile will sign the accord", "it is thought highly unlikely
    that the two leaders will agree", "it seems improbable that Peru will send troops": a chance doubted, not a plan
    told ("Chile is unlikely to sign" is `_foretold`'s; "it is likely that Chile will sign" keeps its "will")."""
    top = chain[-1]
    if top.dep_ != "ccomp" or top.head.i == top.i:
        return False
    if any(t.dep_ == "pobj" for t in chain):  # an occasion in a phrase of the doubted act keeps its own status:
        return False  # "unlikely that an offer will be made during the summit expected to be held next month"
    doubted = _negation_words()["doubted"]
    head = top.head
    adjective = head if head.pos_ == "ADJ" and head.lower_ in doubted else next(
        (a for a in _kids(head, ("acomp", "oprd")) if a.lower_ in doubted), None)
    if adjective is None:
        return False
    verb = adjective.head if adjective.i != head.i else head.head
    if any(_kids(t, ("neg",)) for t in (adjective, verb)):
        return False  # "it is not unlikely that …"
    return any(c.lower_ == "it" for c in _kids(verb, ("nsubj", "nsubjpass", "expl")))


def _prospect_denied(tok: Token) -> bool:
    """An act that hangs from a noun of prospect with "no": "there are no plans for the minister to meet the bankers",
    "no plans for an emergency meeting", "no intention of withdrawing", or one a denied copula makes it ("this was
    not an indication that the U.S. was retaliating", `_denied_by_copula`) (not across a verb: "no plans to meet
    bankers during his trip" keeps the trip), or an act told in the clause of a showing infinitive on any noun with
    "no" (`_shows_for_a_noun`: "no information to suggest that the talks were broken off")."""
    prospects = _negation_words()["prospects"]
    showing = _negation_words()["showing_verbs"]
    head = tok
    for _ in range(5):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in prospects \
                and (_says_no(head) or _denied_by_copula(head)):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return _shows_for_a_noun(head, showing) and _says_no(head.head)
    return False


def _denied_by_copula(noun: Token) -> bool:
    """The noun is what a denied copula says a thing is (round 74): "this was not an indication that the U.S. was
    retaliating", "it is not a sign that the talks failed"; a sign, not any noun of prospect (data/negation.yaml
    `denied_signs`): "this is not the first time the firm has been scrutinized" keeps its act."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and bool(_kids(noun.head, ("neg",))) \
        and noun.lemma_.lower() in _negation_words()["denied_signs"]


def _shows_for_a_noun(verb: Token, showing: frozenset[str]) -> bool:
    """A "to" infinitive of showing on a noun (data/negation.yaml `showing_verbs`, round 73): "had no information to
    suggest that the talks were broken off", "no evidence to show that troops crossed": the noun's "no" denies the
    clause the infinitive tells."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in showing and verb.head.pos_ == "NOUN" \
        and any(a.lower_ == "to" for a in _kids(verb, ("aux",)))


def _prospect_doubted(tok: Token) -> bool:
    """An act named after "for"/"of" on a prospect told as slim (data/negation.yaml `doubted_prospects`,
    `slim`): "prospects appear slim for a summer meeting", "the chances of a deal are remote", "slim hopes of a
    meeting" (not "good prospects for a deal", nor "slim" of anything else: "won a slim majority for the pact")."""
    words = _negation_words()
    nouns, slim = words["doubted_prospects"], words["slim"]
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "of"):
        return False
    held = tok.head.head

    def told_slim(noun: Token) -> bool:
        if any(a.lower_ in slim for a in _kids(noun, ("amod",))):
            return True
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        return verb is not None and any(a.lower_ in slim for a in _kids(verb, ("acomp", "oprd", "attr")))

    if held.pos_ == "NOUN" and held.lemma_.lower() in nouns:  # "the chances of a deal are remote"
        return told_slim(held)
    if held.pos_ == "ADJ" and held.lower_ in slim and held.dep_ in ("acomp", "oprd"):  # "prospects appear slim for"
        held = held.head
    if held.pos_ in ("VERB", "AUX"):  # (the parser may hang the "for" on the verb: "prospects look slim for")
        return any(s.lemma_.lower() in nouns and told_slim(s) for s in _kids(held, ("nsubj",)))
    return False


def _aim_of_a_thing(tok: Token, chain: list[Token]) -> bool:
    """An act told as the aim a thing is made for (data/negation.yaml `aim_participles`): the infinitive or the "at"
    phrase of a participle of aiming with no subject of its own ("the blockade is designed to punish Kessia",
    "sanctions aimed at forcing a retreat", "marches intended to harass the envoys"), or the act of a way it is seen
    as (`viewing_verbs`, `way_nouns`: "the decree was seen as a way to curb the army"). Not "Kenya aimed to sign",
    "has aimed at": an active verb's aim is its doer's plan."""
    words = _negation_words()

    def aiming(verb: Token) -> bool:
        return verb.lemma_.lower() in words["aim_participles"] and verb.tag_ == "VBN" \
            and not _kids(verb, ("nsubj",)) and not any(a.lemma_ == "have" for a in _kids(verb, ("aux",)))

    if aiming(tok) and _kids(tok, ("xcomp",)):  # the participle itself taken with its act ("intended … punish")
        return not _aid_instrument(tok)
    for low, high in zip(chain, chain[1:]):
        if aiming(high) and (low.dep_ == "xcomp" or (low.dep_ == "prep" and low.lower_ == "at")):
            return not _aid_instrument(high)
    last = chain[-1]
    if last.dep_ == "acl":  # "seen as a way to curb the army"
        return _way_seen(last.head, words)
    if last.dep_ == "advcl" and last.head.lemma_.lower() in words["viewing_verbs"]:  # (the parser may hang it on
        return any(_way_seen(w, words) for p in _kids(last.head, ("prep",)) for w in _kids(p, ("pobj",)))  # "seen")
    return False


def _way_seen(way: Token, words: dict[str, frozenset[str]]) -> bool:
    """A noun of a way (`way_nouns`) something is seen as (`viewing_verbs`): "was seen as a way", "viewed it as a
    bid"."""
    return way.lemma_.lower() in words["way_nouns"] and way.dep_ == "pobj" and way.head.lower_ == "as" \
        and way.head.head.lemma_.lower() in words["viewing_verbs"]


def _aid_instrument(aiming: Token) -> bool:
    """The thing an aim is told of is an instrument of aid (data/negation.yaml `aid_instruments`), whose aim is the
    aid it gives: "finalised a fund aimed at helping the rebels"."""
    owner = aiming.head if aiming.dep_ in ("acl", "amod") else next(iter(_kids(aiming, ("nsubjpass",))), None)
    return owner is not None and owner.lemma_.lower() in _negation_words()["aid_instruments"]


def _unconfirmed(tok: Token) -> bool:
    """An act told only in a report its teller will not or cannot confirm (data/negation.yaml `confirming_verbs`,
    `unconfirmed`, `not_confirming`): "could not verify the reports that Peru had offered a truce",
    "declined to confirm that the envoys had met", "unconfirmed reports that troops crossed the border" (not
    "confirmed reports that …", nor "did not deny that …", the act denied a denial's own rule reads)."""
    words = _negation_words()
    top = clause_chain(tok)[-1]
    if top.dep_ not in ("acl", "ccomp", "relcl") or top.head.i == top.i:
        return False
    head = top.head
    if head.pos_ == "NOUN":
        if head.lemma_.lower() not in _content_nouns() and head.lower_ not in _content_nouns():
            return False
        if any(a.lower_ in words["unconfirmed"] for a in _kids(head, ("amod",))):
            return True
        if head.dep_ not in ("dobj", "obj"):
            return False
        head = head.head
    if head.lemma_.lower() not in words["confirming_verbs"]:
        return False
    if _kids(head, ("neg",)):
        return True
    return head.dep_ == "xcomp" and (head.head.lemma_.lower() in words["not_confirming"] or bool(
        _kids(head.head, ("neg",))))


def obliged(verb: Token) -> bool:
    """A verb of obligation (data/negation.yaml `obligation`, or a passive of `obligation_passive`) with an
    infinitive complement, not in the past: "has to", "have to", "will have to", "needs to", "is required to" (not
    "had to withdraw" or "was required to", read as done, "has a plan to", nor "does not have to", which frees the
    doer: the negation is read as such)."""
    words = _negation_words()
    if verb.pos_ not in ("VERB", "AUX") or _kids(verb, ("neg",)):
        return False
    if verb.lemma_.lower() in words["obligation_passive"] and verb.tag_ == "VBN":  # "is required to repay"
        if not _kids(verb, ("auxpass",)) or any(a.tag_ == "VBD" for a in _kids(verb, ("auxpass",))):
            return False
    elif verb.lemma_.lower() not in words["obligation"]:
        return False
    if verb.tag_ == "VBD" or any(a.lower_ in ("had", "did") for a in _kids(verb, ("aux",))):
        return False
    # (a thing or a span of time had is no obligation: "has three weeks to pay", "the longer they have to show";
    # an adverb may stand between: "needs first to tackle")
    if any(c.tag_ in ("JJR", "RBR") or (c.dep_ in ("dobj", "obj") and c.pos_ != "ADV") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _pending(verb: Token) -> bool:
    """A verb of obligation with an adverb after it that leaves its act still undone (data/negation.yaml
    pending_adverbs): "Uganda has yet to free the traders", "Caracas has still to settle the terms" tell no duty
    ("still has to repay" is owed still)."""
    return any(a.i > verb.i and a.lower_ in _negation_words()["pending_adverbs"] for a in _kids(verb, ("advmod",)))


def clause_modals(clause: Token) -> set[str]:
    """The auxiliaries of a reported clause's verb, lower-cased, with "must" for an obligation in the present ("said
    Kenya has to release them", "X needs to withdraw": asked of X as "must" asks it); an obligation foretold ("will
    have to resign") keeps only its "will", and one told as a chance ("koalas may have to be listed as endangered")
    its "may": a forecast, which asks nobody; so does a passive ("Lima is required to
    repay": a rule told, not a speaker's demand), and an act still undone ("has yet to free them": `_pending`)."""
    auxes = {a.lower_ for a in _kids(clause, ("aux",))}
    if obliged(clause) and not auxes & (_WILL | _MAY) and clause.lemma_.lower() in _negation_words()["obligation"] \
            and not _pending(clause):
        auxes.add("must")
    return auxes


def _owed(chain: list[Token]) -> bool:
    """An act under a verb of obligation in its clause (`obliged`): "has to release", "will have to resign"."""
    return any(low.dep_ == "xcomp" and obliged(high) for low, high in zip(chain, chain[1:]))


def _needed(chain: list[Token]) -> bool:
    """An act told as needed: a "to" infinitive of the clause chain under a verb of need in any tense ("Uganda
    needed to investigate the firm", where "had to" is read as done) or under a noun of need ("discussed a need for
    Uganda to launch an inquiry"); data/negation.yaml `need_verbs`, `need_nouns`."""
    words = _negation_words()
    for low in chain:
        high = low.head
        if high.i == low.i or not any(a.dep_ == "aux" and a.lower_ == "to" for a in low.children):
            continue
        if high.pos_ in ("VERB", "AUX") and high.lemma_.lower() in words["need_verbs"] and to_complement(low):
            return True
        if high.pos_ == "NOUN" and high.lemma_.lower() in words["need_nouns"] and low.dep_ in ("acl", "advcl", "relcl"):
            return True
    return False


def _within_reach(chain: list[Token]) -> bool:
    """An act told as one its doer is able to do, not as done (data/negation.yaml `ability_words`,
    `capability_words`, `ability_nouns`): "Iran is able to strike the bases", "an airfield able to take bombers",
    "will be able to veto the accord", "is capable of closing the strait", "has the means to block the exports", "is
    in a position to attack", "is free to leave" (`permission_words`, in any tense), "the treaty allows Kenya to
    deploy troops" (`enabling_verbs`). Not "was able to evacuate" or "has been able to export" (done, as "managed
    to"), nor a power put to use ("used its power to block the resolution")."""
    words = _negation_words()
    for low in chain:
        high = low.head
        if high.i == low.i:
            continue
        to = any(a.dep_ == "aux" and a.lower_ == "to" for a in low.children)
        if to and low.dep_ == "xcomp" and high.pos_ == "ADJ" and (high.lower_ in words["ability_words"] or any(
                d.dep_ == "advmod" and d.lower_ in words["ability_degrees"] for d in high.children)):
            holder = high.head if high.dep_ == "acomp" else high  # the copula: "was able to" tells it was done
            return not _told_as_past(holder)
        if to and low.dep_ == "xcomp" and high.pos_ == "ADJ" and high.lower_ in words["permission_words"]:
            return True  # "is free to return to Chile", "was welcome to join the talks": let, in any tense, not done
        if low.dep_ in ("ccomp", "xcomp") and high.lemma_.lower() in words["enabling_verbs"] \
                and (not _told_as_past(high.head if high.tag_ == "VBG" and high.dep_ == "advcl" else high)
                     or counterfactual(high) or _standing_permission(high, low, words)):
            return True  # "the treaty allows Kenya to deploy troops" (not "cut tariffs, allowing …": told as past)
        if low.dep_ == "pcomp" and high.lower_ == "of" and high.head.lower_ in words["capability_words"]:
            return True
        if to and low.dep_ in ("acl", "relcl") and high.pos_ == "NOUN" and _ability_noun(high, words) \
                and high.head.lemma_.lower() not in words["using_verbs"] \
                and not (high.dep_ == "pobj" and high.head.lower_ == "to"):  # "came to power to restore order"
            return True
    return False


def _standing_permission(allow: Token, act: Token, words: dict[str, frozenset[str]]) -> bool:
    """A permission an instrument gave (data/negation.yaml `permitting_instruments`: "the waiver allowed Washington to
    impose quotas on farm imports"), told in the past, over an act that names no party but the one allowed and no
    time: what the text permits, not an act done. Not "the accord allowed the troops to enter the town on Monday" (a
    time), "let Japan impose quotas on Chilean fruit" (a party), "the ministry allowed the envoy to land" (a doer)."""
    if not any(s.lemma_.lower() in words["permitting_instruments"] for s in _kids(allow, ("nsubj",))):
        return False
    allowed = {t.i for s in _kids(act, ("nsubj",)) for t in s.subtree}
    allowed |= {t.i for o in _kids(allow, ("dobj",)) for t in o.subtree}  # "allowed Washington to impose…"
    return not any(t.ent_type_ in ("DATE", "TIME") or (t.ent_type_ in _NAME_LABELS and t.i not in allowed)
                   for t in act.subtree)


def _for_another_to(chain: list[Token], lex: Lexicon) -> str | None:
    """The act of a "for X to" clause, with a subject of its own, on a noun or a verb: what a deal, a plan, talks or
    a call are for, not an act told as done ("held talks on a deal for Russian troops to leave Georgia", "pursued an
    agreement for the troops to begin leaving"): "planned" where the word it hangs on is one of planning ("a plan for
    its troops to leave by June"), else "hypothetical". Not the time an act took ("it took a week for the troops to
    leave": done)."""
    for low in chain:
        if low.dep_ not in ("acl", "advcl") or not _infinitive(low) or low.head.i == low.i \
                or not any(m.lower_ == "for" for m in _kids(low, ("mark",))) or not _kids(low, ("nsubj",)):
            continue
        head = low.head.lemma_.lower()
        if head == "take":
            return None
        return "planned" if head in lex.planning_verbs else "hypothetical"
    return None


def holds_ability(verb: Token) -> bool:
    """The verb holds a power to act, its object a noun of ability (data/negation.yaml `ability_nouns`) with the "to"
    infinitive of the act ("Iran possesses the capability to strike the bases", "has the means to block the
    exports"): the power held is no act of the holder's (not a power put to use, `using_verbs`: "used its veto
    power to block the resolution")."""
    words = _negation_words()
    if verb.lemma_.lower() in words["using_verbs"]:
        return False
    return any(_ability_noun(o, words)
               and any(c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                       for c in o.children)
               for o in _kids(verb, ("dobj", "obj")))


def _ability_noun(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """A noun of ability (data/negation.yaml `ability_nouns`: "capability", "means", "power"), by lemma or form."""
    return noun.lemma_.lower() in words["ability_nouns"] or noun.lower_ in words["ability_nouns"]


def _on_condition(chain: list[Token], lex: Lexicon) -> bool:
    """A verb of the act's clause, not told in the past, held on a condition (`held_on_condition`): "Kenya will
    impose sanctions if the talks fail", "Should Uganda refuse, Kenya will expel its diplomats": the act waits on the
    condition, hypothetical. Not "Kenya signed the accord if only to please Uganda" (told in the past)."""
    return any(verb.pos_ in ("VERB", "AUX") and not _told_as_past(verb) and held_on_condition(verb, lex)
               for verb in chain)


def held_on_condition(verb: Token, lex: Lexicon) -> bool:
    """The verb holds a clause of condition (`condition_clause`) or a phrase of one: "in the event of", "in case of",
    "on condition that" (`_condition_phrase`), "as long as" ("will free them as long as Uganda pays")."""
    if condition_clause(verb, lex) or any(_condition_phrase(p, _negation_words()["condition_nouns"])
                                          for p in _kids(verb, ("prep",))):
        return True
    return any(d.lower_ == "long" and any(m.lower_ == "as" for c in _kids(d, ("advcl",)) if c.pos_ in ("VERB", "AUX")
                                          for m in _kids(c, ("mark",)))
               for d in _kids(verb, ("advmod",)))  # (the parser hangs the clause on "long")


def condition_clause(verb: Token, lex: Lexicon) -> bool:
    """The verb holds a clause of condition of its own: "if"/"unless" (lexicon `condition_marks`: "will impose
    sanctions if the talks fail") or an inverted modal ("Should Uganda refuse, Kenya will expel its diplomats", "Were
    Uganda to refuse, …": data/negation.yaml `inverted_conditions`). Not "will sign the accord even if Uganda
    objects" (`not_conditions`: the act comes either way), nor on the first of two joined verbs whose condition
    follows the second ("the sides continue to negotiate and could sign a deal, if…": the talks go on)."""
    return bool(_condition_clauses(verb, lex))


def adverse_condition(verb: Token, lex: Lexicon) -> bool:
    """The verb's clause of condition (`condition_clause`) holds out the act against what the other side fails to do:
    "unless" ("will withdraw its troops unless the AU pays them"), a condition denied ("if its demands are not
    met") or a refusal ("if Uganda refuses", "should the rebels reject the plan"; lexicon `refusing_verbs`). A plain
    "if" ("will release the prisoners if Hamas frees the soldier") offers the act for what the other side does."""
    for mark, clause in _condition_clauses(verb, lex):
        if mark is not None and mark.lower_ == "unless":
            return True
        if _kids(clause, ("neg",)) or clause.lemma_.lower() in lex.refusing_verbs:
            return True
    return False


def condition_subjects(verb: Token, lex: Lexicon) -> list[Token]:
    """The subjects of the verb's clauses of condition (`condition_clause`): who must act for the act held out to
    come or not ("will continue the raids unless Iraq withdraws": Iraq)."""
    return [s for _, clause in _condition_clauses(verb, lex) for s in _kids(clause, ("nsubj", "nsubjpass"))]


def _condition_clauses(verb: Token, lex: Lexicon) -> list[tuple[Token | None, Token]]:
    """The verb's clauses of condition (`condition_clause`), each with its mark ("if", "unless"; None for an
    inverted modal)."""
    words = _negation_words()
    joined = [c.i for c in _kids(verb, ("conj",)) if c.i > verb.i]
    out = []
    for clause in _kids(verb, ("advcl",)):
        if clause.pos_ not in ("VERB", "AUX") or any(j < clause.i for j in joined) or _set_off_before(clause, verb):
            continue
        mark = next((m for m in _kids(clause, ("mark",)) if m.lower_ in lex.condition_marks), None)
        if mark is not None and not (mark.i > 0 and mark.doc[mark.i - 1].lower_ in words["not_conditions"]):
            out.append((mark, clause))
            continue
        if _inverted_condition(clause):
            out.append((None, clause))
    return out


def _inverted_condition(clause: Token) -> bool:
    """A clause opened by a modal or "had" put before its subject (data/negation.yaml `inverted_conditions`): "Should
    Uganda refuse", "Were Uganda to refuse", "Had Kenya sent troops"."""
    first = clause.left_edge
    return first.lower_ in _negation_words()["inverted_conditions"] \
        and (first.i == clause.i or first.head.i == clause.i) \
        and any(s.i > first.i for s in _kids(clause, ("nsubj", "nsubjpass")))


_SET_OFF = frozenset({"-", "–", "—", "--", "(", ")"})


def _set_off_before(clause: Token, verb: Token) -> bool:
    """A clause before the verb, inside words set off by dashes or brackets that close before the verb: "The
    Authority - which has rejected X as a mediator if talks are ever revived - called for a meeting" (the parser may
    hang the "if" clause on "called"; it is the rejection's). Not "If the talks fail - and they may - Kenya will
    act" (no dash opens before the clause)."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    left, right = clause.left_edge.i, clause.right_edge.i
    return any(t.text in _SET_OFF for t in doc[right + 1:verb.i]) \
        and any(t.text in _SET_OFF for t in doc[verb.sent.start:left])


def _condition_phrase(prep: Token, nouns: frozenset[str]) -> bool:
    """"in the event of …", "in case of …", "on condition that …": a noun of condition (data/negation.yaml
    `condition_nouns`) under "in" or "on" with its "of" phrase or "that" clause; "case" only bare ("in the case of
    Uganda", "in this case": what is spoken of)."""
    if prep.lower_ not in ("in", "on"):
        return False
    for noun in _kids(prep, ("pobj",)):
        if noun.lemma_.lower() not in nouns or (noun.lower_ == "case" and _kids(noun, ("det", "poss"))):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) or any(
                m.lower_ == "that" for c in _kids(noun, ("acl", "ccomp", "relcl")) for m in c.children):
            return True
    return False


def _clause_heads(tok: Token) -> list[Token]:
    """Heads from the trigger up to the sentence root, for "if" clauses around it."""
    out = [tok]
    while tok.head.i != tok.i and len(out) < 8:
        tok = tok.head
        out.append(tok)
    return out


# Types whose act is done by saying (an accusation, a demand, a refusal, a threat, praise): an event of one put on
# "said" is the saying ("said countries should help"), done by the one who tells it (events.roles), dated and
# with the status of the saying; an agreement or a concession put there is the deed said ("said it would drop the
# charges"). The one definition: roles and dates import it.
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
# Subjects by which a speaker speaks of itself: "Kenya said it would open the border", "the minister said he was
# ordering a review" (the act is the speaker's own; events.dates reads them too)
SELF_REFERENCE = frozenset({"he", "she", "i", "we", "it", "they"})
OWN_POSSESSIVES = frozenset({"his", "her", "my", "our", "its", "their"})


def reported(tok: Token, ptype: str | None) -> Token | None:
    """What an event of a type done by deeds stands for when it is put on "said"/"told": the clause said ("said
    the ship would sail tomorrow": the sailing); None for a speech act, an unknown type, or any other word."""
    if ptype is None or ptype in SPEECH_ACTS or tok.lemma_.lower() not in load_lexicon().saying_verbs:
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp"), None)


def read_status(tok: Token, lex: Lexicon, ptype: str | None = None) -> str:
    said = reported(tok, ptype)
    if said is not None:  # "he said the ship would sail": the sailing is still to come
        return read_status(said, lex)
    if _occasion_to_come(tok, lex):  # "asked if it would be raised at the next meeting, to be held on May 9"
        return "planned"
    if _occasion_begun(tok, lex):  # "would be discussed at a council meeting which opened here today"
        return "occurred"
    if _set_out_for(tok):  # "left at the weekend for Washington for talks with the banks": the talks lie ahead
        return "planned"
    carrier = carried_by_object(tok)
    if carrier is not None:  # "will issue a statement warning Seoul": the warning comes with the statement
        carried = read_status(carrier, lex)
        if carried in ("planned", "hypothetical"):
            return carried
    chain = clause_chain(tok)
    caused = _caused_by(chain)
    if caused is not None:  # "will not cause Kenya to back down", "could make Peru sign": as the causing is told
        caused_status = read_status(caused, lex)
        if caused_status != "occurred":
            return caused_status
    if _supposed_subject(chain):  # "freeing the traders would have eased the quarrel": only supposed
        return "hypothetical"
    if _before_a_past_deed(tok):  # "agreed to pay a fine after being charged": the charge came first, and is done
        return "occurred"
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX") or t.dep_ in ("ROOT",)]
    aside = _setting_aside(chain)
    if aside is not None:  # "ruled out sending troops": not done; "has not ruled out sending troops": may come
        return "hypothetical" if _left_open(aside) else "negated"
    if _hedged_forecast(verbs):  # "will likely impose tariffs", "probably will not attend": a guess, no plan or refusal
        return "hypothetical"
    if any(_denied(t) for t in chain) or any(d.lower_ in ("no", "never") for d in _kids(tok, ("det", "neg"))):
        return "negated"
    if tok.pos_ == "NOUN" and any_kind(tok):
        return "hypothetical"  # "a force in any trade talks", "will answer any attack": no one act told
    own = _own_predicate(chain)
    if _denied_up_front(chain) or _nothing_done(tok):
        return "negated"
    if _done_by_nobody(own) or _prospect_denied(tok) or _unwilling(own) or _held_back(chain) or _failed_act(tok) \
            or _under_a_failing(chain, own):
        return "negated"
    if _timetabled_before(tok) or _occasion_waited_for(tok):  # "is expected to act before the premier leaves for
        return "planned"  # Washington next week", "are withholding judgment until the premier's visit"
    if _prospect_doubted(tok) or _unconfirmed(tok):  # "prospects appear slim for a meeting", "could not confirm
        return "hypothetical"  # reports that Iran offered a truce": doubted or only reported, not told as done
    if _aim_of_a_thing(tok, chain):  # "the blockade is designed to punish Kessia", "seen as a way to curb the army"
        return "hypothetical"
    if _awaited_in_phrase(tok):  # "in the event of Brazil withdrawing", "pending the government's levy of a fine"
        return "hypothetical"
    for t in _clause_heads(tok):
        if any(m.lower_ in lex.hypothetical_marks for m in _kids(t, ("mark",))) or _awaited(t) \
                or _supposed_before(t):  # "Had Kenya sent troops, …": supposed
            return "hypothetical"
        if t.dep_ == "ccomp" and _conditional(t.head, lex):
            return "hypothetical"  # "if Japan shows it will abide by the accord": said within the condition
        if t.dep_ in ("ccomp", "advcl", "relcl", "ROOT"):
            break
    auxes = [a.lower_ for t in verbs for a in _kids(t, ("aux",))]
    if _continued(tok) and not set(auxes) - _WILL - {"to"}:
        return "occurred"  # "will continue to stand by them", "would keep shelling": under way already
    forwarded = forward_state(tok, lex)
    if forwarded == "asked":  # "urged Sudan to free them", "suggested holding talks": asked for, not done
        return "hypothetical"
    if forwarded == "accepted" and not _done_by_light_verb(chain, lex):
        return "planned"  # "accepted a proposal for talks": agreed to, still to be held
    if _a_bare_wish(chain, lex):  # "we wish to reach an agreement with Chile": wished, no plan
        return "hypothetical"
    if any(a in lex.hypothetical_aux for a in auxes) or _owed(chain) or _needed(chain):
        return "hypothetical"  # "could", "must"; "has to", "will have to", "needed to": owed, not done nor planned
    content = _for_another_to(chain, lex)
    if content is not None:  # "talks on a deal for Russian troops to leave Georgia": what is sought, not done
        return content
    if _within_reach(chain) or _on_condition(chain, lex):
        return "hypothetical"  # "is able to strike", "has the means to block"; "will expel them if the talks fail"
    foretold = _foretold(chain)  # "are all but certain to strike" (planned), "is unlikely to attack" (hypothetical)
    if foretold is not None:
        return foretold
    if _doubted_that(chain):  # "it is unlikely that Chile will sign the accord": a chance doubted, no plan
        return "hypothetical"
    if _weighed(tok) or _among_options(tok):
        return "hypothetical"
    if wished_of_another(tok, lex):  # "expects Chile to agree", "would like Japan to grant loans"
        return "hypothetical"
    if any(a in lex.future_aux for a in auxes):
        return "planned"
    if _when_to_come(tok, lex):  # "will sign the pact when he visits Paris": the visit is to come too
        return "planned"
    if _when_to_come_in_the_past(tok):  # "said it would lend the money as soon as Malawi signed an accord"
        return "planned"
    if _when_under_infinitive(tok):  # "did not expect policy to change after he steps down": his leaving is to come
        return "planned"
    # "expects the tankers to reinforce…" (the parser may hang the infinitive on the plan as an adverbial clause)
    infinitive = tok.dep_ == "advcl" and any(a.lower_ == "to" for a in _kids(tok, ("aux",)))
    if (tok.dep_ in ("ccomp", "xcomp") or infinitive) and _plans(tok.head, lex):
        return "planned"
    if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_ == "be":
        return "occurred"  # "X is on a visit (that will take her to Y)": under way
    done = _done_by_light_verb(chain, lex)  # "held a scheduled meeting today": the plan was carried out
    if not done and _scheduled_by_relative(tok, lex):  # "the visit, which starts on Wednesday"
        return "planned"
    for low, high in zip(chain, chain[1:]):
        if low.dep_ == "xcomp" and (_plans(high, lex) or high.lemma_ == "be" and not _kids(high, ("attr",))):
            return "planned"  # "is to sign"; not "is the first state to sign", whose infinitive says what it did
    if ptype not in _FORCE and _attempted(chain, lex):  # "are trying to reach a deal": sought, not done
        return "planned"
    if _plan_named_before(chain, lex) or _plan_made_known_for(tok, lex):  # "announced plans Sunday to tighten the
        return "planned"  # curfew", "announced plans to put tariffs on X": the plan's act
    if _planned_for(tok, lex):  # "plans for a visit by the Pope to Kyiv are being drawn up"
        return "planned"
    if _voted_stoppage(tok, chain, lex):  # "workers voted to strike", "voted to go on strike": decided, not yet done
        return "planned"
    if not done and any(m.lower_ in lex.planning_modifiers for m in _kids(tok, ("amod", "compound"))):
        return "planned"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" \
            and any(a.lower_ in lex.future_aux for a in _kids(tok.head, ("aux",))):
        return "planned"  # "the inauguration of the port will open a route": told of before it takes place
    if _meeting_told_ahead(tok, lex):  # "his talks in Tokyo would also cover fraud, the minister said"
        return "planned"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass") and _planned_course(tok.head, lex):
        return "planned"  # "Talks are expected to resume next week", "the talks are due to open on Monday"
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubjpass" and _set_for_now(tok.head, lex):
        return "planned"  # "a full council meeting is set for 1900 hours", "talks have been scheduled for May"
    purpose = chain[-1]
    if _is_purpose(purpose):  # "would lend the money to help fight the drug trade": the fight is as planned
        served = read_status(purpose.head, lex)
        if served in ("planned", "hypothetical"):
            return served
        if served == "negated" and purpose.dep_ == "advcl":  # "did not send troops to guard the port": not done
            return served  # (not "isn't a pleasant place to visit": a relative infinitive tells no purpose)
    return "occurred"


def _hedged_forecast(verbs: list[Token]) -> bool:
    """A verb told with "will" or "would" (affirmed or denied) and a hedging adverb of its own (lexicon hedge_words):
    "Kenya will likely impose tariffs", "Peru probably will not attend", "would perhaps not sign": what the speaker
    guesses the actor will do, neither its plan nor its refusal (hypothetical; round 79)."""
    hedges = load_lexicon().hedge_words
    return any(any(a.lower_ in _WILL for a in _kids(v, ("aux",)))
               and any(a.lower_ in hedges for a in _kids(v, ("advmod",))) for v in verbs)


def hedged_denial(tok: Token | None) -> bool:
    """The act's own clause guesses it will not be done ("Peru probably will not attend", `_hedged_forecast`): its
    status is hypothetical, but the act told is still the one denied, not a refusal (the type model reads "not
    attend" as one)."""
    if tok is None:
        return False
    chain = clause_chain(tok)
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"]
    return _hedged_forecast(verbs) and any(_denied(t) for t in chain)


def _caused_by(chain: list[Token]) -> Token | None:
    """The verb of causing (data/negation.yaml `causing_verbs`) whose clause with a subject of its own the clause
    chain ends in, which the parser reads as a content clause: "will not cause Kenya to back down", "would make Peru
    sign the accord" (round 77). The act is told as the causing is: not done where it is denied, supposed where it is
    supposed; else None."""
    top = chain[-1]
    head = top.head
    if top.dep_ != "ccomp" or head.i == top.i or head.lemma_.lower() not in _negation_words()["causing_verbs"]:
        return None
    if top.tag_ != "VB" or _kids(top, ("mark",)) or any(t.tag_ in ("WRB", "WP", "WDT") for t in top.children):
        return None  # "did not make clear why Peru signed": a question, not an act caused
    return head if _kids(top, _SUBJECTS) else None


def _supposed_subject(chain: list[Token]) -> bool:
    """A gerund that is the subject of a clause with a modal (round 77): "bombing the harbours would hardly end the
    raids", "freeing the traders would have allowed Zambia to resume talks", "shelling the towns could anger
    Uganda": an act supposed to weigh its effect, not one told as done ("freeing the traders eased the quarrel")."""
    top = chain[-1]
    return top.dep_ == "csubj" and top.tag_ == "VBG" and top.head.i != top.i \
        and any(a.tag_ == "MD" for a in _kids(top.head, ("aux",)))


@cache
def _meeting_nouns() -> frozenset[str]:
    """The nouns of a meeting (data/moved_meetings.yaml `meetings`)."""
    return load_word_lists(Path(__file__).parent / "data" / "moved_meetings.yaml")["meetings"]


def _meeting_told_ahead(tok: Token, lex: Lexicon) -> bool:
    """A meeting's noun that is the subject of a verb with a plain "would" (`_plain_would`) in a clause someone
    reports: "his talks in Tokyo would also cover fraud, the minister said", "the summit, the envoy said, would
    produce a border accord" (round 77): the future of a past telling, still to come, as "will" tells it (not "the
    talks would have failed", nor "would probably fail")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in _SUBJECTS or tok.lower_ not in _meeting_nouns():
        return False
    verb = tok.head
    if not _plain_would(verb, lex):
        return False
    return (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.reporting_verbs) or any(
        c.dep_ == "parataxis" and c.lemma_.lower() in lex.reporting_verbs for c in verb.children)


def _attempted(chain: list[Token], lex: Lexicon) -> bool:
    """The act is the "to" complement of a verb of attempting (lexicon `attempt_verbs`): "tried to settle the row",
    "are attempting to reach a deal", "boarded while trying to deliver aid" (not "tried the case": no infinitive)."""
    return any(to_complement(low) and low.head.i != low.i and low.head.lemma_.lower() in lex.attempt_verbs
               for low in chain)


def _plans(verb: Token, lex: Lexicon) -> bool:
    """A verb of planning over an infinitive (lexicon `planning_verbs`); "go" only as "going to" ("is going to sign
    the pact"), not as a verb of its own ("went out of her way to calm Chile", "went to Lima to sign the
    pact", "went so far as to say": done, round 77)."""
    if verb.lemma_.lower() not in lex.planning_verbs:
        return False
    return verb.lemma_.lower() != "go" or (verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in _kids(verb, ("aux",))))


def told_as_owed(tok: Token, lex: Lexicon) -> bool:
    """The act is told as owed or needed: its clause chain has a verb of obligation or need over a "to" infinitive
    (`_owed`, `_needed`: "has to pay back the loans", "believed Uganda needed to investigate") or a modal of duty
    ("should change its prices": lexicon `obligation_aux`; not one put before the subject, which opens a condition:
    "should the talks fail"), or the chain is a "to" clause with a subject of its own under a verb of need or a verb
    with such a modal ("we need the president to intervene", "the pressure must continue for Kampala to allow the
    aid")."""
    chain = clause_chain(tok)
    duty = lex.obligation_aux
    if _owed(chain) or _needed(chain) or any(_duty(t, duty) for t in chain):
        return True
    top, head = chain[-1], chain[-1].head
    if top.dep_ not in ("ccomp", "advcl") or head.i == top.i or not any(a.lower_ == "to" for a in _kids(top, ("aux",))):
        return False
    return head.lemma_.lower() in _negation_words()["need_verbs"] or _duty(head, duty)


def _duty(verb: Token, duty: frozenset[str]) -> bool:
    """The verb has a modal of duty before it, not put before its subject: "should" in "should the talks fail" or
    "should we choose to advance it" opens a condition; so does one that opens the verb's phrase where the parser
    read no subject ("in the trial should the assembly vote to remove him": "assembly" a compound of "vote")."""
    subjects = [s.i for s in _kids(verb, ("nsubj", "nsubjpass"))]
    first = verb.left_edge.i
    return any(a.lower_ in duty and a.i != first and not any(a.i < s for s in subjects)
               for a in _kids(verb, ("aux",)))


def to_complement(verb: Token) -> bool:
    """The verb is its head's "to" complement: "voted to strike", or, where an adverbial comes between and the
    parser reads an adverbial clause, "voted on Sunday to strike"."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                for a in verb.children))


def _plan_named_before(chain: list[Token], lex) -> bool:
    """A "to" infinitive the parser hung on the verb past the verb's object, a plan ("announced plans Sunday to
    tighten the curfew", where a time between reads "to tighten" as the verb's complement, not the plan's): the act
    the plan is for, still to be done ("announced a ban on Sunday to protect farmers" names no plan)."""
    for low in chain:
        if to_complement(low) and low.head.i != low.i and any(
                c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.i < low.i
                and c.lemma_.lower() in lex.planning_verbs for c in low.head.children):
            return True
    return False


def _plan_made_known_for(tok: Token, lex) -> bool:
    """The "to" infinitive of a plan made known (lexicon `plan_nouns`, `plan_verbs`): "Washington
    announced plans to put tariffs on Japanese goods" tells the tariffs still to come (events/noun_acts.py
    `plan_of`)."""
    plan = tok.head
    return tok.dep_ == "acl" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in tok.children) \
        and plan.lemma_.lower() in lex.plan_nouns and plan.dep_ in ("dobj", "obj") \
        and plan.head.lemma_.lower() in lex.plan_verbs


def _planned_for(tok: Token, lex) -> bool:
    """A noun act in the "for" phrase of a noun of a plan (lexicon `plan_nouns`): "plans for a visit by the Pope to
    Kyiv", "preparations for talks with X" tell an act still to come, whatever the plan's own verb (a plan called
    off or moved takes its act with it: moved_meetings.py)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
        and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in lex.plan_nouns


def _voted_stoppage(tok: Token, chain: list[Token], lex) -> bool:
    """A stoppage of work voted on: the act (or its "on" phrase: "go on strike") a word of the lexicon's
    `stoppage_words`, and a verb of its clause chain the "to" complement of a verb of voting ("voted to strike",
    "voted to launch a strike"); a vote to approve or to reject is the act itself."""
    words = {tok.lemma_.lower(), tok.lower_} | {g.lemma_.lower() for p in _kids(tok, ("prep",)) if p.lower_ == "on"
                                               for g in _kids(p, ("pobj",))}
    if not words & lex.stoppage_words:
        return False
    return any(to_complement(t) and t.head.lemma_.lower() in lex.vote_verbs for t in chain)


@cache
def _forward_words() -> dict[str, frozenset[str]]:
    """time/data/lexicon.yaml's words of putting an act forward: verbs of proposing, asking and calling, the
    prepositions of a call's addressee, nouns of proposing, verbs of accepting and of entering into an act, and the
    message nouns and verbs of consequence that carry a participle's act (`carried_by_object`)."""
    table = time_lexicon()
    return {key: frozenset(table[key]) for key in ("proposing_verbs", "asking_verbs", "calling_verbs",
                                                   "calling_addressed", "proposal_nouns", "accepting_verbs",
                                                   "entering_verbs", "message_nouns", "consequence_verbs")}


@cache
def _content_nouns() -> frozenset[str]:
    """Nouns that take a "that" clause of their own (data/content_clauses.yaml)."""
    return load_word_lists(Path(__file__).parent / "data" / "content_clauses.yaml")["content_nouns"]


def stranded_content(clause: Token) -> Token | None:
    """The verb whose "that" clause the parser hung on the last noun of a phrase between them ("proposed in a letter
    to his counterpart that they meet": read as a clause of "counterpart" or "letter"): a clause with "that" and a
    subject of its own, on a noun that takes no such clause (data/content_clauses.yaml), inside prepositional phrases
    that hang on the verb. None for a clause of its own noun ("denied reports that it planned a strike") or any
    other clause."""
    # (a relative clause has "that" as its subject or object, never as its mark, nor as the object of no preposition
    # hung on the verb itself: "relcl" with such a "that" is a misparse)
    if clause.dep_ not in ("acl", "relcl") or not any(m.lower_ == "that" and m.i < clause.i and m.dep_ in ("mark", "pobj")
                                                      for m in clause.children) \
            or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    noun = clause.head
    nouns = _content_nouns()
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() in nouns or noun.lower_ in nouns:
        return None
    for _ in range(4):  # "in a letter to his counterpart": up through pobj, prep (and a noun's own prep) to the verb
        if noun.dep_ == "appos":  # "to his counterpart Li that they meet"
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        head = noun.head.head
        if head.pos_ == "VERB":
            return head
        if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in nouns:
            return None
        noun = head
    return None


def wished_of_another(tok: Token, lex: Lexicon) -> bool:
    """The act is one another is expected or wished to do, told with its own doer under a verb of wishing or
    expecting ("Peru expects Chile to agree", "would like Japan to grant new loans", "hopes Zaire will pay"): the wisher
    announces nothing of its own by it. The doer must be an actor (a name, a pronoun, a state's or a people's word),
    not an act ("expects the talks to resume" is the talks' course, read by `_planned_course`). A verb of seeing in
    between passes the wish on ("would like to see China agree": lexicon wished_sights)."""
    if tok.dep_ == "conj" and tok.head.i != tok.i and not any(c.dep_ in _SUBJECTS for c in tok.children):
        return wished_of_another(tok.head, lex)  # "needs France to step in and help": the second act wished too
    head = tok.head
    if head.lemma_.lower() in lex.wished_sights and head.dep_ == "xcomp" and head.head.lemma_.lower() in \
            lex.wishing_verbs:
        head = head.head
    if tok.dep_ not in ("ccomp", "xcomp", "advcl") or head.i == tok.i or head.lemma_.lower() not in lex.wishing_verbs:
        return False
    doer = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if doer is None and tok.dep_ == "xcomp":  # "would like Japan to grant": the object of the wish does the act
        doer = next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if doer is None:
        return False
    wisher = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if wisher is not None and _a_party_wishes(wisher, doer):
        return False
    return doer.pos_ in ("PROPN", "PRON") or doer.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") \
        or doer.lemma_.lower() in lex.pair_states | lex.pair_people | lex.crowd_nouns


def _a_party_wishes(wisher: Token, doer: Token) -> bool:
    """The wisher is a doer, names one in its own phrase ("Peru's ambassador expects Peru and China to sign"), or
    the doer is the wisher's own ("expects his government to approve"): a party's announcement, still a plan."""
    doers = [doer, *doer.conjuncts]
    names = {d.lower_ for d in doers if d.pos_ == "PROPN"}
    if wisher.lower_ in {d.lower_ for d in doers} or any(t.lower_ in names for t in wisher.subtree):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for d in doers for c in d.children)


def put_forward(tok: Token, lex: Lexicon) -> bool:
    """An act put forward for someone to do and not (yet) accepted: `forward_state` is "asked"."""
    return forward_state(tok, lex) == "asked"


def forward_state(tok: Token, lex: Lexicon) -> str | None:
    """"asked" for an act put forward for someone to do, not done: what a verb of proposing, asking or calling
    governs ("urged Sudan to free the journalists", "suggested holding talks", "demanded that Iran release them",
    "proposed a summit", "called on Russia to withdraw", "called for talks"), or a noun of proposing ("a proposal
    to hold talks", "calls for a ceasefire", "the ceasefire proposal"), through verbs joined by "and" and
    infinitives above the act; "accepted" where the addressee accepted the proposal ("accepted an invitation to
    visit Lima", "agreed to a proposal for talks": agreed to, still to take place). None for an act told as done in
    its own relative clause ("proposed the talks, which were held on Monday"), a claim ("reports suggested the army
    attacked the town": a "that" clause in the past), a call made ("called the minister to discuss the war"), an
    act an object of the act put forward names ("urged Kenya to condemn the attack": the attack was made), or any
    other act."""
    words = _forward_words()
    if _done_in_relative(tok, lex):
        return None
    low = tok
    for _ in range(6):
        high = low.head
        if high.i == low.i:
            return None
        if low.dep_ == "pobj" and high.dep_ == "prep" and high.lower_ in ("into", "in") \
                and high.head.lemma_.lower() in words["entering_verbs"] and high.head.dep_ in ("xcomp", "conj"):
            low = high.head  # "called on Japan to enter into talks": the talks are what is asked
            continue
        if low.dep_ == "pobj":  # "called for talks", "calls for a ceasefire"
            if not (high.dep_ == "prep" and high.lower_ == "for" and _asks(high.head, words)):
                return None
            return "accepted" if _accepted(high.head, words) else "asked"
        if _forwards(low, high, words):
            return "accepted" if _accepted(high, words) else "asked"
        asker = stranded_content(low)  # "proposed in a letter to X that they meet": the parser's "letter that"
        if asker is not None:
            asked = _asks(asker, words) and asker.lemma_.lower() not in words["calling_verbs"] \
                and _base_form(low, asker)
            return "asked" if asked else None
        if low.dep_ == "pcomp" and high.dep_ == "prep" and high.head.dep_ == "xcomp":
            low = high.head  # "urged Tokyo to succeed in uniting the party": the gerund of what is asked
            continue
        if low.dep_ not in ("xcomp", "conj") or own_clause(low):
            return None
        low = high
    return None


def _asks(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """A verb of proposing, asking or calling, or a noun of proposing."""
    if tok.pos_ == "VERB":
        lemma = tok.lemma_.lower()
        return any(lemma in words[k] for k in ("proposing_verbs", "asking_verbs", "calling_verbs"))
    return tok.pos_ == "NOUN" and tok.lower_ in words["proposal_nouns"]


def _forwards(low: Token, high: Token, words: dict[str, frozenset[str]]) -> bool:
    """`low` is what `high` puts forward: the object, infinitive, gerund or "that" clause of a verb of proposing
    (`proposing_verbs`); the infinitive, gerund or "that" clause of a verb of asking; the infinitive of a verb of
    calling after its addressee ("called on Russia to withdraw"); a "for" clause of any ("called for Russia to
    withdraw"); the infinitive, "that" clause or compound of a noun of proposing."""
    if not _asks(high, words):
        return False
    if low.dep_ in ("advcl", "acl") and any(m.lower_ == "for" for m in _kids(low, ("mark",))):
        return _infinitive(low)
    if high.pos_ == "NOUN":
        if low.dep_ == "compound":
            return True
        if low.dep_ in ("acl", "relcl", "advcl"):
            return _infinitive(low) or (any(m.lower_ == "that" for m in _kids(low, ("mark",))) and _base_form(low))
        return low.dep_ == "ccomp" and _base_form(low)
    lemma = high.lemma_.lower()
    if lemma in words["calling_verbs"]:
        return low.dep_ == "xcomp" and _infinitive(low) \
            and any(p.lower_ in words["calling_addressed"] for p in _kids(high, ("prep",)))
    if low.dep_ == "xcomp":
        return True
    if low.dep_ == "ccomp":
        return _base_form(low, high)
    return lemma in words["proposing_verbs"] and low.dep_ in ("dobj", "nsubjpass")


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in _kids(verb, ("aux",)))


def proposes_clause(clause: Token, asker: Token) -> bool:
    """A clause with a subject of its own in the form a proposal's content takes (`_base_form`): "suggested that
    Iraq withdraw its troops", not "suggested the army attacked the town" or "suggested Iraq would withdraw"."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and _base_form(clause, asker)


def _base_form(clause: Token, asker: Token | None = None) -> bool:
    """A clause in the form a proposal's content takes: the base form ("urged that the two sides sign", "demanded
    that they be freed"), or the present after a verb in the past ("proposed that the leaders meet": told of a fact,
    it would be "met"); not the past or the perfect ("suggested the army attacked the town"), nor a modal, which
    says itself what the act is ("should meet")."""
    if _told_as_past(clause) or any(a.tag_ == "MD" for a in _kids(clause, ("aux", "auxpass"))):
        return False
    tags = {clause.tag_, *(a.tag_ for a in _kids(clause, ("aux", "auxpass")))}
    if tags & {"VBD", "VBZ"}:
        return False
    if "VBP" in tags:
        return asker is not None and asker.tag_ in ("VBD", "VBN")
    return "VB" in tags


def _accepted(asker: Token, words: dict[str, frozenset[str]]) -> bool:
    """A noun of proposing that is the object of a verb of accepting: "accepted the proposal", "agreed to the
    proposal"."""
    if asker.pos_ != "NOUN":
        return False
    head = asker.head
    if asker.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() in words["accepting_verbs"] and not _kids(head, ("neg",))


def _done_in_relative(tok: Token, lex: Lexicon) -> bool:
    """A noun act whose relative clause tells it done by a light verb in the past: "the talks, which were held on
    Monday"."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        (rel.lemma_.lower() in lex.light_verbs or rel.lower_ in lex.light_verbs) and _told_as_past(rel)
        for rel in _kids(tok, ("relcl", "acl")))


def _done_by_light_verb(chain: list[Token], lex: Lexicon) -> bool:
    """A noun act the light verb that makes it happen tells as past: "held talks", "has reached an accord", "the
    meeting was held" (a verb that only speaks of the act is no such verb: "praised the talks", "announced the
    visit"). What its modifiers or a relative clause say of a plan was carried out ("held a regularly scheduled
    meeting today", "held talks, which are the first since the war", "reached an accord, which will take effect in
    May": the accord is reached, its effect is to come)."""
    return any(_told_as_past(t) for t in chain[1:]
               if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in lex.light_verbs or t.lower_ in lex.light_verbs))


def _scheduled_by_relative(tok: Token, lex: Lexicon) -> bool:
    """A noun act whose relative clause tells it is still to come: its start in the present ("the visit, which
    starts on Wednesday", `scheduled_start` of data/negation.yaml), a future ("the talks, which will open in
    Geneva") or a planning predicate ("the summit, which is due to open on Monday"); not a present that describes
    the act ("the attack, which is the deadliest this year", "sanctions, which include a travel ban", "the truce,
    which remains fragile")."""
    starts = _negation_words()["scheduled_start"]
    for rel in _kids(tok, ("relcl", "acl")):
        if any(a.lower_ in lex.future_aux for a in _kids(rel, ("aux",))) or _planned_course(rel, lex):
            return True
        if rel.tag_ in ("VBZ", "VBP") and rel.lemma_.lower() in starts:
            return True
    return False


def _occasion_to_come(tok: Token, lex: Lexicon) -> bool:
    """A noun act that is the occasion of another act ("raised at the meeting") and whose own words tell it is still
    to come: a planning modifier ("at the next meeting", "at the upcoming summit"), an infinitive of its taking place
    ("at a meeting to be held in Vienna") or a relative clause of a time to come (`_scheduled_by_relative`). It is
    planned whatever the modality or negation of the act done at it ("asked if the issue would be raised at …")."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    if any(m.lower_ in lex.planning_modifiers for m in _kids(tok, ("amod", "compound"))):
        return True
    to_be_done = any(rel.tag_ == "VBN" and {a.lower_ for a in _kids(rel, ("aux", "auxpass"))} >= {"to", "be"}
                     for rel in _kids(tok, ("relcl", "acl")))
    return to_be_done or _scheduled_by_relative(tok, lex)


def carried_by_object(tok: Token) -> Token | None:
    """The verb whose object carries a participle's act: a message that is its object ("will issue a statement
    warning that…", "sent a letter urging talks") or the party a consequence falls to ("could lead to firms
    demanding curbs"), time/data/lexicon.yaml's message_nouns and consequence_verbs; None for any other participle
    ("will meet rebels fighting the army": the fighting goes on whatever the meeting)."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return None
    noun, words = tok.head, _forward_words()
    if noun.dep_ == "dobj" and noun.lower_ in words["message_nouns"] and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("to", "in") and prep.head.lemma_.lower() in words["consequence_verbs"]:
        return prep.head
    return None


_PRIOR = frozenset({"after", "since"})
_FORCE = frozenset({"ASSAULT", "FIGHT", "COERCE"})  # acts of force, whose attempt is the act ("tried to kill him")
_SETTING_OUT = frozenset({"leave", "depart"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@cache
def waiting_marks() -> frozenset[str]:
    """Words that open a clause of time (data/negation.yaml `waiting_marks`: "when", "once", "after"…; not
    "before", "until": "will not sign before Togo withdraws" waits on the act, clauses.not_yet_done; not "while" and
    "as", which also set a contrast or a reason: "while the ban applies to one county, Mexico will stop …")."""
    return load_word_lists(Path(__file__).parent / "data" / "negation.yaml")["waiting_marks"]


def finite(verb: Token) -> bool:
    """A verb of a clause of its own: a finite form, or a participle with a finite auxiliary ("has objected"); not
    an infinitive ("to be extradited")."""
    return verb.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                            for c in verb.children)


def _finite_above(verb: Token) -> Token | None:
    """The first verb with a tense of its own at or above `verb`, through infinitives and verbs joined by "and"."""
    for _ in range(6):
        if finite(verb):
            return verb
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _before_a_past_deed(tok: Token) -> bool:
    """A gerund after "after" or "since" in a clause told in the past: "agreed to cooperate and to pay a fine after
    being charged" (round 69). The act came before the deed of the clause, which is done: it is done too, whatever
    the infinitives between make of the deed ("will pay after being charged" is left to the other readers)."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in _PRIOR or _kids(tok, ("neg",)):
        return False
    finite = _finite_above(tok.head.head)
    return finite is not None and finite.tag_ == "VBD" and not _kids(finite, ("aux", "neg"))


def _when_to_come(tok: Token, lex: Lexicon) -> bool:
    """An act in a clause of time, in the present, under an act with "will": "will sign the pact when he visits
    Paris", "will ratify it once parliament meets" (round 69): English tells the future there in the present tense."""
    head = _time_clause_head(tok)
    return head is not None and any(a.lower_ in lex.future_aux for a in _kids(head, ("aux",)))


def _when_to_come_in_the_past(tok: Token) -> bool:
    """An act in a clause of time told in the past under a verb with a plain "would": "said Britain would lend the
    money as soon as Malawi signed an accord with the Fund", "said Chile would sign when its president visited Lima"
    (round 75): the future of a past telling, still to come, as `_when_to_come` reads the present under "will". Not
    "would have signed when he visited" (what would have been), a denied "would", an "after" clause ("feared imports
    would flood the market after Washington imposed tariffs": often done already) nor a clause with a time of its
    own ("when Lima devalued last April")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBD" or _kids(tok, ("aux", "auxpass", "neg")):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree):
        return False
    marks = {m.lower_ for m in _kids(tok, ("mark", "advmod"))} - {"after"}
    head = tok.head
    if head.lower_ == "soon" and "as" in marks and head.head.i != head.i:  # "as soon as": hung on "soon"
        head, marks = head.head, marks | {"as soon as"}
    if not marks & waiting_marks():
        return False
    while head.dep_ == "conj" and head.head.i != head.i and not _kids(head, ("aux",)):
        head = head.head
    auxes = {a.lower_ for a in _kids(head, ("aux",))}
    return bool(auxes & {"would", "'d"}) and not counterfactual(head) and not _kids(head, ("neg",))


def _a_bare_wish(chain: list[Token], lex: Lexicon) -> bool:
    """An act one only wishes to do, its infinitive under a verb of bare wishing (data/lexicon.yaml `bare_wishes`):
    "we wish to reach an agreement with Chile", "Peru wished to improve its ties with Lima" (round 75): a wish, no
    plan, hypothetical. "Hopes to sign the accord next month" is left to the planning verbs."""
    return any(low.dep_ == "xcomp" and high.lemma_.lower() in lex.bare_wishes for low, high in zip(chain, chain[1:]))


def _timetabled_before(tok: Token) -> bool:
    """An act in the simple present in a "before" clause with a time of its own: "the party is expected to finish its
    plan before the premier leaves for Washington next week", "might cut rates, possibly before he leaves for
    Washington on April 29" (round 74): a timetable the sentence measures by, planned, whatever is expected or
    possible of the act before it ("before the troops withdraw", with no time, waits on the act and is left)."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP") or _kids(tok, ("aux", "auxpass", "neg")):
        return False
    if not any(m.lower_ == "before" for m in _kids(tok, ("mark",))):
        return False
    times = [t for c in tok.children if c.dep_ in ("npadvmod", "tmod", "prep")
             for t in ([c] if c.dep_ != "prep" else _kids(c, ("pobj",)))]
    return any(t.ent_type_ in ("DATE", "TIME") for t in times)


def _occasion_waited_for(tok: Token) -> bool:
    """An act's noun after "until", "till", "before" or "ahead of" on a verb in the present progressive or the
    simple present (round 74): "are withholding judgment until the premier's visit", "senators are drafting a bill
    ahead of the president's visit": what the present waits or prepares for is still to come ("waited until the
    visit", "met before the summit" are told in the past and keep their acts). So is what one looks forward to, a
    noun or a gerund (`_looked_forward_to`), and what one acts ahead of, in any tense (`_prepared_for`)."""
    if tok.dep_ in ("pobj", "pcomp") and _looked_forward_to(tok.head):
        return True
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    if _prepared_for(tok):
        return True
    prep = tok.head
    if prep.lower_ not in ("until", "till", "before"):
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return False
    if verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
        return False  # "said they were withholding aid until the visit": left to the tense of the telling
    progressive = present_progressive(verb)
    present = verb.tag_ in ("VBZ", "VBP") and not _kids(verb, ("aux", "auxpass")) \
        and verb.lemma_.lower() not in load_lexicon().saying_verbs
    return progressive or present


def _prepared_for(noun: Token) -> bool:
    """An act's noun that an act is told as done ahead of, in any tense (round 76, modal76): "sold the bonds ahead of
    Friday's summit", "freed the reporters ahead of the envoys' talks", "spoke in advance of the summit", "in the
    run-up to the visit", "in preparation for the talks" (data/negation.yaml `ahead_nouns`): told as still to come,
    unless its own words put it in the past ("ahead of last week's talks")."""
    prep = noun.head
    phrase = prep.head
    word = phrase.lemma_.lower()
    if word == "up" and phrase.i >= 2 and phrase.doc[phrase.i - 2].lower_ == "run":
        word = "run-up"  # (the tokenizer splits "run-up")
    ahead = prep.lower_ == "of" and phrase.lower_ == "ahead"
    if not ahead and not (prep.dep_ == "prep" and word in _negation_words()["ahead_nouns"]
                          and phrase.dep_ == "pobj" and phrase.head.lower_ in ("in", "on")):
        return False
    return not any(t.lower_ in ("last", "yesterday", "previous", "earlier") for t in noun.subtree)


def _looked_forward_to(prep: Token) -> bool:
    """The "to" of "look forward to", in any tense: what one looks forward to is still to come (round 75: "said he
    looked forward to the talks with the premier"; the parser hangs "to" on "look" or on "forward")."""
    if prep.lower_ != "to":
        return False
    verb = prep.head
    if verb.lower_ == "forward":
        verb = verb.head
    elif not any(c.lower_ == "forward" for c in verb.children):
        return False
    return verb.lemma_.lower() == "look"


def _when_under_infinitive(tok: Token) -> bool:
    """An act in a clause of time, in the present, under an infinitive with "to": "did not expect the policy to
    change after the chairman steps down", "agreed to pay once the goods arrive" (round 71): the clause tells the
    future in the present, as under "will" (`_when_to_come`). Not a clause under a finite verb ("pays when the goods
    arrive": a habit), nor a gerund or an infinitive of purpose told with its own mark."""
    head = _time_clause_head(tok)
    if head is None:
        return False
    if head.tag_ == "VB" and any(a.lower_ == "to" for a in _kids(head, ("aux",))):
        return True
    return _infinitive_beside(head)


def _infinitive_beside(head: Token) -> bool:
    """A predicate of likelihood or plan that the parser made the head of a clause of time its infinitive owns: "is
    likely to meet Moi when he pays a visit to Nairobi", "is due to sign it once the envoy arrives" (round 72,
    noise72: the clause hung on "is", not on "meet"). The adjective is a `foretold` or `doubted` word or a
    planning one (data/negation.yaml, lexicon planning_verbs), with an infinitive of its own."""
    words = _negation_words()
    likely = words["foretold"] | words["doubted"] | load_lexicon().planning_verbs
    return head.lemma_ == "be" and any(
        a.lower_ in likely and any(x.dep_ == "xcomp" and any(t.lower_ == "to" for t in _kids(x, ("aux",)))
                                   for x in a.children)
        for a in _kids(head, ("acomp",)))


def _time_clause_head(tok: Token) -> Token | None:
    """The verb a clause of time in the present hangs on ("when he visits", "once the goods arrive", opened by a
    `waiting_marks` word, with no auxiliary or negation of its own), past the verbs joined to it ("will sign and
    ratify it when he visits": the first's), where that verb is not denied; else None."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBZ", "VBP") or _kids(tok, ("aux", "neg")):
        return None
    if not any(m.lower_ in waiting_marks() for m in _kids(tok, ("mark", "advmod"))):
        return None
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i and not _kids(head, ("aux",)):
        head = head.head
    return head if head.i != tok.i and not _kids(head, ("neg",)) else None


_AWAITING_PREPS = frozenset({"pending"})
_PHRASE_UP = ("pobj", "pcomp", "prep", "acl", "conj")


def _awaited_in_phrase(tok: Token) -> bool:
    """An act inside a phrase of condition or of waiting: "in the event of Brazil withdrawing", "in case of an
    attack", "pending the government's levy of a fine" (round 71): supposed or waited for, not done. The phrase is
    read by `_condition_phrase` ("in the case of Uganda's attack" tells what is spoken of) or is "pending" used as a
    preposition ("a bill pending in Congress" is no phrase of waiting); the walk up stays inside noun phrases and
    their clauses, and stops at a clause of its own."""
    nouns = _negation_words()["condition_nouns"]
    low = tok
    for _ in range(6):
        high = low.head
        if high.i == low.i or low.dep_ not in _PHRASE_UP:
            return False
        if low.dep_ == "pobj" and high.dep_ == "prep" and high.lower_ in _AWAITING_PREPS:
            return True
        if high.dep_ == "prep" and _condition_phrase(high, nouns):
            return True
        if high.pos_ in ("VERB", "AUX") and low.dep_ not in ("pcomp", "acl"):
            return False  # the phrase's own verb heads a clause: the act is that clause's
        low = high
    return False


def _set_out_for(tok: Token) -> bool:
    """A noun act a traveller sets out for: "left for Washington for talks with the banks", "departed for the
    summit" (round 69): what one leaves for is still ahead of him."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    verb = tok.head.head
    return verb.lemma_.lower() in _SETTING_OUT and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VBG")


def _occasion_begun(tok: Token, lex: Lexicon) -> bool:
    """A noun act that is the occasion of another act ("would be discussed at a meeting which opened here today",
    "will review the accord at a summit that began on Sunday") and whose relative clause tells it begun or held in
    the past, not negated (a verb of its start, data/negation.yaml scheduled_start, or a light verb): it took place,
    whatever the modality of the act to be done at it. The converse of `_occasion_to_come`."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "during"):
        return False
    starts = _negation_words()["scheduled_start"]
    return any(_told_as_past(rel) and not _kids(rel, ("neg",))
               and (rel.lemma_.lower() in starts or rel.lemma_.lower() in lex.light_verbs)
               for rel in _kids(tok, ("relcl",)))


def end_to_come(tok: Token) -> bool:
    """A noun act whose relative clause tells only when it is to end, not negated ("the meeting, which is set to
    conclude on Wednesday", "talks that will end on Friday"; time lexicon end_verbs): the act is under way, and only
    its end is to come, whatever the modality of what the sentence says of it ("oil output is likely to dominate the
    meeting, which is set to conclude on Wednesday")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    for rel in _kids(tok, ("relcl",)):
        verbs = [rel, *(c for p in [rel, *_kids(rel, ("acomp",))] for c in _kids(p, ("xcomp",)))]
        ends = time_words("end_verbs")
        if not any(_kids(v, ("neg",)) for v in verbs) and any(v.lemma_.lower() in ends for v in verbs):
            return True
    return False


def _told_as_past(verb: Token) -> bool:
    """A verb in the simple past or a perfect, active or passive: "held", "has held", "were held", "had reached"."""
    if tense_form(verb) == "past":
        return True
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in _kids(verb, ("aux",)))


def served(tok: Token) -> Token:
    """The verb an act's purpose clause serves ("provide" for "fight" in "would provide money to help fight"), else
    the act itself."""
    top = clause_chain(tok)[-1]
    if not _is_purpose(top):
        return tok
    head = top.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in _UP and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else tok


def _continued(tok: Token) -> bool:
    """The complement of a verb of continuing, not under a condition: "will continue to stand by them" (not "if the
    talks fail, it will continue to shell")."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in _negation_words()["continuing_verbs"]:
        return False
    if head.lemma_.lower() == "keep" and tok.tag_ != "VBG":  # "will keep the rate low to meet the requests": a
        return False  # purpose, not an act kept up ("would keep shelling")
    return not any(m.lower_ in ("if", "unless") for c in _kids(head, ("advcl",)) for m in _kids(c, ("mark",)))


def _is_purpose(tok: Token) -> bool:
    """An infinitive of purpose without a subject of its own: "to help" in "would lend money to help fight" (also
    when the parser hangs it on the money as an infinitival relative clause)."""
    return (tok.dep_ in ("advcl", "relcl") and tok.head.i != tok.i
            and any(a.lower_ == "to" for a in _kids(tok, ("aux",)))
            and not _kids(tok, ("nsubj", "nsubjpass", "mark")))


def _conditional(verb: Token, lex: Lexicon) -> bool:
    """A verb heading a clause of condition ("if", "unless", "whether", or an inverted one: "had Lima let the envoy
    return", round 77), whose content clause is only supposed: the promise in "will cut tariffs if Japan shows it
    will open its market" is not made, nor planned."""
    return (verb.dep_ == "advcl" and any(m.lower_ in lex.hypothetical_marks for m in _kids(verb, ("mark",)))) \
        or _supposed_before(verb)


def _supposed_before(clause: Token) -> bool:
    """An inverted condition (`_inverted_condition`) put before the clause it supposes, which the parser hangs as an
    adverbial clause or, before a modal, as a content clause: "Had Zambia allowed the envoy to travel, the dispute
    would have ended" (round 77)."""
    if clause.dep_ == "advcl":
        return _inverted_condition(clause)
    return clause.dep_ == "ccomp" and clause.i < clause.head.i and _inverted_condition(clause) \
        and any(a.tag_ == "MD" for a in _kids(clause.head, ("aux",)))


def _awaited(verb: Token) -> bool:
    """An "until" clause on a main clause with a modal or in the progressive, or a present-tense one on a main clause
    not in the past: the condition an act or a state waits for ("sanctions will stay until the troops withdraw",
    "traders would not be allowed to cross until the tariffs were lifted", "donors were withholding aid until an
    accord was reached"), not yet met; "stayed until the troops withdrew" happened."""
    if verb.dep_ != "advcl" or not any(m.lower_ in ("until", "till") for m in _kids(verb, ("mark",))):
        return False
    head = verb.head
    if any(a.tag_ == "MD" for a in _kids(head, ("aux",))):
        return True
    if _going_on(head):
        return True  # "said they were withholding aid until an accord was reached": the accord waits
    return verb.tag_ in ("VBZ", "VBP") and head.tag_ not in ("VBD", "VBN")


def _going_on(verb: Token) -> bool:
    """A verb in the progressive of the present, or of the past in a clause reported by another verb (the present
    told after "said"): "are withholding aid", "said they were withholding aid"; a state still going on when it is
    told ("were shelling the town until the troops arrived", told as a story, is over)."""
    if present_progressive(verb):
        return True
    return verb.tag_ == "VBG" and verb.dep_ == "ccomp" and any(a.lemma_ == "be" for a in _kids(verb, ("aux",)))


def present_progressive(verb: Token) -> bool:
    """A verb in the progressive of the present: "are withholding aid", "is demanding"."""
    return verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in _kids(verb, ("aux",)))


def _among_options(tok: Token) -> bool:
    """An act named among options someone prepares or weighs, or one they carry: "is drafting options including
    possible sanctions" (an event the model put on the drafting verb, or on the act), "options such as
    sanctions" (not "rejected the options", a refusal done). Lexicon: option_nouns, weighing_verbs,
    preparing_verbs."""
    lex = load_lexicon()
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "pcomp":
        if tok.lemma_.lower() in lex.weighing_verbs | lex.preparing_verbs \
                and any(c.lower_ in lex.option_nouns for c in _kids(tok, ("dobj", "nsubjpass"))):
            return True
        if tok.tag_ != "VBG" or tok.dep_ != "xcomp":
            return False  # (a gerund another gerund governs: "the possibility of resuming extending loans")
    head = tok.head  # a noun act, or a gerund: "left open the possibility of Kenya stepping in to shield…"
    for _ in range(3):
        if head.lower_ in lex.option_nouns:
            return True
        if head.i == head.head.i:
            break
        head = head.head
    return False


def _weighed(tok: Token) -> bool:
    """An act only weighed: the gerund or infinitive a verb of weighing governs ("is considering sending troops",
    "weighed whether to strike"), the gerund of talk or thought "about"/"of" ("talked about attacking the capital"), or
    a noun act called possible ("options including possible trade retaliation"). Lexicon: weighing_verbs,
    musing_words, possibility_words."""
    lex = load_lexicon()
    if tok.pos_ in ("NOUN", "PROPN"):
        return any(m.lower_ in lex.possibility_words for m in _kids(tok, ("amod",)))
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.lower_ in ("about", "of") \
            and head.head.lemma_.lower() in lex.musing_words:
        return True  # "talked about attacking the capital", "are thinking of sending troops", "the talk of expelling"
    return tok.dep_ in ("xcomp", "ccomp", "dobj", "pcomp") and head.i != tok.i \
        and head.lemma_.lower() in lex.weighing_verbs


def _planned_course(verb: Token, lex: Lexicon) -> bool:
    """A planning predicate with the infinitive of its subject's course: "are expected to resume", "is due to open",
    "is set to begin" (the predicate as the verb or as its adjective)."""
    for pred in [verb, *_kids(verb, ("acomp",))]:
        if (pred.lemma_.lower() in lex.planning_verbs or pred.lower_ in lex.planning_verbs) \
                and any(c.dep_ == "xcomp" for c in pred.children):
            return True
    return False


def _set_for_now(verb: Token, lex: Lexicon) -> bool:
    """A planning verb in the present passive, or the present perfect passive: "is set for 1900 hours", "are
    scheduled for Monday", "has been planned for May" (not "was scheduled for Monday", which may have taken place)."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lex.planning_verbs:
        return False
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    return any(a.tag_ in ("VBZ", "VBP") for a in auxes)


# Acts their receiving side can announce as settled ("the minister said Japan would provide the loans"): given, agreed
# or yielded to it, not done against it ("Iran said the US would attack it" is a forecast)
_RECEIVED = frozenset({"AID", "COOPERATE", "CONSULT", "AGREE", "CONCEDE", "RETREAT"})


def announced(tok: Token, source: list[str], resolver: Resolver, lex: Lexicon, target: list[str] = (),
              ptype: str | None = None) -> bool:
    """An act its own actor says it would do is announced, so planned, not hypothetical: "Kenya said it would
    open the border" (not "critics said the cut would hurt ties", nor under a condition, hedged or with "could").
    So is an act of `_RECEIVED` its receiving side tells of: "the Bolivian minister said Japan would provide loans"
    (the speaker, or the state its official speaks for, is the act's target)."""
    tok = reported(tok, ptype) or tok  # an aid put on "told": what is told ("told reporters X would provide…")
    if put_forward(tok, lex):  # "said it would urge Uganda to withdraw": the withdrawal is only asked for
        return False
    tok = _modal_carrier(served(_verb_of(tok)))  # "said he would begin moving troops": the would is on "begin"
    if not _plain_would(tok, lex):
        return False
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lex.reporting_verbs:
        return False
    if any(s.lower_ in SELF_REFERENCE for s in _kids(tok, ("nsubj",))):
        return True  # "the army chief said he would move troops": the speaker speaks of himself
    if any(p.lower_ in OWN_POSSESSIVES for s in _kids(tok, ("nsubj",)) for p in _kids(s, ("poss",))):
        return True  # "the president said his troops would withdraw": the speaker's own forces, government or men
    speakers = {i for s in _kids(tok.head, ("nsubj",)) for i in resolver.many(s)}
    parties = [*source, *(target if ptype in _RECEIVED else ())]
    return bool(speakers & set(parties)) or _speaks_for(speakers, parties, resolver.doc._.actors or {})


_COUNTERFACTUAL_MODALS = frozenset({"would", "'d", "could", "might", "should"})


def counterfactual(verb: Token) -> bool:
    """A verb in the perfect under "would", "could", "might" or "should": "said he would have objected", "could have
    stopped the raid", what would have been, neither done nor announced nor threatened."""
    auxes = _kids(verb, ("aux",))
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes) \
        and any(a.lower_ in _COUNTERFACTUAL_MODALS for a in auxes)


def _plain_would(tok: Token, lex: Lexicon) -> bool:
    """The verb carries "would" and no other modal, unhedged, not in the perfect (a counterfactual) and under no
    condition or question."""
    auxes = {a.lower_ for a in _kids(tok, ("aux",))}
    if not auxes & {"would", "'d"} or auxes & (lex.hypothetical_aux - {"would", "'d"}):
        return False
    if counterfactual(tok):
        return False  # "said he would have objected": never done nor announced
    if any(a.lower_ in load_lexicon().hedge_words for a in _kids(tok, ("advmod",))):  # "said he would probably decline"
        return False
    if any(m.lower_ in lex.hypothetical_marks for c in _kids(tok, ("advcl",)) for m in _kids(c, ("mark",))):
        return False
    # "declined to say whether it would send troops": a question, not an announcement
    return not any(m.lower_ in lex.hypothetical_marks for m in _kids(tok, ("mark",)))


def set_for_then(tok: Token, lex: Lexicon, ptype: str | None = None) -> bool:
    """An act told with a plain "would" (`_plain_would`), which the caller has found dated to a later day, week or
    month the text names: a schedule, so planned, whoever tells it ("officials said Peru would sign the accord
    next Tuesday"), not a forecast; the same tests of the verb as `announced`."""
    tok = reported(tok, ptype) or tok
    if put_forward(tok, lex):
        return False
    return _plain_would(_modal_carrier(served(_verb_of(tok))), lex)


def _verb_of(tok: Token) -> Token:
    """The verb whose modal tells a noun act's status, the first of its clause (`clause_chain`): "participate" for
    "meeting" in "would participate in a meeting on July 13"; a verb itself, or a noun with no verb above it."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    return next((t for t in clause_chain(tok)[1:] if t.pos_ in ("VERB", "AUX")), tok)


def announced_to(doc, events: list, trigger_of, resolver: Resolver, lex: Lexicon) -> None:
    """Once the learned roles have filled the sides the rules left empty, a hypothetical act of `_RECEIVED` its
    receiving side tells of is announced, so planned ("Bolivia's minister said Japan would provide loans worth $300
    million to Bolivia", the target found by the model). In place; `trigger_of(doc, event)` gives an event's
    trigger token."""
    for event in events:
        if event.status != "hypothetical" or event.type not in _RECEIVED or not event.target:
            continue
        tok = trigger_of(doc, event)
        if tok is not None and announced(tok, event.source, resolver, lex, event.target, event.type):
            event.status = "planned"


_STATE_SECTORS = frozenset({"GOV", "MIL"})


def _speaks_for(speakers: set[str], parties: list[str], actors: dict) -> bool:
    """A state's official announces the state's act: "the president said the country would impose tariffs" (a
    speaker coded as its country's government or military, a party to the act that country's government)."""
    countries = set()
    for ident in speakers:
        entity = actors.get(ident)
        if entity is not None and entity.cameo:
            country, sector = split_code(entity.cameo)
            if sector in _STATE_SECTORS:
                countries.add(country)
    return any((entity := actors.get(ident)) is not None and entity.kind == "government"
               and entity.country in countries for ident in parties)


def _modal_carrier(tok: Token) -> Token:
    """The verb whose auxiliary a bare complement shares: "begin" for "moving" in "would begin moving", "try" for
    "sail" in "would try to sail" (up to three steps)."""
    for _ in range(3):
        if tok.dep_ != "xcomp" or any(a.tag_ == "MD" for a in _kids(tok, ("aux",))) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def carried_out(tok: Token, status: str, before_article: bool) -> str:
    """An act decided on or agreed to, whose own time lies before the article, was carried out ("decided to reopen
    the inquiry in May", read in November, occurred); undated or still to come it stays planned ("has decided to
    cooperate")."""
    if status != "planned" or not before_article:
        return status
    decided = _negation_words()["decided_verbs"]
    return "occurred" if any(t.lemma_.lower() in decided for t in clause_chain(tok)[1:]) else status


def done_by_its_verb(verb: Token, noun: Token, status: str, before_article: bool) -> str:
    """A noun act told as planned by its own words ("a deal under which the firm will train…") whose verb is in the
    simple past and whose time lies before the article was done: "On June 26 she oversaw a deal under which…"
    (not "held talks that will continue next week", dated after the article)."""
    if status != "planned" or not before_article or verb.i == noun.i or verb.tag_ != "VBD":
        return status
    return "occurred"


def refusal_made(ptype: str, status: str, trigger: Token | None) -> str:
    """A REJECT event told by a negated act ("the United States would not lift the sanctions") is the refusal, which
    happened; one whose own verb of refusing is negated ("did not reject the offer"), or an act left undone "without"
    ("sold its crude without breaching the accords"), stays negated."""
    if ptype != "REJECT" or status != "negated" or trigger is None or trigger.lemma_.lower() in load_lexicon().refusing_verbs:
        return status
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        return status  # "sold its crude without breaching the accords": a breach not made, no refusal
    return "occurred"


# Auxiliaries by which an actor says what it will or will not do ("won't" is "wo" + "n't")
_WILL = frozenset({"will", "would", "wo", "shall"})
_MAY = frozenset({"may", "might", "could"})  # an obligation told as a chance ("may have to") is a forecast
# The types of a concession (PLOVER CONCEDE, RETREAT: YIELD), which an actor may refuse to make
_YIELDING = frozenset({"CONCEDE", "RETREAT"})


def refuses_to_yield(ptype: str, status: str, trigger: Token | None) -> bool:
    """A concession or retreat its actor says it will not make ("would not lift the sanctions", "will not end the
    strike", "will not withdraw its troops") or vows not to make ("vowed not to step down": `vowed_refusal`) is a
    refusal to yield (CAMEO 124, PLOVER REJECT), which happened when it was said; one simply not made ("did not
    withdraw", "did not lift the curfew") stays a negated CONCEDE or RETREAT."""
    if ptype not in _YIELDING or status != "negated" or trigger is None:
        return False
    return _says_it_will(trigger) or vowed_refusal(trigger) is not None or _refusing_stance(trigger)


def _refusing_stance(trigger: Token) -> bool:
    """The act's doer says it cannot make it ("the country cannot bow to the pressure") or is unwilling to ("is
    unwilling to countenance their demands", data/negation.yaml `refusing_stances`): a refusal held, as "will not"
    tells one (round 81, rejects81); not "could not" (a past inability), nor a guess ("probably cannot")."""
    carrier = _modal_carrier(trigger)
    if any(a.lower_ in load_lexicon().hedge_words for a in _kids(carrier, ("advmod",))):
        return False
    if any(a.lower_ in ("can", "ca") for a in _kids(carrier, ("aux",))) and _kids(carrier, ("neg",)):
        return True
    stances, supposing = _negation_words()["refusing_stances"], _negation_words()["supposing_modals"]
    tok = trigger
    for _ in range(3):  # "is unwilling to countenance", "is unwilling to agree to lift"
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in stances or _willingness_denied(tok):
            return not any(a.lower_ in supposing for a in tok.head.children if a.dep_ == "aux") \
                and not any(a.lower_ in supposing for a in _kids(tok, ("aux",)))
    return False


def _willingness_denied(stance: Token) -> bool:
    """A predicate of readiness told with "not" (data/negation.yaml `willing_stances`): "is not prepared to abandon
    its claim", "was not willing to lift the ban", "is not inclined to bow to the pressure" refuse as "unwilling"
    does (round 83, admissions83); "not only ready to" denies nothing."""
    if stance.lemma_.lower() not in _negation_words()["willing_stances"]:
        return False
    carriers = [stance] + ([stance.head] if stance.dep_ in ("acomp", "attr") else [])
    return any(n.dep_ == "neg" and not any(c.lower_ == "only" for c in n.head.children) for c in carriers
               for n in c.children)


# Verbs of a vow whose negated act is a refusal vowed ("vowed not to resign", "swore never to surrender")
_VOWS = frozenset({"vow", "swear", "pledge", "promise"})


def vowed_refusal(act: Token) -> Token | None:
    """The vow whose infinitive the act is, told negated ("vowed not to step down", "pledged never to surrender"):
    the actor refuses the act when it vows so, as "refused to step down" does (round 78, crisis78); or told in a
    clause of its own with "will not" ("vowed he would never surrender"). None for an act vowed ("vowed to step
    down": an offer)."""
    if act.dep_ not in ("xcomp", "ccomp") or act.head.lemma_.lower() not in _VOWS \
            or not any(c.dep_ == "neg" for c in act.children):
        return None
    return act.head if act.dep_ == "xcomp" or _says_it_will(act) else None


def refuses_to_meet(ptype: str, status: str, trigger: Token | None) -> bool:
    """A meeting or visit its actor says it will not hold ("will not begin talks with X", "would not go to Moscow")
    is a refusal to meet (CAMEO 125, PLOVER REJECT), which happened when it was said; a meeting simply not held ("did
    not meet") stays a negated CONSULT. A noun is said by the verb it is the object of ("will not begin talks")."""
    if ptype != "CONSULT" or status != "negated" or trigger is None:
        return False
    return _says_it_will(trigger.head if trigger.dep_ in ("dobj", "obj") else trigger)


def _says_it_will(trigger: Token) -> bool:
    """The act's own "will not" ("will not withdraw"), not an obligation lifted ("will not have to withdraw") nor a
    forecast hedged ("probably won't withdraw", "perhaps would not give in": a guess at what it will do, no refusal
    uttered; lexicon hedge_words, round 77)."""
    carrier = _modal_carrier(trigger)
    if carrier.lemma_.lower() in _negation_words()["obligation"] | _negation_words()["obligation_passive"]:
        return False
    if any(a.lower_ in load_lexicon().hedge_words for a in _kids(carrier, ("advmod",))):
        return False
    return any(a.dep_ == "aux" and a.lower_ in _WILL for a in carrier.children)


def threat_made(ptype: str, status: str, trigger: Token | None = None) -> str:
    """A threat happens when it is uttered: a THREATEN event whose words look ahead ("We will retaliate", "could
    strike back") occurred, unless it was denied or withdrawn (negated), or the message that utters it is still to
    come ("will issue a statement warning…", `carried_by_object`; `trigger` is the threat's word)."""
    if ptype != "THREATEN" or status not in ("planned", "hypothetical"):
        return status
    return status if trigger is not None and carried_by_object(trigger) is not None else "occurred"


def teller_of(tok: Token, lex: Lexicon) -> tuple[Token, Token] | tuple[None, None]:
    """The subject of a reporting verb above the act, or X in "according to X", with the word that tells it (the
    verb, or "according")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in lex.reporting_verbs and anc.pos_ == "VERB" and anc.i != tok.i:
            speaker = next(iter(_kids(anc, ("nsubj",))), None)
            if speaker is not None:
                return speaker, anc
            break
    root = tok.sent.root
    for rep in [root, *_kids(root, ("parataxis", "advcl", "conj"))]:
        if rep.i != tok.i and rep.lemma_.lower() in lex.reporting_verbs and rep not in tok.subtree:
            speaker = next(iter(_kids(rep, ("nsubj",))), None)
            if speaker is not None:
                return speaker, rep
    for t in tok.sent:
        if t.lower_ == "according":
            speaker = next((g for p in t.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"), None)
            return (speaker, t) if speaker is not None else (None, None)
    return None, None


def read_attribution(tok: Token, resolver: Resolver, lex: Lexicon) -> str | None:
    """Who reports the act: the subject of a reporting verb above it, or X in "according to X"."""
    speaker, _ = teller_of(tok, lex)
    if speaker is None:
        return None
    return resolver.one(speaker) or speaker.doc[speaker.left_edge.i: speaker.right_edge.i + 1].text


def is_tenseless(tok: Token) -> bool:
    """A noun trigger whose clause has no past tense ("this is her first visit", "tops her visit")."""
    return not any(t.tag_ in ("VBD", "VBN") for t in clause_chain(tok))
