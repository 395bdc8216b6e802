"""Sports clubs named by a club's word and the city they play in ("Real Madrid", "Dynamo Kiev", "Borussia
Dortmund"): one organisation of the city's country, neither that state's government nor the city. The words are the
lexicon's `club_words`; the city is a name the matcher reads as a state or a city ("Madrid": Spain's capital) or a
city the gazetteer knows."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from dossier.actors.gazetteer import gazetteer
from dossier.actors.matcher import NAME, Match
from dossier.nlp.arrays import with_text

_LONGEST_CITY = 3  # words of a city's name after the club's word ("Tel Aviv", "St Petersburg")


def sports_clubs(doc: Doc, ents: tuple[Span, ...], matches: list[Match], words: frozenset[str],
                 country_of: Callable[[str], str | None]
                 ) -> tuple[tuple[Span, ...], list[Match], dict[tuple[int, int], str | None]]:
    """The tagger's entities with each club's name as one ORG span, the matches without the city's name inside it,
    and each club's (start, end) -> its city's country. A club's word is written as the lexicon writes it and does not
    follow another capitalised word of a name; the city follows it at once and ends the name (not "Real Estate",
    not "Sporting Madrid Bank"). `country_of`: the country of a dictionary state or place on the story's date, None
    for any other id (a NAME match of a place may be the city: "Madrid" is read as Spain)."""
    if not words:
        return ents, matches, {}
    clubs: dict[tuple[int, int], str | None] = {}
    for i in with_text(doc, words):  # the club's words, found on the Doc's ORTH ids
        if i and doc[i - 1].is_title and not doc[i - 1].is_sent_start:
            continue
        city = _city(doc, i + 1, matches, country_of)
        if city is not None and not (city[0] < len(doc) and doc[city[0]].is_title and doc[city[0]].is_alpha):
            clubs[(i, city[0])] = city[1]
    if not clubs:
        return ents, matches, {}
    kept = tuple(e for e in ents if not any(s < e.end and e.start < t for s, t in clubs))
    spans = tuple(Span(doc, s, t, label="ORG") for s, t in clubs)
    out = tuple(sorted(kept + spans, key=lambda e: e.start))
    return out, [m for m in matches if not any(s <= m.start and m.end <= t for s, t in clubs)], clubs


def _city(doc: Doc, start: int, matches: list[Match], country_of: Callable[[str], str | None]
          ) -> tuple[int, str | None] | None:
    """Where a city's name that begins at `start` ends, and its country: a dictionary state or place the matcher
    found there, else the longest run of capitalised words the gazetteer knows as a city (its most populous one)."""
    if start >= len(doc) or not doc[start].is_title:
        return None
    for m in matches:
        if m.start == start and m.kind == NAME and (country := country_of(m.key)) is not None:
            return m.end, country
    for end in range(min(len(doc), start + _LONGEST_CITY), start, -1):
        span = doc[start:end]
        cities = [p for p in gazetteer().lookup(span.text, exact=True) if p.kind == "city"]
        if cities and all(t.is_title and t.is_alpha for t in span):
            return end, max(cities, key=lambda p: p.population).country
    return None
