"""A protest's kind by who protests: a state's protest is a complaint made officially (CAMEO 114, ACCUSE), a crowd's
a demonstration (CAMEO 141, PROTEST), whichever of the two entries' words tells it; and the demand a protest makes,
which is told as the protest.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.actors import Resolver, relative_head
from dossier.events.noun_acts import lemma
from dossier.events.patterns import Entry, Lexicon
from dossier.events.roles.doers import subject_tokens

# The CAMEO sectors of an actor that speaks for its state (`speaks_for_a_state`): its government.
_STATE_SECTORS = frozenset({"GOV"})
# The CAMEO sectors of a crowd (`is_a_crowd`): civilians, students, workers, farmers, refugees.
_CROWD_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "REF"})


def protest_kind(kind: tuple[str, str, str], tok: Token, entry: Entry, source: list[str], answered: list[str],
                 lender: Token | None, actors: dict, resolver: Resolver, lex: Lexicon) -> tuple[str, str, str]:
    """The (type, mode, CAMEO code) of an act given `kind` by its entry, where it is a protest: "Beijing protested
    against the visit", "the move drew protests from Moscow" (`answered`: the actors a reaction comes from) are a
    state's complaint, no demonstration, unless a crowd is named doing it (`crowd_named`; `lender`: the light verb
    of a noun) or a noun's place or people modifier names where or who protests ("Iranian protests": crowds there);
    "students protested the new quota rules", the complaint entry's verb done by a crowd, is a demonstration (as
    "students protested against the rules" is). A rally, a march or a vigil (lexicon: crowd_events) stays a
    demonstration whoever holds it ("the government held rallies daily")."""
    ptype, mode, code = kind
    if ptype == "PROTEST" and mode == "demo" and source and lemma(tok) not in lex.crowd_events \
            and all(speaks_for_a_state(s, actors, s in answered) for s in source) \
            and not crowd_named(tok, entry, lender, lex) \
            and not (entry.pos == "noun" and set(source) & {
                i for c in tok.children if c.dep_ in ("compound", "amod", "nmod") for i in resolver.many(c)}):
        return "ACCUSE", "complain", "114"
    if ptype in ("ASSAULT", "COERCE") and entry.pos == "verb" and riot_by_crowd(tok, lex):
        return "PROTEST", "riot", "145"
    if ptype == "ACCUSE" and code == "114" and entry.pos == "verb" and lemma(tok) == "protest" and source \
            and (all(is_a_crowd(s, actors) for s in source) or crowd_protests(tok, lex)):
        return "PROTEST", "demo", "141"
    return kind


def riot_by_crowd(verb: Token, lex: Lexicon) -> bool:
    """An act of force (lexicon: riot_verbs) done by a crowd in the street (lexicon: rioting_crowds), or by people
    a participle names as protesting: a riot, PLOVER PROTEST riot, CAMEO 145 ("students stormed the ministry",
    "villagers protesting against the dam torched a truck"). "Set" is one only when it sets on fire ("set the
    depot ablaze"); police, troops or gunmen who attack stay the assault their entry codes."""
    if lemma(verb) not in lex.riot_verbs or (lemma(verb) == "set" and not _sets_fire(verb)):
        return False
    doers = list(subject_tokens(verb))
    if not doers and verb.dep_ == "xcomp":  # "demonstrators tried to storm the parliament"
        doers = list(subject_tokens(verb.head))
    doers += [g for d in doers for c in d.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]  # "hundreds of students"
    return any(lemma(d) in lex.rioting_crowds or d.lower_ in lex.rioting_crowds
               or any(c.dep_ in ("acl", "relcl") and c.lemma_ in lex.protesting_verbs
                      for c in d.children) for d in doers)


def _sets_fire(verb: Token) -> bool:
    """The verb "set" sets something on fire: "set the bank on fire", "set light to cars", "set a bus ablaze"."""
    return any(w.lower_ in ("fire", "light", "ablaze", "alight", "afire") for w in verb.subtree)


def crowd_named(tok: Token, entry: Entry, lender: Token | None, lex: Lexicon) -> bool:
    """The doer of a protest is named by a noun of a crowd (lexicon: crowd_nouns): the subject of the verb or of
    the light verb of the noun ("Kenyan dock workers went on strike", "students staged a protest"), the noun's
    owner or "by" phrase ("protests by Chinese students"), though a state's word resolves it to the state."""
    doers = list(subject_tokens(tok)) if entry.pos == "verb" else list(subject_tokens(lender)) if lender else []
    if entry.pos == "noun":
        doers += [c for c in tok.children if c.dep_ == "poss"]
        doers += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                  if g.dep_ == "pobj"]
    return any(lemma(d) in lex.crowd_nouns or d.lower_ in lex.crowd_nouns for d in doers)


def crowd_protests(verb: Token, lex: Lexicon) -> bool:
    """The verb "protest" done by a noun of a crowd (lexicon: crowd_nouns) that names its doers as protesters,
    whatever the actors stage made of them ("the protesters", "opposition demonstrators" read as a party's
    side): its subject, the noun a relative clause or a participle is about ("troops clashed with demonstrators
    who were protesting the vote", "marchers protesting the fees blocked the road")."""
    doers = [relative_head(verb) if d.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else d
             for d in subject_tokens(verb)]
    if not doers and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        doers = [verb.head]
    return any(lemma(d) in lex.crowd_nouns or d.lower_ in lex.crowd_nouns for d in doers)


def speaks_for_a_state(ident: str, actors: dict, answering: bool = False) -> bool:
    """An actor that speaks for a state: a state, an international body, a government, a ministry or an office of
    one (a sector agent only of the government's, `_STATE_SECTORS`: "police officers protested over pay" are
    workers), or a person who holds a government office (a CAMEO code of the government sector); `answering`: the
    actor a reaction comes "from", where a city of a country is its seat of government ("drew protests from
    Moscow")."""
    entity = actors.get(ident)
    if entity is None:
        return False
    code = entity.cameo or ""
    if answering and entity.kind == "place" and entity.country:
        return True
    if entity.kind == "person":
        return code[3:6] in _STATE_SECTORS
    if entity.kind not in ("government", "igo"):
        return False
    return not ident.startswith("agent:") or code[3:6] in _STATE_SECTORS


def is_a_crowd(ident: str, actors: dict) -> bool:
    """A group of people of a crowd's sector (`_CROWD_SECTORS`): "thousands of people", "students", "farmers"."""
    entity = actors.get(ident)
    return entity is not None and entity.kind == "group" and (entity.cameo or "")[3:6] in _CROWD_SECTORS


def protest_demanding(verb: Token, protests: dict[int, Entry], lex: Lexicon) -> Token | None:
    """The protest whose demand a verb of asking tells (`protests`: the sentence's protest triggers by position),
    or None: a participle, an infinitive or a relative clause hung on the protest's noun or verb ("a march
    demanding his release", "rallied to press for new polls"), on a word of the protest verb's phrase where the
    parser hangs it ("marched to the embassy calling for…"), or on the verb whose object or "in" phrase the
    protest's noun is ("held a sit-in calling for higher pay", "took part in a rally demanding…"). The PLOVER
    codebook codes the demonstration, whose topic the demand is, not a request of its own."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl", "advcl", "xcomp", "relcl"):
        return None
    host = verb.head
    while host.i not in protests and host.dep_ in ("pobj", "prep") and host.head.i != host.i:
        host = host.head  # "marched to the embassy calling for…": the parser's participle on the embassy
    if host.i in protests:
        return host
    if host.pos_ in ("VERB", "AUX"):
        return next((host.doc[i] for i in protests if _held_by(host.doc[i], host)), None)
    return None


def _held_by(noun: Token, verb: Token) -> bool:
    """The protest's noun is the verb's object or the object of its "in", "at" or "during" phrase ("held a rally",
    "took part in a march", "spoke at a vigil")."""
    if noun.dep_ in ("dobj", "obj"):
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "at", "during") and noun.head.head.i == verb.i
