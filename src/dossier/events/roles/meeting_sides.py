"""A meeting's visitor and host: talks between two countries take the visitor as source and the host as target."""

from __future__ import annotations

from functools import cache
from pathlib import Path


from spacy.tokens import Doc, Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import PLACE_PREPS, governor, prep_objects
from dossier.model import Event

# Modes of a meeting of parties (CONSULT): talks and negotiations. Not a visit (its traveller is already its source,
# its host or place its target), nor a call, which takes place nowhere.
MEETING_MODES = frozenset({"meet", "negotiate"})


def _side_countries(ids: list[str], actors: dict) -> set[str] | None:
    """The countries of one side's actors; None when a side has an actor of no known country or names a place (a
    meeting "in Moscow" read as held with Moscow is no party to orient)."""
    out = set()
    for ident in ids:
        entity = actors.get(ident)
        if entity is None or not entity.country or entity.kind == "place":
            return None
        out.add(entity.country)
    return out


def _host_country(trigger: Token | None, actors: dict, token_actor: dict) -> str | None:
    """The country of the place the meeting is told to take place in: "in"/"at" a place on its trigger, or on the
    verb a noun trigger is the object of, or on the party after them ("met X in Moscow", "held talks in Beijing",
    "In Moscow, X met Y"); not on the subject, where the place tells who it is ("lawmakers in Fornost met…").
    None where it names no place, or places of several countries."""
    if trigger is None:
        return None
    heads = [trigger] + ([gov] if trigger.pos_ in ("NOUN", "PROPN") and (gov := governor(trigger)) is not None else [])
    # the parser often hangs the place on the object after the verb: "met X in Moscow", "talks with X in Moscow"
    heads += [o for h in heads for o in h.children if o.dep_ in ("dobj", "obj")] + [
        o for h in heads for o in prep_objects(h, ("with",))]
    countries = {actors[a].country for h in heads for p in prep_objects(h, PLACE_PREPS)
                 if (a := token_actor.get(p.i)) in actors and actors[a].country}
    return countries.pop() if len(countries) == 1 else None


def _visited_country(visit: Event, actors: dict) -> str | None:
    """The one country a visit goes to (its target: a place, a state or the host)."""
    countries = {c for i in visit.target if (c := getattr(actors.get(i), "country", None))}
    return countries.pop() if len(countries) == 1 else None


_MEETINGS = Path(__file__).parent / "data" / "meetings.yaml"


@cache
def meeting_words() -> tuple[frozenset[str], frozenset[str]]:
    """The participles that tell a noun's actor is on a visit, and the verbs whose object may be a gerund clause
    (data/meetings.yaml)."""
    data = load_yaml(_MEETINGS)
    return frozenset(w.lower() for w in data["visiting"]), frozenset(w.lower() for w in data["gerund_verbs"])


def described_visitor(tok: Token) -> Token | None:
    """The noun a "visiting" put before it describes ("the visiting minister", "met visiting Chinese Foreign Minister
    X"): its head where the parser made it an adjective, or its object where the parser made it a clause on the verb
    right before it ("told visiting X", "met visiting X": the verb has no object of its own nor is one that takes a
    gerund clause, "visiting" has no subject, aux or adverb of its own, and its object's phrase follows it at once).
    None for a verb of visiting ("X is visiting Y", "started visiting Y")."""
    visiting, gerund_verbs = meeting_words()
    if tok.lower_ not in visiting or tok.tag_ != "VBG":
        return None
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ not in ("xcomp", "advcl") or tok.i != tok.head.i + 1 or tok.head.pos_ != "VERB" \
            or tok.head.lemma_.lower() in gerund_verbs \
            or any(c.dep_ in ("dobj", "obj", "dative") for c in tok.head.children) \
            or any(c.dep_ in ("nsubj", "aux", "mark", "prep", "advmod") and c.i < tok.i for c in tok.children):
        return None
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].left_edge.i != tok.i + 1 or objects[0].pos_ != "PROPN":
        return None
    return objects[0]


def _visitors(sent, token_actor: dict) -> set[str]:
    """The actors a sentence calls visiting ("the visiting minister"): those named in the noun phrase (up to its
    head) a prenominal "visiting" describes."""
    out = set()
    for tok in sent:
        noun = described_visitor(tok)
        if noun is not None:
            out |= {token_actor[i] for i in range(noun.left_edge.i, noun.i + 1) if i in token_actor}
    return out


def _visitor_side(event: Event, sides: tuple[set[str], set[str]], visits: list[Event], visiting: set[str],
                  host: str | None, actors: dict) -> int | None:
    """Which side of a meeting (0: its source, 1: its target) came from abroad, the other being the host: the side
    the sentence calls visiting ("met the visiting minister"); else the side of the other country than `host`, that
    of the place the meeting is told in; else than that of the one country visits told in the same sentence go to
    ("X, visiting Moscow, met Y", "Y met X, who arrived in Moscow on Monday"). None where nothing in the
    sentence tells, or where the place is of both sides' countries or of neither (a meeting at a third place: "met
    in Geneva", at the UN). The story's dateline is not read: a wire dated in one capital tells of meetings
    elsewhere."""
    called = [k for k, side in enumerate((event.source, event.target)) if set(side) & visiting]
    if len(called) == 1:
        return called[0]
    if host is None:
        visited = {_visited_country(v, actors) for v in visits}
        host = visited.pop() if len(visited) == 1 else None
    if host is None:
        return None
    at_home = [k for k in (0, 1) if host in sides[k]]
    return 1 - at_home[0] if len(at_home) == 1 else None


def visitor_first(doc: Doc, events: list[Event], trigger_of) -> None:
    """A meeting or talks between parties of two countries (CONSULT of MEETING_MODES) take as source the visitor and
    as target the host, as a visit does, whatever order the sentence names them in ("Putin met Wang in Moscow",
    "talks in Beijing between X and Y", "Putin met the visiting Wang"): the sides are swapped where the source is the
    host (`_visitor_side`); a visit named by a prenominal "visiting" ("told the visiting minister") is made by the
    noun's actor. In place. `trigger_of(doc, event)` gives the event's trigger token."""
    actors = doc._.actors or {}
    token_actor = doc._.token_actor or {}
    visits = [e for e in events if e.type == "CONSULT" and e.mode == "visit" and e.cameo != "043" and e.source
              and e.evidence]
    for event in events:
        if event.type != "CONSULT" or not event.source or not event.target or not event.evidence:
            continue
        if event.mode == "visit":
            trigger = trigger_of(doc, event)
            if trigger is not None and described_visitor(trigger) is not None:
                visiting = _visitors(trigger.sent, token_actor)
                if set(event.target) & visiting and not set(event.source) & visiting:
                    _swap(event)
            continue
        if event.mode not in MEETING_MODES:
            continue
        source, target = _side_countries(event.source, actors), _side_countries(event.target, actors)
        if not source or not target or source == target:
            continue
        here = [v for v in visits if v is not event and v.evidence[0].start == event.evidence[0].start]
        trigger = trigger_of(doc, event)
        visiting = _visitors(trigger.sent, token_actor) if trigger is not None else set()
        host = _host_country(trigger, actors, token_actor)
        if _visitor_side(event, (source, target), here, visiting, host, actors) == 1:
            _swap(event)


def _swap(event: Event) -> None:
    event.source, event.target = event.target, event.source
    if event.inferred:
        event.inferred = [{"source": "target", "target": "source"}[s] for s in event.inferred]
