"""Which currency a word names: the ISO 4217 code listed for it, or, for a word several countries use ("francs",
"pounds", "dlrs", "Rs"), the code the text decides (`shared` in data/currencies.yaml).

What decides, in order: the words before the name ("Hong Kong dollars"), the country the actors stage found
there ("Egyptian pounds"), the one country of the word's list that the sentence names, the country of the list
that the article names most; else the word's default.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from dossier.facts.lexicon import SharedCurrency, lexicon


def _country(doc: Doc, i: int) -> str | None:
    return _entity_country(doc._.actors or {}, (doc._.token_actor or {}).get(i))


def _entity_country(actors: dict, ident: str | None) -> str | None:
    entity = actors.get(ident) if ident else None
    return entity.country if entity is not None else None


def qualifier_code(value: str, qualifier: Span) -> str | None:
    """The currency that words before a name make it ("Hong Kong" dollars, "Egyptian" pounds); None when they do
    not name a country (then they are not a qualifier). A name with one code takes any country's name."""
    shared = lexicon().shared.get(value)
    if shared is not None and qualifier.text.lower() in shared.qualifiers:
        return shared.qualifiers[qualifier.text.lower()]
    countries = {_country(qualifier.doc, t.i) for t in qualifier}
    if len(countries) != 1 or None in countries:
        return None
    country = countries.pop()
    if shared is None:
        return value
    return shared.countries.get(country)


def resolve(value: str, doc: Doc, at: int) -> str:
    """The ISO code for a listed value (a code, or a `shared` key) for a figure at token `at`."""
    shared = lexicon().shared.get(value)
    if shared is None:
        return value
    sent = doc[at].sent
    token_actor, actors = doc._.token_actor or {}, doc._.actors or {}  # (each read of doc._ makes an object)
    sentence = {c for c in (_entity_country(actors, token_actor.get(i)) for i in range(sent.start, sent.end))
                if _may_decide(shared, c)}
    decided = _decide(shared, sentence, Counter())
    if decided is None:
        decided = _decide(shared, set(), _article_countries(doc))
    return decided or shared.default


def _decide(shared: SharedCurrency, named: set[str], counts: Counter) -> str | None:
    """From the countries a sentence names (`named`) or an article names (`counts`), in that order of use."""
    candidates = named or {c for c in counts if _may_decide(shared, c)}
    if shared.reference in candidates:
        return shared.countries[shared.reference]
    if len(named) == 1:
        return shared.countries[next(iter(named))]
    for country, _ in counts.most_common():  # ties: the first named, as Counter keeps that order
        if _may_decide(shared, country):
            return shared.countries[country]
    return None


def _may_decide(shared: SharedCurrency, country: str | None) -> bool:
    return country in shared.countries and (shared.inferred is None or country in shared.inferred)


def _article_countries(doc: Doc) -> Counter:
    """How often the article names each country (its actors' countries), counted once per document."""
    if "dossier_countries" not in doc.user_data:
        actors = doc._.actors or {}
        counts: Counter = Counter()
        for mention in doc._.mentions or []:
            entity = actors.get(mention.entity)
            if entity is not None and entity.country:
                counts[entity.country] += 1
        doc.user_data["dossier_countries"] = counts
    return doc.user_data["dossier_countries"]
