"""The noun of an act a time after it belongs to, whatever word the parser hangs the time on: a scheduling word
between them ("the IMF meeting in Washington starting on April 9", "a board session scheduled for May 1", "the
summit due to open on Monday"; time lexicon `scheduling_words`), or, for a time still to come, nothing but a place
("the G77 meeting in Havana next month"). The time dates that noun's act, and an act told before the noun is
before it, not on it (events/dates.py `_later_act_before`, `_ahead_of`)."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.events.named_again import dated_again
from dossier.time.lexicon import words as time_words

_PLACE_PREPS = frozenset({"in", "at"})


def _act_noun(tok: Token) -> bool:
    """A noun of an act (data/acts_named_again.yaml) or of a gathering (time lexicon `gathering_nouns`)."""
    words = (tok.lemma_.lower(), tok.lower_)
    table = dated_again()
    return tok.pos_ in ("NOUN", "PROPN") and any(w in table or w in time_words("gathering_nouns") for w in words)


def _before_place(doc, i: int) -> int:
    """The index left of a place phrase that ends at `i` ("in Washington", "at the Hague"), else `i` itself."""
    j = i
    while j >= 0 and (doc[j].pos_ == "PROPN" or (doc[j].lower_ == "the" and j < i)):
        j -= 1
    if j < i and j >= 0 and doc[j].lower_ in _PLACE_PREPS:
        return j - 1
    return i


def noun_of_time(first: int, doc, scheduled_only: bool = False) -> Token | None:
    """The noun of an act a time starting at token `first` belongs to: the act noun before a scheduling word (and
    its fillers) and a place phrase; with `scheduled_only` False, also the act noun right before the time or before
    a place phrase only. None where anything else stands between them."""
    i, said = first - 1, False
    fillers, scheduling = time_words("scheduling_fillers"), time_words("scheduling_words")
    while i >= 0 and (doc[i].lower_ in fillers or doc[i].lemma_.lower() in scheduling):
        said = said or doc[i].lemma_.lower() in time_words("scheduling_words")
        i -= 1
    if not said and (scheduled_only or i != first - 1):
        return None  # fillers alone ("the meeting on Monday"): the parser's reading stands
    if i >= 0 and doc[i].lower_ == "," and said:
        i -= 1  # "the talks, which are due to start on Monday"
    i = _before_place(doc, i)
    return doc[i] if i >= 0 and _act_noun(doc[i]) else None
