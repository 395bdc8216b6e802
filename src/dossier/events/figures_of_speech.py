"""Verbs of an act used as figures of speech (data/figures_of_speech.yaml).

A blow struck at no one ("the phone hit the market", "the index hit a record high", "their dream shattered") and a
coming or going that is no trip ("came to power", "came to terms", "the sedan will go on sale in France", "the
payloads going to the Moon", "the protests led to arrests", "the planes returned to base") name no act of one actor
on another: the verbs keep their sense only as a figure. So do an act whose doer is the weather or a disease ("the
wind helped the firefighters", "heavy rain forced the mayor to cancel the parade") and a title held in sport
("against the defending champions"). The rules drop such triggers (`figurative_blow`, `act_of_nature` and
`title_held` from `no_event.no_event`, `no_trip` from `Coder._event`, which has the actors' resolver).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from dossier.data_files import load_word_lists
from dossier.events.actors import RELATIVE, active_subjects, relative_head
from dossier.events.goods import goods_put_out, word_forms as _word
from dossier.events.patterns import Entry, load_lexicon
from dossier.events.roles.doers import subject_tokens

_THINGS = frozenset({"it", "this", "that", "these", "those", "what", "same"})  # pronouns of a thing ("the same goes")
_DESTINATION_PREPS = frozenset({"to", "into", "in", "on", "onto", "toward", "towards"})
_COMPLEMENTS = frozenset({"acomp", "oprd", "advmod", "attr"})  # "went live", "gone awry", "went public"


@lru_cache(maxsize=1)
def figures() -> dict[str, frozenset[str]]:
    """The word lists of data/figures_of_speech.yaml."""
    return load_word_lists(Path(__file__).parent / "data" / "figures_of_speech.yaml")


def figure_of_speech(verb: Token, entry: Entry, resolver) -> bool:
    """A trigger these rules (and `goods.goods_put_out`) drop: the type model makes no act of its verb either (a
    sentence whose only candidate was "the phone hit the market" is not given an event on "hit")."""
    return figurative_blow(verb, entry) or no_trip(verb, entry, resolver) or goods_put_out(verb, entry, resolver) \
        or act_of_nature(verb, entry) or title_held(verb)


def act_of_nature(verb: Token, entry: Entry) -> bool:
    """A verb of any act whose doers are all a disease, a disaster or the weather (lexicon `natural_causes`,
    `forces_of_nature` here), as its own subject, through a relative pronoun or as a passive's agent: "the wind has helped the
    firefighters", "heavy rain forced the mayor to cancel the parade", "a storm that cut off the villages". Nobody
    acts; what people do about it is coded where it is told. Not a name ("the Heat beat the Celtics"), nor a doer
    that is a person or a force ("police forced the crowd back")."""
    if entry.pos != "verb":
        return False
    causes = load_lexicon().natural_causes | figures()["forces_of_nature"]
    # its own subject or agent only: "the outbreak forced Kenya to ban imports" leaves the ban Kenya's
    doers = active_subjects(verb)
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # "deep snow slowed and helped the army": the subject the verbs share; so too a past verb of a list with no
    # subject of its own, which the parser hung on the verb before it ("the gale sank two boats, drowned six and
    # injured ten"; not a present participle: "a fire started by rioters gutted the station, killing three" is
    # left to the harm rules, which read who set the fire)
    if not doers and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ in ("VBN", "VBD"))):
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool(doers) and all(bool(_nature_words(d) & causes) for d in doers)


def nature_doer(doer: Token) -> bool:
    """The word names a disease, a disaster or the weather (`act_of_nature`'s doers: "heavy rain", "the storm")."""
    return bool(_nature_words(doer) & (load_lexicon().natural_causes | figures()["forces_of_nature"]))


def _nature_words(doer: Token) -> set[str]:
    """The doer's words that may name a force of nature: a common noun's own ("the wind", "heavy rain", a plural
    opening the sentence that the tagger took for a place for its capital: "Hailstorms killed two"), or a named
    storm's kind ("Hurricane Ian", "Typhoon Haiyan"); not a body named after one ("the state fire agency", "the
    flood control board" act)."""
    if doer.pos_ == "NOUN":  # (a name written small is no force of nature: "the Heat" as a team)
        named = doer.ent_type_ in ("ORG", "GPE", "NORP", "FAC") and not (doer.is_sent_start and doer.tag_ == "NNS")
        return set() if named else _word(doer)
    if doer.pos_ == "PROPN":
        return {w for c in doer.children if c.dep_ == "compound" for w in _word(c)}
    return set()


def title_held(verb: Token) -> bool:
    """"Defending" before a title's holder (`title_holders`: "against the defending champions", "the defending
    world champion"): the one who holds a sporting title, no defence of anyone ("defending the border", "defending
    the minister's record" stay acts)."""
    if verb.lemma_.lower() != "defend" or verb.tag_ != "VBG":
        return False
    holders = figures()["title_holders"]
    return any(_word(t) & holders for t in verb.doc[verb.i + 1: verb.i + 3])


def figurative_blow(verb: Token, entry: Entry) -> bool:
    """A verb of attack or of destruction whose object names nothing one strikes (lexicon `blow_objects`: "hit the
    market", "hit a record high", "hit the headlines", "ruined his career", "it will destroy our right to
    broadcast"), or told of such a noun with no object and no agent (`blow_subjects`: "their dream shattered", "his
    hopes were crushed"). "Hit the convoy", "struck the town", "crushed the rebellion", "the village was shelled",
    "destroyed the house" stay acts."""
    if entry.pos != "verb" or not (entry.type == "ASSAULT"
                                   or (entry.type == "COERCE" and verb.lemma_.lower() in figures()["destruction_verbs"])):
        return False
    words = figures()
    objects = _object_of(verb)
    if objects:
        return all(_word(o) & words["blow_objects"] or _bare_outlet(o, words["blow_outlets"]) for o in objects)
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    told_of = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(told_of) and all(_word(s) & words["blow_subjects"] for s in told_of)


def _object_of(verb: Token) -> list[Token]:
    """The verb's objects; in a relative clause, the noun it describes where that is what the verb is done to (a
    relative pronoun as its object, "the hurdles that we could not overcome", or none at all beside a subject of its
    own, "there is no obstacle Israel cannot overcome"; not "the troops who hit the town", whose noun is the doer)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return objects
    if objects and all(o.lower_ in RELATIVE for o in objects):
        return [verb.head]
    if not objects and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children) \
            and not any(c.dep_ in ("prep", "agent", "ccomp", "xcomp") for c in verb.children):
        return [verb.head]
    return objects


def _bare_outlet(obj: Token, outlets: frozenset[str]) -> bool:
    """"the market", "the stores": an outlet named bare after "the", with no other word on it ("hit the market";
    not "a market in Kharkiv", "the fish market")."""
    return bool(_word(obj) & outlets) and [c.lower_ for c in obj.children] == ["the"]


def no_trip(verb: Token, entry: Entry, resolver) -> bool:
    """A verb of coming and going (lexicon `going_verbs`) coded as a trip (a visit, CAMEO 042, or any consultation
    a dictionary gives a going verb; a move of forces, MOBILIZE) that tells none: what goes is a thing no actor owns (`_thing_goes`: "the sedan will go on sale in
    France", "slaughter is coming to the city"), or where it goes is a state or an outcome (`journey_idioms`: "came
    to power", "came to terms", "went in search of", "came in light of", "went live"), or the verb tells an
    outcome (`leads_to`: "the assaults led to lawsuits"). "The minister flew to Beijing", "a delegation arrived in
    Seoul", "refugees returned to Syria" stay trips."""
    if entry.pos != "verb" or not (entry.cameo.startswith("04") or entry.type == "MOBILIZE"):  # 040 too: "flew" as a meeting
        return False
    words = figures()
    if not _word(verb) & words["going_verbs"]:
        return False
    return _to_no_place(verb, words["journey_idioms"]) or _home_again(verb, words["home_grounds"]) \
        or _thing_goes(verb, resolver, words["travellers"]) or leads_to(verb, words["outcome_verbs"])


def leads_to(verb: Token, outcome_verbs: frozenset[str]) -> bool:
    """A verb of `outcome_verbs` with no object of its own and "to" after it tells a cause and its outcome ("the
    assaults have led to lawsuits", "the tool leads to better results"); "led a delegation to Beijing" has an
    object, and leads it somewhere."""
    if not _word(verb) & outcome_verbs or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i for c in verb.children)


def _home_again(verb: Token, grounds: frozenset[str]) -> bool:
    """Where the verb goes is the goer's own ground (`home_grounds`): "returned safely to base", "flew home", "went
    back to their barracks" (owned by a pronoun or by nobody named); "flew to Russia's base in Syria", "the Guam
    base" name a place of an actor."""
    if any(c.dep_ in _COMPLEMENTS and c.lower_ in grounds for c in verb.children):  # "flew home"
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back")]  # "went back to"
    preps = [c for h in heads for c in h.children if c.dep_ in ("prep", "prt") and c.lower_ in _DESTINATION_PREPS
             and c.i > verb.i and any(g.dep_ == "pobj" for g in c.children)]
    if not preps:
        return False
    first = min(preps, key=lambda c: c.i)  # the first phrase of destination decides
    return any(g.dep_ == "pobj" and g.lower_ in grounds and not g.ent_type_
               and not any(c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
                           for c in g.children)
               for g in first.children)


def _to_no_place(verb: Token, idioms: frozenset[str]) -> bool:
    """Where the verb goes is an idiom's noun, not a place: "came to power", "came in light of", "went on sale",
    "went live", "went back in time" (the first phrase of destination after the verb decides: "flew to Lima in
    search of a deal" is a trip to Lima; a phrase set before the verb tells no destination: "In addition to its
    frigates, the navy sent two destroyers to the strait"); through a word of measure ("return to some version of
    normalcy")."""
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and _word(c) & idioms:
            return True
    first = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in _DESTINATION_PREPS
                  and c.i > verb.i and any(g.dep_ == "pobj" for g in c.children)), None)
    if first is None:
        return False
    return any(g.dep_ == "pobj" and not g.ent_type_ and _word(_through_a_measure(g)) & idioms
               and not any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in g.children)
               for g in first.children)


def _through_a_measure(noun: Token) -> Token:
    """The noun a word of measure or kind stands before ("some version of normalcy", "a semblance of normality"),
    else the noun itself."""
    if noun.lemma_.lower() not in figures()["measure_nouns"]:
        return noun
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), noun)


def _thing_goes(verb: Token, resolver, travellers: frozenset[str]) -> bool:
    """What comes or goes is a thing: a common noun outside any name that is no traveller (`travellers`: a
    delegation, a convoy, troops; the lexicon's crowd nouns: students, workers) and names no actor the resolver
    knows but its owner (`_owned`), or a pronoun of a thing ("it comes in addition to")."""
    doers = []
    for d in subject_tokens(verb):
        if d.lower_ in RELATIVE and d.dep_ in ("nsubj", "nsubjpass"):
            d = relative_head(d.head)
        doers.append(d)
    if not doers and verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):  # "the payloads going to the Moon",
        doers = [verb.head]  # "cattle (being) returned from Argentina": what goes is the noun the verb is on
    if not doers:
        return False
    people = travellers | load_lexicon().crowd_nouns
    for d in doers:
        if d.lower_ in _THINGS and not d.ent_type_:
            continue
        if d.pos_ != "NOUN" or d.ent_type_ or _word(d) & people:
            return False
        if resolver.one(d) is not None and not _owned(d):
            return False
    return True


def _owned(thing: Token) -> bool:
    """A thing the resolver reads as its owner's ("the new Korean tablet", "the Russian payloads"): a nationality or
    a place's name on it, which makes an actor of the owner, not of the thing that travels."""
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") for c in thing.children)
