"""Words and mentions that name no party to an act (data/no_party.yaml): the press, reporting verbs, places of a
region ("a tour of European capitals", "Asian markets"), the venue that names a meeting or an accord ("the Nairobi
accord"), the audience a statement is told to ("told reporters", "told parliament")."""

from __future__ import annotations

from functools import cache
from pathlib import Path


from spacy.tokens import Token

from dossier.data_files import load_yaml
from dossier.events.actors import Resolver, naming_nouns, relative_head
from dossier.events.status import finite
from dossier.model import Entity

_NO_PARTY = Path(__file__).parent / "data" / "no_party.yaml"
_PLACE_MODIFIERS = frozenset({"amod", "compound", "nmod"})
_REGION_LABELS = frozenset({"NORP", "LOC"})  # a people or a region; not a body (ORG), whose markets are its own


@cache
def no_party_words() -> dict[str, frozenset[str]]:
    """data/no_party.yaml: {"press": nouns of the press, "quoting": reporting verbs whose passive subject speaks,
    "made": participles of making, "companions": participles of going with, "places": nouns of places}."""
    data = load_yaml(_NO_PARTY)
    return {key: frozenset(words) for key, words in data.items()}


@cache
def place_nouns() -> frozenset[str]:
    """data/no_party.yaml `places`: plural nouns of places and markets (lemmas)."""
    return frozenset(w.lower() for w in no_party_words()["places"])


def _place_set(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.lower() in place_nouns()


def region_places(tok: Token, resolver: Resolver) -> bool:
    """The mention, or the plural noun of places it qualifies, is a set of places of a region whose only actor is a
    demonym or a name that gives no country ("a tour of European capitals", "Asian markets", "Gulf ports"): places
    somewhere, no party to any act. A state's demonym makes them the state's and a party ("Japanese markets"), and
    a plural noun of states or people is not a place ("Arab states", "European leaders"); data/no_party.yaml
    `places`."""
    head = tok if _place_set(tok) else tok.head if tok.dep_ in _PLACE_MODIFIERS and _place_set(tok.head) else None
    if head is None or any(c.dep_ == "prep" for c in head.children if c.lower_ == "of"):
        return False  # "markets of Kenya and Uganda": the states named
    actor = resolver.one(head)
    entity = (resolver.doc._.actors or {}).get(actor) if actor else None
    return entity is not None and not entity.country and entity.type in _REGION_LABELS


def through_places(tok: Token, resolver: Resolver) -> bool:
    """The mention's actor is only that of a region's places inside its own phrase (`region_places`): "European
    capitals", and a noun that takes its actor from them ("the opening leg of a tour of European capitals": leg)."""
    actor = resolver.one(tok)
    return actor is not None and any(
        (_place_set(t) or _place_set(t.head)) and region_places(t, resolver) and resolver.one(t) == actor
        for t in tok.subtree)


_VENUE_MODIFIERS = frozenset({"compound", "nmod"})
# A city or region may come as a place, a name of unknown kind, or a people the tagger took it for ("Mombasa").
_VENUE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "NAME"})
_VENUE_KINDS = frozenset({None, "place", "group", "other"})


def _venue_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in no_party_words()["venues"]


def _venue_names(tok: Token) -> list[Token]:
    """The names that qualify the word as a meeting's or an accord's place: the word's own names before it, when it
    is a noun of `venues` ("the Nairobi accord"), or the word itself, when it is such a name or follows such a noun's
    "of" ("the Treaty of Mombasa"); a name before the nouns that tell the meeting's subject qualifies it too ("at
    the Geneva fishing quota talks": `_over_subject_nouns`)."""
    if _venue_noun(tok):
        return [c for c in tok.children if c.dep_ in _VENUE_MODIFIERS and c.pos_ == "PROPN"]
    if tok.dep_ == "compound" and tok.is_lower and _venue_noun(_over_subject_nouns(tok)):
        return [c for c in tok.children if c.dep_ in _VENUE_MODIFIERS and c.pos_ == "PROPN"]  # "Geneva" of "control"
    if tok.pos_ != "PROPN":
        return []
    if tok.dep_ in _VENUE_MODIFIERS and _venue_noun(_over_subject_nouns(tok.head)):
        return [tok]
    prep = tok.head
    return [tok] if tok.dep_ == "pobj" and prep.lower_ == "of" and _venue_noun(prep.head) else []


def _over_subject_nouns(word: Token) -> Token:
    """The noun a chain of compounded words in lower case leads to ("fishing quota talks" from "quota"; the
    tagger may take such a word for a name), or the word."""
    while word.dep_ == "compound" and word.is_lower and word.head.i > word.i:
        word = word.head
    return word


def apposed_to(tok: Token, actors: list[str], resolver: Resolver) -> bool:
    """The mention stands in apposition to a mention of one of `actors` ("Saxony's CDU premier, Hans Berger": Berger,
    apposed to the premier whose party is the source): the same person told twice, no other party. A person's name
    only: a noun in apposition ("denounced as a crime Serbia's suppression of…") may be another party; but a word
    set in apposition after a person's name tells who the person is ("Rep. Sam Graves, the Missouri Republican": the
    congressman, not his party)."""
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.head.i < tok.i \
            and any(a in actors for a in resolver.many(tok.head)):
        return True
    if tok.ent_type_ != "PERSON":
        return False
    others = ([tok.head] if tok.dep_ == "appos" else []) + [c for c in tok.children if c.dep_ == "appos"]
    return any(a in actors for o in others for a in resolver.many(o))


def short_name(tok: Token, actors: list[str], resolver: Resolver) -> bool:
    """The mention is a name set in brackets after a name of one of `actors`, or that name after its short one
    ("the Democratic Liberation Front (DLF)"): the same party under its initials, which the actors stage may not
    have joined to it, never the other party of that actor's act."""
    brackets = tok.i > 0 and tok.doc[tok.i - 1].text in ("(", "[")
    if tok.dep_ == "appos" and tok.pos_ == "PROPN" and brackets and tok.head.i < tok.i:
        return any(a in actors for a in resolver.many(tok.head))
    shorts = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i
              and tok.doc[c.i - 1].text in ("(", "[")]
    return any(a in actors for c in shorts for a in resolver.many(c))


# How a name hangs inside the noun phrase of the one an act is told "according to": the phrase's noun, its conjuncts
# and their modifiers ("according to Peru's central bank and the finance ministry").
_TELLER_DEPS = frozenset({"pobj", "conj", "cc", "poss", "compound", "amod", "nmod", "appos"})


def _teller_s_place(word: Token) -> bool:
    """An "in" or "at" phrase of a place on a noun ("officials in Oslo"): where the one so named is."""
    return word.dep_ == "prep" and word.lower_ in ("in", "at") and word.head.pos_ in ("NOUN", "PROPN") \
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in word.children)


def in_attribution(tok: Token) -> bool:
    """The mention lies in an "according to" phrase ("according to the state oil firm, the rebels bombed two
    pipelines", "according to officials in Oslo": where the teller is, too), or is the name set between commas right
    after it that the parser hung elsewhere ("according to the state oil firm, Petrocorp, the rebels…"): who tells
    of the act, neither its doer nor whom it is done to. Not a name inside a phrase of its own there ("according to
    delegates to the bank's meeting": the bank meets)."""
    word = tok
    while (word.dep_ in _TELLER_DEPS or _teller_s_place(word)) and word.head.i != word.i:  # the teller's noun
        word = word.head  # phrase, not a phrase inside it ("according to delegates to the bank's meeting": the
        # meeting is the bank's), but for where the teller is ("according to officials in Oslo")
    if word.lower_ == "to" and word.dep_ == "prep" and word.head.lower_ == "according" \
            and word.i == word.head.i + 1:  # not a later "to" the parser hung there ("… and delegates to X")
        return True
    doc = tok.doc
    for according in (w for w in tok.sent if w.lower_ == "according" and w.i < tok.i):
        end = according.right_edge.i
        if end + 2 <= tok.i and doc[end + 1].text == "," and all(
                not w.is_punct for w in doc[end + 2:tok.i + 1]) and tok.i + 1 < len(doc) \
                and doc[tok.i + 1].text == ",":
            return True
    return False


def in_doer_description(tok: Token, trigger: Token, actors: list[str], resolver: Resolver) -> bool:
    """The mention is inside a noun phrase set in apposition to a mention of one of `actors`, away from the trigger
    ("Belgium, the current holder of the EC presidency, is ready to drop the plan", "Kenya, a member of the OAU,
    rejected…"): it tells who the doer is, not whom the act is done to. A common noun's phrase only: a name set
    beside a noun is a party ("the consumer country the United States and producer Brazil failed to agree", the
    parser hanging both names on "country")."""
    for appos in [tok, *tok.ancestors]:
        if appos.dep_ == "appos" and appos.pos_ == "NOUN" and trigger.i not in {t.i for t in appos.subtree} \
                and any(a in actors for a in resolver.many(appos.head)):
            return True
        if appos.dep_ == "conj":  # "the consumer country the United States and producer Brazil failed to agree":
            return False  # a party joined to the one set beside the noun, not a word of its description
    return False


# Prepositions by which a noun of people tells what they deal with ("investigators into the X affair", "experts on
# Y", "the committee over the Z scandal").
_MATTER_PREPS = frozenset({"into", "on", "about", "over"})


def in_doers_matter(tok: Token, trigger: Token) -> bool:
    """The mention is in the phrase by which the common noun of the trigger's subject tells what its doers deal with
    ("the committees' investigators into the Chile loans scandal agreed to call witnesses": Chile is what they
    investigate, no party to their accord). Not an "of" or "from" phrase, which names whose they are ("officials of
    X")."""
    for subject in (c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in _MATTER_PREPS and tok.i in {t.i for t in prep.subtree}:
                return True
    return False


def owner_of_the_doers(tok: Token, trigger: Token) -> bool:
    """The mention is the noun a relative clause of the trigger is about, where the clause's doers are owned by
    "whose" ("the Third Corps, whose troops repelled the attack", "Kenya, whose soldiers shelled the camp"): the
    owner of those who act, never what they act on."""
    verb = trigger
    while verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(s.dep_ in ("nsubj", "nsubjpass") and any(
            p.dep_ == "poss" and p.lower_ == "whose" for p in s.children) for s in verb.children):
        return False
    return tok.i == relative_head(verb).i


def describes_the_teller(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention lies in a relative clause, a participle or an apposition that describes the subject of a verb of
    saying above the trigger ("Ferris, who advises cabinet aides, said whether X would sign…",
    "the envoy, fresh from talks with Y, said Z would…"): who the teller is, no party to the act told."""
    for verb in trigger.ancestors:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in resolver.reporting_verbs:
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for part in subject.children:
                if part.dep_ in ("relcl", "acl", "appos") and \
                        part.left_edge.i <= tok.i <= part.right_edge.i and tok.i != part.i:
                    return not part.left_edge.i <= trigger.i <= part.right_edge.i
    return False


def named_accord(tok: Token) -> Token | None:
    """The noun of a meeting or an accord (data/no_party.yaml `venues`) that the name only qualifies ("the Louvre
    accord", "the Treaty of Mombasa"), whatever the name's kind, or that noun itself where a name qualifies it;
    None for another word."""
    if not _venue_names(tok):
        return None
    if _venue_noun(tok):
        return tok
    return tok.head if tok.dep_ in _VENUE_MODIFIERS else tok.head.head


def venue_named(tok: Token, resolver: Resolver) -> bool:
    """The mention's actor is only that of a city or region whose name qualifies a noun of a meeting or an accord
    ("the Nairobi accord", "since the Mombasa meeting", "the Treaty of Mombasa"; data/no_party.yaml `venues`): the
    mention is the noun, or the name. That place is where the meeting was held or the accord made, no party to it
    nor to what is done about it. A state ("the Iran talks"), a body or a person ("the Baker plan") so named stays a
    party, and so does an adjective ("the European summit")."""
    names = _venue_names(tok)
    actor = resolver.one(tok)
    if actor is None or not any(resolver.one(n) == actor for n in names):
        return False
    entity = (resolver.doc._.actors or {}).get(actor)
    if entity is None or entity.type not in _VENUE_LABELS or entity.kind not in _VENUE_KINDS:
        return False  # a state or a state's body ("the Washington talks" where Washington stands for its state)
    return entity.type != "NORP" or not entity.country  # a people with a country is a nationality ("Soviet")


def a_street(tok: Token, resolver: Resolver) -> bool:
    """The mention is a street ("Colfax Avenue", a name no dictionary knows that ends in a noun of
    data/no_party.yaml `streets`), or a city or region named only as the place a street lies in, or that street's
    noun ("walking down Denver's Colfax Avenue", "on a busy Denver street"): where something happened, no party to
    it. A state stays (its kind is a government's), and so does a known name ("Wall Street")."""
    words = no_party_words()["streets"]
    actor = resolver.one(tok)
    entity = (resolver.doc._.actors or {}).get(actor or "")
    if entity is None or entity.kind != "place":
        return False
    if entity.id.startswith("unk:") and (entity.name.lower().split() or [""])[-1] in words:
        return True
    street = tok if tok.lower_ in words else tok.head if tok.dep_ in ("poss", "compound", "nmod") else None
    return street is not None and street.lower_ in words and resolver.map.get(street.i) != actor


def names_no_party(tok: Token, resolver: Resolver) -> bool:
    """The mention names no party to any act of its sentence: the places of a region (`through_places`), the venue
    of a meeting or an accord (`venue_named`), the street or the city it lies in (`a_street`) or the city a
    broadcast was heard in (`listening_post`), the one an act is told "according to" (`in_attribution`), the one
    whose word for a thing a gloss gives (`namer_of_a_word`), a city on a route or where one is based
    (`route_or_base`)."""
    return through_places(tok, resolver) or venue_named(tok, resolver) or a_street(tok, resolver) \
        or listening_post(tok) or in_attribution(tok) or namer_of_a_word(tok) or route_or_base(tok, resolver)


def route_or_base(tok: Token, resolver: Resolver) -> bool:
    """The mention is a city or region named only as a stop on a route or as where one is based (data/no_party.yaml
    `routes`, `bases`: "flights to Lisbon via Dakar", "a Leeds-based builder signed a contract with Chile"): a place
    passed through or the seat of whoever acts, no party. A state stays (its kind is a government's)."""
    entity = (resolver.doc._.actors or {}).get(resolver.one(tok) or "")
    if entity is None or entity.kind != "place":
        return False
    words = no_party_words()
    if tok.dep_ == "appos" and resolver.one(tok.head) is not None:
        tok = tok.head  # "via Gander, Newfoundland": the region that tells where the city lies
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ in words["routes"]) or (
        tok.dep_ in ("npadvmod", "compound", "amod") and head.lower_ in words["bases"] and head.i > tok.i)


def namer_of_a_word(tok: Token) -> bool:
    """The mention owns, or is the "by" phrase of, a noun of naming set in apposition to a thing ("two naval targets
    -- Baghdad's usual term for tankers --", "the strip, a name used by Kenya for the zone"; events/data/lexicon.yaml
    `naming_nouns`): the one who calls the thing so, no party to what is done to it; nor is the gloss's noun, which
    takes its actor from him."""
    node = tok
    while node.dep_ in ("compound", "flat", "amod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "appos" and node.pos_ == "NOUN":
        noun = node
    elif node.dep_ == "poss":
        noun = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "by":
        noun = node.head.head
        if noun.dep_ == "acl" and noun.tag_ == "VBN":  # "a name used by Kenya": the participle's noun
            noun = noun.head
    else:
        return False
    return noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.lemma_.lower() in naming_nouns()


# How a mention hangs inside the phrase of a participle of hearing or quoting: "the BBC in London", "the daily X"
_HEARD_PHRASE_DEPS = frozenset({"pobj", "prep", "compound", "amod", "nmod", "poss", "appos", "conj", "punct"})


def listening_post(tok: Token) -> bool:
    """The mention is inside the phrase of a participle by which a report was heard or quoted (data/no_party.yaml
    `hearing`): the place or outlet a broadcast or wire was heard by or in, on the speaker ("Kyodo, monitored in Hong
    Kong, said…", "the rebels' radio, monitored by the BBC in London, said…"), or the "by" agent of a quoting verb
    with its "as" ("X was quoted by the daily Y in Cairo as saying…"): where or by whom the news was picked up, no
    party to what it tells. Not the agent of "cited" without "as" ("was cited by the UN for abuses": the UN cites)."""
    words = no_party_words()
    node = tok
    while node.head.i != node.i:
        head = node.head
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if node.dep_ == "agent" and lemma in words["quoting"] \
                    and any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children):
                return True
            return node.dep_ in ("prep", "agent") and head.dep_ == "acl" and lemma in words["hearing"] \
                and head.head.dep_ in ("nsubj", "nsubjpass")
        if node.dep_ not in _HEARD_PHRASE_DEPS:
            return False
        node = head
    return False


_STATE_LABELS = frozenset({"GPE", "LOC"})


def _points_from(tok: Token) -> bool:
    """The word is the place a "nearby" preposition, a compass word's "of" or a shore noun after either tells a
    place from ("off Kuwait", "east of Qatar", "off the Iranian coast", "off the coast of Iran")."""
    words = no_party_words()
    node = tok
    if node.dep_ in ("amod", "compound", "poss", "nmod") and node.head.lemma_.lower() in words["shores"]:
        node = node.head  # "the Iranian coast", "Iran's coast"
    elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in words["shores"]:
        node = node.head.head  # "the coast of Iran"
    if node.dep_ != "pobj":
        return False
    prep = node.head
    if prep.lower_ in words["nearby"]:
        return True
    return prep.lower_ == "of" and prep.head.lower_ in words["compass"]


def trip_origin(tok: Token) -> bool:
    """The mention is where a trip starts: the object of "from" on a verb of going (data/no_party.yaml `journeys`:
    "arrived in Moscow from Helsinki", "flew in from Rome"), the place left behind, no party to the visit; or where
    people were taken away from (`removals`: "deported from Arizona", "evacuated from the embassy")."""
    prep = tok.head
    words = no_party_words()
    return tok.dep_ == "pobj" and prep.lower_ == "from" and prep.head.pos_ in ("VERB", "AUX") \
        and prep.head.lemma_.lower() in words["journeys"] | words["removals"]


def is_state_itself(entity: Entity | None) -> bool:
    """The state as a whole (its own entry: a government whose CAMEO code is its country's), not a city or a body."""
    return (entity is not None and entity.kind == "government" and bool(entity.country)
            and entity.cameo == entity.country)


def reference_place(tok: Token, resolver: Resolver) -> bool:
    """The mention is a state, or a region of one, named only as the point from which the place of the act is told
    ("a tanker off the Iranian coast", "the Gulf east of Qatar", "a ship near Kuwait"; data/no_party.yaml
    `nearby`, `compass`, `shores`), or a place whose own phrase is told so ("the Gulf east of Qatar": the Gulf): what
    lies there is outside that state. Not a city ("targets east of Baghdad" lie in its state)."""
    entity = (resolver.doc._.actors or {}).get(resolver.one(tok) or "")
    if entity is None or entity.type not in _STATE_LABELS:
        return False
    if entity.type == "GPE" and not is_state_itself(entity):
        return False  # a city, or a state's body
    words = no_party_words()
    if tok.pos_ == "NOUN" and tok.lemma_.lower() not in words["shores"]:
        return False  # a thing the state's word qualifies ("near the Iraqi border", "east of Iran's port")
    return _points_from(tok) or any(_compass_of(w) for w in [*tok.children, *_name_end(tok)])


def across_border(tok: Token) -> bool:
    """The mention is the state across the border on which the act takes place ("gathered in the province, on the
    border with Afghanistan", "rallied near the frontier with Chile"; data/no_party.yaml `borders`, `on_borders`):
    where it happens, not who takes part."""
    words = no_party_words()
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    border = tok.head.head
    if border.dep_ != "pobj" or border.lemma_.lower() not in words["borders"]:
        return False
    prep = border.head
    return prep.lower_ in words["on_borders"] or (prep.lower_ == "to" and prep.head.lower_ == "close")


def _compass_of(word: Token) -> bool:
    """A compass word with its "of" phrase ("east of Qatar")."""
    return word.lower_ in no_party_words()["compass"] \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)


def _name_end(tok: Token) -> list[Token]:
    """The last word of the name the word is in, where it is not the word itself (the name the tagger ran into a
    compass word: "the Gulf east" of "the Gulf east of Qatar")."""
    if tok.ent_iob_ == "O":
        return []
    end = tok.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].ent_iob_ == "I":
        end += 1
    return [tok.doc[end]] if end != tok.i else []


def audience(tok: Token) -> bool:
    """The mention is the audience a statement is told to, not a party to what it says: the object of a verb of
    telling (data/no_party.yaml `telling`) headed by a noun of hearers (`audiences`: "told reporters", "told a news
    conference", "told the House of Commons", "told a meeting of bankers"), or a name inside that object ("the
    Euromoney conference"). "Told Iran it must withdraw", "told the envoy" keep their addressee. A "that" the parser
    made the relative pronoun of a clause on the audience ("told a meeting of bankers that X had agreed with Y",
    the "that" read as the object of "agreed") stands for that audience: it too is none."""
    words = no_party_words()
    node = tok
    if tok.lower_ == "that" and tok.head.dep_ == "relcl" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        node = tok.head.head  # the noun the clause hangs on
    while node.head.i != node.i and (node.dep_ in ("compound", "amod", "nmod", "poss") or (
            node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"))):
        node = node.head if node.dep_ != "pobj" else node.head.head  # "the Euromoney conference", "a meeting of
        # bankers": the phrase's head
    if node.dep_ not in ("dobj", "dative") or node.head.lemma_.lower() not in words["telling"]:
        return False
    if node.lemma_.lower() == "house":  # "told the House of Commons"; not "the White House"
        return any(c.lower_ == "of" for c in node.children) and not any(c.lower_ == "white" for c in node.children)
    return node.lemma_.lower() in words["audiences"] or node.lower_ in words["audiences"]


def told_of_another(tok: Token, trigger: Token, resolver: Resolver) -> bool:
    """The mention is the one told (the object of a verb of telling above the trigger, data/no_party.yaml
    `telling`: "X told Y that Z had promised more") where the trigger's own clause has a subject of its own that
    names another actor than the teller: Y hears of Z's act, and is no party to it. "Told Y that it would help him"
    (the teller's own act) and "told Y to withdraw" (no subject of its own: asked of Y) keep Y."""
    verb = tok.head
    if tok.dep_ not in ("dobj", "dative") or verb.lemma_.lower() not in no_party_words()["telling"] \
            or verb.i not in {a.i for a in trigger.ancestors}:
        return False
    clause = next((a for a in (trigger, *trigger.ancestors) if a.head.i == verb.i), None)
    if clause is None or clause.dep_ not in _TOLD_CLAUSES:
        return False
    node = trigger  # the nearest verb at or above the trigger, inside the told clause, that has a subject
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.i != clause.i:
        node = node.head
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = {a for s in subjects for a in resolver.many(s)}
    tellers = {a for c in verb.children if c.dep_ == "nsubj" for a in resolver.many(c)}
    told = set(resolver.many(tok))
    return bool(doers) and not doers & (tellers | told) \
        and not _countries(doers, resolver) & _countries(tellers | told, resolver)


# How the parser hangs what is told on the verb of telling: a reported clause, or a clause run into it after "and"
# ("told Y that the people deserve more, and Z promised more")
_TOLD_CLAUSES = frozenset({"ccomp", "conj"})


def _countries(actors: set[str], resolver: Resolver) -> set[str]:
    """The states of the actors ("the Kenyan minister" and "Kenya": one state)."""
    known = resolver.doc._.actors or {}
    return {e.country for a in actors if (e := known.get(a)) is not None and e.country}


_PLACED_PREPS = frozenset({"in", "at"})


def placed_elsewhere(tok: Token, trigger: Token, event_type: str, cameo: str | None, resolver: Resolver) -> bool:
    """The mention is a city or region (not a state) named after "in" or "at" on another word than the trigger ("a
    compromise offered in talks in Brussels", "a meeting to be held in Vienna", "a deal with X at a plant in
    Hanover"): where a meeting, a thing or a party is, not the target. Not for an act that may strike or hold the
    place, nor for a visit (data/no_party.yaml `placed_types`, `visit_codes`); "talks in X" on the trigger itself is
    left to the rules that read the venue and the host."""
    words = no_party_words()
    if event_type in words["placed_types"] or (cameo or "")[:3] in words["visit_codes"]:
        return False
    entity = (resolver.doc._.actors or {}).get(resolver.one(tok) or "")
    if entity is None or entity.kind != "place" or is_state_itself(entity):
        return False
    node = tok
    while node.dep_ in ("appos", "conj") and node.head.i != node.i:
        node = node.head  # "in Tulsa, Okla.", "in Madrid and Barcelona"
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ in _PLACED_PREPS and prep.head.i != trigger.i


def owner_of_premises(tok: Token, trigger: Token, event_type: str, cameo: str | None) -> bool:
    """The mention only names whose premises something happens in or goes to: the possessor of, or the name before,
    a noun of premises (data/no_party.yaml `premises`) that is the object of a preposition of place on another word
    than the trigger ("turned himself in at the X Police Department headquarters and was charged", "at a hearing in
    X's subcommittee, Y pushed for…", "took the child to X's hotel"): where, not whom. Not for an act that may strike
    or hold the place, nor a visit (as `placed_elsewhere`)."""
    words = no_party_words()
    if event_type in words["placed_types"] or (cameo or "")[:3] in words["visit_codes"]:
        return False
    node = tok
    while node.dep_ in ("compound", "poss", "nmod", "flat") and node.head.i != node.i:
        node = node.head
    if node.lemma_.lower() not in words["premises"] or node.dep_ != "pobj" \
            or not any(c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in node.children):
        return False  # (the noun itself may stand for the mention: "X Police Department headquarters")
    prep = node.head
    return prep.lower_ in words["premises_preps"] and prep.head.i != trigger.i


_COMPARED_PREPS = frozenset({"to", "with", "as"})


def compared_with(tok: Token, trigger: Token) -> bool:
    """The mention is inside a phrase of comparison below the trigger ("insisted on a quota equal to that of Iran",
    "the same quota as Nigeria", "tariffs similar to those imposed by X", "more than Kenya"; data/no_party.yaml
    `comparisons`), or one the doer is set beside by "unlike" or "like" on a verb ("Unlike Norway, Britain has
    refused to intervene"): what the act is measured against, not whom it is done to."""
    words = no_party_words()["comparisons"]
    node = tok
    while node.head.i != node.i and node.i != trigger.i:
        if node.dep_ == "prep" and node.lower_ == "than":
            return True
        if node.dep_ == "prep" and node.lower_ in ("unlike", "like") and node.head.pos_ in ("VERB", "AUX"):
            return True  # "Unlike Norway, Britain has refused to act": set beside the doer ("states like X": members)
        if node.dep_ == "prep" and node.lower_ in _COMPARED_PREPS and (
                node.head.lemma_.lower() in words or any(c.lemma_.lower() in words for c in node.head.children)):
            return node.lower_ != "as" or any(c.lower_ == "same" or c.lower_ == "as" for c in node.head.children)
        node = node.head
    return False


def noun_teller(tok: Token, trigger: Token) -> bool:
    """The mention names who said the words whose "that" clause holds the trigger: the "by" phrase or the owner of a
    noun of speech (data/no_party.yaml `speech_nouns`: "remarks by Nakasone that major nations had agreed", "X's
    assurances that Y would pay"): the teller of the act, as the subject of a verb of saying is."""
    node = tok
    while node.dep_ in ("compound", "flat", "appos", "amod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        noun = node.head.head
    elif node.dep_ == "poss":
        noun = node.head
    else:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in no_party_words()["speech_nouns"]:
        return False
    return any(c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and (c.i == trigger.i or trigger.i in {t.i for t in c.subtree}) for c in noun.children)


def backer_of_the_call(tok: Token, trigger: Token) -> bool:
    """The mention is the subject of a verb by which one joins the call the trigger names, the verb's object ("X
    praised Y's calls for reform", "X backed Y's appeal for aid"; data/no_party.yaml `backing`): the one who backs the
    request, not the one it is made of."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "obj") \
            or trigger.head.lemma_.lower() not in no_party_words()["backing"]:
        return False
    verb = trigger.head
    return any(s.i == tok.i or tok.i in {c.i for c in s.subtree} for s in verb.children
               if s.dep_ in ("nsubj", "nsubjpass"))


def named_with_not(tok: Token) -> bool:
    """A name told with "not" before it ("but not Chile"; not "not only Chile"): no party of the act."""
    return any(c.dep_ == "neg" for c in tok.children) \
        and not any(c.lower_ in ("only", "just", "merely", "simply") for c in tok.children)


def negated_conjunct(tok: Token) -> bool:
    """The mention is (a word on) a name joined to another by "not" ("France, but not Britain, will attend", "X and
    not Y", whether the parser joins it or makes it a second subject): told as no party of what the list does
    (actors.coordinated leaves it out of the list, doers.subject_tokens out of the subjects)."""
    node = tok
    while node.dep_ in ("compound", "amod", "poss", "nmod") and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("conj", "nsubj", "nsubjpass", "appos") and named_with_not(node)


def across_contrast(tok: Token, trigger: Token) -> bool:
    """The mention and the trigger lie on the two sides of a clause of contrast ("X had struck for three weeks while
    members of Y had struck for one", "A opposed the reform, while B shared another position"; data/no_party.yaml
    `contrasts`): a party of the other clause, not one the act is done to."""
    for mark in tok.sent:
        if mark.dep_ == "mark" and mark.lower_ in no_party_words()["contrasts"]:
            clause = mark.head
            inside = {clause.left_edge.i, clause.right_edge.i}
            if (min(inside) <= tok.i <= max(inside)) != (min(inside) <= trigger.i <= max(inside)):
                return True
    return False


def across_conjunct(tok: Token, trigger: Token) -> bool:
    """The trigger's clause has a subject of its own and is joined by "and" or "but" to another clause with its own
    subject, and the mention is in that other clause but not its subject ("Y proposed aid for small firms, but X
    objected to the idea": not the firms; "Y seized a Kenyan ship, and X protested": Y, not Kenya): a party of the
    other clause's act, not one this act is done to. The other clause's subject (or a name on it) may be: "Y
    attacked, and X retaliated"; but not the subject of a verb of saying in the later clause, who only speaks, nor
    the pronoun that names him again as the subject of what he says ("Y declared an emergency, and X said he would do
    the same")."""
    from dossier.events.patterns import load_lexicon  # (the lexicon imports the roles' data: read on use)
    saying = load_lexicon().reporting_verbs
    mine = _own_clause(trigger)
    theirs = _own_clause(tok)
    if mine is None or theirs is None or mine.i == theirs.i:
        return False
    # the later speaker named again by a pronoun in what he says ("…, and X said that he intends to do the same")
    if theirs.dep_ == "ccomp" and theirs.head.lemma_.lower() in saying and theirs.head.dep_ == "conj" \
            and theirs.head.head.i == mine.i:
        if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == theirs.i:
            return True
        return False
    first, second = (theirs, mine) if mine.dep_ == "conj" and mine.head.i == theirs.i else (mine, theirs)
    if second.dep_ != "conj" or second.head.i != first.i or not (finite(first) and finite(second)) \
            or not any(c.dep_ == "cc" and c.lower_ in _JOINING and c.i < second.i for c in first.children):
        return False  # two clauses joined by "and" or "but"; not a noun read as a verb ("bans and asset freezes")
    node = tok
    while node.dep_ in ("conj", "compound", "poss", "amod", "nmod", "appos") and node.head.i != node.i \
            and node.head.i != theirs.i:
        node = node.head
    if node.head.i == theirs.i and node.dep_ in ("nsubj", "nsubjpass", "agent", "expl"):
        return (theirs.i == second.i and theirs.lemma_.lower() in saying) or _two_views(first, second)
    return True


_AGAIN = frozenset({"it", "them"})  # the pronouns by which a clause acts again on the other clause's thing


def _two_views(first: Token, second: Token) -> bool:
    """Two joined clauses that tell two views of one thing: the first takes a view of a noun (a verb of data/no_party.yaml
    `stances`: "X supported the idea"), the second acts on it again by "it" or "them" (its object, or the object of
    a phrase on it or on its object: "and Y showed hostility to it", "but Y rejected it")."""
    if first.lemma_.lower() not in no_party_words()["stances"]:
        return False
    if not any(c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" for c in first.children) \
            and not any(g.pos_ == "NOUN" for c in first.children if c.dep_ == "prep" for g in c.children
                        if g.dep_ == "pobj"):
        return False
    heads = [second] + [c for c in second.children if c.dep_ in ("dobj", "obj")]
    again = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj") and c.lower_ in _AGAIN] + [
        g for h in heads for c in h.children if c.dep_ in ("prep", "dative") for g in c.children
        if g.dep_ == "pobj" and g.lower_ in _AGAIN]
    return bool(again)


_JOINING = frozenset({"and", "but"})


def _own_clause(tok: Token) -> Token | None:
    """The nearest verb at or above the word that has a subject of its own (the word's own clause), None where the
    way up meets a verb without one first that hangs by "conj" (a verb sharing its subject: "met Y and signed")."""
    node = tok
    while True:
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return node
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj":
            return None
        if node.head.i == node.i:
            return None
        node = node.head


def only_times(tok: Token, trigger: Token, event_type: str, resolver: Resolver) -> bool:
    """The mention is inside a clause of time, hung on the verb trigger or on its object, or on the verb of a noun
    trigger ("issued a request"), that only times the act (data/no_party.yaml `times_later`, `times_earlier`): a
    later act ("unveiled by A one day before B announces the date": B), or, for a verb trigger of an act that answers
    none (not of `answering_types`), an earlier one where the trigger names a thing that is no party as what it acts
    on, by its object or its passive subject ("X demanded new talks after Y won a larger share": Y). A reaction keeps
    the clause's parties as possible targets ("protested after Y won the vote", "lodged a protest after Y won…"),
    and so does a bare verb ("asked for talks after Y won the vote")."""
    words = no_party_words()
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") else trigger
    # the clause may hang on the verb's object ("requested a delay after Y secured better terms": on "delay")
    hosts = {verb.i} | {c.i for c in verb.children if c.dep_ == "dobj"}
    node = tok
    while node.head.i != node.i and node.head.i not in hosts:
        node = node.head
    if node.head.i not in hosts or node.dep_ != "advcl" or verb.pos_ != "VERB":
        return False
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if marks & words["times_later"]:
        return True
    if not marks & words["times_earlier"] or verb.i != trigger.i or event_type in words["answering_types"]:
        return False
    things = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    return bool(things) and not any(resolver.many(t) for t in things)


_OWNER_DEPS = frozenset({"poss", "amod", "compound"})


def is_topic(noun: Token, trigger: Token) -> bool:
    """The noun is what talks are about: the object of a verb of discussing that is the trigger, or of a topic's
    preposition on the trigger or on its object ("discussed Kenya's debt", "held talks on Ghana's budget gap";
    data/no_party.yaml `topics`, `discussing`)."""
    words = no_party_words()
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    if noun.dep_ in ("dobj", "obj") and noun.head.i == trigger.i:
        return trigger.lemma_.lower() in words["discussing"]
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in words["topics"] \
        and (prep.head.i == trigger.i or (prep.head.dep_ in ("dobj", "obj") and prep.head.head.i == trigger.i))


def named_topic(tok: Token, trigger: Token) -> bool:
    """The mention is a name that talks are about, itself or a conjunct of it, after a topic's preposition on the
    trigger, on its object or on the verb whose object it is ("a meeting on Somalia and Ethiopia", "held talks about
    Syria with his minister"; data/no_party.yaml `topics`): no party to them, as `topic_owner`'s common nouns are
    not. "Talks with Somalia on the border" keeps Somalia."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in no_party_words()["topics"]:
        return False
    heads = {trigger.i} | {c.i for c in trigger.children if c.dep_ in ("dobj", "obj")}
    if trigger.dep_ in ("dobj", "obj"):
        heads.add(trigger.head.i)
    return node.head.head.i in heads


def _discussing_verbs(trigger: Token) -> list[Token]:
    """The verbs of discussing (data/no_party.yaml `discussing`) that say what a meeting is about: the trigger
    itself, the infinitive of purpose on it ("met to review X"), or the verb a noun trigger hangs on by a
    preposition ("will discuss X at a meeting")."""
    verbs = [trigger] + [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verbs.append(trigger.head.head)
    return [v for v in verbs if v.lemma_.lower() in no_party_words()["discussing"]]


def inside_topic(tok: Token, trigger: Token) -> bool:
    """The mention stands inside the object of a verb of discussing that says what the meeting is about
    (`_discussing_verbs`): "met to review Kenyan compliance with the pact", "will discuss penalties against Ghana
    at a meeting", "discussed relations with Japan". A "with" phrase on that object names a party ("discussed a
    pact with Norway"), but for nouns of relations (data/no_party.yaml `relation_nouns`)."""
    words = no_party_words()
    for verb in _discussing_verbs(trigger):
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")):
            node = tok
            while node.i != obj.i and node.head.i != node.i:
                if node.dep_ == "prep" and node.lower_ == "with" and node.head.i == obj.i \
                        and obj.lemma_.lower() not in words["relation_nouns"]:
                    break
                node = node.head
            if node.i == obj.i and obj.i != trigger.i:
                return True
    return False


def meeting_topic(tok: Token, trigger: Token) -> bool:
    """The mention is a name, itself or a conjunct of it, after a topic's preposition or "for" on a noun of a meeting
    other than the trigger ("called for a peace conference for the Middle East", "urged the powers to hold a
    conference on Cyprus"; data/no_party.yaml `meeting_nouns`): what the meeting is to be about, no party to the act
    that asks for or plans it. "Talks with X" names a party; the trigger's own topic is `named_topic`'s."""
    words = no_party_words()
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in words["topics"] | words["meeting_topics"]:
        return False
    noun = node.head.head
    return noun.i != trigger.i and noun.pos_ == "NOUN" \
        and (noun.lemma_.lower() in words["meeting_nouns"] or noun.lower_ in words["meeting_nouns"])


def trip_destination(tok: Token, trigger: Token) -> bool:
    """The mention is where a trip above the trigger goes: the object of a verb of visiting or the "to" phrase of a
    verb of going (data/no_party.yaml `visiting`, `departures`) that governs the trigger ("a team will visit
    Washington for talks with the IMF", "will fly to Tokyo to negotiate with Y"): the one visited, no doer of what
    the trip is for. The visit itself (the trigger) keeps it as its target."""
    words = no_party_words()
    if tok.dep_ in ("dobj", "obj"):
        verb = tok.head
        if verb.lemma_.lower() not in words["visiting"]:
            return False
    elif tok.dep_ == "pobj" and tok.head.lower_ == "to":
        verb = tok.head.head
        if verb.lemma_.lower() not in words["visiting"] | words["departures"]:
            return False
    else:
        return False
    return verb.i != trigger.i and verb.i in {a.i for a in trigger.ancestors}


def topic_owner(tok: Token, trigger: Token) -> bool:
    """The mention owns what the talks are about (`is_topic`), not a party they are held with: the possessor or
    the name or demonym before such a noun ("Kenya's debt", "the Ghanaian budget gap"), or the noun itself, which
    takes its actor from them."""
    noun = tok.head if tok.dep_ in _OWNER_DEPS else tok
    return is_topic(noun, trigger)


def describer(tok: Token, trigger: Token) -> bool:
    """The "by" agent of a participle or passive of describing other than the trigger ("a man said by police to be a
    rebel", "a village described by officials as a camp"; `describing`): the teller of what the thing is, no party."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    return verb.i != trigger.i and verb.lemma_.lower() in no_party_words()["describing"]


def addressee_object(obj: Token) -> bool:
    """The verb's object names those a warning or request is made to: a name, or a noun of people, a body or states
    (the lexicon's people, crowd and speaker nouns, data/no_party.yaml `addressee_nouns`); not a thing asked for
    ("urged action to persuade X")."""
    if obj.dep_ not in ("dobj", "obj") or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    from dossier.events.patterns import load_lexicon  # (the lexicon imports the roles' data: read on use)
    lex = load_lexicon()
    lemma = obj.lemma_.lower()
    return obj.pos_ == "PROPN" or lemma in lex.people_nouns | lex.crowd_nouns | lex.unnamed_speakers \
        or lemma in no_party_words()["addressee_nouns"] or obj.lower_ in no_party_words()["addressee_nouns"]


def in_addressee_s_task(tok: Token, trigger: Token) -> bool:
    """The mention stands inside what a verb with an object of its own (`addressee_object`) tells that object to do or not to allow: its
    infinitive or its "against"/"from" gerund ("warned its neighbours not to let the guerrillas cross": the guerrillas;
    "urged the Gulf states to deny Iran the use of their ports": Iran), data/no_party.yaml `task_preps`, as an argument
    of it (not inside a clause of time or cause below it, `_TASK_DEPS`). The one warned or urged is the verb's object,
    even where it names no actor; those it is to act on are not addressed."""
    if trigger.pos_ not in ("VERB", "AUX") or not any(addressee_object(c) for c in trigger.children):
        return False
    tasks = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    tasks += [p for p in trigger.children if p.dep_ == "prep" and p.lower_ in no_party_words()["task_preps"]
              and any(c.dep_ == "pcomp" for c in p.children)]
    node = tok
    while node.head.i != node.i and node.dep_ in _TASK_DEPS:
        node = node.head
        if any(node.i == task.i for task in tasks):
            return True
    return False


# Dependencies by which a word is an argument of what the addressee is to do, not of a clause of its own below it
# ("urged his countrymen to fight the virus as people's lives are in danger": the people are no one acted on).
_TASK_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "dative", "nsubj", "nsubjpass", "prep", "pobj", "pcomp",
                        "conj", "appos", "compound", "amod"})
