"""Lines that are no prose: an event told only in a heading, a link to another story or a teaser cut short is left
out. A page's extracted text keeps its subheads ("Taxing Imports Is the Wrong Tool"), its links to other stories
("ALSO READ | Mayor opens new ferry terminal") and its lists of teasers ("Dockworkers marched through the port city
on Friday, carrying banners and ..."); an act read there is another story's, a section's title or half a sentence.
A sentence that is a whole line (a list's bullet aside) with no closing punctuation (a teaser's label in brackets
aside: "… [VIDEO]"), or that ends its line with an ellipsis set apart from its last word, is such a line
(data/relevance.yaml: headings, teaser_tags). A sentence that runs over a line's end (a wire story's wrapped lines)
is never one, nor a line of a post the page quotes whole (nlp/tweets.py). A text
shorter than the page-topic bar's `min_sentences` is not judged: a headline or a sentence coded alone keeps its
act."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.data_files import load_yaml
from dossier.events.relevance import DATA, topic_bar
from dossier.model import Event
from dossier.nlp.extensions import doc_text, sentences_of
from dossier.nlp.tweets import posts

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _marks() -> tuple[str, tuple[str, ...]]:
    values = (load_yaml(DATA) or {}).get("headings") or {}
    return str(values.get("closing", "")), tuple(str(e) for e in values.get("ellipses", []))


@lru_cache(maxsize=1)
def _bullets() -> str:
    return str(((load_yaml(DATA) or {}).get("headings") or {}).get("bullets", ""))


def _opens_its_line(text: str, start: int) -> bool:
    """Nothing but blanks and a list's bullet (data/relevance.yaml: headings, bullets: "•", "–", or the quotation
    mark a page's dash was read as) comes before `start` on its line."""
    return not text[:start].rsplit("\n", 1)[-1].strip().strip(_bullets()).strip()


@lru_cache(maxsize=1)
def _tag() -> tuple[re.Pattern | None, str]:
    values = (load_yaml(DATA) or {}).get("teaser_tags") or {}
    pattern = values.get("tag")
    return (re.compile(str(pattern)) if pattern else None), str(values.get("quotes", ""))


def _teaser_tag(sentence: str, closing: str) -> bool:
    """The sentence ends with a teaser's label in brackets (data/relevance.yaml: teaser_tags, "… intervention'
    [REACTION]"), and what comes before the label, its quotation marks aside, ends with no closing mark."""
    pattern, quotes = _tag()
    found = pattern.search(sentence) if pattern is not None else None
    if found is None:
        return False
    rest = sentence[:found.start()].rstrip().rstrip(quotes)
    return bool(rest) and rest[-1] not in closing


def unclosed(sentence: str) -> bool:
    """The sentence ends with none of the closing marks (data/relevance.yaml: headings, closing), or with a teaser's
    label after no such mark ("… the port [VIDEO]"): a heading's or a headline's end, not prose's."""
    closing, _ = _marks()
    return bool(sentence) and (sentence[-1] not in closing or _teaser_tag(sentence, closing))


def cut_short(sentence: str) -> bool:
    """The sentence ends with an ellipsis (data/relevance.yaml: headings, ellipses)."""
    return sentence.endswith(_marks()[1])


def heading_line(text: str, start: int, end: int) -> bool:
    """The sentence at `start`:`end` of `text` ends its line with an ellipsis set apart from the last word, or fills
    its line and ends with no closing punctuation."""
    closing, ellipses = _marks()
    span = text[start:end]
    sentence = span.strip()
    after = text[start + len(span.rstrip()):].split("\n", 1)[0].strip()
    if not sentence or "\n" in sentence:
        return False  # the sentence runs over a line's end
    if after:  # the line goes on after it: prose, unless all that follows is a teaser's label ("[VIDEO]")
        return (_opens_its_line(text, start) and "[" not in sentence
                and _teaser_tag(sentence + " " + after, closing))
    if sentence.endswith(tuple(" " + e for e in ellipses)):
        return True  # "… strong ...": cut between words (an author's "problems..." ends with the word)
    return _opens_its_line(text, start) and unclosed(sentence)


def prose_events(events: list[Event], doc: Doc | None) -> list[Event]:
    """The events, in their order, less those every sentence of which is a heading line (`heading_line`), in a text
    of the page-topic bar's `min_sentences` or more. A post the page quotes whole (nlp/tweets.py: its lines seldom
    close with a mark) is no heading: its first person is its author."""
    if not events or doc is None or len(sentences_of(doc)) < topic_bar().min_sentences:
        return events
    text, quoted = doc_text(doc), [(start, end) for start, end, *_ in posts(doc)]

    def heading(start: int | None, end: int | None) -> bool:
        return (start is not None and end is not None and heading_line(text, start, end)
                and not any(a <= start < b for a, b in quoted))
    return [e for e in events if not e.evidence or not all(heading(ev.start, ev.end) for ev in e.evidence)]
