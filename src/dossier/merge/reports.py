"""A report: one per-document event as the merge sees it, with what it needs to compare two reports.

A report carries its event, the date of the article that reported it, and the word stems of that article
with the idf of its collection (for how alike two articles are). `Actors` says what the record knows about the participants: which
country a place lies in, and which ids say nothing about who took part (a region, a bare title).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from dossier.model import Event

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower().strip("'-"))


def content_words(text: str) -> list[str]:
    """The content words of a text, lower-cased (stop words and words of one or two letters left out)."""
    return [w for w in (w.lower() for w in _WORD.findall(text or "")) if w not in STOP_WORDS and len(w) > 2]


def stems(text: str) -> Counter:
    """Stems of the content words of a text (stop words left out): the bag two texts are compared by."""
    return Counter(stem(w) for w in content_words(text))


_TOKEN = re.compile(r"(\s*)(\S+)")  # a token with the white space before it
_SENTENCE_END = frozenset('.!?:"\'`')


def names(text: str) -> Counter:
    """Stems of the names and numbers of a text (a capitalised word that does not open a sentence, a number):
    what tells two stories of one kind apart (which actress, which earthquake, which year)."""
    out: Counter = Counter()
    opening = True
    for gap, token in _TOKEN.findall(text or ""):
        if "\n" in gap:
            opening = True
        word = token.strip(".,;:!?\"'`()[]")
        if word.isdigit():
            out[word] += 1
        elif not opening and word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1:
            out[stem(word)] += 1
        opening = token[-1] in _SENTENCE_END
    return out


def idf(bags: list[Counter]) -> dict[str, float]:
    """Inverse document frequency of each stem over a set of documents (scikit-learn's smoothed form), so that
    the words every article of a collection shares ('China', 'visit') count for little."""
    df = Counter(w for bag in bags for w in bag)
    n = len(bags)
    return {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}


def unit(bag: Counter | None, weights_of: dict[str, float] | None = None) -> dict[str, float]:
    """A bag as a unit vector with log-scaled counts, each times its idf when one is given."""
    if not bag:
        return {}
    weights = {k: (1 + math.log(v)) * (weights_of.get(k, 1.0) if weights_of else 1.0) for k, v in bag.items() if v > 0}
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {k: w / norm for k, w in weights.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two unit vectors; 0 when either is empty."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[k] for k, w in a.items() if k in b)


@dataclass
class Report:
    """One per-document event with the date of the article that reported it and that article's word stems."""

    event: Event
    published: date | None
    words: Counter | None = None
    idf: dict[str, float] | None = None  # of the collection the article belongs to
    names: Counter | None = None  # stems of the article's names and numbers (`names`)
    written_after: date | None = None  # the day the article cannot predate (its date, or its content's lower bound)
    # the article's vectors, shared by the reports of one article (`document_reports`): computed once per article
    shared: dict | None = field(default=None, repr=False, compare=False)

    @property
    def earliest(self) -> date | None:
        """The earliest day the article can have been written: its date, else its content's lower bound."""
        return self.published or self.written_after

    @cached_property
    def doc(self) -> str:
        return self.event.evidence[0].doc if self.event.evidence else self.event.id.split(":")[0]

    @property
    def sentence(self) -> str:
        return " ".join(ev.text for ev in self.event.evidence)

    @cached_property
    def sentence_vector(self) -> dict[str, float]:
        return unit(stems(self.sentence))

    @cached_property
    def document_vector(self) -> dict[str, float]:
        return self._article_unit("document", self.words)

    @cached_property
    def names_vector(self) -> dict[str, float]:
        return self._article_unit("names", self.names)

    def _article_unit(self, kind: str, bag: Counter | None) -> dict[str, float]:
        """`unit(bag, self.idf)`, taken from the article's other reports when one has made it of the same bag and
        idf (the very objects)."""
        made = self.shared.get(kind) if self.shared is not None else None
        if made is not None and made[0] is bag and made[1] is self.idf:
            return made[2]
        vector = unit(bag, self.idf)
        if self.shared is not None:
            self.shared[kind] = (bag, self.idf, vector)
        return vector


def document_reports(document, events: list[Event], words: Counter | None = None,
                     weights: dict[str, float] | None = None, found: Counter | None = None) -> list[Report]:
    """The reports of one document's events (`words`, `found`: the stems of its words and of its names when already
    counted, as `store.increments.merge_bags` keeps them; `weights`: the idf of its collection). A publication date
    inferred from the content is a lower bound, not the day the article was written, so it does not date the reports; it
    is kept as the day the article cannot predate. A document without events gives none, and its text is not read (most
    stories of a build: 645 of 827 wire stories)."""
    if not events:
        return []
    published = bound = None
    if document.published:
        try:
            bound = date.fromisoformat(document.published[:10])
        except ValueError:
            bound = None
        if document.published_basis != "content":
            published = bound
    words = words if words is not None else stems(document.text)
    found = found if found is not None else names(document.text)
    shared: dict = {}
    return [Report(event, published, words, weights, found, bound, shared) for event in events]


@dataclass(frozen=True)
class Actors:
    """What the record knows about participants: {place id: its country's id}, the ids that say nothing
    about who took part (a region such as 'Latin America', a bare title such as 'President'), and the ids that
    another report may give the same participant under (an unknown name, a generic agent such as 'police', a
    place): two reports that differ only in those are not told apart by their sides."""

    country_of: dict[str, str] = field(default_factory=dict)
    vague: frozenset[str] = frozenset()
    uncertain: frozenset[str] = frozenset()  # ids another report may name otherwise (unknown names, agents, places)
    # {id of a state body or a known person: the id of its country's actor}, where the record has one: a report may
    # name the country where another names its leader or its forces ('talks with the Philippines', 'met Aquino')
    nation: dict[str, str] = field(default_factory=dict)
    # {id of a person or a state body, known or not, of a country the record has an actor for: that actor}: who may
    # speak or act for that state ('the U.S. proposed …' and 'Samuels proposed …'; not a firm's or a lobby's act)
    state_side: dict[str, str] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()  # the ids of people, known or not ('Binney', 'Atkinson': two people)
    _normal: dict = field(default_factory=dict, repr=False, compare=False)  # `normal`'s answers, by the ids given
    sides: dict = field(default_factory=dict, repr=False, compare=False)  # `merge.coref._sides`: id(event) -> (event, sides)

    def normal(self, ids: list[str]) -> frozenset[str]:
        """Ids as compared: a place as its country (when the record has an actor for it), vague ids left out."""
        key = tuple(ids)
        found = self._normal.get(key)
        if found is None:
            found = self._normal[key] = frozenset(c if (c := self.country_of.get(i, i)) and not c.startswith("iso:")
                                                  else i for i in ids if i not in self.vague)
        return found


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    from dossier.actors import load as load_dictionary

    return frozenset(t.lower() for t in load_dictionary().honorifics)


def actors_of(entities: list) -> Actors:
    """Actors for a record's entities: places mapped to the country actor of the record ("Lima" -> Peru; to
    "iso:USA" when the record has no actor for that country) and countries to themselves; regions (places of
    no country) and unknown actors named only by a title ("President") as vague, but not a body so named ('Justice'
    read as an organisation: the Justice Department); the bodies and forces of a
    country the record has an actor for, and its people the actor dictionaries know (its leaders and officials),
    to that actor (`nation`): not a firm, a party, a group or a name the record only guessed a country for; and the
    ids of people (`persons`)."""
    # a state's own actor, known to the dictionaries, before a province or state of it the record names as a
    # government too ('Amapa state' is no Brazil): the known one is put last, so that it keeps the country
    countries = {e.country: e.id for e in sorted(entities, key=lambda e: bool(e.known))
                 if e.kind == "government" and e.type == "GPE" and e.country}
    country_of = {e.id: countries.get(e.country, f"iso:{e.country}") for e in entities
                  if e.kind == "place" and e.country}
    country_of.update({ident: ident for ident in countries.values()})
    vague = {e.id for e in entities if (e.kind == "place" and not e.country)
             or (not e.known and e.type != "ORG" and e.name.lower() in _titles())}
    uncertain = {e.id for e in entities if not e.known or e.kind == "place" or e.id.startswith("agent:")}
    nation = {e.id: countries[e.country] for e in entities if e.country in countries and e.id not in country_of
              and (e.kind == "government" or (e.kind == "person" and e.known))}
    state_side = {e.id: countries[e.country] for e in entities if e.country in countries and e.id not in country_of
                  and e.kind in ("government", "person")}
    persons = frozenset(e.id for e in entities if e.kind == "person")
    return Actors(country_of=country_of, vague=frozenset(vague), uncertain=frozenset(uncertain), nation=nation,
                  state_side=state_side, persons=persons)
