"""Settings with defaults. Every setting can be given as an environment variable DOSSIER_<NAME>."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


STORE_MEMORY = "256MB"  # docs/scale.md, round 75
STORE_THREADS = 0
BATCH_CHARS = 12_000  # docs/scale.md, round 80
_SIZE = r"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$"


class Settings(BaseModel):
    spacy_model: str = Field(default="en_core_web_sm", description="Name of the installed spaCy pipeline.")
    actor_files: list[Path] = Field(default_factory=list, description="Extra actor dictionaries (YAML) to load.")
    batch_size: int = Field(default=32, description="Documents per nlp.pipe batch.")
    batch_chars: int = Field(default=BATCH_CHARS, gt=0, description="Characters per nlp.pipe batch: a batch ends "
                             "before the document that would take it past this many (a longer document is a batch of "
                             "its own). spaCy's working arrays over a batch grow with its words (docs/scale.md, round "
                             "80).")
    db: Path = Field(default=Path("dossier.duckdb"), description="The DuckDB file.")
    chunk_chars: int = Field(default=100_000, gt=0, description="A longer document is run in pieces of at most "
                             "this many characters, cut at paragraph breaks.")
    write_every: int = Field(default=64, gt=0, description="`dossier build` saves documents in transactions of "
                             "this many (fewer when analysis is slow).")
    release_seconds: float = Field(default=60.0, ge=0, description="`dossier build` keeps the store open from save to "
                                   "save; it lets go of it after a save when a reader waits for it, and otherwise "
                                   "at most this often, for readers that do not say they wait (0: after every save).")
    merge_every: int = Field(default=2000, ge=0, description="`dossier build` merges after the first this many new "
                             "documents, then each time the new ones reach a quarter of those merged (at most this many), "
                             "so that the merge holds only what they touch (0: one merge, at the end).")
    workers: int = Field(default=1, ge=1, description="Processes that analyse documents (one writes the store).")
    engine: Literal["local", "dask"] = Field(default="local", description="'local' (this machine's processes) or "
                                             "'dask' (a Dask cluster: local, or the one at dask_address).")
    dask_address: str | None = Field(default=None, description="Scheduler address of an existing Dask cluster.")
    languages: list[str] = Field(default_factory=lambda: ["en"], description="`dossier build` skips, with a "
                                 "message, documents confidently in none of these languages (ISO 639-1); empty: all.")
    unplaced_events: Literal["drop", "place", "keep"] = Field(
        default="keep", description="Events none of whose sides is placed (known to a dictionary, with a country, "
        "or of a political kind or group: events/data/relevance.yaml): 'drop' leaves them out (a precision setting "
        "for general web pages), 'place' leaves out those whose sentence names no place or nationality either, "
        "'keep' keeps them.")
    firm_trade: Literal["drop", "keep"] = Field(
        default="drop", description="Events that are a firm's own trade, firms and their people on every side (a bid "
        "rejected, a contract signed, a venture of firms of two states: events/relevance.py `firms_own_trade`, "
        "data/relevance.yaml): 'drop' leaves them out, 'keep' keeps them.")
    off_topic_events: Literal["drop", "keep"] = Field(
        default="drop", description="On a page whose topic is not public affairs (few political actors named: "
        "events/relevance.py `off_topic_page`, data/relevance.yaml page_topic), the events with no political "
        "actor on a side, and on any page (five sentences or more) those with no placed side "
        "(`placed_on_a_page`): 'drop' leaves them out, 'keep' keeps them.")
    max_document_chars: int = Field(default=5_000_000, gt=0, description="`dossier build` skips a document longer "
                                    "than this, with a message naming it.")
    store_memory: str = Field(default=STORE_MEMORY, pattern=_SIZE, description="The most memory DuckDB holds for a "
                              "store saved to or merged incrementally (its `memory_limit`: the table blocks it "
                              "caches, its queries' working memory, spilled to `<store>.tmp` where it can be); a full "
                              "merge and a schema upgrade run under DuckDB's own default (80% of the machine's "
                              "memory).")
    store_threads: int = Field(default=STORE_THREADS, ge=0, description="DuckDB's threads for a store saved to or "
                               "merged incrementally (0: DuckDB's default, one per core).")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values: dict = {}
        if "DOSSIER_SPACY_MODEL" in os.environ:
            values["spacy_model"] = os.environ["DOSSIER_SPACY_MODEL"]
        if "DOSSIER_DB" in os.environ:
            values["db"] = Path(os.environ["DOSSIER_DB"])
        if "DOSSIER_ACTOR_FILES" in os.environ:
            values["actor_files"] = [Path(p) for p in os.environ["DOSSIER_ACTOR_FILES"].split(os.pathsep) if p]
        if "DOSSIER_LANGUAGES" in os.environ:
            wanted = os.environ["DOSSIER_LANGUAGES"].strip().lower()
            values["languages"] = [] if wanted in ("", "any", "all") else [c.strip() for c in wanted.split(",")]
        for name in ("batch_chars", "chunk_chars", "max_document_chars", "write_every", "release_seconds",
                     "merge_every", "workers", "engine", "dask_address", "unplaced_events", "firm_trade",
                     "off_topic_events", "store_memory", "store_threads"):
            if f"DOSSIER_{name.upper()}" in os.environ:
                values[name] = os.environ[f"DOSSIER_{name.upper()}"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def store_limits() -> tuple[str, int]:
    """(memory_limit, threads) for DuckDB on a store opened for writing: the settings `store_memory` and
    `store_threads` (DOSSIER_STORE_MEMORY, DOSSIER_STORE_THREADS), checked as Settings checks them."""
    values = {name: os.environ[f"DOSSIER_{name.upper()}"] for name in ("store_memory", "store_threads")
              if f"DOSSIER_{name.upper()}" in os.environ}
    checked = Settings(**values)
    return checked.store_memory.strip(), checked.store_threads
