"""A component that cuts back a date entity the recogniser ran past the date: across a dateline's dash into the
words after it, or into the count of a noun after it.

A wire dateline left in the text (a second story run on in one file, a dateline glued to a title, a page that puts
it further down than ingest looks) reads "PARIS, March 3 - Iran accused Iraq …", and the recogniser often takes
"March 3 - Iran" for one date: the time stage can read no time from it and the name after the dash is lost to the
actors stage. After the recogniser, a DATE entity with a dash that stands apart (white space either side) is cut
back to the words before the dash when the words after it tell no time; those words are left unlabelled for the
later stages. A range stays whole ("March 3 - 5", "1986 - 87", "May 3 - June 1", "Sunday - the day before").
A wire also puts the day between the verb and its object ("fired on Tuesday 12 missiles"), and the recogniser reads
"Tuesday 12" as one date (the 12th month to the time stage): a number closing a date entity after a day's name or
after a month's day, right before the plural noun it counts or an amount's scale word, is a CARDINAL of its own
("March 3 12 tanks", "placed on March 18 20 mln dlrs of notes").
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.facts.lexicon import lexicon as figure_lexicon
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
    if ent.label_ != "DATE":
        return ent
    dash = next((t for t in ent[1:] if _apart(t)), None)
    if dash is None or _tells_time(ent.doc[dash.i + 1: ent.end]):
        return ent
    return Span(ent.doc, ent.start, dash.i, label=ent.label_)


@cache
def _days() -> frozenset[str]:
    table = lexicon()
    return frozenset({*table["weekdays"], "today", "tomorrow", "yesterday", "tonight"})


_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN"})


def _counted_noun(doc: Doc, i: int) -> bool:
    """A plural noun of no time at token i, or after at most two words that modify it ("12 Iraqi jets", "2 oil
    platforms"; not "12 May", "12 in Geneva", "12 hours later"), or a scale word of an amount ("20 mln dlrs")."""
    if i < len(doc) and figure_lexicon().scales.get(doc[i].lower_.rstrip("."), 0) >= 1000:
        return True
    for tok in doc[i: i + 3]:
        if tok.tag_ in ("NNS", "NNPS"):
            return tok.lower_ not in _time_words()
        if tok.pos_ not in _MODIFIERS or tok.lower_.rstrip(".") in _time_words():
            return False
    return False


def before_count(ent: Span) -> list[Span]:
    """The date entity without a number at its end that counts the noun after it, and that number as a CARDINAL:
    after a day's name ("Tuesday 12 missiles") or after a month's day ("March 3 12 tanks"), not a year of four
    digits there ("March 3 1987 sales"), nor a day after its month ("May 12 envoys"); else the entity itself."""
    if ent.label_ != "DATE" or len(ent) < 2 or not ent[-1].text[:1].isdigit() or not ent[-1].like_num:
        return [ent]
    before = ent[-2].lower_.rstrip(".")
    after_day = before in _days()
    after_date = (ent[-2].text.isdigit() and len(ent) >= 3 and ent[-3].lower_.rstrip(".") in lexicon()["months"]
                  and len(ent[-1].text) < 4)
    if not (after_day or after_date) or not _counted_noun(ent.doc, ent.end):
        return [ent]
    return [Span(ent.doc, ent.start, ent.end - 1, label=ent.label_), Span(ent.doc, ent.end - 1, ent.end, "CARDINAL")]


@Language.component("dossier_dash_dates")
def cut_dash_dates(doc: Doc) -> Doc:
    if any(e.label_ == "DATE" for e in doc.ents):
        doc.ents = [piece for e in doc.ents for piece in before_count(before_dash(e))]
    return doc
