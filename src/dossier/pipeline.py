"""Run documents through the spaCy pipeline with dossier's stages; give one DocResult per document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from dossier.config import Settings
from dossier.model import Document, Entity, Event, Fact, Mention, Timex
from dossier.nlp import loader
from dossier.time import infer_published


@dataclass
class DocResult:
    """What the stages found in one document, before documents are merged."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


def _infer_published(document: Document) -> Document:
    """Give an undated document the earliest date its content implies ("after November 2024" becomes
    2024-11-01), marked as inferred, so that the record can place and order it."""
    if document.published:
        return document
    value = infer_published(document.text)
    if value is None or not value.start:
        return document
    start = value.start + "-01" * (2 - value.start.count("-"))
    return document.model_copy(update={"published": start, "published_inferred": True, "published_basis": "content"})


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.id
    # A lower bound is no anchor for "on Friday" or "last month"; a dateline's own day (year read from the
    # content) is the article's date.
    doc._.published = None if document.published_basis == "content" else document.published
    return doc


def result_from_doc(document: Document, doc: Doc) -> DocResult:
    """Collect what the stages wrote on a processed Doc."""
    return DocResult(
        document=document,
        entities=list((doc._.actors or {}).values()),
        mentions=list(doc._.mentions or []),
        timexes=list(doc._.timexes or []),
        events=list(doc._.events or []),
        facts=list(doc._.facts or []),
    )


def process(documents: Iterable[Document], settings: Settings | None = None,
            nlp: Language | None = None) -> Iterator[DocResult]:
    """Stream documents through the pipeline (nlp.pipe), loaded once."""
    settings = settings or Settings.from_env()
    nlp = nlp or loader.load(settings)
    documents = (_infer_published(d) for d in documents)
    pairs = ((_make_doc(nlp, d), d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=settings.batch_size):
        yield result_from_doc(document, doc)


def process_text(text: str, published: str | None = None, doc_id: str = "text",
                 settings: Settings | None = None) -> DocResult:
    """Run one text; handy in tests and notebooks."""
    document = Document(id=doc_id, source=doc_id, text=text, published=published)
    return next(process([document], settings))
