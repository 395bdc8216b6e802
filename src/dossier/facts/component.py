"""The dossier_facts component: writes doc._.facts, one Fact per figure, each with its sentence."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Token

from dossier.facts import clause as clauses
from dossier.facts.context import subjects, time_of
from dossier.facts.descriptions import resolve
from dossier.facts.figures import build_matcher, find
from dossier.facts.lexicon import lexicon
from dossier.nlp.extensions import doc_text
from dossier.facts.measure import measure
from dossier.model import Evidence, Fact
from dossier.nlp import extensions  # noqa: F401

PARTIES = {"countries", "nations", "sides", "governments", "economies", "partners"}


class FactsComponent:
    """Figures → Facts. The Matcher is built once, with the component."""

    def __init__(self, nlp: Language, name: str = "dossier_facts"):
        self.name = name
        self.matcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = list(facts_of(doc, self.matcher))
        return doc


def facts_of(doc: Doc, matcher: Matcher) -> Iterator[Fact]:
    previous: Fact | None = None
    plain: Fact | None = None  # the last figure not told for each unit of something ("a share")
    described: dict[int, list[str]] | None = None
    markers = lexicon().pair_markers
    for n, fig in enumerate(find(doc, matcher), start=1):
        skip = range(fig.start, fig.end)
        clause = clauses.clause_tokens(doc[fig.num_start:fig.num_end].root)
        if described is None:
            described = resolve(doc)  # only for documents with figures
        subject, countries = subjects(doc, clause, range(fig.num_start, fig.num_end), described)
        pair = any(t.lower_ in markers for t in clause) or _two_parties(clause)
        sent, span, text = doc[fig.start].sent, doc[fig.start:fig.end], doc_text(doc)  # the text: once per Doc
        fact = Fact(
            id=f"{doc._.doc_id}:f{n}", subject=subject, measure=measure(doc, fig, clause, pair, countries),
            value=fig.value, unit=fig.unit, qualifier=fig.qualifier, time=time_of(doc, clause, skip),
            text=text[span.start_char:span.end_char],  # the Doc's text cut (a Span's .text walks its Tokens)
            evidence=[Evidence(doc=doc._.doc_id or "", text=text[sent.start_char:sent.end_char], start=sent.start_char,
                               end=sent.end_char)],
        )
        # "reached $37 billion in 2023, up from $10.5 billion in 2010": the same measure, earlier; an amount for
        # each unit between the two ("profit of 4.2 mln dlrs, or 31 cts a share, from 3.9 mln dlrs") is passed over
        earlier = next((f for f in (plain, previous) if f is not None and f.unit == fact.unit
                        and f.evidence[0].start == sent.start_char), None)
        if fact.measure is None and earlier is not None:
            fact.measure, fact.subject = earlier.measure, fact.subject or earlier.subject
        previous = fact
        if fig.each is None:
            plain = fact
        yield fact


def _two_parties(clause: list[Token]) -> bool:
    """'the two countries', 'both sides'."""
    words = [t.lower_ for t in clause]
    return any(a in ("two", "both") and b in PARTIES for a, b in zip(words, words[1:]))


@Language.factory("dossier_facts")
def make_facts(nlp: Language, name: str) -> FactsComponent:
    return FactsComponent(nlp, name)
