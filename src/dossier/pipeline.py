"""Run documents through the spaCy pipeline with dossier's stages; give one DocResult per document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from dossier.actors.regions import coded
from dossier.actors.state_bodies import qualified_ids
from dossier.actors.unknown import rename
from dossier.config import Settings
from dossier.model import Document, Entity, Event, Evidence, Fact, Mention, Timex
from dossier.nlp import loader
from dossier.nlp.chunks import split_text
from dossier.nlp.extensions import keep_text
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
    error: str | None = None  # set when a stage failed on this document: nothing else is filled in


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


def _make_doc(nlp: Language, document: Document, text: str | None = None) -> Doc:
    text = document.text if text is None else text
    doc = nlp.make_doc(text)
    keep_text(doc, text)  # = doc.text, which spaCy joins anew from the tokens on every call
    doc._.doc_id = document.id
    # A lower bound is no anchor for "on Friday" or "last month"; a dateline's own day (year read from the
    # content) is the article's date.
    doc._.published = None if document.published_basis == "content" else document.published
    doc._.dateline = document.dateline
    doc._.headline = document.title
    doc._.genre = document.genre
    return doc


def result_from_doc(document: Document, doc: Doc) -> DocResult:
    """Collect what the stages wrote on a processed Doc; a state body named by its function alone ("the Finance
    Ministry") under an id that carries its state (actors/state_bodies.py), a region or bloc read as a name
    ("European", "Latin America") with its region's code (actors/regions.py)."""
    result = DocResult(
        document=document,
        entities=coded(list((doc._.actors or {}).values())),
        mentions=list(doc._.mentions or []),
        timexes=list(doc._.timexes or []),
        events=list(doc._.events or []),
        facts=list(doc._.facts or []),
    )
    return rename(result, qualified_ids(result.entities))


def process(documents: Iterable[Document], settings: Settings | None = None,
            nlp: Language | None = None, ready: bool = False) -> Iterator[DocResult]:
    """Stream documents through the pipeline (nlp.pipe), loaded once.

    `ready` (for the writer of a store): with several workers or Dask, each document comes in the form the
    store writes (`store.database.ReadyResult`, its payload made in the worker); in one process it is the
    DocResult still (the store makes the same payload from it).

    A document longer than `settings.chunk_chars` is run in pieces cut at paragraph breaks, and what the
    pieces give is joined into one result with offsets in the whole text (spaCy refuses texts over
    `nlp.max_length`, and parsing one long Doc takes memory in proportion to its length).
    """
    settings = settings or Settings.from_env()
    if settings.workers > 1 or settings.engine != "local":
        from dossier.parallel import process_parallel

        yield from process_parallel(documents, settings, ready)
        return
    nlp = nlp or loader.load(settings)
    limit = min(settings.chunk_chars, nlp.max_length)
    pieces = ((d, offset, text, last)
              for d in map(_infer_published, documents) for offset, text, last in _pieces(d.text, limit))
    parts: list[tuple[int, DocResult]] = []
    failed: str | None = None
    for batch in _batched(pieces, settings.batch_size, settings.batch_chars):
        for (document, offset, _, last), found in zip(batch, _results(nlp, batch, settings.batch_size)):
            if isinstance(found, str):
                failed = failed or found
            else:
                parts.append((offset, found))
            if last:
                if failed:
                    yield DocResult(document=document, error=failed)
                else:
                    yield parts[0][1] if len(parts) == 1 else join_parts(document, parts)
                parts, failed = [], None


def _batched(pieces: Iterator[tuple], size: int, chars: int) -> Iterator[list[tuple]]:
    """The pieces in batches of at most `size`, and of at most `chars` characters of text (a longer piece alone):
    what spaCy's layers hold at once over a batch grows with its words, ~15 kB a word in the tok2vec's (docs/scale.md,
    round 80), while a batch's results do not depend on the other pieces in it."""
    batch: list[tuple] = []
    held = 0
    for piece in pieces:
        length = len(piece[2])
        if batch and (len(batch) >= size or held + length > chars):
            yield batch
            batch, held = [], 0
        batch.append(piece)
        held += length
    if batch:
        yield batch


def _results(nlp: Language, batch: list[tuple], batch_size: int) -> list[DocResult | str]:
    """The DocResult of each piece (or why it failed), read off its Doc inside a spaCy memory zone: the words and
    strings the batch added to the vocabulary are let go after it, so that the vocabulary stays the model's own
    instead of growing with every new word of the corpus. The results hold plain values only."""
    with nlp.memory_zone():
        return [found if isinstance(found, str) else result_from_doc(document, found)
                for (document, _, _, _), found in zip(batch, _analyse(nlp, batch, batch_size))]


def _analyse(nlp: Language, batch: list[tuple], batch_size: int) -> list[Doc | str]:
    """The processed Doc of each piece, or a sentence saying which stage failed on it. A batch that fails is
    run again one piece at a time, so that one document's failure costs only that document."""
    try:
        return list(nlp.pipe((_make_doc(nlp, d, text) for d, _, text, _ in batch), batch_size=batch_size))
    except Exception:  # noqa: BLE001 - find the piece that fails below
        pass
    found: list[Doc | str] = []
    for document, _, text, _ in batch:
        try:
            doc = _make_doc(nlp, document, text)
            for name, proc in nlp.pipeline:
                try:
                    doc = proc(doc)
                except Exception as exc:  # noqa: BLE001 - a stage's bug must not stop the other documents
                    raise _StageFailed(f"the {name} stage failed ({type(exc).__name__}: {exc})") from exc
            found.append(doc)
        except _StageFailed as exc:
            found.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - the tokenizer
            found.append(f"the text could not be tokenised ({type(exc).__name__}: {exc})")
    return found


class _StageFailed(Exception):
    pass


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str, bool]]:
    pieces = split_text(text, limit)
    for n, (offset, piece) in enumerate(pieces, start=1):
        yield offset, piece, n == len(pieces)


def join_parts(document: Document, parts: list[tuple[int, DocResult]]) -> DocResult:
    """One result from the results of a document's pieces: offsets moved by each piece's offset, events and
    facts numbered through the whole document, entities united by id."""
    from dossier.actors import merge_entities

    joined = DocResult(document=document,
                       entities=merge_entities(r.entities for _, r in parts))
    for offset, part in parts:
        joined.mentions += [m.model_copy(update={"start": m.start + offset, "end": m.end + offset})
                            for m in part.mentions]
        joined.timexes += [t.model_copy(update={"start": t.start + offset, "end": t.end + offset})
                           for t in part.timexes]
        for event in part.events:
            joined.events.append(event.model_copy(update={
                "id": f"{document.id}:e{len(joined.events) + 1}", "evidence": _moved(event.evidence, offset)}))
        for fact in part.facts:
            joined.facts.append(fact.model_copy(update={
                "id": f"{document.id}:f{len(joined.facts) + 1}", "evidence": _moved(fact.evidence, offset)}))
    return joined


def _moved(evidence: list[Evidence], offset: int) -> list[Evidence]:
    return [e.model_copy(update={"start": None if e.start is None else e.start + offset,
                                 "end": None if e.end is None else e.end + offset}) for e in evidence]


def process_text(text: str, published: str | None = None, doc_id: str = "text",
                 settings: Settings | None = None) -> DocResult:
    """Run one text; handy in tests and notebooks. `published` is 'YYYY-MM-DD' (a ValueError otherwise)."""
    try:
        document = Document(id=doc_id, source=doc_id, text=text, published=published)
    except ValidationError as exc:
        raise ValueError("; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())) from None
    result = next(process([document], settings))
    if result.error:
        raise RuntimeError(f"{doc_id}: {result.error}")
    return result
