"""A "must" or "should" in a told clause that tells a view, asking nothing of anyone.

The "say … must" entry of patterns/request.yaml reads "told the minister (that) X must/should …" as a demand, of the
one told where the clause's subject is no party. Two forms tell what the speaker infers or expects instead (round
75): the perfect ("the shooting must have been a mistake", "Lima should have known"), what is inferred or what ought
to have been, never a course still to take; and an effect told of a thing no party is ("the incident should not
affect relations", "the dispute must not harm trade"), a hope, not a demand (data/lexicon.yaml `effect_verbs`).
A third tells a forecast (round 76): a figure of the economy that "should" be so much or move ("the Brazilian coffee
crop should be larger", "tea output should rise five pct"; lexicon `economic_figures`, `forecast_figures`,
`figure_verbs`), whatever nationality it bears. "The army should not hamper the convoys" (a party's act), "the
fighting must stop" (no effect verb), "prices should be fixed at 18 dlrs" (a passive: a step asked) and "its rice
prices should be lower" (a party's own figure) stay demands.
A fourth is told by a private person (round 79): an academic or a doctor saying what a state or anyone "should" do
gives a view, no demand between parties (`private_view`); a firm's, a union's, a group's or an official's stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.matching import quoted, reported_clauses
from dossier.events.patterns import load_lexicon

_MODALS = frozenset({"must", "should"})


def inferred(clause: Token) -> bool:
    """A "must" or "should" in the perfect: "must have been a mistake", "should have consulted Lima"."""
    auxes = [a for a in clause.children if a.dep_ == "aux"]
    return clause.tag_ == "VBN" and any(a.lower_ in _MODALS for a in auxes) and any(a.lemma_ == "have" for a in auxes)


def effect_of_a_thing(clause: Token, resolver) -> bool:
    """A "must" or "should" on a verb of effect whose subject is a common noun no actor is: "the incident should
    not affect relations"."""
    if clause.lemma_.lower() not in load_lexicon().effect_verbs or any(c.dep_ == "auxpass" for c in clause.children):
        return False
    if not any(a.dep_ == "aux" and a.lower_ in _MODALS for a in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and not s.ent_type_ and not resolver.many(s) for s in subjects)


def forecast_of_a_figure(clause: Token) -> bool:
    """A "should" on "be" or a verb of a figure's move whose subjects are all figures of the economy: "the coffee crop
    should be larger than last year's", "tea output should rise five pct" (not a passive, "prices should be fixed",
    nor a party's own figure, "told Japan its rice prices should be lower", asked of its owner)."""
    lex = load_lexicon()
    if clause.lemma_.lower() not in lex.figure_verbs | {"be", "remain", "stay"} \
            or any(c.dep_ == "auxpass" for c in clause.children) \
            or not any(a.dep_ == "aux" and a.lower_ == "should" for a in clause.children):
        return False
    figures = lex.economic_figures | lex.forecast_figures
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.pos_ == "NOUN" and {s.lower_, s.lemma_.lower()} & figures
                                  and not any(c.dep_ == "poss" for c in s.children) for s in subjects)


def private_view(source: list[str], actors: dict) -> bool:
    """Every source is a private person: one no dictionary knows whose CAMEO code names a private sector and no
    other (data/relevance.yaml people_at_large private_doers: an academic's, a doctor's, a firm man's), and no
    political actor (events/relevance.py `political_actor`): "Professor X said Egypt should float its currency". A
    person of no known sector is left as read (a title may not have given one), and so is a firm, whose call on a
    state is a request of it."""
    from dossier.events.relevance import people_words, political_actor, sectors_of  # relevance reads roles

    private = people_words().private_doers

    def _private(e) -> bool:
        if e is None or e.kind != "person" or e.known or political_actor(e):
            return False
        own = sectors_of(e) - {(e.country or "").lower(), "---", ""}
        return bool(own) and own <= private

    return bool(source) and all(_private(actors.get(i)) for i in source)


def view_told(verb: Token, resolver) -> bool:
    """Every clause with a "must" or "should" the verb reports tells a view (`inferred`, `effect_of_a_thing`,
    `forecast_of_a_figure`)."""
    clauses = [c for c in reported_clauses(verb) if not quoted(c)
               and any(a.dep_ == "aux" and a.lower_ in _MODALS for a in c.children)]
    return bool(clauses) and all(inferred(c) or effect_of_a_thing(c, resolver) or forecast_of_a_figure(c)
                                 for c in clauses)
