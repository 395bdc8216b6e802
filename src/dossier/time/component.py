"""The spaCy component `dossier_time`: temporal expressions in each sentence, normalised, in doc._.timexes.

Candidates are spaCy's DATE entities, our Matcher patterns and vague phrases (patterns.py); overlapping ones
keep the longest.
Each is read with normalise() against doc._.published in the tense of its clause (tense.py). A preposition
that changes the meaning ("since", "from", "between", "until") is read with the phrase, not kept in its span.
A phrase counted from a time told before ("the previous day", "two days later") is read against that time,
and one a demonstrative names again ("at that time") is that time (anaphora.py). Expressions that cannot be
normalised, and durations, are left out: every Timex has a value with a start.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dossier.model import DateValue, Timex
from dossier.nlp.anchored import AnchoredMatcher
from dossier.nlp.arrays import with_lower, with_lower_matching
from dossier.nlp.extensions import sentences_of
from dossier.nlp import extensions  # noqa: F401
from dossier.time import anaphora
from dossier.time.calendar import as_date
from dossier.time.lexicon import calendar_words, lexicon
from dossier.time.normalise import clean, needs_sentence, normalise, year_back_quarter
from dossier.time.numbers import not_a_time
from dossier.time.patterns import (day_phrases, demonstrative_phrases, holiday_after_lead, holiday_phrases, patterns,
                                   vague_phrases)
from dossier.time.tense import tense_of

LABELS = ("DATE",)
# words that make a phrase before a day name part of the time ("the week before Tuesday", "the weekend")
_TIME_WORDS = frozenset({*lexicon()["unit_days"], *(f"{u}s" for u in lexicon()["unit_days"]), "weekend", "morning",
                         "afternoon", "evening", "night", "hour", "hours", "time", "date", "season", "quarter"})
MEANINGFUL_PREPS = {"since", "from", "between"}


class TimeTagger:
    """Find, read and record the temporal expressions of a Doc."""

    def __init__(self, nlp: Language):
        self.matcher = AnchoredMatcher(nlp.vocab)  # a Matcher run only where its patterns' words are
        for label, pats in patterns().items():
            self.matcher.add(label, pats)
        self.matcher.add("HOLIDAY_AFTER_LEAD", holiday_after_lead())
        self._after_lead = nlp.vocab.strings["HOLIDAY_AFTER_LEAD"]
        # fixed phrases go to a PhraseMatcher: one hash lookup per token instead of one predicate per pattern
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("VAGUE", [nlp.make_doc(p) for p in vague_phrases()])
        self.phrases.add("HOLIDAY", [nlp.make_doc(p) for p in holiday_phrases()])
        self.phrases.add("DAY", [nlp.make_doc(p) for p in day_phrases()])
        self.phrases.add("DEMONSTRATIVE", [nlp.make_doc(p) for p in demonstrative_phrases()])

    def candidates(self, doc: Doc) -> list[Span]:
        found = [_after_article(_after_focus(_after_owner(e))) for e in doc.ents if e.label_ in LABELS]
        for key, s, e in self.matcher(doc):
            if key != self._after_lead:
                found.append(doc[s:e])
            elif s == 0 or doc[s - 1].lower_ not in _TIME_WORDS:  # "during [Ramadan]"; not "the week before Easter"
                found.append(doc[s + 1:e])
        found += [doc[s:e] for _, s, e in self.phrases(doc) if not _adjective_of_thing(doc[s:e])]
        found += [doc[i: i + 1] for i in _lone_time_words(doc) if _year_of_occasion(doc[i]) or _bare_day(doc[i])]
        return sorted(filter_spans([piece for span in found for piece in _owner_apart(span)]), key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        timexes = []
        earlier: list[tuple[int, DateValue]] = []  # (first token, value) of the times read so far
        sentences: dict[int, int] = {}  # sentence start -> ordinal, filled only for a phrase counted from a time told
        for candidate in self.candidates(doc):
            told = self._counted_from_told(candidate, published, earlier, sentences)
            found = [told] if told is not None else self._read(candidate, published)
            for span, value in found:
                timexes.append(Timex(start=span.start_char, end=span.end_char, text=span.text, value=value))
                earlier.append((span.start, value))
        doc._.timexes = timexes
        return doc

    def _counted_from_told(self, candidate: Span, published: str | None, earlier: list[tuple[int, DateValue]],
                           sentences: dict[int, int]) -> tuple[Span, DateValue] | None:
        """(span, value) of a phrase counted from a time told before ("the previous day", "two days later": see
        anaphora.py); None for any other phrase, one a time named after it counts from ("the day before the
        vote"), one with no fitting time told before it, and "a year earlier" in a quarter's results sentence."""
        phrase, span = _phrase(candidate)
        doc = candidate.doc
        shape = anaphora.counted(phrase) if len(span) else None
        if shape is None and len(span) and anaphora.demonstrative(span):  # "at that time": the time told before
            here = _sentence_number(doc, span.start, sentences)
            numbered = [(_sentence_number(doc, i, sentences), v) for i, v in earlier]
            told = anaphora.told_before("time", numbered, here)
            # where the time it names is told in its own sentence, that time is there already to date its acts; a
            # time after the article's is a plan or a forecast, not the time an act was told at ("by 1993")
            later = told is not None and bool(published) and told.start[:10] > published[:len(told.start)]
            return (span, told) if told is not None and numbered[-1][0] < here and not later else None
        if shape is None or anaphora.followed_by_noun(span):
            return None
        ref = as_date(published)
        if ref is not None and needs_sentence(phrase) and year_back_quarter(
                clean(phrase), span.sent.text, ref, tense_of(span)) is not None:
            return None
        numbered = [(_sentence_number(doc, i, sentences), v) for i, v in earlier]
        told = anaphora.told_before(shape[0], numbered, _sentence_number(doc, span.start, sentences))
        value = anaphora.resolve(*shape, told, span.text) if told is not None else None
        return (span, value) if value is not None else None

    def _read(self, candidate: Span, published: str | None, whole: bool = True) -> list:
        """[(span, value)] of a candidate; one the model ran across a comma ("Sunday, two days after…") or into a
        bracket ("today (May 2", a day with its date in brackets, as some sites write it) that cannot be read whole
        is read piece by piece ("March 3, 1987" is read whole), and so is one that opens with a day or month named
        and whose pieces after it tell no time ("Wednesday, years after…": Wednesday)."""
        phrase, span = _phrase(candidate)
        if not len(span) or not_a_time(span) or _short_name(span):
            return []
        commas = [t.i for t in candidate if t.text in _PIECE_BOUNDS] if whole else []
        bounds = [candidate.start, *commas, candidate.end]
        pieces = [candidate.doc[a + (a != candidate.start): b] for a, b in zip(bounds, bounds[1:])]
        pieces = [piece for piece in pieces if len(piece)]
        named_day = bool(pieces) and any(t.lower_.rstrip(".") in _DAY_NAMES for t in pieces[0])
        read = [self._read(piece, published, whole=False) for piece in pieces] if commas else []
        if read and read[0] and named_day and not any(read[1:]):
            return read[0]
        value = normalise(phrase, published, tense_of(span), span.sent.text if needs_sentence(phrase) else None)
        if value is not None and value.start:
            return [(span, value)]
        named = _after_occasion(candidate) if whole else None
        if named is not None:  # "a ceremony Tuesday": the day, without the occasion the model ran into it
            return self._read(named, published, whole=False)
        return [found for found_in_piece in read for found in found_in_piece]


_MONTHS = frozenset(lexicon()["months"])
_PIECE_BOUNDS = frozenset({",", "(", ")"})  # where a candidate not read whole is cut into pieces
_DOERS = ("nsubj", "nsubjpass", "dobj", "poss")


def _short_name(span: Span) -> bool:
    """A month name alone as a subject, object or owner that opens a longer name told earlier in the document is
    that name again, not a time ("April Industries sued the state … April won the case": the firm)."""
    if len(span) != 1 or span[0].lower_ not in _MONTHS or not span[0].text[:1].isupper() or span[0].dep_ not in _DOERS:
        return False
    word = span[0].text
    return any(e.label_ != "DATE" and len(e) > 1 and e[0].text == word and e.end <= span.start for e in span.doc.ents)


def _sentence_number(doc: Doc, i: int, sentences: dict[int, int]) -> int:
    """The ordinal of token i's sentence (`sentences`: sentence start -> ordinal, filled on first use)."""
    if not sentences:
        sentences.update((s.start, n) for n, s in enumerate(sentences_of(doc)))
    return sentences.get(doc[i].sent.start, 0)


_CALENDAR = calendar_words()


def _adjective_of_thing(span: Span) -> bool:
    """A phrase whose last word is an adjective on a noun of no time after it: "the present accord", "the future
    relationship" tell a thing, not the present or the future (not "the past decade")."""
    last = span[-1]
    return last.dep_ == "amod" and last.head.i >= span.end and last.head.pos_ in ("NOUN", "PROPN") \
        and last.head.lower_ not in _CALENDAR


_YEAR = re.compile(r"^(1[0-9]{3}|2[01][0-9]{2})$")
OCCASION_NOUNS = frozenset(lexicon()["occasion_nouns"])


def _year_of_occasion(tok: Token) -> bool:
    """A year that names an occasion of the lexicon's occasion_nouns, after a determiner or an owner ("the 1967
    war", "the 1967 Middle East war", "a 1980 coup", "Iraq's 1990 invasion"), which the model may label with the
    occasion (EVENT) or not at all; not a count ("won 1500 votes", "the 2000 soldiers")."""
    if not _YEAR.match(tok.text) or tok.dep_ not in ("nummod", "compound", "amod", "nmod") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return tok.head.lower_ in OCCASION_NOUNS and tok.head.i > tok.i and (
        before.pos_ == "DET" or before.tag_ in ("POS", "PRP$"))


_BARE_DAYS = frozenset({"today", "yesterday", "tomorrow"})


def _lone_time_words(doc: Doc) -> list[int]:
    """The positions, in order, of the words `_year_of_occasion` and `_bare_day` can take (a year's four digits, a
    bare day's word), found on the Doc's LOWER ids: a year's digits are the same in lower case."""
    return sorted({*with_lower_matching(doc, _YEAR), *with_lower(doc, _BARE_DAYS)})


_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def _bare_day(tok: Token) -> bool:
    """"today", "yesterday" or "tomorrow" the recogniser left out of every date: in no name, or run into the amount
    after it ("will sell tomorrow 200 billion yen", "added today 3.5 billion marks", one MONEY); not a name's word
    written with a capital inside a sentence ("USA Today")."""
    if tok.lower_ not in _BARE_DAYS or (not tok.is_lower and not tok.is_sent_start):
        return False
    return not tok.ent_type_ or (tok.ent_iob_ == "B" and tok.ent_type_ in _AMOUNTS)


_RANGE_JOINTS = frozenset({"to", "through", "until", "till"})
_RANGE_OPENERS = frozenset({"from", "between"})
_OCCASION_JOINTS = frozenset(lexicon()["occasion_joints"])


def _owner_apart(span: Span) -> list[Span]:
    """A time the model or a pattern ran from a time across "to" into the owner of a later noun is two times ("went
    on Sunday to Monday's session": the going on Sunday, the session on Monday), unless "from" or "between" opens it
    as a range ("from Monday to Wednesday's close"); so is one run across a preposition of an occasion, which joins
    no range ("over July and August at this week's summit", time lexicon occasion_joints); any other span as it is."""
    doc = span.doc
    end = span.end - 1 if span[-1].tag_ == "POS" else span.end  # the model may take the "'s" in
    owner = end < len(doc) and doc[end].tag_ == "POS"
    joint = next((t for t in doc[span.start: end] if t.lower_ in _RANGE_JOINTS | _OCCASION_JOINTS), None)
    opener = span[0] if span[0].lower_ in _RANGE_OPENERS else doc[span.start - 1] if span.start else None
    if (owner and joint is not None and span.start < joint.i < end - 1
            and (joint.lower_ in _OCCASION_JOINTS or opener is None or opener.lower_ not in _RANGE_OPENERS)):
        return [doc[span.start: joint.i], doc[joint.i + 1: end]]
    return [span]


_FOCUS = frozenset(lexicon()["focusing_words"])
_HEDGED = frozenset({"over", "under"})


def _after_focus(span: Span) -> Span:
    """A date entity without the words that set it apart, which the model may run into it ("Only this week" -> "this
    week", "Just last week" -> "last week"); not before a hedge of an amount ("just over a year ago")."""
    doc, start = span.doc, span.start
    while start < span.end - 1 and doc[start].lower_ in _FOCUS and doc[start + 1].lower_ not in _HEDGED:
        start += 1
    return doc[start: span.end] if start > span.start else span


def _after_article(span: Span) -> Span:
    """A date entity without the article of the noun it is put before, which the model may run into it ("a weekend"
    in "a weekend visit", "a Sunday" in "a Sunday rally": the article is the visit's)."""
    last = span[-1]
    if len(span) > 1 and span[0].lower_ in ("a", "an") and last.dep_ in ("compound", "nmod", "amod") \
            and last.head.i >= span.end and last.head.pos_ == "NOUN":
        return span[1:]
    return span


def _after_owner(span: Span) -> Span:
    """A date entity without the owner the model may run into it ("Ruiz's March 3" -> "March 3")."""
    owner = next((t.i for t in span if t.tag_ == "POS"), None)
    return span.doc[owner + 1: span.end] if owner is not None and owner + 1 < span.end else span


_DAY_NAMES = frozenset({*lexicon()["weekdays"], *lexicon()["months"], "today", "tonight", "yesterday", "tomorrow"})
_OCCASION_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _after_occasion(span: Span) -> Span | None:
    """The day an entity the model ran across an occasion names ("a ceremony Tuesday", "the vote Wednesday"): the
    span from its first day or month name when every word before it is a determiner, an adjective or a noun of no
    time ("a news conference"; not "two days after Tuesday", "the week before Easter")."""
    for tok in span:
        if tok.lower_ in _DAY_NAMES:
            before = span.doc[span.start: tok.i]
            if len(before) and any(t.pos_ == "NOUN" for t in before) and all(
                    t.pos_ in _OCCASION_WORDS and t.lower_ not in _TIME_WORDS and not t.like_num for t in before):
                return span.doc[tok.i: span.end]
            return None
    return None


def _phrase(span: Span) -> tuple[str, Span]:
    """The text to read (with a meaningful preposition before it) and the span to record (without it)."""
    doc = span.doc
    if span[0].lower_ in MEANINGFUL_PREPS:
        return span.text, span[1:]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in MEANINGFUL_PREPS:
        return f"{before.text} {span.text}", span
    return span.text, span


@Language.factory("dossier_time")
def make_time(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(nlp)
