"""Events about political actors: an event none of whose sides the actors stage can place is left out.

A side is placed when it comes from an actor dictionary (`Entity.known`, generic agents such as "police" among
them), has a country, is of a political kind (data/relevance.yaml: a government body, a party, an international
organisation) or is tagged as a group of people (a nationality, a religious or political group). An event with no
placed side (a startup "offers shops the best of both", "I visited the jungle planet first") tells nothing of relations
between states, their people or their firms that the store could count. Nor does a firm's own trade, with firms
and their people on every side (a bid rejected, a contract signed: `firms_own_trade`), nor, on a page whose topic is
not public affairs, an event with no political actor on a side (`on_topic_events`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.actors.dictionary import Dictionary, from_loaded, lexicon_words
from dossier.data_files import load_word_lists, load_yaml
from dossier.events.actors import Resolver
from dossier.events.goods import goods_traded, goods_words, word_forms
from dossier.events.patterns import load_lexicon
from dossier.events.roles.model import trigger_token
from dossier.events.roles.speakers import in_quotation
from dossier.events.status import clause_chain, present_progressive, tense_form, told_as_owed, wished_of_another
from dossier.model import Entity, Event
from dossier.nlp.extensions import doc_text, sentences_of
from dossier.nlp.tweets import linked_sentences, posts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).parent / "data" / "relevance.yaml"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """The word lists of data/relevance.yaml, read once."""
    return load_word_lists(DATA)


@lru_cache(maxsize=1)
def political_kinds() -> frozenset[str]:
    """The kinds of actor that place an event with no country known (data/relevance.yaml)."""
    return _lists().get("political_kinds", frozenset())


@lru_cache(maxsize=1)
def group_labels() -> frozenset[str]:
    """The tagger's labels of groups that place an actor with no country known ("African", "Kurdish"), in lower
    case (data/relevance.yaml)."""
    return _lists().get("group_labels", frozenset())


def placed(actor: Entity | None, kinds: frozenset[str] | None = None) -> bool:
    """The actor is known to a dictionary, has a country, is of a political kind or is named as a group."""
    if actor is None:
        return False
    kinds = political_kinds() if kinds is None else kinds
    return bool(actor.known or actor.country or actor.kind in kinds or (actor.type or "").lower() in group_labels())


def is_placed(event: Event, actors: dict[str, Entity]) -> bool:
    """One side of the event (source or target) is a placed actor."""
    kinds = political_kinds()
    return any(placed(actors.get(a), kinds) for a in (*event.source, *event.target))


def placed_events(events: list[Event], actors: dict[str, Entity], doc: Doc | None = None) -> list[Event]:
    """The events with a placed side, in their order; given the Doc, also those whose sentence names a place or a
    nationality (`place_labels`: "a court in Lyon found him guilty", "the Nigerian Army mobilised")."""
    labels = place_labels() if doc is not None else frozenset()
    spans = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in labels] if labels else []
    return [e for e in events if is_placed(e, actors) or (spans and _names_a_place(e, spans))]


@lru_cache(maxsize=1)
def place_labels() -> frozenset[str]:
    """The tagger's labels of the names that place an event by its sentence (data/relevance.yaml)."""
    return frozenset(label.upper() for label in _lists().get("place_labels", frozenset()))


def _names_a_place(event: Event, spans: list[tuple[int, int]]) -> bool:
    """A sentence of the event's evidence holds one of the spans (character offsets in the document)."""
    return any(ev.start is not None and ev.end is not None and ev.start <= a and b <= ev.end
               for ev in event.evidence for a, b in spans)


@dataclass(frozen=True)
class TradeWords:
    """The words `firms_own_trade` reads (data/relevance.yaml; the legal forms from the actors' lexicon), in lower
    case: firms' kinds and CAMEO sectors, the legal forms and other words that end a firm's name, the acts of force,
    the sectors that make a code no firm's, the types kept with no target, and the threats and denials of firms."""

    firm_kinds: frozenset[str]
    firm_sectors: frozenset[str]
    legal_forms: frozenset[str]
    firm_name_words: frozenset[str]
    acts_of_force: frozenset[str]
    firms_own_force: frozenset[str]
    state_sectors: frozenset[str]
    aimed_types: frozenset[str]
    firms_own_threats: frozenset[str]
    force_threat_codes: frozenset[str]
    denials: frozenset[str]


@from_loaded
def trade_words(dictionaries: list[Dictionary]) -> TradeWords:
    """The words of a firm's own trade (`TradeWords`): data/relevance.yaml's lists and the legal forms of the actor
    dictionaries loaded (`legal_forms`, `legal_forms_written_out`: a user's additions with the shipped ones)."""
    lists = _lists()
    return TradeWords(**{name: lists.get(name, frozenset()) for name in (
        "firm_kinds", "firm_sectors", "firm_name_words", "acts_of_force", "firms_own_force", "state_sectors",
        "aimed_types", "firms_own_threats", "force_threat_codes", "denials")},
        legal_forms=lexicon_words(dictionaries, "legal_forms", "legal_forms_written_out"))


def _sectors(actor: Entity) -> set[str]:
    code = (actor.cameo or "").lower()
    return {code[i:i + 3] for i in range(0, len(code), 3)}


def sectors_of(actor: Entity) -> set[str]:
    """The three-letter parts of an actor's CAMEO code, in lower case ("USAGOV": usa, gov)."""
    return _sectors(actor)


def is_firm(actor: Entity | None) -> bool:
    """A firm: of a firm's kind, of a firm's CAMEO sector ("USABUS", "MNCUSA"), or named with a legal form or a firm's
    word at its end ("Harper and Row Publishers Inc", "Osaka Stock Exchange"), and of no political kind
    (data/relevance.yaml: political_kinds, firm_name_words)."""
    words = trade_words()
    if actor is None or actor.kind in political_kinds() or _sectors(actor) & words.state_sectors:
        return False  # a regulator of trade ("USAGOVBUS"), an economic body of states ("IGOWSTBUS") is no firm
    if actor.kind in words.firm_kinds or _sectors(actor) & words.firm_sectors:
        return True
    name = re.sub(r"[^\w ]", " ", actor.name.lower()).split()
    return len(name) > 1 and (name[-1] in words.legal_forms or name[-1] in words.firm_name_words)


def _beside_firms(actor: Entity | None, actors: dict[str, Entity] | None = None) -> bool:
    """A firm, or a person no dictionary knows whose CAMEO code names no sector other than a firm's; given the
    document's `actors` (for a target a firm acts on), also an organisation no one places (`_unplaced_organisation`:
    a rival or a supplier the dictionaries lack) unless it is another actor's short name
    (`_short_name_of_a_placed_actor`)."""
    if actor is None or is_firm(actor):
        return actor is not None
    if actors is not None and _unplaced_organisation(actor):
        return not _short_name_of_a_placed_actor(actor, actors)
    if actor.known or actor.kind != "person":
        return False
    own = {(actor.country or "").lower(), (actor.cameo or "")[:3].lower()}
    return not (_sectors(actor) - trade_words().firm_sectors - own)


def _unplaced_organisation(actor: Entity) -> bool:
    """An organisation (by its kind, or a name of no kind tagged one) no dictionary knows, with no country, no CAMEO
    code, no political kind, and whose name holds no word of a public body or any body
    (`public_body_nouns`, `body_words`): "Brightwave", "Orlan Group" beside a firm, where "the Mining Commission" is a
    state's body and "the Brotherhood of Mill Workers" a union all the same."""
    if actor.known or actor.country or actor.cameo or actor.kind in political_kinds():
        return False
    if actor.kind != "organisation" and not (actor.kind is None and actor.type == "ORG"):
        return False
    words = set(re.findall(r"[\w'-]+", actor.name.lower()))
    return bool(words) and not words & (public_body_nouns() | body_words())


@from_loaded
def body_words(dictionaries: list[Dictionary]) -> frozenset[str]:
    """Words of a body's name, no trader's (data/relevance.yaml: body_name_words; the actor dictionaries' lexicon:
    body_nouns and the kind_nouns of a government, a party and an organisation, a user's additions included), in
    lower case."""
    return (lexicon_words(dictionaries, "body_nouns", kinds=("government", "party", "organisation"))
            | _lists().get("body_name_words", frozenset()))


def _short_name_of_a_placed_actor(actor: Entity, actors: dict[str, Entity]) -> bool:
    """The actor's name is a word or words of the name or an alias of another actor of the document that has a
    country or a political kind: the short name the actors stage left apart ("the State Mining Organisation (Ormin)"
    and "Ormin" later)."""
    name = re.escape(actor.name.lower())
    return any(re.search(rf"\b{name}\b", n.lower()) for other in actors.values()
               if other.id != actor.id and (other.country or other.kind in political_kinds())
               for n in (other.name, *other.aliases))


def _firms_quarrel(event: Event, actors: dict[str, Entity], words: TradeWords) -> bool:
    """A threat aimed at a named side (firms_own_threats), made by firms or their people (`_beside_firms`), and no
    threat of force or repression (force_threat_codes): "threatened legal action against its rival"."""
    return (event.type.lower() in words.firms_own_threats and bool(event.target)
            and not any((event.cameo or "").startswith(code) for code in words.force_threat_codes)
            and all(_beside_firms(actors.get(a)) for a in event.source))


def _a_denial(event: Event, words: TradeWords) -> bool:
    """The event's trigger holds a word of denial (data/relevance.yaml: denials): "denied the allegations"."""
    return bool(set(re.findall(r"[a-z]+", (event.trigger or "").lower())) & words.denials)


def firms_own_trade(event: Event, actors: dict[str, Entity], sites: frozenset[str] = frozenset()) -> bool:
    """A firm's own trade: a doer named, a firm among the sides, and every side a firm or a person beside firms, or an
    organisation no one places that firms act on (`_beside_firms`: a bid rejected, a contract signed, an executive who
    resigned); not an act of force or pressure (data/relevance.yaml: acts_of_force) unless firms do it (firms_own_force:
    flights cancelled, talks ended) or it is a threat firms or their people aim at a named side (`_firms_quarrel`), not
    an act whose doer the sentence leaves unnamed, nor a complaint or suit with no target (aimed_types) other than a
    denial (`_a_denial`). Sides of two states make it no trade unless every side is a firm or a firm's person
    (`_firms_across_a_border`: a venture of a Dutch and a Korean firm, a stake one buys in the other, is still firms'
    business, no state's). In a deal, a doer no one places that signs with firms alone is a firm the dictionaries lack
    (`_a_firms_unplaced_partner`: a consortium's accord with an engine maker). `sites`: the cities or regions the
    sentence names as where the act is done (`_sites`); firms alone acting there do their trade, no act on a party
    ("signed a lease for a site in Tulsa", "a deal to build trucks at its plant in Hanover"), unless the place lies in
    another state than theirs."""
    words = trade_words()
    kind = event.type.lower()
    if not event.source or (kind in words.acts_of_force and not (
            kind in words.firms_own_force and all(is_firm(actors.get(a)) for a in event.source))
            and not _firms_quarrel(event, actors, words)):
        return False
    if not event.target and kind in words.aimed_types and not _a_denial(event, words):
        return False  # "sued in federal court to overturn the sanctions": perhaps aimed at a state's act
    sides = [actors.get(a) for a in (*event.source, *event.target)]
    dealt = event.quad_class in (1, 2)  # a deal, a purchase, joint work: an unknown organisation may be a firm
    if len({a.country for a in sides if a is not None and a.country}) > 1 and not _firms_across_a_border(sides, dealt):
        return False  # a firm and a state's side, or a firm's plant in another state
    firms_act = all(is_firm(actors.get(a)) for a in event.source)
    parties = [a for a in sides if not (firms_act and a is not None and a.id in sites and a.id in event.target)]
    return any(is_firm(a) for a in parties) and all(
        _beside_firms(a, actors if firms_act and a is not None and a.id in event.target else None)
        or (dealt and (_a_firm_by_its_country(a, actors) or _a_firms_unplaced_partner(a, event, actors)))
        for a in parties)


_DEAL_TYPES = frozenset({"AGREE", "COOPERATE"})  # a deal or joint work signed or done (not a bloc's call on banks)


def _a_firms_unplaced_partner(actor: Entity | None, event: Event, actors: dict[str, Entity]) -> bool:
    """In a deal (AGREE, COOPERATE), a doer no one places (`_unplaced_organisation`: no country, no code, no body's word
    in its name, no placed actor's short name) whose every target is a firm: the consortium or the maker the
    dictionaries lack that signs with a known firm ("Veltrane Aerospace signed an accord with General Electric") is a
    firm too, where a state, its body or any known group signing with a firm stays."""
    return (actor is not None and event.type in _DEAL_TYPES and actor.id in event.source and bool(event.target)
            and all(is_firm(actors.get(t)) for t in event.target)
            and _unplaced_organisation(actor) and not _short_name_of_a_placed_actor(actor, actors))


def _firms_across_a_border(sides: list[Entity | None], dealt: bool = True) -> bool:
    """Every side is a firm, or a person no dictionary knows of no sector but a firm's (`_beside_firms`), or, in a
    deal (`dealt`: a cooperative act), a firm the dictionaries lack (`_a_firm_by_its_country`), and one is a firm:
    firms of two states that deal with each other ("a Swiss maker bought a stake in a Brazilian mill")."""
    return any(is_firm(a) for a in sides) and all(
        a is not None and (_beside_firms(a) or (dealt and _a_firm_by_its_country(a))) for a in sides)


def _a_firm_by_its_country(actor: Entity | None, actors: dict[str, Entity] | None = None) -> bool:
    """An organisation of no sector that no dictionary knows, read by its country alone (`_a_plain_organisation`
    with a country), whose name holds no word of a body (`public_body_nouns`, `body_words`) and, given the
    document's `actors`, is no political actor's short name (`political_actor`; the firm's own longer name may hold
    it: "Ascorp" and "Ascorp Nordic"): a firm the dictionaries lack ("Kestrel Analytics of
    Sweden"), where "the Brotherhood of Mill Workers" is a union and "the Andean Pact" a body of states."""
    if actor is None or not actor.country or not _a_plain_organisation(actor):
        return False
    words = set(re.findall(r"[\w'-]+", actor.name.lower()))
    if words & (public_body_nouns() | body_words()):
        return False
    if actors is None:
        return True
    name = re.escape(actor.name.lower())
    return not any(re.search(rf"\b{name}\b", n.lower()) for other in actors.values()
                   if other.id != actor.id and political_actor(other) for n in (other.name, *other.aliases))


def political_events(events: list[Event], actors: dict[str, Entity], doc: Doc | None = None) -> list[Event]:
    """The events that are not a firm's own trade (`firms_own_trade`), in their order; given the Doc, also a firm's
    act told beside a state or a body of political kind that the act itself or the one who tells it names
    (`_beside_a_state`: "the trade regulator said the firm agreed to pay penalties", "called for less paperwork to
    file with the communications commission"): the act may be toward that body, which the sentence leaves off its
    sides. Given the Doc, a firm's order, bid or purchase told with a verb of acts is left out too (`_goods_traded`)."""
    if doc is None:
        return [e for e in events if not firms_own_trade(e, actors)]
    events = [e for e in events
              if not firms_own_trade(e, actors, _sites(e, actors, doc)) or _beside_a_state(e, actors, doc)]
    page = len(sentences_of(doc)) >= topic_bar().min_sentences  # a single sentence (PLV's) keeps a firm's gift
    return [e for e in events if not _goods_traded(e, doc)
            and not (page and (firms_gift(e, actors, doc) or budget_at_home(e, actors)))]


def firms_gift(event: Event, actors: dict[str, Entity], doc: Doc) -> bool:
    """A firm's own giving (data/relevance.yaml: firms_gifts): an act of such a type whose every doer is a firm (or
    an organisation of no sector: `_a_plain_organisation`) and whose every target is no party (`_beside_firms`,
    people at large) or a state named as a whole that the sentence names only as where the givers or the receivers
    are (`_named_only_as_a_place`): "pledged $10 million to groups in every state in America". A state or a state
    body named as the receiver stays."""
    if event.type.lower() not in _lists().get("firms_gifts", frozenset()):
        return False
    if not event.source or not all(is_firm(a) or _a_plain_organisation(a)
                                   for a in (actors.get(i) for i in event.source)):
        return False  # a firm, or an organisation of no sector ("Apple" the dictionaries lack)
    sectors = people_words().sectors
    for a in event.target:
        actor = actors.get(a)
        if _beside_firms(actor) or _of_people(actor, sectors):
            continue
        if actor is None or not _bare_state(actor) or not _named_only_as_a_place(a, event, doc):
            return False
    return True


def budget_at_home(event: Event, actors: dict[str, Entity]) -> bool:
    """A state's money for its own bodies (data/relevance.yaml: budget_at_home): an act of such a type and CAMEO
    code whose every doer is a state or one of its bodies and whose every target is a body of the same state (a
    CAMEO code with a state body's sector, not the state named as a whole): "Congress gave the space agency $2
    billion", "parliament voted more funds for the army". Aid to another state, to a region, to people, to a party
    or to firms stays."""
    values = _lists()
    if event.type.lower() not in values.get("budget_at_home_types", frozenset()) \
            or not (event.cameo or "").startswith(tuple(values.get("budget_at_home_cameo", ()))):
        return False
    sectors = values.get("budget_at_home_sectors", frozenset())
    doers = [actors.get(a) for a in event.source]
    bodies = [actors.get(a) for a in event.target]
    if not doers or not bodies or any(a is None or not a.country for a in (*doers, *bodies)):
        return False
    if len({a.country for a in (*doers, *bodies)}) > 1:
        return False  # aid across a border
    return all(_bare_state(a) or _sectors(a) & sectors for a in doers) and all(
        not _bare_state(a) and _sectors(a) & sectors for a in bodies)


def _a_plain_organisation(actor: Entity | None) -> bool:
    """An organisation no dictionary knows, of no political kind, whose CAMEO code names no sector (its country's
    code alone, or none): a firm the dictionaries lack ("Apple" in a story of one state)."""
    if actor is None or actor.known or actor.kind != "organisation" or political_actor(actor):
        return False
    return not (_sectors(actor) - {(actor.country or "").lower(), "---"})


def _named_only_as_a_place(ident: str, event: Event, doc: Doc) -> bool:
    """Every word by which the event's sentence names the actor is a preposition's object where it tells a place
    (site_preps: "in America", "across the country") or a word before a noun ("American society"); true too when the
    sentence does not name it (a side from the story)."""
    trigger = trigger_token(doc, event)
    if trigger is None:
        return False
    token_actor = doc._.token_actor or {}
    preps = _lists().get("site_preps", frozenset())
    for t in trigger.sent:
        if token_actor.get(t.i) != ident or token_actor.get(t.head.i) == ident:
            continue  # another's word, or a word inside the name
        if t.dep_ in ("amod", "compound", "nmod") or (t.dep_ == "pobj" and t.head.lower_ in preps):
            continue
        return False
    return True


def _goods_traded(event: Event, doc: Doc) -> bool:
    """The event's word tells a firm's trade whatever its sides (goods.goods_traded: "rejected the bids of the
    Dutch shipyard", the roles reading a state from "Dutch")."""
    trigger = trigger_token(doc, event)
    if trigger is None or trigger.pos_ != "VERB" or not word_forms(trigger) & goods_words()["trade_verbs"]:
        return False
    return goods_traded(trigger, Resolver(doc))


_SITE_PREPS = frozenset({"in", "at", "near", "outside"})  # a place named where an act is done: "a plant in Hanover"


def _sites(event: Event, actors: dict[str, Entity], doc: Doc) -> frozenset[str]:
    """The targets that are cities or regions (kind "place") named in the event's sentence only as where something
    is ("a site in Tulsa", "at its plant in Hanover"), not as a party ("an agreement with the city of Detroit")."""
    places = {i for i in event.target if getattr(actors.get(i), "kind", None) == "place"}
    if not places or not event.evidence or event.evidence[0].start is None:
        return frozenset()
    span = doc.char_span(event.evidence[0].start, event.evidence[0].end, alignment_mode="expand")
    if span is None:
        return frozenset()
    token_actor = doc._.token_actor or {}
    heads: dict[str, list[Token]] = {}
    for t in span:
        if token_actor.get(t.i) in places and token_actor.get(t.head.i) != token_actor.get(t.i):
            heads.setdefault(token_actor[t.i], []).append(t)  # the word of the name the sentence hangs it by
    return frozenset(i for i, words in heads.items()
                     if all(w.dep_ == "pobj" and w.head.lower_ in _SITE_PREPS for w in words))


_TELLERS = frozenset({"nsubj", "nsubjpass", "agent"})  # who does or tells a verb above the act
_OWN_CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis"})  # a clause of another act, below the act's word


def _beside_a_state(event: Event, actors: dict[str, Entity], doc: Doc) -> bool:
    """An actor of political kind (a state, a state body, a party, an international body) that is none of the
    event's sides and is tied to the act: inside the phrase of the word that names it ("agreed to pay penalties to
    the agency", "under a settlement with the commission") or inside the subject or agent of a verb the act hangs on
    ("the commission said the firm agreed …"), or in what a side of the act tells (`_told_by_a_side`). A body the
    sentence names elsewhere, in passing ("in its filing with the commission, the firm said it had discussed …"), is
    no side the act may leave off. Without the word that names the act, any such actor in the sentence counts."""
    kinds, sides = political_kinds(), {*event.source, *event.target}
    token_actor = doc._.token_actor or {}
    trigger = trigger_token(doc, event)
    for ev in event.evidence:
        if ev.start is None or ev.end is None:
            continue
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
        if span is None:
            continue
        named = [t for t in span if (ident := token_actor.get(t.i)) and ident not in sides
                 and (actor := actors.get(ident)) is not None and actor.kind in kinds
                 and not _a_things_state(t, token_actor) and not _a_firms_home(t, token_actor, actors)]
        if named and (trigger is None or trigger.sent.start != span.start
                      or any(_tied(t, trigger) or _told_by_a_side(t, sides, token_actor) for t in named)):
            return True
    return False


def _a_things_state(tok: Token, token_actor: dict[int, str]) -> bool:
    """The word names a state only as the one a firm's thing is in or of: its name hangs as a modifier of a noun of
    `firms_things` (data/relevance.yaml: "its only U.S. car plant", "the firm's Canadian unit"), which no actor
    stands for. A state named so is where the firm's plant or unit is, no party to its act ("broke off talks on its
    U.S. plant"), where "U.S. demands", "a U.S. offer" name the party that makes them."""
    ident, head = token_actor.get(tok.i), tok
    while head.head is not head and token_actor.get(head.head.i) == ident:
        head = head.head  # the word the whole name hangs by
    thing = head.head
    return (head.dep_ in ("compound", "amod", "nmod") and thing is not head and thing.pos_ == "NOUN"
            and token_actor.get(thing.i) is None and thing.lemma_.lower() in _lists().get("firms_things", ()))


def _a_firms_home(tok: Token, token_actor: dict[int, str], actors: dict[str, Entity]) -> bool:
    """The word names a state only as the home of a firm the sentence names: its name hangs as a possessive of the
    firm's name (or a firm's the dictionaries lack, `_a_firm_by_its_country`) or after its "of" ("Japan's Hoshimura
    Trading", "Velder NV of the Netherlands", "Kestrel Analytics of Sweden"),
    telling where the firm is based, not a party to its deal."""
    ident, head = token_actor.get(tok.i), tok
    while head.head is not head and token_actor.get(head.head.i) == ident:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head  # "Velder NV of the Netherlands"
    elif head.dep_ != "poss":
        return False  # a demonym before a firm's noun ("the Kenyan company") keeps its old reading
    owner = token_actor.get(head.head.i)
    return owner is not None and owner != ident and (is_firm(actors.get(owner))
                                                     or _a_firm_by_its_country(actors.get(owner), actors))


def _told_by_a_side(tok: Token, sides: set[str], token_actor: dict[int, str]) -> bool:
    """The word lies in what one of the act's sides tells ("X, who met the bankers, told them the government was
    preparing a telex": one who speaks of the state's acts may be its agent, whom the actors stage did not place)."""
    for a in (tok, *tok.ancestors):
        if a.dep_ == "ccomp" and any(c.dep_ == "nsubj" and token_actor.get(c.i) in sides for c in a.head.children):
            return True
    return False


def _tied(tok: Token, trigger: Token) -> bool:
    """The word lies in the trigger's phrase (not in a clause of its own with a subject inside it: "signed the deal a
    year after the agency ended its audit"), in the subject or agent phrase of a verb above the trigger, or the noun
    a relative clause above the trigger tells of ("Brazil, whose minister suggested talks with the banks")."""
    if tok == trigger or trigger in tok.ancestors:
        path = [a for a in (tok, *tok.ancestors) if a != trigger and trigger in a.ancestors]
        return not any(a.dep_ in _OWN_CLAUSES and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
                       for a in path[1:] if a.pos_ in ("VERB", "AUX"))
    chain = [trigger, *trigger.ancestors]
    tellers = {c.i for a in chain[1:] for c in a.children if c.dep_ in _TELLERS and c not in chain}
    if any(a.i in tellers for a in (tok, *tok.ancestors)):
        return True
    # the noun a relative clause above the act tells of ("Brazil, whose minister suggested talks with creditors")
    return any(a.dep_ == "relcl" and a.head == tok for a in chain)


@dataclass(frozen=True)
class TopicBar:
    """A page's topic (data/relevance.yaml: page_topic): fewer political mentions than `political_mentions` in a
    text of `min_sentences` sentences or more, or fewer than `per_sentence` for each sentence of a long one
    (`long_page` sentences or more), is a page not about public affairs."""

    political_mentions: int
    min_sentences: int
    per_sentence: float = 0.0
    long_page: int = 0

    def needed(self, sentences: int) -> float:
        """The political mentions a text of that many sentences needs to be about public affairs."""
        if self.long_page and sentences >= self.long_page:
            return max(self.political_mentions, self.per_sentence * sentences)
        return self.political_mentions


@lru_cache(maxsize=1)
def topic_bar() -> TopicBar:
    """The bar of a page about public affairs (`TopicBar`), read once."""
    values = (load_yaml(DATA) or {}).get("page_topic") or {}
    return TopicBar(int(values.get("political_mentions", 0)), int(values.get("min_sentences", 0)),
                    float(values.get("mentions_per_sentence", 0.0)), int(values.get("long_page", 0)))


def political_actor(actor: Entity | None, sport: bool = False) -> bool:
    """A state, a state body, a party or an international body (political_kinds), an actor whose CAMEO code holds
    a state's sector (state_sectors: "USAGOV", "AFGREB", "USACOP"), a leader and a police force among them, or an
    organisation whose name ends with a public body's noun (public_body_nouns: "… Regulatory Commission"). On a page
    of sport or of science (`sport`), a person no dictionary knows is none: the sector a title gave him is his
    team's ("defensive captain X" read as an officer, "the club's commander" as a soldier) or his agency's."""
    if actor is None or (sport and actor.kind == "person" and not actor.known):
        return False
    if actor.kind in political_kinds() or _sectors(actor) & trade_words().state_sectors:
        return True
    words = actor.name.lower().split()
    return actor.kind == "organisation" and bool(words) and words[-1] in public_body_nouns()


def team_states(doc: Doc, actors: dict[str, Entity]) -> frozenset[str]:
    """The ids of the states named as a whole (a bare CAMEO code, "ESP", no "ESPGOV") none of whose mentions names
    its government (a word of a government in the mention or as the word it hangs on: "the government of
    Ruritania", "the Ruritanian ministry"). On a page of sport, a national team, a player's nation ("the Ruritanian
    forward"), a capital's club read as its state: no political actor there, in the page's count or on a side; on
    another page off topic, those named only as a preposition's object are a place (`places_or_peoples`)."""
    spans: dict[str, list] = {}
    for m in doc._.mentions or []:
        actor = actors.get(m.entity)
        if actor is not None and actor.kind == "government" and _bare_state(actor):
            spans.setdefault(m.entity, []).append(m)
    return frozenset(e for e, ms in spans.items() if not any(_names_a_government(doc, m) for m in ms))


def places_or_peoples(doc: Doc, actors: dict[str, Entity]) -> frozenset[str]:
    """The states named only as a whole (`team_states`) every mention of which is a preposition's object: a place
    ("donations to groups across America", "never came out in the United States", "Come to China!"). A state that
    is a clause's subject acts as a party ("South Africa must bring inflation down, the bank said"), and one that owns
    or qualifies a noun ("South Africa's mining companies", "the Dutch union") may be the side the actors stage gave
    in place of that noun's: neither is only a place."""
    others = set()
    for m in doc._.mentions or []:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "pobj":
            others.add(m.entity)
    return team_states(doc, actors) - others


def _bare_state(actor: Entity) -> bool:
    """A state named as a whole: its CAMEO code is its country's alone ("ESP", no "ESPGOV")."""
    code = (actor.cameo or "").upper()
    return len(code) == 3 and (not actor.country or code == actor.country.upper())


def _names_a_government(doc: Doc, mention) -> bool:
    """A word of the mention, or the word it hangs on, is a government's noun (`government_nouns`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return bool(({t.lower_ for t in span} | {span.root.head.lower_}) & government_nouns())


@from_loaded
def government_nouns(dictionaries: list[Dictionary]) -> frozenset[str]:
    """The nouns that make an actor of no kind a government (the actor dictionaries' kind_nouns, a user's additions
    included), in lower case."""
    return lexicon_words(dictionaries, kinds=("government",))


@lru_cache(maxsize=1)
def public_body_nouns() -> frozenset[str]:
    """The last words of a name of a public body (data/relevance.yaml: public_body_nouns), in lower case."""
    return _lists().get("public_body_nouns", frozenset())


@dataclass(frozen=True)
class SportsBar:
    """A page of sport (data/relevance.yaml: sports_page, game_words): `min_sentences` sentences or
    more, whose sentences hold `distinct_words` of the game's words or more, in `sentence_share` of them or more."""

    min_sentences: int
    distinct_words: int
    sentence_share: float
    words: re.Pattern | None


@lru_cache(maxsize=1)
def sports_bar() -> SportsBar:
    """The bar of a page of sport (`SportsBar`), read once; no words, no page of sport."""
    data = load_yaml(DATA) or {}
    values, words = data.get("sports_page") or {}, data.get("game_words") or []
    alternatives = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(r"\b(?:%s)\b" % alternatives) if words else None
    return SportsBar(int(values.get("min_sentences", 0)), int(values.get("distinct_words", 0)),
                     float(values.get("sentence_share", 0.0)), pattern)


def game_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the sentences of a page of sport that hold a game's word (`SportsBar`): none when
    the page is no page of sport."""
    bar = sports_bar()
    if bar.words is None:
        return []
    sents, text = list(sentences_of(doc)), doc_text(doc)
    found = [(s, set(bar.words.findall(text[s.start_char:s.end_char].lower()))) for s in sents]  # no Token a word
    games = [s for s, words in found if words]
    distinct = set().union(*(words for _, words in found))
    if (len(sents) < bar.min_sentences or len(distinct) < bar.distinct_words
            or len(games) < bar.sentence_share * len(sents)):
        return []
    return [(s.start_char, s.end_char) for s in games]


def _inside(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= start < b for a, b in spans)


def off_topic_page(doc: Doc | None, actors: dict[str, Entity], games: list[tuple[int, int]] | None = None,
                   science: frozenset[str] | None = None) -> bool:
    """The text is a page long enough to have a topic (`TopicBar.min_sentences`) that names fewer political actors
    (`political_actor`, counted by mention) and public bodies no actor stands for (`unnamed_public_bodies`) than
    the bar its length sets (`TopicBar.needed`): a review, a game, a show, a person's life, a firm's letter. On a
    page of sport a mention in a game's sentence (`game_sentences`: "the Senators", a city for its club) counts not;
    nor does a body of science on a page whose only political actors are such bodies (`science_bodies_of`), nor on a
    page of sport a state named only as a team or a nation (`team_states`); `games`, `science`: those sentences and
    those bodies and states where the caller has them already."""
    bar = topic_bar()
    if doc is None or bar.political_mentions <= 0:
        return False
    sentences = len(sentences_of(doc))
    if sentences < bar.min_sentences:
        return False
    needed = bar.needed(sentences)
    games = game_sentences(doc) if games is None else games
    if science is None:
        science = science_bodies_of(doc, actors) | (team_states(doc, actors) if games else frozenset())
    mentions = [m for m in doc._.mentions or [] if not _inside(m.start, games) and m.entity not in science]
    named = sum(1 for m in mentions if political_actor(actors.get(m.entity), sport=bool(games) or bool(science))
                and not _a_private_persons_state(doc, m, actors.get(m.entity)))
    if named >= needed:
        return False
    return named + unnamed_public_bodies(doc, mentions) < needed


def _a_private_persons_state(doc: Doc, mention, actor: Entity | None) -> bool:
    """A state named as a whole (`_bare_state`) only as the nationality or home of a private person, the word it
    qualifies (compound, adjective, possessive) a noun of one (data/relevance.yaml `private_person_nouns`, and the
    lexicon's `private_people`): "a UK man", "an Indian student's", "two Kenyan tourists" tell who the person is, no
    state's act or concern; "a UK minister", "UK troops" are no such nouns."""
    if actor is None or actor.kind != "government" or not _bare_state(actor):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod", "poss", "nmod") or span.root.head.i == span.root.i:
        return False
    return span.root.head.lower_ in private_person_nouns()


@lru_cache(maxsize=1)
def private_person_nouns() -> frozenset[str]:
    """Nouns of a private person or private people (data/relevance.yaml `private_person_nouns` and the events
    lexicon's `private_people`), in lower case."""
    return load_word_lists(DATA).get("private_person_nouns", frozenset()) | load_lexicon().private_people


@lru_cache(maxsize=1)
def science_body_names() -> tuple[str, ...]:
    """Names and name ends of a state's body of science (data/relevance.yaml: science_bodies), in lower case."""
    return tuple(sorted(_lists().get("science_bodies", frozenset())))


def _a_science_body(name: str) -> bool:
    words = " ".join(re.findall(r"[\w'-]+", name.lower()))
    return any(words == n or words.endswith(" " + n) for n in science_body_names())


def science_bodies_of(doc: Doc, actors: dict[str, Entity]) -> frozenset[str]:
    """The ids of the page's bodies of science (data/relevance.yaml: science_bodies; by the actor's name, or by
    each of its mentions: "the US space agency" resolved to the state's government) when they are its only
    political actors (`political_actor`, a person no dictionary knows aside: an agency's scientist); else none. A
    state named inside a body's mention or right before it, and nowhere else ("the US space agency", "Japan's space
    agency"), is the body's owner, no actor of its own: its id is among the bodies'."""
    mentions = doc._.mentions or []
    spans: dict[str, list] = {}
    for m in mentions:
        spans.setdefault(m.entity, []).append(m)
    bodies = {e for e, ms in spans.items() if political_actor(actors.get(e))
              and (_a_science_body(actors[e].name) or all(_a_science_body(m.text) for m in ms))}
    if not bodies:
        return frozenset()
    owned = [(m.start, m.end) for m in mentions if m.entity in bodies]
    owners = set()
    for e, ms in spans.items():
        if e in bodies or not political_actor(actors.get(e), sport=True):
            continue
        if not all(any(_owner(doc_text(doc), m, a, b) for a, b in owned) for m in ms):
            return frozenset()
        owners.add(e)  # the roles may give the body's act to its owner ("the US space agency will launch …")
    return frozenset(bodies | owners)


def _owner(text: str, mention, start: int, end: int) -> bool:
    """The mention lies inside the span from `start` to `end`, or ends right before it ("the US", "Japan's")."""
    if start <= mention.start and mention.end <= end:
        return True
    return mention.end <= start and text[mention.end:start].strip() in ("", "'s", "’s")


def unnamed_public_bodies(doc: Doc, mentions: list) -> int:
    """How many common nouns of a public body or its office-holders (data/relevance.yaml:
    public_office_nouns: "the county", "the city council", "utilities regulators"; in lower case or tagged a
    common noun; not a firm's or a school's, private_body_words: "works councils") the text holds outside
    every mention: a public body no actor stands for still tells that the page is about public affairs."""
    nouns, private = public_office_nouns(), private_body_words()
    covered = [(m.start, m.end) for m in mentions]
    return sum(1 for t in doc if t.lower_ in nouns and (t.pos_ == "NOUN" or t.is_lower)
               and not any(c.dep_ in ("compound", "amod") and c.lower_ in private for c in t.lefts)
               and not any(start <= t.idx < end for start, end in covered))


@lru_cache(maxsize=1)
def public_office_nouns() -> frozenset[str]:
    """Common nouns of a public body or its office-holders (data/relevance.yaml: public_office_nouns)."""
    return _lists().get("public_office_nouns", frozenset())


@lru_cache(maxsize=1)
def private_body_words() -> frozenset[str]:
    """Words that make a council a firm's or a school's (data/relevance.yaml: private_body_words)."""
    return _lists().get("private_body_words", frozenset())


def on_topic_events(events: list[Event], actors: dict[str, Entity], doc: Doc | None) -> list[Event]:
    """The events, in their order, less those with no political actor on a side (`political_actor`) when the page is not
    about public affairs (`off_topic_page`); an act of force or pressure stays (data/relevance.yaml: acts_of_force: a
    strike at a mine, a protest against a state's measures), and so does an event between actors of two states (the
    dyads count each side as its state; a deal of firms alone is left out before, by `firms_own_trade`). On a page of
    sport (`game_sentences`) an act told in a game's sentence is play, on any topic ("fired a shot at the goaltender",
    "the Senators signed him in the offseason"), and off topic no type keeps an act of force, nor a state named only as
    a team or a nation (`team_states`) or two states on the sides. On another page off topic, a state named only as a
    whole and only as a preposition's object (`places_or_peoples`: "every state in America", "Come to China!") is a
    place, no political side: a firm's donations "to groups across America", a film that never "came out in the United
    States", are nobody's act with the state; sides of two states still keep the act. On a page whose only political
    actors are bodies of science (`science_bodies_of`), such a body is no political side and no type keeps an act of
    force ("set to launch its probe"). On any page, an event with no placed side is left out (`placed_on_a_page`), and
    on a crime story (`crime_page`) a private person's crime (`private_crime`) and the case's own course
    (`case_procedure`). On a page of the topic bar's `min_sentences` or more, so are an act of people at large with no
    doer read, a private person's trip (`private_trip`) or call on the police (`call_on_the_police`), an evacuation out
    of danger (`emergency_evacuation`), the supposed content of another act of its sentence, an act asked about, a
    supposed act told as owed or needed (`owed`), a chance no one is named to take (`possible_by_nobody`), a standing
    charge of no accuser and no day (`accused_by_nobody`), an act told only as what would have been, as what a party
    would be more or less, or as wished of another (`irrealis`), and an act on no one told only in a post the page
    quotes whole (`told_in_a_post`). On an opinion page, an act the page does not report is the author's judgement
    (`authors_judgement`). A document without events is not read at all (most of a wire's stories)."""
    if not events:
        return events
    games = game_sentences(doc) if doc is not None else []
    if games:
        events = [e for e in events if not _told_in(e, games)]
    if doc is not None:
        events = [e for e in placed_on_a_page(events, actors, len(sentences_of(doc))) if not authors_judgement(e, doc)]
        if events and len(sentences_of(doc)) >= topic_bar().min_sentences:
            events = [e for e in events if not people_at_large_unnamed(e, actors, doc) and not told_in_a_post(e, doc)
                      and not private_trip(e, actors) and not call_on_the_police(e, actors)
                      and not emergency_evacuation(e, actors)]
            contents = contents_of_other_acts(events, doc)
            events = [e for e in events if e.id not in contents and not asked_about(e, doc) and not owed(e, doc)
                      and not possible_by_nobody(e, doc) and not irrealis(e, doc)
                      and not accused_by_nobody(e, doc)]
        if events and crime_page(doc):
            events = [e for e in events if not private_crime(e, actors) and not case_procedure(e, actors)]
    if not events:
        return events
    science = science_bodies_of(doc, actors) if doc is not None else frozenset()
    aside = science | team_states(doc, actors) if games else science  # neither counts nor keeps an event
    if not off_topic_page(doc, actors, games, aside):
        return events
    force = frozenset() if games or science else trade_words().acts_of_force
    wholes = frozenset() if games or doc is None else places_or_peoples(doc, actors)

    def kept(e: Event) -> bool:
        sides = [None if a in aside else actors.get(a) for a in (*e.source, *e.target)]
        political = [None if a in wholes else s for a, s in zip((*e.source, *e.target), sides)]
        return (e.type.lower() in force or _political_or_two_states(political, sport=bool(games) or bool(science),
                                                                    teams=bool(games))
                or not games and _two_states(sides))
    return [e for e in events if kept(e)]


@dataclass(frozen=True)
class CrimeBar:
    """A crime story and a private person's crime in it (data/relevance.yaml: crime_page): `min_sentences`
    sentences or more, `sentence_share` of them holding a word of the police, the courts or a crime (`words`), none a
    word of politics (`political`); the types of a crime, the CAMEO sectors of a private person, and those of the
    police and the courts (in lower case); the CAMEO codes of an arrest, which no doer named leaves the police's."""

    min_sentences: int
    sentence_share: float
    types: frozenset[str]
    private_sectors: frozenset[str]
    crime_sectors: frozenset[str]
    words: re.Pattern | None
    political: re.Pattern | None
    arrest_codes: tuple[str, ...] = ()
    procedure_types: frozenset[str] = frozenset()


def _alternatives(words: list) -> re.Pattern | None:
    """A pattern of any of the words (in lower case, whole words), the longest first; None for no words."""
    alternatives = "|".join(re.escape(str(w).lower()) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))
    return re.compile(r"\b(?:%s)\b" % alternatives) if words else None


@lru_cache(maxsize=1)
def crime_bar() -> CrimeBar:
    """The bar of a crime story (`CrimeBar`), read once; no words, no crime story."""
    values = (load_yaml(DATA) or {}).get("crime_page") or {}
    lower = {k: frozenset(str(w).lower() for w in values.get(k) or [])
             for k in ("types", "private_sectors", "crime_sectors", "procedure_types")}
    return CrimeBar(int(values.get("min_sentences", 0)), float(values.get("sentence_share", 1.0)), **lower,
                    words=_alternatives(values.get("words") or []),
                    political=_alternatives(values.get("political_words") or []),
                    arrest_codes=tuple(str(c) for c in values.get("arrest_codes") or []))


def crime_page(doc: Doc) -> bool:
    """The text is a crime story (`CrimeBar`): long enough, with a word of the police, the courts or a crime in the
    bar's share of its sentences, and no word of politics anywhere ("protesters", "militants", "the minister")."""
    bar = crime_bar()
    if bar.words is None:
        return False
    sents, text = sentences_of(doc), doc_text(doc)
    lowered = text.lower()
    if len(sents) < bar.min_sentences or (bar.political is not None and bar.political.search(lowered)):
        return False
    told = sum(1 for s in sents if bar.words.search(lowered, s.start_char, s.end_char))
    return told >= bar.sentence_share * len(sents)


def _private_person(actor: Entity | None, sectors: frozenset[str]) -> bool:
    """A person no dictionary knows whose CAMEO code names no sector but those given (besides the own country's)."""
    if actor is None or actor.kind != "person" or actor.known:
        return False
    return not (_sectors(actor) - {(actor.country or "").lower(), "---"} - sectors)


def private_crime(event: Event, actors: dict[str, Entity]) -> bool:
    """An act of a crime's type (`CrimeBar.types`) whose every doer is a private person (`_private_person`) and
    none of whose targets is a political actor (`political_actor`) other than the police and the courts
    (`CrimeBar.crime_sectors`) or a state named as a whole (`_bare_state`: the man's own nationality, "an American",
    read as a side): "grabbed the girl", "confessed to the FBI"; a mayor stabbed stays. With no doer named, such an
    act done to private people or persons alone ("a girl ripped from her mother's arms"), but an arrest (a CAMEO
    code of `CrimeBar.arrest_codes`), whose doer is the police whether named or not ("he was arrested nearby")."""
    bar = crime_bar()
    if event.type.lower() not in bar.types:
        return False
    if not event.source and bar.arrest_codes and (event.cameo or "").startswith(bar.arrest_codes):
        return False  # "officers were able to apprehend him": the police's arrest, its doer unread
    if not event.source:  # no doer named: the crime told of its victims ("a girl ripped from her mother's arms")
        return bool(event.target) and all(
            _private_person(actor, bar.private_sectors) or _of_people(actor, bar.private_sectors)
            for actor in (actors.get(a) for a in event.target))
    if not all(_private_person(actors.get(a), bar.private_sectors) for a in event.source):
        return False
    return not any(political_actor(t) and not _sectors(t) & bar.crime_sectors and not _bare_state(t)
                   for t in (actors.get(a) for a in event.target))


def case_procedure(event: Event, actors: dict[str, Entity]) -> bool:
    """An act of a case's course (`CrimeBar.procedure_types`: a request, a refusal, a consent, a meeting) whose every
    side is the police or the courts (`_the_police`), a private person (`_private_person`), people at large or an
    actor of no public office (a clinic, a firm): "the judge refused to let the defence call the pastor", "prosecutors
    turned down his offer to plead guilty", "police urged people to keep away from the scene". On a crime story the
    case's own steps are no act between parties; its arrests, charges and sentences are of other types and stay, and
    so does such an act with a state, a public body other than the police and the courts, or an official."""
    bar = crime_bar()
    if event.type.lower() not in bar.procedure_types:
        return False
    sides = [actors.get(a) for a in (*event.source, *event.target)]
    return bool(sides) and all(
        actor is not None and (_the_police(actor) or _private_person(actor, bar.private_sectors)
                               or _of_people(actor, bar.private_sectors)
                               or not political_actor(actor) and not _bare_state(actor) and actor.kind != "place")
        for actor in sides)


def placed_on_a_page(events: list[Event], actors: dict[str, Entity], sentences: int) -> list[Event]:
    """The events with a placed side (`is_placed`) or a public body's (`political_actor`: "the Supreme Court" of no
    country yet), in their order, in a text of `sentences` sentences that is a page (the page-topic bar's
    `min_sentences` or more); every event of a shorter text. On a page, an act none of whose sides is known, has a
    country, is a group or a public body (a singer's quarrel with her label, a coach who agreed a deal, a chip that
    "beats" another) is about no one the store counts; a single sentence (PLV's) keeps it, as the setting
    `unplaced_events` "keep" does (data/relevance.yaml). Nor does a page keep an act of people at large
    (`people_at_large`)."""
    if sentences < topic_bar().min_sentences:
        return events
    return [e for e in events if (is_placed(e, actors) or any(political_actor(actors.get(a))
                                                               for a in (*e.source, *e.target)))
            and not people_at_large(e, actors)]


@dataclass(frozen=True)
class PeopleWords:
    """data/relevance.yaml people_at_large: the CAMEO sectors of people at large, in lower case, the types that
    keep such people's act when it has no target, the types of an act upon them that no doer named keeps, and the
    sectors of a person of no public office whose act upon them alone is advice or a service (`private_doers`), and
    the subjects that name such people as the doers of an act no actor's (`doers`: people_at_large_unnamed)."""

    sectors: frozenset[str]
    aimed_alone: frozenset[str]
    undone: frozenset[str] = frozenset()
    private_doers: frozenset[str] = frozenset()
    doers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def people_words() -> PeopleWords:
    values = (load_yaml(DATA) or {}).get("people_at_large") or {}
    return PeopleWords(*(frozenset(str(w).lower() for w in values.get(k) or [])
                         for k in ("sectors", "aimed_alone", "undone", "private_doers", "doers")))


def people_at_large(event: Event, actors: dict[str, Entity]) -> bool:
    """An act of people at large upon people at large or upon no one (a side whose CAMEO code names no sector but
    one of people_at_large's: "residents", "people", "a researcher from India"): "people helped those still
    stranded", "her parents met as students". Not an act of force or pressure (acts_of_force), nor a demand, a
    complaint or a refusal with no target (aimed_alone: "the families demanded an inquiry" may aim at a state).
    With no doer named, an act of a type of `undone` upon such people alone ("people were ridiculed for wearing
    masks"). Nor an act, other than force or pressure, whose every doer is a firm or a person of no public office
    (`_private_doer`: a professor, a tour firm's chief) upon such people alone: advice or a service to the public
    ("urged people to be wary of the sellers' claims", "helped fly 8,000 travellers home")."""
    words, kind = people_words(), event.type.lower()
    if not event.source:
        return bool(event.target and words.sectors and kind in words.undone
                    and all(_of_people(actors.get(a), words.sectors) for a in event.target))
    if not words.sectors or kind in trade_words().acts_of_force:
        return False
    if event.target and all(_private_doer(actors.get(a), words.private_doers) for a in event.source) \
            and all(_of_people(actors.get(a), words.sectors) for a in event.target):
        return True
    if not event.target and kind in words.aimed_alone:
        return False
    return all(_of_people(actors.get(a), words.sectors) for a in (*event.source, *event.target))


def people_at_large_unnamed(event: Event, actors: dict[str, Entity], doc: Doc) -> bool:
    """An act with no doer resolved, told by an active verb whose subject names people at large no actor stands for
    (people_at_large `doers`: "all of the people who got home are helping those still stranded", "many residents
    helped their neighbours"), upon people at large alone: the act of people at large upon people at large that
    `people_at_large` leaves out, with its doers unread. Not an act of force or pressure, nor one whose verb has no
    such subject (a passive, "the displaced were given food": a state may have done it), nor one upon a party."""
    words = people_words()
    if event.source or not event.target or not words.sectors or not words.doers \
            or event.type.lower() in trade_words().acts_of_force \
            or not all(_of_people(actors.get(a), words.sectors) for a in event.target):
        return False
    verb = trigger_token(doc, event)
    if verb is None or verb.pos_ != "VERB":
        return False
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        verb = verb.head  # "are trying to help", "came home and helped": the subject of the verb it completes
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in words.doers or s.lower_ in words.doers for s in subjects)


def private_trip(event: Event, actors: dict[str, Entity]) -> bool:
    """A trip (data/relevance.yaml `private_trips`: a visit made or hosted) of travellers named, none of whom is a
    political actor (`political_actor`) or a firm (`is_firm`: a trade mission may deal with the state it visits),
    to places or to people of no public office alone: a state or a city named as a whole (`_bare_state`, a place), a
    clinic, a house, a show ("the actress flew to Chile", "the team owner flew to Las Vegas", "hosted a talk show").
    A private journey meets no party. An official's trip, anyone's visit to an official or a public body ("went to
    see the judge", "visited the ministry") and a trip of nobody named ("'we will fly to Nairobi,' said the
    president": the speaker may be an official) stay."""
    codes = _lists().get("private_trips", frozenset())
    if event.type != "CONSULT" or not (event.cameo or "").startswith(tuple(codes)):
        return False
    if not event.source or any(political_actor(t) or is_firm(t) for t in (actors.get(a) for a in event.source)):
        return False  # a firm's mission to a state may deal with it
    return all(not political_actor(t) or t.kind == "place" or _bare_state(t)
               for t in (actors.get(a) for a in event.target))


def emergency_evacuation(event: Event, actors: dict[str, Entity]) -> bool:
    """An evacuation (data/relevance.yaml `evacuation_words` in the event's trigger), not coded as force or pressure
    (acts_of_force), by no one named, the police or the courts (`_the_police`) or people of no public office, of
    people at large, private people, firms or places alone: "residents were evacuated from their homes after the
    fire", "officers began evacuating the workers", "the bank was evacuated". A move out of danger is no act between
    parties. Troops leaving a stronghold, a state bringing its citizens home and an evacuation forced on protesters
    stay (a political actor on a side)."""
    words = set(re.findall(r"[a-z]+", (event.trigger or "").lower()))
    if not words & _lists().get("evacuation_words", frozenset()) \
            or event.type.lower() in trade_words().acts_of_force:
        return False
    sides = [actors.get(a) for a in (*event.source, *event.target)]
    if any(actor is None for actor in sides):
        return False
    doers_ok = all(_the_police(a) or not political_actor(a) for a in sides[:len(event.source)])
    return doers_ok and all(not political_actor(a) or a.kind == "place" or _bare_state(a)
                            for a in sides[len(event.source):])


def call_on_the_police(event: Event, actors: dict[str, Entity]) -> bool:
    """A consultation of people none of whom is a political actor (none named counts as none) with the police or
    the courts (CrimeBar `crime_sectors`, or "police" in the name) and else with places or private people alone: "she
    called police", "bank staff notified the police department", "officers were called to the premises", "met a
    police officer who took up photography". A service asked of the police, or a private life's encounter, is no act
    between parties; so is a summons of the police by nobody named ("police said they were called to a bakery",
    read as a request). The police's own acts, and anyone's with a body of politics, stay."""
    if not (event.type == "CONSULT" or event.type == "REQUEST" and not event.source) \
            or any(political_actor(actors.get(a)) for a in event.source):
        return False
    targets = [actors.get(a) for a in event.target]
    police = [t for t in targets if t is not None and _the_police(t)]
    return bool(police) and all(t in police or not political_actor(t) or t.kind == "place" for t in targets)


def _the_police(actor: Entity) -> bool:
    """A body of the police or the courts: a crime sector's agent, or "police" in its name."""
    return bool(_sectors(actor) & crime_bar().crime_sectors) or "police" in actor.name.lower().split()


def contents_of_other_acts(events: list[Event], doc: Doc) -> set[str]:
    """The ids of the hypothetical events whose word lies under the word of another event of the same sentence (its
    complement, its clause, its object's clause): the act a request asks for ("urged the president to make a deal":
    the deal), the act an objection or a talk is about ("would have objected to Uganda opening an inquiry", "discussed
    a need for Uganda to launch inquiries": the inquiry), the aim of a gathering ("assembling partners to help
    families"). The other event is the sentence's act; the one it governs, never done, is its content, no act of its
    own ("asked for consultations with Tokyo": the consultations). The other event is of another type: a summit
    beside which ministers "could gather" is a second meeting named, no meeting's content, and stays. Not an event
    told as done or planned under another ("agreed to withdraw its troops next week", "sent troops to help"), nor a
    hypothetical act no other event governs ("could impose sanctions")."""
    words = {e.id: trigger_token(doc, e) for e in events}
    out: set[str] = set()
    for event in events:
        tok = words.get(event.id)
        if event.status != "hypothetical" or tok is None:
            continue
        above = {t.i for t in tok.ancestors}
        if any(other.id != event.id and other.type != event.type and (w := words.get(other.id)) is not None
               and w.i != tok.i and w.i in above for other in events):
            out.add(event.id)
    return out


@dataclass(frozen=True)
class QuestionWords:
    """data/relevance.yaml indirect_questions: the marks that open an indirect question as a subject, a complement
    or a preposition's object (`marks`), those that open one only as a verb's complement (`complement_marks`), and the
    words that open one under a verb of asking (`wh_words`, `asking_verbs`), in lower case."""

    marks: frozenset[str]
    complement_marks: frozenset[str]
    wh_words: frozenset[str]
    asking_verbs: frozenset[str]


@lru_cache(maxsize=1)
def question_words() -> QuestionWords:
    values = (load_yaml(DATA) or {}).get("indirect_questions") or {}
    return QuestionWords(*(frozenset(str(w).lower() for w in values.get(k) or [])
                           for k in ("marks", "complement_marks", "wh_words", "asking_verbs")))


_CLAUSE_CHAIN = frozenset({"xcomp", "ccomp", "advcl", "conj", "csubj", "csubjpass", "pcomp"})


def asked_about(event: Event, doc: Doc) -> bool:
    """The event's word lies in an indirect question (`QuestionWords`): a clause opened by "whether" as a subject,
    a complement or a preposition's object ("whether the president will agree to lift the tariffs depends on …"), by
    "if" as a verb's complement ("wondering if the purchases will be enough"), or by "why", "how" … as the
    complement of a verb of asking ("asked why the agency was not doing more to negotiate"): an act asked about,
    not told. A condition (an adverbial "if" clause) stays, and so does a clause after "how" under a verb that
    tells ("explained how the troops were withdrawn"). The way up from the event's word to the question passes
    verbs only (and the object of the event's light verb: "if they will reach an agreement"): in "asked if the issue
    would be raised at the next meeting" the meeting is not asked about."""
    words = question_words()
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    for clause in (tok, *tok.ancestors):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if marks & words.marks and clause.dep_ in ("ccomp", "csubj", "csubjpass", "pcomp", "advcl"):
            return True
        if marks & words.complement_marks and clause.dep_ == "ccomp":
            return True
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in words.asking_verbs and any(
                c.lower_ in words.wh_words and c.i < clause.i for c in clause.children if c.dep_ != "mark"):
            return True
        if clause.dep_ not in _CLAUSE_CHAIN and not (clause is tok and clause.dep_ == "dobj"):
            break  # a noun on the way ("raised at the next meeting"): the question asks of another thing
    return False


def owed(event: Event, doc: Doc) -> bool:
    """A hypothetical act told as owed or needed (`status.told_as_owed`: "we need the president to intervene",
    "believed Uganda needed to investigate", "Kenya is going to have to make a deal", "should change its prices"): a
    view of what ought to be done, no act. Not a possible act ("could impose sanctions"), an act promised ("would
    withdraw") or an obligation met ("had to withdraw", occurred)."""
    if event.status != "hypothetical":
        return False
    tok = trigger_token(doc, event)
    return tok is not None and told_as_owed(tok, load_lexicon())


def told_in_a_post(event: Event, doc: Doc) -> bool:
    """An act on no one (no target) every sentence of which lies in a post the page quotes whole (nlp/tweets.py: an
    embedded tweet, its lines above the line naming its author, handle and day): the post's author telling of his own
    doings ("I had meetings all day", "we will go to court") or a reporter's remark on another's, which the page shows
    and does not tell as an act between parties. An act on a party in a post stays ("I condemn the decision of the
    federal government", a news account's "Japan imposes tariffs on Korean steel"), and so does an act the page tells
    in its own lines. A sentence that ends with a post's picture link is a post's text too, its author's line there
    or not (`linked_sentences`: round 75, a post's text left in the page's body)."""
    if event.target:
        return False
    spans = [(start, end) for start, end, *_ in posts(doc)] + linked_sentences(doc)
    return bool(spans) and _told_in(event, spans)


def possible_by_nobody(event: Event, doc: Doc) -> bool:
    """A hypothetical act told by a passive verb under a modal of chance (data/relevance.yaml
    `possible_passive_modals`) with no agent: "troops could be deployed in the capital", "aid might be freed if …", a
    chance no one is named to take. A doer named ("could be imposed by Kenya"), an active verb ("Kenya could impose
    sanctions") and "would" ("the borrowings would be frozen": a plan told) keep the act."""
    if event.status != "hypothetical":
        return False
    tok = trigger_token(doc, event)
    if tok is None or tok.pos_ != "VERB" or tok.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in tok.children}
    modals = _lists().get("possible_passive_modals", frozenset())
    return "auxpass" in deps and "agent" not in deps and any(c.dep_ == "aux" and c.lower_ in modals
                                                             for c in tok.children)


def accused_by_nobody(event: Event, doc: Doc) -> bool:
    """An accusation of no day and no doer read, told by a passive verb with no agent or only critics at large
    for one, or by an active verb whose subject is such critics (data/relevance.yaml `standing_charges`): "the
    regime has been accused of starving the town", "she is accused by critics of ignoring the poor", "critics called
    him a traitor". A charge that stands, told as background, not an act of a party on a day. A doer named ("was
    accused by the minister"), a day ("was accused on Monday") or a doer the roles read keep the act."""
    values = _lists()
    if event.source or event.date is not None or event.type.lower() not in values.get("standing_charge_types", ()):
        return False
    tok = trigger_token(doc, event)
    if tok is None or tok.pos_ != "VERB":
        return False
    critics = values.get("standing_charge_critics", frozenset())
    deps = {c.dep_ for c in tok.children}
    if "auxpass" in deps or tok.dep_ == "acl" and tok.tag_ == "VBN":
        agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return all(a.lemma_.lower() in critics for a in agents)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.lemma_.lower() in critics for s in subjects)


def authors_judgement(event: Event, doc: Doc) -> bool:
    """On a page that declares itself opinion or analysis (`Document.genre` in data/relevance.yaml
    `judging_genres`), an act the page does not report: one told in a question, a supposed act (hypothetical), or an
    act neither dated (a stated date) nor attributed (who said so, or quoted: `in_quotation`) that is told in the
    present or future (`told_as_now_or_next`), unless told as going on ("are demanding": `_going_on`). The author's
    "should", his forecasts and his present-tense characterisations ("their orders have achieved nothing but chaos",
    "Xi will choose force") are his views; a past visit, vote or statement of others stays ("the envoy flew to Lima on
    Monday", "police fired teargas", "the hero of the year, as the governor tried to silence him")."""
    if getattr(doc._, "genre", None) not in _lists().get("judging_genres", frozenset()):
        return False
    sentence = event.evidence[0].text.strip() if event.evidence else ""
    if sentence.rstrip("\u201d\"'\u2019)").endswith("?") or event.status == "hypothetical":
        return True
    if event.date is not None and not event.date.inferred or event.attribution:
        return False
    tok = trigger_token(doc, event)
    return tok is not None and not in_quotation(tok) and not _going_on(tok) and told_as_now_or_next(tok)


def _going_on(tok: Token) -> bool:
    """The act's verb is a present progressive ("the lawyers are demanding that …": `status.present_progressive`):
    an act going on that the page reports, not the author's characterisation."""
    return present_progressive(tok if tok.pos_ in ("VERB", "AUX") else tok.head)


def told_as_now_or_next(tok: Token) -> bool:
    """The word's clause is in the present or under a modal (the first verb up from it whose own words give a tense:
    "has achieved", "views", "will choose"), or its sentence's main verb is under a modal ("cannot explain why …")."""
    return _tense_up(tok) in ("present", "modal") or tense_form(tok.sent.root) == "modal"


def _tense_up(tok: Token) -> str | None:
    """The tense of the first verb from `tok` up its heads whose own words give one (`status.tense_form`); none past
    a participle that modifies a noun ("the reporter arrested in May"), a clause of its own time, and none of a verb
    that bids the reader ("think back to the reporter being arrested in May": `_bidding`)."""
    for _ in range(12):
        form = tense_form(tok) if tok.pos_ in ("VERB", "AUX") and not _bidding(tok) else None
        if form is not None or tok.dep_ == "acl" or tok.head.i == tok.i:
            return form
        tok = tok.head
    return None


def _bidding(verb: Token) -> bool:
    """A sentence's main verb in the bare form with no subject and no auxiliary: an imperative, which the tagger
    may give as a present ("think back to …", "remember how …")."""
    return verb.dep_ == "ROOT" and verb.tag_ in ("VB", "VBP") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children)


def irrealis(event: Event, doc: Doc) -> bool:
    """A hypothetical act told only as what would have been, what a party would be more or less, or what one would
    like another to do: its clause chain has a past participle under a modal of `counterfactual_modals` and "have"
    ("said he would have objected to …", "would have preferred to offer the post to …"), or a comparative adjective
    under a modal "be" ("a new government would be more supportive of …"); or it is an act wished of another
    (`status.wished_of_another`: "would like to see Uganda agree to …", "would like Uganda to lift the ban") whose
    verb of wishing is one of `wish_verbs` under a modal of `wish_modals`. A view of what is not, no act. The
    wisher's own act ("would like to suggest …"), an act expected of another ("expects Chile to agree"), "would"
    alone ("would impose sanctions if …") and "have to" keep the act."""
    if event.status != "hypothetical":
        return False
    tok = trigger_token(doc, event)
    if tok is None:
        return False
    lists = _lists()
    chain = clause_chain(tok)
    if any(_counterfactual(t, lists.get("counterfactual_modals", frozenset())) for t in chain):
        return True
    if not wished_of_another(tok, load_lexicon()):
        return False
    wishes, modals = lists.get("wish_verbs", frozenset()), lists.get("wish_modals", frozenset())
    wisher = tok
    for _ in range(4):  # up through "and", "see" and "to" to the verb of wishing
        if wisher.lemma_.lower() in wishes and any(a.dep_ == "aux" and a.lower_ in modals for a in wisher.children):
            return True
        if wisher.head.i == wisher.i:
            break
        wisher = wisher.head
    return False


def _counterfactual(verb: Token, modals: frozenset[str]) -> bool:
    """A past participle with a modal and "have" ("would have objected"), or a comparative adjective ("more", "less")
    whose "be" has a modal ("would be more supportive")."""
    auxes = [a for a in verb.children if a.dep_ == "aux"]
    if verb.tag_ == "VBN":
        return any(a.lower_ in modals for a in auxes) and any(a.lemma_.lower() == "have" and a.tag_ == "VB"
                                                               for a in auxes)
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and any(c.dep_ == "advmod" and c.lower_ in ("more", "less")
                                                            for c in verb.children):
        return any(a.dep_ == "aux" and a.lower_ in modals for a in verb.head.children)
    return False


def _private_doer(actor: Entity | None, sectors: frozenset[str]) -> bool:
    """A firm no dictionary knows (`is_firm`), or a person no dictionary knows whose CAMEO code names no sector but
    those given (an academic's, a doctor's, a firm's: `private_doers`) besides his country's; a title of state
    ("Governor", "the health minister") gives the person a state's sector and keeps his act. Not a generic agent
    ("businesses", which a dictionary lists): the roles may have put it for a pronoun whose speaker is an official
    ("'we are asking people to stay home,' he said" of a mayor)."""
    return actor is not None and not actor.known and (is_firm(actor) or _private_person(actor, sectors))


def _of_people(actor: Entity | None, sectors: frozenset[str]) -> bool:
    if actor is None or actor.kind == "person":
        return False
    own = {(actor.country or "").lower(), "---"}
    if actor.id.startswith("agent:---:"):  # a region's agent ("WSTLAB"): its region is no sector
        own.add((actor.cameo or "")[:3].lower())
    named = _sectors(actor) - own
    return bool(named) and named <= sectors


def _told_in(event: Event, spans: list[tuple[int, int]]) -> bool:
    """Every sentence of the event's evidence begins inside one of the spans."""
    starts = [ev.start for ev in event.evidence if ev.start is not None]
    return bool(starts) and all(_inside(s, spans) for s in starts)


def _political_or_two_states(sides: list[Entity | None], sport: bool = False, teams: bool = False) -> bool:
    """A political side (`political_actor`), or sides of two states; on a page of sport (`teams`) not the latter:
    clubs and players of two states meet in every game."""
    return any(political_actor(a, sport) for a in sides) or not teams and _two_states(sides)


def _two_states(sides: list[Entity | None]) -> bool:
    """The sides' actors belong to two states or more."""
    return len({a.country for a in sides if a is not None and a.country}) > 1
