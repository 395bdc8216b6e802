"""An act on a noun that names an earlier act again ("Rohan rejected the deal", "X denied the allegations",
"Under the accord, Japan will buy…") takes its empty side from that earlier act's parties."""

from __future__ import annotations

from functools import cache
from pathlib import Path


from spacy.tokens import Doc, Token

from dossier.data_files import load_yaml
from dossier.events.roles.doers import governor
# nouns that name an earlier act again (one list, with dates; measures with parties only)
from dossier.events.named_again import measures_again, named_again, parties_again
from dossier.model import Event

_ANSWERED = Path(__file__).parent / "data" / "acts_answered.yaml"
_DEFINITE = frozenset({"the", "this", "that"})
_OWN = frozenset({"its", "their"})  # the doer's own measure named again: "will lift its embargo"
_WHEN_LABELS = frozenset({"DATE", "TIME"})
_ON_DEPS = ("dobj", "nsubjpass", "attr")


def _types_by_noun(path: Path) -> dict[str, frozenset[str]]:
    """Noun -> PLOVER types, from a data file of types each listing nouns."""
    out: dict[str, set[str]] = {}
    for ptype, nouns in load_yaml(path).items():
        for noun in nouns:
            out.setdefault(noun.lower(), set()).add(ptype)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def answered() -> dict[str, frozenset[str]]:
    """Noun -> the PLOVER types of the earlier act whose author an answer to it is done to ("denied the
    allegations": the accuser; data/acts_answered.yaml)."""
    return _types_by_noun(_ANSWERED)


def names_an_act(noun: Token) -> bool:
    """The noun names an act someone does (an offer, a demand, a protest, a deal: data/acts_answered.yaml and
    acts_named_again.yaml), not a thing or a state ("our security", "our access to the market")."""
    return noun.lemma_.lower() in answered() or noun.lower_ in answered() \
        or noun.lemma_.lower() in named_again() or noun.lower_ in named_again()


@cache
def talks_nouns() -> frozenset[str]:
    """Nouns of talks: those that name again a CONSULT act (data/acts_named_again.yaml), less visits and
    conferences (a visit to X, a conference with X as a speaker, is not held with X as a party of talks)."""
    return frozenset(n for n, types in named_again().items() if "CONSULT" in types) - {"visit", "conference"}


def _under(noun: Token) -> list[Token]:
    """The noun and, after "of", the noun it is part of: "the terms of the loan", "the framework of the accord"."""
    return [noun] + [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]


def _acted_on(trigger: Token) -> list[Token]:
    """What the act is done to: its object, or the object of its preposition ("rejected the deal", "the
    refusal of the deal", "pulled out of the deal"), or the noun a participle trigger describes ("the loan, agreed
    during a visit")."""
    out = [c for c in trigger.children if c.dep_ in _ON_DEPS]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
        out.append(trigger.head)
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        out += [o for o in prep.children if o.dep_ == "pobj"]
        out += [o for p in prep.children if p.dep_ in ("prep", "pcomp") for o in p.children if o.dep_ == "pobj"]
    return out + _done_under(trigger)


def _done_under(trigger: Token) -> list[Token]:
    """The earlier act under which an act is done: "Under the accord, X will buy…", "under the terms of the
    loan"."""
    return [n for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "under"
            for o in prep.children if o.dep_ == "pobj" for n in _under(o)]


def _framing_act(trigger: Token) -> list[Token]:
    """The act a noun trigger is the object of: "the agreement followed months of talks with X" (the agreement's
    parties held the talks), "the deal came after talks with X"."""
    if trigger.pos_ != "NOUN":
        return []
    verb = governor(trigger)
    tok = trigger
    for _ in range(3):  # "came after weeks of talks": up through prepositions and a measure's "of"
        if verb is not None or tok.dep_ != "pobj":
            break
        tok = tok.head.head
        verb = tok if tok.pos_ in ("VERB", "AUX") else governor(tok) if tok.pos_ == "NOUN" else None
    return [] if verb is None else [s for s in verb.children if s.dep_ == "nsubj"]


def _named_again_types(noun: Token, table: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """The types of earlier act a definite noun ("the deal", "this trade agreement", "today's accord") names again
    (`table`: named_again(), or answered()); none when a name or a possessor tells which one it is ("the Minsk
    deal", "Rohan's deal": the sentence's own). A day's possessive ("Friday's accord", "today's agreement") dates
    the act and names no other one; "its" or "their" before a measure ("will lift its embargo") names the doer's own
    measure told before."""
    table = named_again() if table is None else table
    types = table.get(noun.lemma_.lower()) or table.get(noun.lower_)
    dated = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in _WHEN_LABELS]
    if noun.lemma_.lower() in measures_again() or noun.lower_ in measures_again():
        dated += [c for c in noun.children if c.dep_ == "poss" and c.lower_ in _OWN]
    if not types or not (dated or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)):
        return frozenset()
    if any((c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_) and c not in dated for c in noun.children):
        return frozenset()
    return types


def _parties(event: Event, countries: dict[str, str | None]) -> frozenset[str]:
    """Who took part in an act, by country where the actors have one ("the U.S." and "Shultz" are one party)."""
    ids = list(dict.fromkeys(event.source + event.target))
    known = frozenset(c for i in ids if (c := countries.get(i)))
    return known or frozenset(ids)


def refer_back(doc: Doc, events: list[Event], trigger_of) -> None:
    """An event with one side filled, done to a noun that names again an earlier act ("Rohan rejected the deal",
    "the loan, agreed during a visit", "London will lift the embargo": the embargo's target) or done under it
    ("Under the accord, Japan will buy…"), takes as its empty side the parties of that act other than its own side,
    when exactly one earlier sentence's event of the noun's types (one set of parties, compared by country) exists,
    and for a measure only when its own side was one of that measure's parties; in place. An empty source is filled
    only for an act done under the earlier one ("Under the accord, Japan will receive aid": from the accord's other
    party) or one the earlier act framed ("the agreement followed talks with X": the agreement's other party met X).
    `trigger_of(doc, event)` gives the event's trigger token."""
    actors = doc._.actors or {}
    countries = {i: e.country for i, e in actors.items()}
    for event in events:
        if bool(event.source) == bool(event.target) or not event.evidence:
            continue
        trigger = trigger_of(doc, event)
        if trigger is None:
            continue
        nouns = _acted_on(trigger) if event.source else _done_under(trigger) + _framing_act(trigger)
        types = frozenset().union(*(_named_again_types(n, parties_again()) for n in nouns))
        if not types:
            if event.source:  # "X denied the allegations": the accuser
                _answer(event, events, nouns, countries)
            continue
        start = event.evidence[0].start
        earlier = [e for e in events if e.type in types and e.evidence and e.evidence[0].start < start
                   and e.source and e.target]
        if len({_parties(e, countries) for e in earlier}) != 1:
            continue  # none, or several acts the noun could name
        filled = event.source or event.target
        own = {countries.get(i) for i in filled} - {None}
        measure = any(_named_again_types(n, measures_again()) for n in nouns)
        if measure and not _takes_part(filled, own, earlier[0], countries):
            continue  # "Paris will lift its embargo" after London's: another party's measure
        parties = [p for p in dict.fromkeys(earlier[0].source + earlier[0].target)
                   if p not in filled and not (countries.get(p) and countries.get(p) in own)]
        if any(countries.get(p) for p in parties):
            parties = [p for p in parties if countries.get(p)]  # the states, not a name for the deal beside them
        if parties:
            if event.source:
                event.target = parties
            else:
                event.source = parties


def _takes_part(filled: list[str], own: set[str], earlier: Event, countries: dict[str, str | None]) -> bool:
    """Whether a side (its actors `filled`, their countries `own`) is one of an earlier act's parties."""
    return any(i in filled or countries.get(i) in own for i in earlier.source + earlier.target)


def _answer(event: Event, events: list[Event], nouns: list[Token], countries: dict[str, str | None]) -> None:
    """An act with a source and no target done to a noun that names what someone said or asked before ("X denied
    the allegations", "Y turned down the demand", data/acts_answered.yaml) takes as its target the author of the
    earlier acts of the noun's types, told in earlier sentences, when they have one author (by country) and it is
    not the one who answers, or it is of the answerer's country but asked the answerer itself; in place."""
    types = frozenset().union(*(_named_again_types(n, answered()) for n in nouns))
    if not types:
        return
    start = event.evidence[0].start
    own = set(event.source) | {c for i in event.source if (c := countries.get(i))}
    earlier = [e for e in events if e.type in types and e.source and e.evidence and e.evidence[0].start < start]
    authors = {frozenset(countries.get(i) or i for i in e.source) for e in earlier}
    if len(authors) != 1:
        return  # none, or several acts the noun could name
    asked = set(event.source) & {i for e in earlier for i in e.target} and not set(event.source) & {
        i for e in earlier for i in e.source}
    if authors.pop() & own and not asked:
        return  # the answer's own side's; not a group of its own people that asked it ("farmers urged the
        # government to act. The government turned down the request": the farmers' request, though both are Kenyan)
    event.target = list(earlier[-1].source)
