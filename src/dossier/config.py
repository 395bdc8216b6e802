"""Settings with defaults. Every setting can be given as an environment variable DOSSIER_<NAME>."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import BaseModel, Field


class Settings(BaseModel):
    spacy_model: str = Field(default="en_core_web_sm", description="Name of the installed spaCy pipeline.")
    actor_files: list[Path] = Field(default_factory=list, description="Extra actor dictionaries (YAML) to load.")
    batch_size: int = Field(default=32, description="Documents per nlp.pipe batch.")
    db: Path = Field(default=Path("dossier.duckdb"), description="The DuckDB file.")
    chunk_chars: int = Field(default=100_000, gt=0, description="A longer document is run in pieces of at most "
                             "this many characters, cut at paragraph breaks.")
    max_document_chars: int = Field(default=5_000_000, gt=0, description="`dossier build` skips a document longer "
                                    "than this, with a message naming it.")

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values: dict = {}
        if "DOSSIER_SPACY_MODEL" in os.environ:
            values["spacy_model"] = os.environ["DOSSIER_SPACY_MODEL"]
        if "DOSSIER_DB" in os.environ:
            values["db"] = Path(os.environ["DOSSIER_DB"])
        if "DOSSIER_ACTOR_FILES" in os.environ:
            values["actor_files"] = [Path(p) for p in os.environ["DOSSIER_ACTOR_FILES"].split(os.pathsep) if p]
        for name in ("chunk_chars", "max_document_chars"):
            if f"DOSSIER_{name.upper()}" in os.environ:
                values[name] = os.environ[f"DOSSIER_{name.upper()}"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
