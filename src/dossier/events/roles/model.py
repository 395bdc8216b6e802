"""The learned role component: fills the source or target the rules left empty with an actor of the sentence, and
replaces a side the rules filled when it disagrees clearly enough.

The rules (roles.py) read an event's source and target from the parse. This model scores each actor mention of
the event's sentence as the event's source, its target or neither. A pronoun or a description counts as the actor
the resolver gives it, which may have been named in an earlier sentence. The features are the dependency path
from the trigger to the mention, the mention's own relation (subject, "by" agent, object, the preposition it
follows, possessor…), its position and distance, whether a reporting verb or a clause boundary lies between them,
the actor's kind, the event type, and what the rules made of it (each side empty, holding its actor, or another),
so that the model learns where the rules are to be trusted. The best candidate for an empty side fills it, with
the actors coordinated with it, when its probability reaches FILL_AT; a side the rules filled is replaced only
when the model prefers another mention of the sentence for it by REPLACE_BY or more over the rules' own actor and
takes that actor for no participant (an actor the rules took from outside the sentence, or from no mention, is
kept; so is one the model puts in the other role). The model (`model/roles.npz`: a
vocabulary and one row of weights per role) is trained by `training/train_role_model.py` (scikit-learn logistic
regression, fixed seed) and read back here with numpy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from dossier.events.actors import PLACE_LABELS, RELATIVE, Resolver, counterpart_of, qualifies_people, relative_head
from dossier.events.patterns import load_lexicon
from dossier.events.roles.co_doers import co_doer, leads_the_doers, led_noun
from dossier.events.roles.deployed_forces import moved_by, moved_forces, mover
from dossier.events.roles.embedded import in_attending_subject, in_object_clause, one_state
from dossier.events.roles.lone_doers import not_the_lone_doer, not_the_lone_undergoer
from dossier.events.roles.gatherings import among_the_group
from dossier.events.roles.protesters import not_the_protests_doer
from dossier.events.roles.receiving import others_askers
from dossier.events.roles.facilities import site_of, site_owner
from dossier.events.roles.harming_things import not_the_things_doer
from dossier.events.roles.struck_sites import in_struck_phrase, not_the_attack_s_doer
from dossier.events.roles.doers import (addressee_of, governor, is_passive, misread_main_subject, prep_objects,
                                        subject_tokens, whole_of_relative, measure_imposer)
from dossier.events.roles.no_party import (across_border, across_conjunct, across_contrast, apposed_to, audience, compared_with, named_accord,
                                           negated_conjunct, backer_of_the_call, noun_teller,
                                           in_attribution, in_doer_description, in_doers_matter, short_name,
                                           inside_topic, meeting_topic, named_topic, names_no_party, no_party_words, only_times,
                                           owner_of_premises,
                                           owner_of_the_doers, describes_the_teller, describer,
                                           placed_elsewhere,
                                           reference_place, told_of_another, topic_owner, trip_destination,
                                           trip_origin, in_addressee_s_task)
from dossier.events.roles.earlier_acts import talks_nouns
from dossier.events.roles.pairs import FELT, MUTUAL
from dossier.events.roles.reading import claimed_between, where_victim_was
from dossier.events.roles.warned_conditions import condition_undergoer
from dossier.ingest.outlets import load_outlets
from dossier.model import Event
from dossier.nlp.arrays import orth_array

MODEL = Path(__file__).parent / "model" / "roles.npz"
ROLES = ("none", "source", "target")
# How sure the model must be to fill an empty side: chosen with `dossier evaluate roles` (5-fold CV on PLV_train:
# both sides right without replacing 0.728 at 0.1, 0.717 at 0.2, 0.712 at 0.3) and the real-news development articles.
FILL_AT = 0.1
# By how much the model must prefer another mention to a side the rules filled to replace it: chosen with `dossier
# evaluate roles` (5-fold CV on PLV_train, the table "replace by": both right 0.728 without, 0.735 at 0.3, with
# 14 sides replaced, 11 right after and 4 right before; 0.2 replaces a few more for a net gain of one) and the
# real-news development articles.
REPLACE_BY = 0.3
_NAMES = frozenset({"NOUN", "PROPN", "PRON"})
_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "acl", "xcomp", "csubj", "parataxis"})
_MAX_PATH = 5


@dataclass
class Candidate:
    """An actor named in the sentence: `token` names it, `anchor` is where its place in the parse is read (the
    first of the words coordinated with it)."""

    token: Token
    anchor: Token
    actor: str


def candidates(sent: Span, resolver: Resolver, exclude: frozenset[int] = frozenset()) -> list[Candidate]:
    """The actor mentions of a sentence, one per noun phrase head (a name's last word, a pronoun, a description
    such as "Chinese experts"); words inside a name that names the same actor are left out, and so are the places
    of a region that name no party and the nouns that take their actor from them ("European capitals", "the
    opening leg of a tour of European capitals", no_party.through_places), and the city that only names a meeting's
    or an accord's venue ("the Nairobi accord", no_party.venue_named)."""
    out = []
    taken: set[tuple[int, str]] = set()  # (first word, actor) of the mentions already taken
    for tok in sent:
        if tok.pos_ not in _NAMES or tok.i in exclude or tok.is_punct:
            continue  # (the hyphen of "al-Sabah", which the tagger may read as a name: no head of the name)
        actor = resolver.one(tok)
        if actor is None or names_no_party(tok, resolver):
            continue
        if (site := site_of(tok, resolver)) is not None:  # "the X oil platforms": their owner, or no side
            if (actor := site_owner(site, resolver)) is None:
                continue
        if tok.pos_ in ("NOUN", "PROPN") and (members := resolver.members(tok)) and actor not in members:
            actor = members[0]  # "the ministers of A and B" names A's and B's, not ministers of no country
        head = tok.head
        if head.i != tok.i and head.pos_ in _NAMES and head.i not in exclude:
            if tok.dep_ in ("compound", "flat") and head.pos_ == "PROPN" and resolver.one(head) is not None:
                continue  # a word inside a longer name ("Prime" of "Prime Minister Chretien")
            if tok.dep_ in ("compound", "amod", "nmod", "poss", "appos") and resolver.one(head) == actor:
                continue  # a modifier that gives its head its actor ("Iran" of "Iran's government")
        start = end = tok.i
        while start > sent.start and resolver.map.get(start - 1) == actor:
            start -= 1
        while end + 1 < sent.end and resolver.map.get(end + 1) == actor:
            end += 1
        if any(start <= i <= end for i in exclude):
            continue  # a name that holds the event's own word ("my Complete and Total Endorsement"): the act itself
        if (start, actor) in taken:
            continue  # another word of one mention ("Cooperation" of "the Organization of Islamic Cooperation")
        taken.add((start, actor))
        out.append(Candidate(tok, _first_conjunct(tok), actor))
    return out


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.pos_ in _NAMES and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _dep(tok: Token) -> str:
    """A token's relation, with the preposition a prepositional object follows ("pobj:by")."""
    if tok.dep_ == "prep" or tok.dep_ == "agent":
        return f"{tok.dep_}:{tok.lower_}"
    if tok.dep_ == "pobj":
        return f"pobj:{tok.head.lower_}"
    return tok.dep_


def _path(trigger: Token, tok: Token) -> tuple[list[str], list[str], Token] | None:
    """The relations from the trigger up to the lowest word above both, and from there down to `tok`."""
    above = [trigger, *trigger.ancestors]
    where = {t.i: n for n, t in enumerate(above)}
    down = []
    node = tok
    while node.i not in where:
        if node.head.i == node.i:
            return None
        down.append(_dep(node))
        node = node.head
    return [_dep(t) for t in above[: where[node.i]]], down[::-1], node


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-6" if n <= 6 else "7-12" if n <= 12 else "13+"


def ruled(cand: Candidate, event: Event) -> list[str]:
    """What the rules made of the candidate, per side: the side is empty, holds its actor, or holds another."""
    out = []
    for side, actors in (("source", event.source), ("target", event.target)):
        out.append(f"{side}:{'empty' if not actors else 'it' if cand.actor in actors else 'other'}")
    return out


def features(trigger: Token, cand: Candidate, event_type: str, resolver: Resolver,
             rules: list[str] | None = None) -> list[str]:
    """The candidate's features as strings (see the module's docstring); `rules`: `ruled(cand, event)`."""
    tok, anchor = cand.token, cand.anchor
    dep = _dep(anchor)
    if rules:
        both = "|".join(rules)
        feats_rules = [f"rules:{both}", *(f"rules:{r}" for r in rules), *(f"rules:{r}|dep:{dep}" for r in rules)]
    else:
        feats_rules = []
    passive = is_passive(trigger)
    tpos = "noun" if trigger.pos_ in ("NOUN", "PROPN") else "verb"
    feats = [f"dep:{dep}", f"tpos:{tpos}|dep:{dep}", f"type:{event_type}|dep:{dep}", f"passive:{passive}|dep:{dep}"]
    path = _path(trigger, anchor)
    if path is None:
        feats.append("path:none")
    else:
        up, down, top = path
        steps = [f"^{u}" for u in up] + [f"v{d}" for d in down]
        whole = "/".join(steps) if len(steps) <= _MAX_PATH else "long"
        feats += [f"path:{whole}", f"tpos:{tpos}|path:{whole}", f"passive:{passive}|path:{whole}",
                  f"type:{event_type}|path:{whole}", f"up:{_bucket(len(up))}", f"down:{_bucket(len(down))}",
                  f"last:{steps[-1] if steps else 'self'}", f"first:{steps[0] if steps else 'self'}",
                  f"tpos:{tpos}|first:{steps[0] if steps else 'self'}|last:{steps[-1] if steps else 'self'}",
                  f"up:{_bucket(len(up))}|last:{steps[-1] if steps else 'self'}",
                  f"passive:{passive}|last:{steps[-1] if steps else 'self'}"]
        crossed = {s.lstrip("^v").split(":")[0] for s in steps} & _CLAUSES
        feats += [f"crosses:{c}" for c in sorted(crossed)]
        if top.i != trigger.i and top.lemma_.lower() in resolver.reporting_verbs:
            feats.append("top:reporting")
            if down and down[0] == "nsubj":
                feats.append("speaker")
        if top.i == trigger.i:
            feats.append("below-trigger")
    feats.append("before" if tok.i < trigger.i else "after")
    feats.append(f"distance:{_bucket(abs(tok.i - trigger.i))}")
    if tok.i != anchor.i:
        feats.append("coordinated")
    if tok.pos_ == "PRON":
        feats.append(f"pronoun:{tok.lower_}")
    elif tok.i not in resolver.map and tok.ent_iob_ == "O" and tok.pos_ == "NOUN":
        feats.append("described")  # "Chinese experts": the actor comes from a modifier
    entity = (resolver.doc._.actors or {}).get(cand.actor)
    kind = (entity.kind if entity else None) or "unknown"
    label = (entity.type if entity else None) or "unknown"
    feats += [f"kind:{kind}", f"label:{label}", f"kind:{kind}|dep:{dep}", f"label:{label}|dep:{dep}",
              f"type:{event_type}|kind:{kind}"]
    if cand.actor in resolver.fallback or (entity is not None and not entity.known):
        feats.append("unknown-actor")
    return feats + feats_rules


@dataclass
class RoleModel:
    """A linear model over feature strings: the probability of each role (none, source, target)."""

    vocabulary: dict[str, int]
    weights: np.ndarray  # roles x features
    bias: np.ndarray
    roles: list[str]

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        idx = sorted({self.vocabulary[f] for f in feats if f in self.vocabulary})
        logits = self.weights[:, idx].sum(axis=1) + self.bias
        exp = np.exp(logits - logits.max())
        return dict(zip(self.roles, (exp / exp.sum()).tolist()))

    def save(self, path: Path) -> None:
        terms = sorted(self.vocabulary, key=self.vocabulary.get)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, roles=np.array(self.roles), terms=np.array(terms),
                            weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32))

    @classmethod
    def read(cls, path: Path) -> "RoleModel":
        with np.load(path, allow_pickle=False) as data:
            terms = data["terms"].tolist()
            return cls(vocabulary={t: i for i, t in enumerate(terms)}, weights=data["weights"].astype(np.float64),
                       bias=data["bias"].astype(np.float64), roles=data["roles"].tolist())


@lru_cache(maxsize=2)
def load(path: str | None = None) -> RoleModel | None:
    """The shipped model, or None when it is absent (the rules alone then decide)."""
    p = Path(path) if path else MODEL
    return RoleModel.read(p) if p.exists() else None


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The word that names the event (the last word of its trigger) in its evidence sentence."""
    if not event.evidence or event.evidence[0].start is None or not event.trigger:
        return None
    word = event.trigger.split()[-1]
    sent = doc.char_span(event.evidence[0].start, event.evidence[0].end, alignment_mode="expand")
    if sent is None:
        return None
    # the sentence's words that are written so, found on the Doc's ORTH array (made once a Doc) rather than a Token
    # per word
    orth = orth_array(doc)[sent.start:sent.end]
    found = [doc[sent.start + int(k)] for k in np.flatnonzero(orth == doc.vocab.strings[word])]
    words = [t for t in found if t.pos_ in ("VERB", "NOUN", "PROPN")]
    if len(words) > 1:  # "X had been on strike while Y had been on strike": the one whose clause's subject is X
        words = [t for t in words if _subject_names(t, event.source, doc)] or words
    return words[0] if words else (found[0] if found else None)


def _subject_names(tok: Token, source: list[str], doc: Doc) -> bool:
    """The subject of the word's clause (of the nearest verb at or above it) names one of the source's actors."""
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not source:
        return False
    subject = " ".join(" ".join(w.text for w in c.subtree) for c in verb.children
                       if c.dep_ in ("nsubj", "nsubjpass", "agent"))
    actors = doc._.actors or {}
    names = {n for a in source if a in actors for n in (actors[a].name, *actors[a].aliases)}
    return any(n and n in subject for n in names)


def scored(doc: Doc, event: Event, trigger: Token, model: RoleModel,
           resolver: Resolver) -> list[tuple[Candidate, dict[str, float]]]:
    """Every candidate of the event's sentence with the model's probability of each role."""
    return [(c, model.probabilities(features(trigger, c, event.type, resolver, ruled(c, event))))
            for c in candidates(trigger.sent, resolver, frozenset({trigger.i}))]


def fill(doc: Doc, event: Event, model: RoleModel, resolver: Resolver, fill_at: float | None = None,
         others: frozenset[int] = frozenset(), replace_by: float | None = None) -> bool:
    """Fill the event's empty side(s), or replace a side the model disagrees with, in place; True when a side
    changed. `others`: the words that name the doc's other events, whose own arguments are not this event's."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return False
    chosen = choose(event, scored(doc, event, trigger, model, resolver), resolver,
                    FILL_AT if fill_at is None else fill_at, trigger, others - {trigger.i},
                    REPLACE_BY if replace_by is None else replace_by)
    for side, actors in chosen.items():
        setattr(event, side, actors)
    return bool(chosen)


def agentless(trigger: Token) -> bool:
    """A passive trigger ("was arrested", "the port, which will be inaugurated", "tariffs imposed on X")."""
    return is_passive(trigger) or (trigger.dep_ == "acl" and trigger.tag_ == "VBN")


# Prepositions by which a passive accusation tells what it charges ("was accused of shelling X", "was criticised for
# its raid on X", "was charged with killing X")
_CHARGE_PREPS = frozenset({"of", "for", "over", "with"})


def in_the_charge(anchor: Token, trigger: Token) -> bool:
    """The mention lies inside what a passive trigger charges ("Turkey has been accused of shelling civilians in the
    Afrin district": the civilians, Afrin): a party or a place of the act alleged, never the one who accuses, whom
    the passive leaves unnamed (`excluded` asks it of ACCUSE only: "was attacked with rockets from X" names its
    doer so)."""
    if not is_passive(trigger):
        return False
    node = anchor
    while node.head.i != node.i and node.head.i != trigger.i:
        node = node.head
    return node.head.i == trigger.i and node.dep_ == "prep" and node.lower_ in _CHARGE_PREPS


def made_in(tok: Token) -> bool:
    """A name joined by a hyphen to a participle of making before a noun ("Chinese-made missiles", "Kenyan-built
    buses"): where the thing was made."""
    head = tok.head
    return head.i == tok.i + 2 and tok.doc[tok.i + 1].text == "-" and head.tag_ == "VBN" \
        and head.lemma_.lower() in no_party_words()["made"]


_PHRASE_DEPS = frozenset({"compound", "flat", "appos", "poss", "amod", "nmod"})


def press_named(tok: Token) -> bool:
    """The mention's noun phrase names a news medium by a word of the press before its head or in apposition to it
    ("the emirate's daily X", "the newspaper X", "the X news agency", "Radio X", "Iran's state television"); the
    words inside the name count too ("Radio del Plata")."""
    press = no_party_words()["press"]
    top = tok
    while top.dep_ in _PHRASE_DEPS and top.head.i != top.i and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head
    words = {t.lower_ for t in tok.doc[top.left_edge.i: top.i + 1]}
    words |= {w.lower_ for c in top.children if c.dep_ == "appos" for w in c.doc[c.left_edge.i: c.i + 1]}
    return bool(words & press)


def is_outlet(actor: str, resolver: Resolver, tok: Token | None = None) -> bool:
    """A news outlet or agency (ingest/outlets.yaml, an actor of the media sector, or a mention `tok` whose noun
    phrase names a medium, `press_named`): it reports, it does not act."""
    entity = (resolver.doc._.actors or {}).get(actor)
    if entity is None:
        return False
    if tok is not None and press_named(tok):
        return True
    outlets = load_outlets()
    return (entity.cameo or "").endswith("MED") or any(outlets.from_name(n) for n in [entity.name, *entity.aliases])


def is_venue(cand: Candidate, trigger: Token, resolver: Resolver) -> bool:
    """A city or region named after "in" or "at" on a verb above the trigger ("In Taipei, Taiwan said it would not
    recognise…"), or on the audience of such a verb of telling ("the envoy told reporters gathered in Lima",
    no_party.audience): where the act was told or framed, not who takes part in it. (On the trigger itself the place
    may be what is acted on, "an attack in Kabul", as PLV_train marks it; a country after "in" may be a participant.)"""
    entity = (resolver.doc._.actors or {}).get(cand.actor)
    anchor = cand.anchor
    if entity is None or entity.kind != "place" or anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "at"):
        return False
    above = {a.i for a in trigger.ancestors}
    host = anchor.head.head  # the word the "in" phrase hangs on
    return host.i in above or (audience(host) and host.head.i in above)


def is_subject(trigger: Token, actors: list[str], resolver: Resolver) -> bool:
    """The rules' source is the trigger's own grammatical subject or passive agent, a relative pronoun read as its
    antecedent ("executives of A and B, which will invest": B), the "by" phrase of a noun trigger ("protests by
    farmers", "a visit by X"), or the one a noun trigger's verb is asked of ("urged the regulator to make a request":
    the regulator, doers.addressee_of, a reading of the verb of asking the model's features do not hold), or the
    state whose forces an act with no mover told moves ("sending Egyptian troops to help X": Egypt,
    deployed_forces.moved_forces): the parse names the doer; the model does not overrule it."""
    if any(a in actors for a in moved_forces(trigger, moved_by(trigger), resolver)):
        return True
    doers = subject_tokens(trigger)
    if trigger.pos_ in ("NOUN", "PROPN"):
        doers = doers + prep_objects(trigger, ("by",))
        if (verb := governor(trigger)) is not None:
            doers = doers + addressee_of(verb)
    return any(a in actors for t in doers for a in resolver.many(t))


def is_undergoer(trigger: Token, actors: list[str], resolver: Resolver) -> bool:
    """The rules' target is the passive trigger's own subject ("a policeman was killed when a bomb landed in X",
    "two reporters were detained"): the parse names whom the act is done to; the model does not overrule it (a place
    the sentence names is where it happened, not another victim)."""
    if not is_passive(trigger):
        return False
    undergoers = [whole_of_relative(c) or c for c in trigger.children if c.dep_ == "nsubjpass"]
    return any(a in actors for t in undergoers for a in resolver.many(t))


# The relations by which the trigger names its own object: a direct object, or the object of a preposition on it
# ("travelling to Europe", "met with Kenya", "sent troops into Iraq").
_OWN_OBJECT_DEPS = frozenset({"dobj", "dative"})


def own_object_tokens(trigger: Token) -> list[Token]:
    """The words the trigger names its own object by: its direct object, and the objects of its prepositions."""
    out = [c for c in trigger.children if c.dep_ in _OWN_OBJECT_DEPS]
    out += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return out


def is_own_object(trigger: Token, actors: list[str], resolver: Resolver) -> bool:
    """The rules' target is a verb trigger's own object ("before travelling to Europe", "will meet Kenya"): the
    parse names whom or where the act is aimed at; the model does not replace it by a mention outside the
    trigger's phrase ("explaining Brazil's actions to X before travelling to Europe": X is the one the explaining
    is told to, a participant of another verb)."""
    if trigger.pos_ != "VERB" or is_passive(trigger):
        return False
    return any(a in actors for t in own_object_tokens(trigger) for a in resolver.many(t))


_OWN_CLAUSES = frozenset({"relcl", "ccomp"})  # not an infinitive or a gerund clause, which share the main verb's


def thing_object(trigger: Token, event_type: str, resolver: Resolver) -> bool:
    """A verb trigger of an act done with another party (an agreement or a meeting, `MUTUAL`) in a clause of its
    own (a relative or a reported clause) whose direct object is a thing that names no actor, or a relative pronoun
    that stands for one ("the law, which X signed in 2010", "said X would sign the budget"): the other party would be
    told inside the clause ("signed with Y"), not by a mention the clause hangs on ("hopes the court strikes down the
    law, which X signed": no signing with the court). The role model fills an empty target of such a trigger only
    from inside its clause. (Not an act about a thing, whose owner may be told anywhere: "toured Chinese plants and
    rode a train, which she praised" praises China's. Nor a meeting held or hosted: "X, who hosted the talks".)"""
    if event_type not in MUTUAL or trigger.pos_ != "VERB" or is_passive(trigger) or trigger.dep_ not in _OWN_CLAUSES:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"
               and (c.pos_ in ("NOUN", "PROPN") or (c.lower_ in RELATIVE and c.head.dep_ == "relcl"))]
    things = [relative_head(o.head) if o.lower_ in RELATIVE else o for o in objects]
    if any(t.lemma_.lower() in talks_nouns() or t.lower_ in talks_nouns() for t in things):
        return False  # "X, who hosted the talks": a meeting, whose parties are told anywhere
    return bool(objects) and not any(resolver.many(o) for o in objects)


# The relations by which a word qualifies the noun phrase of a speaker: its country or body ("Kuwait's oil
# minister", "the Turkish defence minister", "an OPEC delegate"), a name or a title set beside it ("General X,
# secretary general of the Turkish General Staff").
_SPEAKER_PHRASE = frozenset({"poss", "compound", "amod", "nmod", "flat", "appos"})
# Prepositions by which a noun phrase says whose or where its head is ("the minister of Kenya", "diplomats from
# Kenya", "organizers in Tulsa", "sources at the ministry"); not "to" ("the envoy to Kenya" names another party).
_SPEAKER_PREPS = frozenset({"of", "from", "in", "at"})


def speaker_phrase_head(tok: Token) -> Token:
    """The head of the noun phrase the word is part of: past the modifiers and appositions of `_SPEAKER_PHRASE`
    and a phrase of `_SPEAKER_PREPS` after a noun ("secretary general of the General Staff", "organizers in
    Tulsa"); the word itself when it heads one."""
    while tok.head.i != tok.i:
        if tok.dep_ in _SPEAKER_PHRASE and tok.head.pos_ in _NAMES:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in _SPEAKER_PREPS and tok.head.head.pos_ in _NAMES \
                and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        else:
            break
    return tok


def is_speaker(cand: Candidate, trigger: Token, resolver: Resolver, told: bool = False) -> bool:
    """The subject of a reporting verb the trigger depends on ("X announced that Y will visit at Z's invitation"),
    or is (an event the model put on "Y left Z, an official said"): the one who tells of the act, not the one it is
    done to. So is the country or body that qualifies the speaker's noun phrase, as a modifier or in an apposition
    ("Kuwait's oil minister said there were no plans for an OPEC meeting", "X, editor of Y, expects OPEC to meet"
    (no_party.yaml: expecting), "General X, chief of the Turkish General
    Staff, told reporters the army was on alert", "organizers in Tulsa said"): the teller's own side, not the one
    he tells the act was done to ("the envoy to Kenya said" names Kenya as another party: it may be one). With
    `told`, only for an act in what is said (`told_in`): the one a side the rules filled is not replaced by, where
    an act told as a circumstance of the saying may have the speaker for its doer ("Lawson stressed this after the
    Paris meeting"); never the target of either."""
    anchor = speaker_phrase_head(cand.anchor)
    head = anchor.head
    lemma = head.lemma_.lower()
    speaks = (anchor.dep_ == "nsubj" and lemma in resolver.reporting_verbs | no_party_words()["expecting"]) \
        or (anchor.dep_ == "nsubjpass" and lemma in no_party_words()["quoting"])  # "X was quoted as saying"
    if told:  # only an act in what is said (`told_in`)
        return speaks and told_in(head, trigger)
    return speaks and head.i in {trigger.i, *(a.i for a in trigger.ancestors)}


# Relations by which a word hangs on a verb of saying as a circumstance or a party of the saying, not as what is
# said: "said after the meeting", "said on Monday, speaking in Paris", "told reporters". (An act named in the
# speaker's own noun phrase is not one of them: "X, an observer at Kenya's talks with its lenders, said": an
# observer is no party.)
_ADJUNCT_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod", "agent", "dative"})
_CONTENT_PREPS = frozenset({"about", "of", "on", "over"})  # "spoke of the visit", "told reporters about the talks"


def told_in(verb: Token, trigger: Token) -> bool:
    """The trigger is the verb of saying, or is in what it says: the word on the path from the verb down to the
    trigger is no adjunct of the saying (`_ADJUNCT_DEPS`, but for a preposition of what is spoken of). An act told
    as the circumstance of the saying ("Lawson stressed this after the Paris meeting") may have the speaker for a
    party."""
    if trigger.i == verb.i:
        return True
    top = next((a for a in [trigger, *trigger.ancestors] if a.head.i == verb.i and a.i != verb.i), None)
    if top is None:
        return False
    return top.dep_ not in _ADJUNCT_DEPS or (top.dep_ == "prep" and top.lower_ in _CONTENT_PREPS)


# Prepositions after which a place is where something happens or lies ("in the town of X", "onto a square in X").
_WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "onto", "into", "across", "throughout", "within"})


def is_place_where(cand: Candidate, trigger: Token, resolver: Resolver) -> bool:
    """A place named as where something happens, after "in", "at", "onto"… anywhere between it and the trigger
    ("a guard was shot when a grenade landed on a square in the town of X"): not who did the act. (As a target
    it may be what is acted on, "shelled positions in X", as PLV_train marks it: only the source is kept from it.)"""
    entity = (resolver.doc._.actors or {}).get(cand.actor)
    if entity is None or not (entity.kind == "place" or entity.type in PLACE_LABELS):
        return False
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    node = cand.anchor
    while node.i not in above and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ in _WHERE_PREPS:
            return True
        node = node.head
    return False


_FORCE = frozenset({"ASSAULT", "FIGHT", "COERCE"})  # acts of force, whose place may be what is acted on


def where_it_happens(cand: Candidate, trigger: Token, event: Event, resolver: Resolver) -> bool:
    """A city or region that a "where" clause holding the trigger describes ("turned to Washington, where G-7
    ministers will meet", "flew to Vienna, where OPEC ministers meet on Friday"): where the act happens, no party to
    it. Not for an act of force, whose town may be what is struck."""
    entity = (resolver.doc._.actors or {}).get(cand.actor)
    if entity is None or entity.kind != "place" or event.type in _FORCE:
        return False
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ in ("relcl", "advcl")
                   and any(c.lower_ == "where" and c.dep_ == "advmod" for c in a.children)), None)
    return clause is not None and cand.anchor.i == clause.head.i


def companion(cand: Candidate, source: list[str], resolver: Resolver) -> bool:
    """The "by" agent of a participle of going with ("accompanied by", "flanked by"; data/no_party.yaml
    `companions`) on a mention of the source's actor ("X, accompanied by Y, is on a tour of Z"): Y is at the
    source's side, not its target."""
    anchor = cand.anchor
    if anchor.dep_ != "pobj" or anchor.head.dep_ != "agent":
        return False
    verb = anchor.head.head
    return verb.lemma_.lower() in no_party_words()["companions"] and verb.dep_ == "acl" \
        and any(a in source for a in resolver.many(verb.head))


_OFFICIAL_KINDS = frozenset({"government", "person"})  # a state's officials and bodies (and people of a country)


def own_state(cand: Candidate, source: list[str], resolver: Resolver) -> bool:
    """The state itself of the country whose officials or bodies make up the source ("a visit here by Ecuador's
    minister, and Ecuador will repay…": Ecuador), or one of its members ("ministers from A, B and C are attending
    the conference": each state's officials are the source, and none of the states is the other party): a state's
    own people do not meet or agree with the state they speak for. (Other acts may be done to it: "declared a state
    of siege in Bolivia".)"""
    actors = resolver.doc._.actors or {}
    entity = actors.get(cand.actor)
    if entity is None or entity.kind != "government" or not entity.country or entity.cameo != entity.country:
        return False
    sides = [actors.get(a) for a in source]
    own = [_official(e) and e.country == entity.country for e in sides]
    # of several states' officials, each state is one of them; a lone state's officials, only where they are all
    return bool(sides) and (all(own) or (any(own) and _states_officials(sides)))


def own_side(cand: Candidate, trigger: Token, source: list[str], resolver: Resolver) -> bool:
    """The subject of a clause the trigger reports that names the state, its government or its forces (an actor of
    the government kind) of the one country every actor of the source belongs to ("Iran's minister warned that Iran
    would respond to any attack", "Kenya's minister warned that Kenyan troops will respond"): for a threat
    (`excluded` asks it of THREATEN and of denials only), the side that would carry it out, not the one threatened;
    for a denial ("Kuwait's minister denied that Kuwait was over-producing"), the side cleared, not accused. A group of the
    same state ("warned the Kenyan opposition") may be threatened, and so may that state named elsewhere (PLV_train
    marks the demonym on a threatening minister, and a bill that "would sanction Turkish officials" whose source the
    rules misread as Turkey threatens the officials)."""
    anchor = cand.anchor
    if anchor.dep_ not in ("nsubj", "nsubjpass") or anchor.head.dep_ != "ccomp" or anchor.head.head.i != trigger.i:
        return False
    actors = resolver.doc._.actors or {}
    entity = actors.get(cand.actor)
    if entity is None or entity.kind != "government" or not entity.country:
        return False
    sides = [actors.get(a) for a in source]
    return bool(sides) and all(e is not None and e.country == entity.country for e in sides)


def _official(entity) -> bool:
    """An official or a body of a state, not the state itself."""
    return entity is not None and bool(entity.country) and entity.kind in _OFFICIAL_KINDS \
        and entity.cameo != entity.country


def _states_officials(sides: list) -> bool:
    """The source is the officials of two states or more, and nothing else ("ministers from A, B and C")."""
    return len({e.country for e in sides if e is not None}) > 1 and all(_official(e) for e in sides)


def own_place(cand: Candidate, source: list[str], resolver: Resolver) -> bool:
    """A city or region (not a state) of the country every actor of the source belongs to ("Peru will host 160
    meetings across the cities of Cusco and Lima": Cusco and Lima): for a meeting (`excluded` asks it of CONSULT
    only), where it is held, not the other party. (A place of another country may be the one visited: "toured
    Cusco" by a foreign minister. An agreement's own place is left to the model: PLV_train marks the city of "agreed
    to set up a company in <its capital>" as the target.)"""
    actors = resolver.doc._.actors or {}
    entity = actors.get(cand.actor)
    if entity is None or not entity.country or entity.cameo == entity.country \
            or not (entity.kind == "place" or entity.type in PLACE_LABELS):
        return False
    sides = [actors.get(a) for a in source]
    return bool(sides) and all(e is not None and e.country == entity.country for e in sides)


_NAME_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss", "flat", "pobj"})


_QUALIFYING_PREPS = frozenset({"of", "from"})  # "Chief of Staff", "officials from Mexico, Canada and Japan"


def qualifies(cand: Candidate, actors: list[str], resolver: Resolver) -> bool:
    """The candidate, not a person, only qualifies the name or title of an actor on a side, as its country or
    organisation ("the visit of U.S. Secretary of State Shultz", "China's foreign minister", "Army Chief of Staff
    X", "delegates from Kenya and Uganda", each conjunct): it is that actor's, not another participant."""
    entity = (resolver.doc._.actors or {}).get(cand.actor)
    if entity is None or entity.kind == "person" or entity.type == "PERSON":
        return False
    tok = cand.token
    while (tok.dep_ in _NAME_MODIFIERS or tok.dep_ == "conj") and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ not in _QUALIFYING_PREPS:
            return False
        if tok.dep_ == "conj" and _first_conjunct(tok).dep_ != "pobj":
            return False  # "Kenya and Uganda signed…": a conjunct of the doer itself may be the other party
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head  # "Chief of Staff": past "of" to "Chief"
        if resolver.one(tok) in actors and resolver.one(tok) != cand.actor:
            return True
    return False


def qualifies_the_doer(tok: Token, trigger: Token) -> bool:
    """The mention is the common noun of the verb trigger's own subject, or only qualifies it ("the other Republican
    member of the board agreed", "the Socialist deputies rejected the bill"), or is the predicate noun the act's own
    clause hangs on ("X became the first Western leader to visit Y"): who the doers are, not whom they act on. Not a
    noun described by coordinated words ("Kenyan and Ugandan officials agreed": both states' officials)."""
    if trigger.pos_ != "VERB":
        return False
    head = tok
    while head.dep_ in ("amod", "compound", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "attr" and (trigger.dep_ in ("relcl", "acl") and trigger.head.i == head.i
                                or trigger.dep_ in ("xcomp", "advcl") and trigger.head.i == head.head.i
                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in trigger.children)):
        return True  # "X was the lone Tory to oppose Y" (the infinitive on the noun or on the copula): the noun is X
    if head.pos_ != "NOUN" or head.i == trigger.i or head.dep_ == "conj" \
            or any(c.dep_ == "conj" for m in head.children for c in m.children) \
            or any(c.dep_ == "conj" for c in head.children):
        return False
    return any(s.i == head.i for s in subject_tokens(trigger))


def thing_done(trigger: Token, cand: Candidate, resolver: Resolver) -> bool:
    """The candidate tells of the act (`is_speaker`) and the trigger, an active verb, has a subject of its own that
    names no actor: a thing or an act ("Authorities say a stabbing that killed a rider…", "police said a blast
    wrecked the hall and hurt six"): the teller is not the doer. (A subject naming an actor gives the rules the
    source.)"""
    if trigger.pos_ != "VERB" or is_passive(trigger) or not is_speaker(cand, trigger, resolver):
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "a blast wrecked the hall and injured six": the first verb's subject
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ in ("NOUN", "PRON") and s.lower_ not in ("he", "she", "they", "we", "i")
                                  and resolver.one(s) is None and not names_people(s) for s in subjects)


@lru_cache(maxsize=1)
def _people_words() -> frozenset[str]:
    lex = load_lexicon()
    return lex.people_nouns | lex.crowd_nouns | lex.private_people | lex.unnamed_speakers | lex.pair_people


def names_people(noun: Token) -> bool:
    """A noun of people, not of a thing: a word of people or of a body of them (the lexicon's people_nouns,
    crowd_nouns, private_people, unnamed_speakers, pair_people), one a "who" clause tells of ("people who had not
    served"), or one a possessive gives an owner ("its members", "their envoys")."""
    if {noun.lemma_.lower(), noun.lower_} & _people_words():
        return True
    if any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children) for c in noun.children):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def misread_object(tok: Token, trigger: Token) -> bool:
    """The object of a relative clause's verb that the parser took for the subject of the sentence's main verb
    (doers.misread_main_subject: "the unions" in "The minister whose ministry has angered the unions met the
    president"): a party to the relative verb's act only, not to the trigger's when the trigger is another word."""
    return tok.dep_ == "nsubj" and misread_main_subject(tok.head) is not None and trigger.i != tok.head.head.i


def against_what_is_refused(anchor: Token, trigger: Token) -> bool:
    """The mention is in the "against" phrase of what the trigger refuses ("rejected a plea against a central bank
    decision", "dismissed an appeal against the ministry's order"): the one the plea is against, not the one whose
    plea is refused (reading.py leaves it out of the rules' target too)."""
    node = anchor
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ == "against" and node.head.i != trigger.i:
            return trigger.i in {a.i for a in node.ancestors}
        node = node.head
    return False


def host_state(cand: Candidate, side: str, event: Event, resolver: Resolver) -> bool:
    """The state itself (not a city, nor a region) a meeting is held in, as the meeting's target where its doer is
    of another state ("X said after three rounds of talks in the Chinese capital", "talks in China"): the host
    is the other party. Not a city ("talks in Geneva": a venue), nor the doer's own state."""
    if side != "target" or event.type != "CONSULT" or not event.source:
        return False
    actors = resolver.doc._.actors or {}
    entity = actors.get(cand.actor)
    if entity is None or entity.kind != "government" or not entity.country or entity.cameo != entity.country:
        return False
    return all((e := actors.get(a)) is not None and e.country and e.country != entity.country for a in event.source)


def _body_or_officials(entity) -> bool:
    """An international body, or officials no state is named for ("a meeting of Nordic ministers")."""
    return entity is not None and (entity.kind == "igo" or (entity.cameo or "").startswith("IGO")
                                   or (entity.id.startswith("agent:---:") and entity.kind == "government"))


def body_s_own_meeting(cand: Candidate, trigger: Token, event: Event, resolver: Resolver) -> bool:
    """A mention outside the phrase of a noun of a meeting whose doers, an international body or officials of no
    named state, the noun's own words name ("at today's summit of OAU leaders, Kenya proposed…", "hard to
    settle at this week's OAU summit, the envoy added", "X, in Riga to attend a gathering of Baltic ministers"): the body
    meets among its own members, and one who proposes, speaks of or attends it is no other party to it. Not the
    subject or object of the verb the noun is the object of ("Kenya hosted the OAU summit")."""
    if event.type != "CONSULT" or trigger.pos_ != "NOUN" or not event.source \
            or trigger.lemma_.lower() not in talks_nouns() or cand.anchor.i in {t.i for t in trigger.subtree}:
        return False
    actors = resolver.doc._.actors or {}
    if not all(_body_or_officials(actors.get(a)) for a in event.source):
        return False
    own = {a for t in trigger.subtree if t.i != trigger.i and t.pos_ in ("NOUN", "PROPN") for a in resolver.many(t)}
    if not set(event.source) <= own:
        return False
    verb = governor(trigger)
    return verb is None or cand.anchor.head.i != verb.i


def excluded(cand: Candidate, side: str, event: Event, resolver: Resolver, trigger: Token | None,
             others: frozenset[int]) -> bool:
    """Mentions that cannot fill a side, whatever the model says: the place where the event happens (but for the state a
    meeting is held in, as its target: `host_state`), a city or region after "in" or "at" on a verb above the trigger,
    as the source a place after "in", "at", "onto"… below it (`is_place_where`), a news outlet, known or named as one
    (it reports the act, neither does it nor undergoes it), where a thing was made ("Chinese-made missiles", `made_in`),
    what only qualifies the name of the other side's actor (`qualifies`), a name joined to a list by "not"
    (no_party.negated_conjunct: "X, but not Y, will attend"), as the target of a call the one who backs it
    (no_party.backer_of_the_call: "X praised Y's calls for reform"), the one whose words' "that" clause tells the
    act (no_party.noun_teller: "remarks by X that major nations had agreed"; as the source only where the clause's
    subject is no pronoun), a mention in apposition to one of the other
    side's (no_party.apposed_to: "the CDU premier, Hans Berger"), the one who tells of the act as its target, as the
    target of a meeting or an agreement the state whose own officials alone are the source (`own_state`), as the target
    of a meeting a city or region of the source's own country (its venue, `own_place`), the source's own forces that it
    moves as its target ("sent its troops to X", deployed_forces.mover), the one who goes with the source as its target
    ("X, accompanied by Y, toured Z", `companion`; "X, along with Y, condemned Z", co_doers.co_doer; "X, led by Y,
    condemned Z", co_doers.leads_the_doers), a mention governed
    by another event's word ("before meeting X, Y toured a plant": X is the meeting's), the object of a relative
    clause's verb that the parser took for the main verb's subject (`misread_object`), as the target a name inside a
    clause that qualifies the trigger's object other than that clause's doer or a mention of the source's own state in
    the subject phrase of a verb of taking part in a gathering ("Deputy Secretary X and Under Secretary Y attended the
    meeting", embedded.py), the parties of a meeting below a verb whose "between" phrase the parser hung on the verb
    (reading.claimed_between: "speaking ahead of a
    meeting later today between A and B"), as the target of a threat what
    the act it holds out would be done to ("warned that any attack on X would…", warned_conditions.condition_undergoer),
    as the target of an attack or a seizure a state named only as the point the place of the thing acted on is told from
    ("a tanker off the Iranian coast", no_party.reference_place), as the target of a condemnation of an attack any
    word of its phrase but the attack's doer (struck_sites.not_the_attack_s_doer: "condemned the blasts at the X
    embassy"), but for acts of force the state across the border
    an act takes place on ("rallied on the border with X", no_party.across_border), as the target where a trip starts ("arrived in Moscow
    from Helsinki", no_party.trip_origin), as the target where a victim was ("stabbed a rider on a Chicago train",
    reading.where_victim_was), as the source the teller of an act whose subject names no actor ("officials say a blast
    that killed…", `thing_done`), as the source a name that only qualifies a noun of an accord or a meeting other than
    the trigger's doer ("said the Louvre accord holds but criticised…", no_party.named_accord), as the source any
    mention outside an active trigger's own subject that names an unnamed private person ("police said a gunman shot…",
    lone_doers.not_the_lone_doer), as the source of an act of harm whose subject is a blast, a weapon or a mishap
    any mention outside that thing's own words (harming_things.not_the_things_doer), as the target of talks what they are about (`topic_owner`, `named_topic`, `inside_topic`: "a meeting
    on Somalia"), a place that qualifies a noun of private people ("a Dallas boy", actors.qualifies_people), as the
    target a party of a clause of time that only times an act not done with another party ("demanded new talks after Y
    won a larger share", no_party.only_times), as the target anything outside the phrase of an act done to an unnamed
    private person ("admitted fighting off the boy's mother", lone_doers.not_the_lone_undergoer), the one told of a
    third party's act ("told Y that Z had promised more", no_party.told_of_another), a name inside another clause
    joined by "and" or "but" that is not its subject ("Y offered aid to Z's farmers, but X rejected it",
    no_party.across_conjunct), the warner's own state, government or forces as the target of a threat (`own_side`),
    as the source of a passive accusation a mention inside what it charges ("was accused of shelling Y",
    `in_the_charge`), a town a "where" clause holding the trigger describes (`where_it_happens`), as the target of a
    warning or a request made to the verb's object what that object is to act on
    ("warned its neighbours not to let the guerrillas cross", no_party.in_addressee_s_task),
    as the source of a protest told by a noun the one who acts on it or a word after "anti-" or "pro-" ("police broke
    up an anti-war rally", protesters.not_the_protests_doer),
    and, as the source of a passive trigger (whose "by" agent the rules
    read), anything but what depends on it ("were killed when X launched an attack"; in "X spoke of the port, which will
    be inaugurated", X does not inaugurate)."""
    if (cand.actor == event.location and not host_state(cand, side, event, resolver)) \
            or is_outlet(cand.actor, resolver, cand.token) or made_in(cand.token):
        return True
    if qualifies(cand, event.target if side == "source" else event.source, resolver) \
            or qualifies_people(cand.token, resolver):
        return True  # "Chinese foreign minister", "a Dallas boy": the actor's own qualifier
    if negated_conjunct(cand.token):
        return True  # "France, but not Britain, will attend": Britain neither attends nor is met
    if apposed_to(cand.anchor, event.target if side == "source" else event.source, resolver):
        return True  # "Saxony's CDU premier, Hans Berger, resigned": Berger is no target of the premier
    if short_name(cand.anchor, event.target if side == "source" else event.source, resolver) \
            or in_attribution(cand.anchor):
        return True  # "the Liberation Front (LF)": the same party; "according to the ministry": the teller
    if trigger is None:
        return False
    if is_venue(cand, trigger, resolver) or (side == "source" and is_place_where(cand, trigger, resolver)) \
            or where_it_happens(cand, trigger, event, resolver):
        return True
    if side == "source" and event.type == "PROTEST" \
            and any(not_the_protests_doer(t, trigger, load_lexicon()) for t in (cand.token, cand.anchor)):
        return True  # "police broke up an anti-Assad rally": neither the police nor Assad holds it
    if side == "source" and in_struck_phrase(cand.anchor, trigger, event.type == "ASSAULT"):
        return True  # "a blast at the X consulate killed 12": X's building was hit; X hit nobody
    if side == "source" and trip_destination(cand.anchor, trigger):
        return True  # "a team will visit Washington for talks with the IMF": Washington is visited, not talking
    if side == "source" and thing_done(trigger, cand, resolver):
        return True  # "Officials say a fire that destroyed two homes…": the fire's act, not the officials'
    if side == "source" and (accord := named_accord(cand.token)) is not None and accord.i != trigger.i \
            and accord.i not in {t.i for t in subject_tokens(trigger)}:
        return True  # "who called the Plaza accord sound but criticised…": the accord's name, no doer
    if side == "source" and event.type == "ACCUSE" and in_the_charge(cand.anchor, trigger):
        return True  # "X has been accused of shelling civilians in Y": neither accuses
    if side == "source" and not_the_lone_doer(cand.anchor, trigger, resolver):
        return True  # "police said a gunman shot two traders": the gunman's act, not the police's
    if side == "source" and event.type == "ASSAULT" and not_the_things_doer(cand.anchor, trigger):
        return True  # "laid a wreath where the blast killed ten": nobody's named outside the blast's own words
    if side == "target" and event.type == "ACCUSE" and not_the_attack_s_doer(cand.anchor, trigger, resolver):
        return True  # "condemned the blasts at the X embassy": X's embassy was hit; X is not condemned
    if side == "target" and qualifies_the_doer(cand.token, trigger):
        return True  # "the other Republican member of the board agreed": the doer's own word
    if describes_the_teller(cand.anchor, trigger, resolver):
        return True  # "X, who consults with Y, said Z will agree": who the teller is
    if describer(cand.anchor, trigger):
        return True  # "bombed a site said by the Pentagon to guide the attacks": who tells what the site is
    if side == "target" and owner_of_the_doers(cand.anchor, trigger):
        return True  # "the Third Corps, whose troops repelled Y": the doers' owner, not whom they act on
    if side == "target" and told_of_another(cand.anchor, trigger, resolver):
        return True  # "X told Y that Z had promised more": Y hears of Z's promise
    if side == "target" and not_the_lone_undergoer(cand.anchor, trigger, resolver):
        return True  # "admitted in an interview with the FBI to fighting off the child's mother": not the FBI
    if side == "target" and where_victim_was(cand.anchor, trigger, resolver):
        return True  # "stabbed a commuter on a Chicago train": where the victim was
    if side == "target" and (audience(cand.token) or trip_origin(cand.anchor)):  # "told a news conference",
        return True  # "told parliament": hearers; "arrived in Moscow from Helsinki": the place left behind
    if side == "target" and in_doer_description(cand.anchor, trigger, event.source, resolver):
        return True  # "Belgium, the holder of the EC presidency, will drop the plan": who Belgium is
    if side == "target" and event.type in MUTUAL and in_doers_matter(cand.anchor, trigger):
        return True  # "investigators into the X affair agreed to…": what they deal with, no party to their accord
    if side == "target" and body_s_own_meeting(cand, trigger, event, resolver):
        return True  # "at this week's EC summit, Chirac added": the EC meets among its members
    if side == "target" and among_the_group(cand.anchor, trigger, event.type):
        return True  # "envoys from 14 nations met in Oslo": the group meets among itself
    if counterpart_of(cand.token):
        return True  # "Japan's allies criticised…", "urged Japan's trading partners to act": not Japan
    if noun_teller(cand.token, trigger) and (side == "target" or any(
            s.pos_ != "PRON" for s in subject_tokens(trigger))):
        return True  # "remarks by X that major nations had agreed": X tells of the act (unless "that he would…")
    if side == "target" and event.type == "REQUEST" and backer_of_the_call(cand.anchor, trigger):
        return True  # "X praised Y's calls for reform": X joins the call, is not asked
    if side == "target" and co_doer(cand.anchor):
        return True  # "France, along with Germany, condemned…": at the doer's side
    if side == "target" and (leads_the_doers(cand.anchor, subject_tokens(trigger)) or (
            (led := led_noun(cand.anchor)) is not None and any(a in event.source for a in resolver.many(led)))):
        return True  # "States, led by France, condemned…", "a team led by X arrived": X leads the doers
    if side == "target" and across_conjunct(cand.anchor, trigger):
        return True  # "Y proposed aid for small firms, but X objected to it": not the firms
    if side == "target" and across_contrast(cand.anchor, trigger):
        return True  # "A opposed the reform, while B backed it": B is no target of the opposing
    if side == "target" and event.type not in MUTUAL and only_times(cand.anchor, trigger, event.type, resolver):
        return True  # "demanded new talks after Y won a larger share", "one day before Y announces": Y (not the
        # other party of an accord or talks: "will sign the accord once Y ratifies it")
    if side == "target" and compared_with(cand.anchor, trigger):
        return True  # "insisted on a quota equal to Iran's": what the quota is measured against
    if side == "target" and event.type == "CONSULT" and (topic_owner(cand.anchor, trigger)
                                                         or named_topic(cand.anchor, trigger)
                                                         or inside_topic(cand.anchor, trigger)):
        return True  # "discussed Kenya's debt", "a meeting on Somalia": what the talks are about
    if side == "target" and meeting_topic(cand.anchor, trigger):
        return True  # "urged the powers to hold a conference on Cyprus": what the conference is to be about
    if event.type == "REQUEST" and any(others_askers(t, trigger) for t in (cand.anchor, cand.token)):
        return True  # "appealed for aid, and demands from Y for cuts…": Y asks in turn, neither asked nor asking
    if side == "target" and event.type == "REJECT" and against_what_is_refused(cand.anchor, trigger):
        return True  # "rejected a plea against a central bank decision": not the bank
    if side == "target" and placed_elsewhere(cand.anchor, trigger, event.type, event.cameo, resolver):
        return True  # "offered a compromise in talks in Brussels": where the talks were
    if side == "target" and owner_of_premises(cand.token, trigger, event.type, event.cameo):
        return True  # "turned himself in at the X Police headquarters and was charged": where, not whom
    if side == "target" and (is_speaker(cand, trigger, resolver) or mover(cand.anchor, event.source, resolver)
                             or companion(cand, event.source, resolver)
                             or (event.type in MUTUAL and own_state(cand, event.source, resolver))
                             or ((event.type == "THREATEN" or event.mode == "deny")
                                 and own_side(cand, trigger, event.source, resolver))
                             or (event.type == "CONSULT" and own_place(cand, event.source, resolver))):
        return True
    if misread_object(cand.anchor, trigger):
        return True
    if side == "target" and (in_object_clause(cand.anchor, trigger)
                             or (in_attending_subject(cand.anchor, trigger)
                                 and one_state([cand.actor, *event.source], resolver))):
        return True  # "protested the law that led to an inquiry into Y": Y
    if trigger.pos_ == "VERB" and cand.anchor.i in claimed_between(trigger):
        return True  # "speaking ahead of a meeting later today between A and B": the meeting's parties
    if side == "target" and event.type == "THREATEN" and condition_undergoer(cand.anchor, trigger, resolver):
        return True
    if side == "target" and event.type in no_party_words()["addressed_types"] \
            and in_addressee_s_task(cand.anchor, trigger):
        return True  # "warned its neighbours not to let the guerrillas cross": not the guerrillas
    if side == "target" and event.type in no_party_words()["reference_types"] \
            and reference_place(cand.token, resolver):
        return True
    if event.type not in no_party_words()["border_party_types"] and across_border(cand.anchor):
        return True  # "rallied on the border with X": where, not whom
    above = {a.i for a in cand.anchor.ancestors}
    if above & (others - {a.i for a in trigger.ancestors}):
        return True
    return side == "source" and agentless(trigger) and trigger.i not in above


def choose(event: Event, scores: list[tuple[Candidate, dict[str, float]]], resolver: Resolver,
           fill_at: float = FILL_AT, trigger: Token | None = None,
           others: frozenset[int] = frozenset(), replace_by: float | None = None) -> dict[str, list[str]]:
    """{side: actors} for each side to change: for an empty side, the candidate most probable in that role, when
    it reaches fill_at, is not on the other side and is not `excluded`, with the actors coordinated with it; for a
    side the rules filled (when replace_by is given), that candidate when its probability exceeds the best of the
    rules' own actors' mentions by replace_by and the model takes the rules' actor for no participant at all."""
    out: dict[str, list[str]] = {}
    for side in ("source", "target"):
        current = getattr(event, side)
        if current and replace_by is None:
            continue
        own = max((p for c, p in scores if c.actor in current), key=lambda p: p[side], default=None)
        if current and (own is None or max(own, key=own.get) != "none"):
            continue  # the rules' actor is named outside the sentence (a pronoun's antecedent, an implicit agent),
            # or the model takes it for a participant too (in another role: a construction it does not know)
        if current and side == "source" and trigger is not None and is_subject(trigger, current, resolver):
            continue
        if current and side == "target" and trigger is not None and is_undergoer(trigger, current, resolver):
            continue
        ruled = own[side] if own else 0.0
        taken = set(event.source) | set(event.target) | {a for actors in out.values() for a in actors}
        # a target the trigger names as its own object is replaced only by another mention of the trigger's phrase;
        # an empty target of a clause's act done to a thing is filled only from inside the clause (`thing_object`)
        # an empty target of a feeling is filled only from what it is felt at ("was disappointed by the ruling"), and
        # one of a state's measure told by a participle only from the participle's phrase ("U.S. sanctions imposed
        # on electronic goods": not the leaders the sentence names elsewhere)
        inside = {t.i for t in trigger.subtree} if side == "target" and trigger is not None and (
            (current and is_own_object(trigger, current, resolver))
            or (not current and (thing_object(trigger, event.type, resolver) or event.mode in FELT
                                 or measure_imposer(trigger, resolver)))) else None
        pool = [(c, p[side]) for c, p in scores if c.actor not in taken
                and not excluded(c, side, event, resolver, trigger, others)
                and not (current and trigger is not None and is_speaker(c, trigger, resolver, told=True))
                and (inside is None or c.anchor.i in inside)]
        best = max(pool, key=lambda cp: cp[1], default=None)
        if best is None or best[1] < fill_at or (current and best[1] - ruled < replace_by):
            continue
        cand = best[0]
        out[side] = [cand.actor] + [a for a in resolver.many(cand.anchor) if a not in taken and a != cand.actor]
    return out


def complete(doc: Doc, events: list[Event], model: RoleModel, resolver: Resolver) -> None:
    """Fill the empty sides of a doc's events; actors the candidates' look-up registered and no event uses are
    taken back out of doc._.actors."""
    actors = doc._.actors if doc._.actors is not None else {}
    before = set(actors)
    triggers = frozenset(t.i for e in events if (t := trigger_token(doc, e)) is not None)
    for event in events:
        fill(doc, event, model, resolver, others=triggers)
    used = {a for e in events for a in e.source + e.target}
    for ident in set(actors) - before - used:
        del actors[ident]
