"""How prominent each event of a document is: how much a reader would list it among the story's main acts.

News is written top-down: the lede and the first paragraphs tell the main acts, the title names their actors or
the act, the main act is told again further down, and what is only background (an earlier act in a relative or
"after" clause, history) or speculation comes lower. Each signal is read per document as a value in 0..1; the
prominence is their weighted sum times the status's factor. The weights and values are data
(data/prominence.yaml). Prominence orders and selects events; it removes none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from dossier.data_files import load_yaml
from dossier.events.clauses import is_background
from dossier.merge.intervals import interval
from dossier.model import Entity, Event

DATA = Path(__file__).parent / "data" / "prominence.yaml"

_INDENTED = re.compile(r"\n[ \t]+(?=\S)")  # a wire's paragraph: a line begun with spaces
_BLANK = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"\n\s*")
_WORD = re.compile(r"[^\W_]+(?:['’.&-][^\W_]+)*")
_BEFORE_THE_ACT = frozenset({"after", "following", "since", "before", "amid", "despite"})


@dataclass(frozen=True)
class Weights:
    """data/prominence.yaml."""

    weights: dict[str, float]
    position: tuple[float, ...]
    later: float
    repeated: tuple[float, ...]
    title_actor: float
    title_act: float
    title_type: float
    title_type_words: dict[str, frozenset[str]]
    status: dict[str, float]
    history_factor: float
    main_at: float
    lede_clause: float
    earlier_words: frozenset[str]


@lru_cache(maxsize=1)
def weights() -> Weights:
    data = load_yaml(DATA)
    return Weights(weights=dict(data["weights"]), position=tuple(data["position"]), later=data["later"],
                   repeated=tuple(data["repeated"]), title_actor=data["title_actor"], title_act=data["title_act"],
                   title_type=data["title_type"], title_type_words={t: frozenset(w.lower() for w in words)
                                     for t, words in (data.get("title_type_words") or {}).items()},
                   status=dict(data["status"]), history_factor=data["history_factor"], main_at=data["main_at"],
                   lede_clause=data["lede_clause"],
                   earlier_words=frozenset(w.lower() for w in data.get("earlier_words") or ()))


def main_at() -> float:
    """The prominence from which an event is one of its story's main events (`dossier events --main`)."""
    return weights().main_at


def _wrapped(text: str) -> bool:
    """Whether the text's lines are wrapped inside its paragraphs (a raw wire, a plain-text file): most of its
    lines end inside a sentence (no closing punctuation) and none is long."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4 or max(len(line) for line in lines) > 100:
        return False
    open_ends = sum(1 for line in lines if not line.endswith((".", "!", "?", '"', "”", ":")))
    return open_ends * 2 > len(lines)


def paragraph_starts(text: str) -> list[int]:
    """The character offsets where the text's paragraphs begin. A text whose lines are wrapped (`_wrapped`) begins
    one after a blank line or at an indented line start (a wire's); any other (a page, a wire as the ingest
    unwraps it) at every line."""
    if _wrapped(text):
        breaks = [m.end() for m in _INDENTED.finditer(text)] + [m.end() for m in _BLANK.finditer(text)]
    else:
        breaks = [m.end() for m in _LINE.finditer(text)]
    return sorted({0, *breaks})


def paragraph_of(offset: int, starts: list[int]) -> int:
    """The index of the paragraph (0: the first) that the offset lies in; `starts` from `paragraph_starts`."""
    return sum(1 for s in starts[1:] if s <= offset)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text or "")]


def names_in_title(names: set[str], title: str) -> bool:
    """A name (of one or more words) stands in the title as whole words, in any case; a one-word name of five or
    more letters also as a word's beginning ('Japan' in 'Japanese')."""
    words = _words(title)
    for name in names:
        parts = _words(name)
        if not parts or (len(parts) == 1 and len(parts[0]) < 2):
            continue
        n = len(parts)
        if any(words[i:i + n] == parts for i in range(len(words) - n + 1)):
            return True
        if n == 1 and len(parts[0]) >= 5 and any(w.startswith(parts[0]) for w in words):
            return True
    return False


def act_in_title(lemma: str, title: str) -> bool:
    """The act's word stands in the title: a title word begins with the trigger's lemma's first five letters
    ('sanction' in 'SANCTIONS', 'agree' in 'Agreement'); a lemma of fewer than four letters is no clue."""
    lemma = lemma.lower()
    if len(lemma) < 4:
        return False
    stem = lemma[:5]
    return any(w.startswith(stem) for w in _words(title))


def type_in_title(type_words: frozenset[str], title: str) -> bool:
    """The title names an act of the event's type by another word: one of its words is one of `type_words`
    (data/prominence.yaml's title_type_words: 'STRIKES' for a walkout, 'LOAN' for credit approved)."""
    return any(w in type_words for w in _words(title))


def _actor_names(ids: list[str], actors: dict[str, Entity]) -> set[str]:
    """The names and aliases of these actors and of their countries' states as the document names them."""
    names, countries = set(), set()
    for i in ids:
        entity = actors.get(i)
        if entity is None:
            continue
        names |= {entity.name, *entity.aliases}
        if entity.country:
            countries.add(entity.country)
    for entity in actors.values():
        if entity.country in countries and entity.type == "GPE" and entity.kind == "government":
            names |= {entity.name, *entity.aliases}
    return names


def told_in_passing(tok: Token | None) -> bool:
    """A trigger told as background to its sentence's own news: in a relative, adverbial or noun-modifying
    clause (`clauses.is_background`), or a noun after "after", "following", "since"… ("after the talks")."""
    if tok is None:
        return False
    if is_background(tok):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _BEFORE_THE_ACT


def told_as_earlier(tok: Token | None, words: frozenset[str]) -> bool:
    """A verb the writer tells as done before the story's news, in a clause of the writer's own (no reported clause
    above it): in the past perfect ("the government had imposed curbs") or with one of `words` (data/prominence.yaml's
    earlier_words: "has already banned"). In a reported clause the past perfect is the speaker's past ("said it had
    agreed") and stays the news."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(a.dep_ == "ccomp" for a in [tok, *tok.ancestors]) or any(
            c.dep_ == "parataxis" for c in tok.sent.root.children):  # "had agreed, a spokesman said"
        return False
    perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children)
    return perfect or any(c.dep_ == "advmod" and c.lower_ in words for c in tok.children)


def in_a_clause_of_its_own(tok: Token | None) -> bool:
    """A trigger that heads (or is joined by "and" to the head of) a relative or adverbial clause with a subject of
    its own: "banks closed as staff went on strike", "a visit during which he discussed the debt", "called off the
    strike after the authorities agreed". A purpose or participle clause without a subject ("loans to assist
    Jamaica", "a ceiling agreed by the group", "a resolution urging talks") is none."""
    if tok is None:
        return False
    head = tok.head if tok.dep_ == "conj" else tok
    return head.dep_ in ("relcl", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def is_history(event: Event, published: str | None) -> bool:
    """An act done, dated a year or more before the article."""
    if event.status != "occurred" or not published:
        return False
    span = interval(event.date)
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return False
    return span is not None and span[1] <= day - timedelta(days=365)


def _same_act(a: Event, b: Event) -> bool:
    """Two events that may tell one act: the same type and a shared actor on the same side."""
    return a.type == b.type and bool(set(a.source) & set(b.source) or set(a.target) & set(b.target))


def _table(values: tuple[float, ...], index: int, beyond: float | None = None) -> float:
    if index < len(values):
        return values[index]
    return values[-1] if beyond is None else beyond


def rank(doc: Doc, events: list[Event], trigger_of: Callable[[Doc, Event], Token | None]) -> None:
    """Set each event's `prominence` (0..1) from how the document tells it; `trigger_of` finds its trigger word."""
    w = weights()
    starts = paragraph_starts(doc.text)
    title = doc._.headline or ""
    actors = doc._.actors or {}
    for event in events:
        at = event.evidence[0].start if event.evidence and event.evidence[0].start is not None else None
        paragraph = paragraph_of(at, starts) if at is not None else None
        position = _table(w.position, paragraph, w.later) if paragraph is not None else w.later
        sentences = {e.evidence[0].start for e in events if e.evidence and _same_act(e, event)}
        repeated = _table(w.repeated, max(len(sentences), 1) - 1)
        tok = trigger_of(doc, event)
        in_title = 0.0
        if title:
            if names_in_title(_actor_names(event.source + event.target, actors), title):
                in_title += w.title_actor
            if tok is not None and act_in_title(tok.lemma_, title):
                in_title += w.title_act
            elif type_in_title(w.title_type_words.get(event.type or "", frozenset()), title):
                in_title += w.title_type
        direct = 1.0
        if told_as_earlier(tok, w.earlier_words):
            direct = 0.0
        elif told_in_passing(tok):
            direct = w.lede_clause if paragraph == 0 and in_a_clause_of_its_own(tok) else 0.0
        score = (w.weights["position"] * position + w.weights["repeated"] * repeated
                 + w.weights["title"] * min(in_title, 1.0) + w.weights["direct"] * direct)
        score *= w.status.get(event.status or "occurred", 1.0)
        if is_history(event, doc._.published):
            score *= w.history_factor
        event.prominence = round(max(0.0, min(score, 1.0)), 3)
