"""Whom a figure concerns (actors in its clause) and when (a timex in its clause, not the article date)."""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

from dossier.facts.lexicon import lexicon, money_words
from dossier.model import DateValue, Timex
from dossier.nlp.extensions import doc_text
from dossier.nlp.spans import entity_at

ACTOR_LABELS = {"GPE", "ORG", "NORP", "FAC", "LOC", "PERSON"}
COUNTRY_LABELS = {"GPE", "NORP"}
JOINERS = re.compile(r"^\s*(and|to|through|until|-|–|—)\s*$", re.IGNORECASE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def subjects(doc: Doc, clause: list[Token], skip: range,
             described: dict[int, list[str]] | None = None) -> tuple[list[str], int]:
    """Entity ids of the actors in the clause, in order, and how many of them are countries.
    `skip` holds the figure's own number tokens; `described` the definite descriptions already resolved
    ("the two countries" -> two ids). A demonym or name that only describes another actor ("a state-owned
    Chinese company" after a company's name, "the Chinese technology company") is not a party."""
    token_actor = doc._.token_actor or {}
    actors = doc._.actors or {}
    described = described or {}
    ids: list[str] = []
    countries = 0
    in_apposition: dict[int, bool] = {}
    header = dateline_end(doc)
    tree = _tree(doc)
    for t in clause:
        if t.i < header or t.i in skip or _describes_other(t.i, tree, token_actor, described, in_apposition, header):
            continue
        found = [token_actor[t.i]] if t.i in token_actor else described.get(t.i, [])
        if not found and t.ent_type_ in ACTOR_LABELS and t.lower_ not in money_words():
            ent = entity_at(t)
            # a word of a resolved name the resolver left out ("The" of "The Bank of England") is that actor
            known = next((token_actor[u.i] for u in ent if u.i in token_actor), None)
            found = [known] if known is not None else [f"unk:{t.ent_type_}:{_slug(ent.text)}"]
        for ident in found:
            if ident in ids:
                continue
            entity = actors.get(ident)
            if entity is not None:
                country = entity.type in COUNTRY_LABELS
            else:
                country = ident.startswith(("unk:GPE", "unk:NORP"))
            ids.append(ident)
            countries += country
    return ids, countries


DATELINE_DASHES = {"-", "--", "\u2014", "\u2013"}


def dateline_end(doc: Doc) -> int:
    """The first token after the story's dateline ("LONDON, March 3 - "), 0 where the text does not open with it:
    the place a story was filed from is no party to the figures of its first sentence."""
    place = (doc._.dateline or "").split(",")[0].strip().lower()
    if not place or not doc_text(doc)[:len(place) + 40].lower().lstrip().startswith(place):
        return 0
    return next((t.i + 1 for t in doc[:16] if t.text in DATELINE_DASHES), 0)


def _describes_other(i: int, tree: tuple[list[int], list[bool], list[bool]], token_actor: dict[int, str],
                     described: dict[int, list[str]], in_apposition: dict[int, bool], header: int = 0) -> bool:
    """True for a modifier of another actor's noun, or for anything inside an apposition to an actor (not to the
    dateline's place before `header`, which the parser takes for a subject with the lede as its apposition), for
    token i of the Doc whose `_tree` is given. `in_apposition` remembers the answer for tokens already walked
    (ancestors are shared)."""
    heads, appos, modifier = tree
    head = heads[i]
    if modifier[i] and head != i:
        other = token_actor.get(head) or (described.get(head) or [None])[0]
        if other is not None and other != token_actor.get(i):
            return True
    path, node, found = [], i, False
    while heads[node] != node:
        if node in in_apposition:
            found = in_apposition[node]
            break
        if appos[node] and heads[node] >= header and (heads[node] in token_actor or heads[node] in described):
            found = True
            break
        path.append(node)
        node = heads[node]
    for i in path:
        in_apposition[i] = found
    return found


def _tree(doc: Doc) -> tuple[list[int], list[bool], list[bool]]:
    """Each token's head position, whether it is an apposition and whether a modifier (amod, compound), read once
    per Doc as arrays (walking `token.head` builds a new Token at every step)."""
    if "dossier_tree" not in doc.user_data:
        rows = doc.to_array([HEAD, DEP]).astype("int64")
        strings = doc.vocab.strings
        appos, amod, compound = (np.int64(np.uint64(strings[d])) for d in ("appos", "amod", "compound"))
        doc.user_data["dossier_tree"] = ((np.arange(len(rows)) + rows[:, 0]).tolist(), (rows[:, 1] == appos).tolist(),
                                         ((rows[:, 1] == amod) | (rows[:, 1] == compound)).tolist())
    return doc.user_data["dossier_tree"]


def time_of(doc: Doc, clause: list[Token], skip: range) -> DateValue | None:
    """The nearest dated timex inside the clause; two joined by 'and'/'to' become one interval."""
    timexes: list[Timex] = [t for t in (doc._.timexes or []) if t.value is not None and t.value.start]
    if not timexes or not clause:
        return None
    lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
    inside = {t.i for t in clause}
    span = doc[skip.start:skip.stop]
    fig_start, fig_end = span.start_char, span.end_char
    own = set(range(span.root.head.left_edge.i, span.root.head.right_edge.i + 1))
    found = [t for t in timexes if lo <= t.start and t.end <= hi and _tok(doc, t.start) in inside
             and not _compared_apart(doc, t, skip)]
    if not found:
        return None
    found.sort(key=lambda t: t.start)

    def distance(t: Timex) -> tuple[bool, int]:
        gap = t.start - fig_end if t.start >= fig_end else fig_start - t.end
        return _tok(doc, t.start) not in own, max(gap, 0)

    best = min(range(len(found)), key=lambda k: distance(found[k]))
    first = last = found[best]
    text = doc_text(doc)
    if best + 1 < len(found) and JOINERS.match(text[first.end:found[best + 1].start]):
        last = found[best + 1]
    elif best > 0 and JOINERS.match(text[found[best - 1].end:first.start]):
        first = found[best - 1]
    if first is last:
        return first.value
    return DateValue(start=first.value.start, end=last.value.end or last.value.start,
                     precision=first.value.precision, text=text[first.start:last.end])


def _compared_apart(doc: Doc, timex: Timex, skip: range) -> bool:
    """A time inside a phrase the figure is compared against, the figure outside it: "rose to 5 mln dlrs from 3 mln
    a year earlier", "a deficit from a surplus two years earlier", "rose 5 pct from a year earlier" (the earlier
    time is the compared figure's or the compared time itself). The phrase opens with a word of `comparison_preps`
    (or "with" after "compared", `comparison_verbs`) and compares a figure (a number outside the time) or hangs on a
    verb or adverb ("up from … in 2011"); a time that is the phrase's object is compared where it hangs on a word of
    change (`change_words`). Not a range the phrase opens ("rose from January to March"), an onset ("set at 70,000
    yen from March 2"), a deadline ("to 58 from 30 aircraft by 1995": the target's), a phrase without a figure on a
    noun ("exports from Chile in 2021"), nor where the figure is itself a compared one ("imports fell to 5 tonnes in
    1986 from 6 in 1985, and exports to 7 from 8 tonnes": 8 is 1985's)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    lex = lexicon()
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in lex.deadline_preps:
        return False
    if any(_compares(a, lex) for a in doc[skip.start].ancestors):
        return False  # the figure is a compared one: compared times are its own kind
    own = range(span.start, span.end)
    after = next((t.lower_ for t in doc[span.end: span.end + 3] if not t.is_punct), "")
    ranged = after in lex.range_words or any(t.lower_ in lex.range_words for t in span[1:])
    for node in root.ancestors:
        if not _compares(node, lex):
            continue
        if any(c.i in own for c in node.children) and (ranged or node.head.lemma_.lower() not in lex.change_words):
            continue  # "from January to March": a range; "set at 70,000 from March 2": from then on
        phrase = range(node.left_edge.i, node.right_edge.i + 1)
        if node.head.pos_ in ("VERB", "AUX", "ADV", "ADJ") or any(
                (t.like_num or t.pos_ == "NUM") and t.i not in own for t in doc[phrase.start:phrase.stop]):
            return True
    return False


def _compares(node: Token, lex) -> bool:
    """A preposition that opens what a figure is compared against ("from", "against", "compared with")."""
    return node.dep_ == "prep" and (node.lower_ in lex.comparison_preps
                                    or node.lower_ in lex.comparison_verbs.get(node.head.lemma_.lower(), ()))


def _tok(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1
