"""Where the gold and the corpora are, and the example corpus and seeds run through the real pipeline.

Everything under ../shared is read in place. A corpus is read with dossier's own ingest, so scores measure
what `dossier build` would produce, and is analysed once per process.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.failures import processed
from dossier.ingest import IngestError, read_paths
from dossier.ingest.header import dateline_place
from dossier.ingest.jsonl import read_record
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import DocResult

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared"
BENCH = SHARED / "benchdata"
SEEDS = SHARED / "seeds"
REUTERS = SHARED / "corpora" / "reuters21578.jsonl.gz"
EXAMPLE = ROOT / "examples" / "china-peru"
EXAMPLE_ARTICLES = EXAMPLE / "articles"
EXAMPLE_GOLD = EXAMPLE / "gold"

_CACHE: dict[tuple, dict[str, DocResult]] = {}


def reuters_documents(limit: int) -> list[Document]:
    """The first `limit` Reuters-21578 stories of type NORM with a body of 200 characters or more, dated by the
    corpus (read in place from REUTERS; what the dyads scorer and the throughput benchmark analyse). Each record is
    read by dossier's own JSON reader, as `dossier build` reads it: the wire's hard-wrapped lines joined into
    paragraphs (a line break would otherwise start a sentence: "BP North America" / "Inc said ..."); the corpus's
    id is kept, and its dateline field (the wire's dateline, which the corpus keeps apart from the text) is read by
    ingest's own dateline reader (`dateline_place`: "SALVADOR, Feb 26": SALVADOR; "CAMBRIDGE, Mass., March 2":
    "CAMBRIDGE, Mass."), as the dateline that opens a wire text is."""
    out = []
    with gzip.open(REUTERS, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row.get("text_type") == "NORM" and len(row.get("text") or "") >= 200:
                document = read_record(row["id"], row)
                if isinstance(document, IngestError):
                    continue
                dateline = document.dateline or dateline_place(row.get("dateline"))
                out.append(document.model_copy(update={"id": row["id"], "dateline": dateline}))
                if len(out) >= limit:
                    break
    return out


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def doc_name(document: Document) -> str:
    """A document's name as gold files give it: the file name, with '#<record>' for records inside a file."""
    return document.source.replace("\\", "/").rsplit("/", 1)[-1]


def analysed(folder: Path, settings: Settings | None = None) -> dict[str, DocResult]:
    """{document name: DocResult} for every article in folder, read by ingest and run through the pipeline."""
    settings = settings or Settings.from_env()
    key = (str(folder), settings.spacy_model, tuple(map(str, settings.actor_files)))
    if key not in _CACHE:
        docs = [d for d in read_paths([folder]) if not isinstance(d, IngestError)]
        _CACHE[key] = {doc_name(r.document): r for r in processed(docs, settings, loader.load(settings))}
    return _CACHE[key]
