"""A component that cuts a date entity the recogniser ran across a dateline's dash into the words after it.

A wire dateline left in the text (a second story run on in one file, a dateline glued to a title, a page that puts
it further down than ingest looks) reads "PARIS, March 3 - Iran accused Iraq …", and the recogniser often takes
"March 3 - Iran" for one date: the time stage can read no time from it and the name after the dash is lost to the
actors stage. After the recogniser, a DATE entity with a dash that stands apart (white space either side) is cut
back to the words before the dash when the words after it tell no time; those words are left unlabelled for the
later stages. A range stays whole ("March 3 - 5", "1986 - 87", "May 3 - June 1", "Sunday - the day before").
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.time.lexicon import lexicon, movable_holidays

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@cache
def _time_words() -> frozenset[str]:
    """Words that make the words after a dash a time of their own: months, weekdays, seasons, holidays, units of
    time (singular and plural) and the days told from the article's."""
    table = lexicon()
    units = [*table["unit_days"], *table["time_of_day_nouns"]]
    words = {*table["months"], *table["weekdays"], *table["seasons"], *units, *(f"{u}s" for u in units)}
    words.update(str(name).lower() for name in (*table["holidays"], *movable_holidays()) if " " not in str(name))
    return frozenset({*words, "today", "tomorrow", "yesterday", "tonight", "now"})


def _apart(dash: Token) -> bool:
    """A dash with white space (or a line break) on both sides, not a hyphen inside a word or a number range."""
    doc = dash.doc
    after = bool(dash.whitespace_) or (dash.i + 1 < len(doc) and doc[dash.i + 1].is_space)
    return dash.text in DASHES and dash.i > 0 and bool(doc[dash.i - 1].whitespace_) and after


def _tells_time(words: Span) -> bool:
    return any(t.like_num or t.lower_.rstrip(".") in _time_words() for t in words)


def before_dash(ent: Span) -> Span:
    """The date entity without a dash that stands apart and the words after it that tell no time, else itself."""
    dash = next((t for t in ent[1:] if _apart(t)), None)
    if ent.label_ != "DATE" or dash is None or _tells_time(ent.doc[dash.i + 1: ent.end]):
        return ent
    return Span(ent.doc, ent.start, dash.i, label=ent.label_)


@Language.component("dossier_dash_dates")
def cut_dash_dates(doc: Doc) -> Doc:
    if any(e.label_ == "DATE" for e in doc.ents):
        doc.ents = [before_dash(e) for e in doc.ents]
    return doc
