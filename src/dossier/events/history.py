"""Acts a story tells as history: dated two or more calendar years before the story ("the treaty, which the two states
signed in 2011", "he was jailed for fraud in 1996", "a truce agreed by the rebels in 2015" on a page of 2019) are
background to the news, not its events, and are left out. The hand-coded news of realnews_dev (268 gold events of
1987 wires and 2019–2020 pages) codes acts of the year before the story ("took effect in July 2018" on a page of
November 2019, "last year") but none two years or more before it; of the 120 events dossier coded on its
development pages that no gold event matched, five were such dated history (docs/evaluation.md, "Round 38,
pages"). A text shorter than a story (data/relevance.yaml pages36_topic `min_sentences`: a headline, a sentence
coded alone, an example) tells its history as its news, and keeps it."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.events.relevance import topic_bar
from dossier.model import Event

YEARS_BACK = 2  # an act whose date ends this many calendar years (or more) before the story's year is history


def is_history(event: Event, published: str | None) -> bool:
    """True when the event's date ends YEARS_BACK or more calendar years before the year of `published`
    ('YYYY-MM-DD'); False without a date or a story date."""
    if event.date is None or not published or not published[:4].isdigit():
        return False
    end = event.date.end or event.date.start
    if not end or not end[:4].isdigit():
        return False
    return int(published[:4]) - int(end[:4]) >= YEARS_BACK


def current_events(events: list[Event], doc: Doc) -> list[Event]:
    """The events less those the story tells as history (`is_history`); a text shorter than `min_sentences`
    sentences keeps them all."""
    published = doc._.published
    if not events or not published or sum(1 for _ in doc.sents) < topic_bar().min_sentences:
        return events
    return [e for e in events if not is_history(e, published)]
