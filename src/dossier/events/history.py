"""Pure history: an act the story dates two calendar years or more before its own year ("was occupied in the 1967
war", "signed a protocol in 1985", "a strike two years ago"), or a state of things kept up since then ("has been
fighting the government since 1976"), is the background of the news, not its news (the realnews gold codes no pure
history). An act between two states stays: the relationship's own history ("the trade accord Chile and Peru
concluded in 2006") is part of the record an analyst follows, dated to its year. The time must hang on the act's
own word, not on a noun it governs ("a meeting that reviews the 1955 waiver" is this year's meeting). A year back
("last year", "in July 2018" on a 2019 page) may still be a dated part of the story's episode and stays."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.dates import sentence_timexes
from dossier.model import DateValue, Timex
from dossier.nlp.heads import reaches

# How many calendar years before the story's year an act's time must end for the act to be history.
HISTORY_YEARS = 2
# The links a time phrase may hang on the act's word by: a preposition and its object ("in 1985"), a noun phrase of
# time ("two years ago", "last year"), a year inside the occasion's noun ("in the 1948 war").
_TIME_LINKS = frozenset({"pobj", "prep", "npadvmod", "advmod", "nummod", "compound", "amod", "nmod", "quantmod",
                         "tmod", "pcomp"})


def told_as_history(anchors: list[Token], value: DateValue | None, published: str | None,
                    timexes: list[Timex]) -> bool:
    """The act, dated `value`, is told as history: its time (its start for "since …") lies `HISTORY_YEARS`
    calendar years or more before the story's year, and hangs on one of the `anchors` (the trigger, a noun's verb)."""
    if value is None or value.inferred or not published or not anchors:
        return False
    text = (value.text or "").lower()
    year = value.start if text.startswith("since") else (value.end or value.start)
    if not year or not year[:4].isdigit() or not published[:4].isdigit():
        return False
    if int(published[:4]) - int(year[:4]) < HISTORY_YEARS:
        return False
    return any(_hangs_on(root, {a.i for a in anchors}) for tx, root in sentence_timexes(anchors[0].sent, timexes)
               if (tx.value.text or "").lower() == text)


def _hangs_on(root: Token, anchor_ids: set[int]) -> bool:
    """The time phrase's root reaches an anchor within a few links of time phrases, through no clause of its own."""
    return reaches(root, _TIME_LINKS, anchor_ids, 4)


def between_states(source: list[str], target: list[str], actors: dict) -> bool:
    """Each side names a state's actor (an entity with a country) and no state is on both sides: an act of two
    states on each other."""
    def countries(ids: list[str]) -> set[str]:
        return {c for c in (getattr(actors.get(i), "country", None) for i in ids) if c}
    theirs, others = countries(source), countries(target)
    return bool(theirs and others and not theirs & others)
