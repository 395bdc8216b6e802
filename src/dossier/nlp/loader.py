"""Load the spaCy pipeline named in the settings, once, with dossier's components added after it."""

from __future__ import annotations

import gc
from contextlib import contextmanager

import spacy
from spacy.language import Language

from dossier.config import Settings
from dossier.nlp.joined_names import split_after_abbreviations
# (registers dossier_paragraphs, dossier_abbreviations, dossier_closing_quotes, dossier_recased_names,
# dossier_tickers, dossier_initial_nouns)
from dossier.nlp import (  # noqa: F401
    abbreviations, array_components, extensions, initial_nouns, paragraphs, quotes, recased, tickers)  # noqa: F401

# Importing the stage modules registers their factories with spaCy.
from dossier.actors import component as _actors  # noqa: F401
from dossier.events import component as _events  # noqa: F401
from dossier.facts import component as _facts  # noqa: F401
from dossier.time import component as _time  # noqa: F401
from dossier.time import dashes as _dashes  # noqa: F401  (dossier_dash_dates: a dateline's date, right after ner)

STAGES = ("dossier_actors", "dossier_time", "dossier_events", "dossier_facts")


class ModelNotInstalled(RuntimeError):
    """The spaCy pipeline named in the settings is not installed."""


def load_spacy(name: str) -> Language:
    """Load an installed spaCy pipeline by name, with a clear error when it is missing."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed. Install it with "
            f"`pip install ../shared/models/{name}-3.8.0-py3-none-any.whl` or `python -m spacy download {name}`."
        ) from exc


_CACHE: dict[tuple, Language] = {}


@contextmanager
def _uncollected():
    """Build the stages without the garbage collector, then freeze what exists (`gc.freeze`): their tables are
    hundreds of thousands of long-lived objects, which the collector would otherwise walk again and again while
    they are built (~0.5 s) and then at every collection while documents are analysed (~10 % of a build's CPU
    time). What was garbage before is collected first, so that nothing dead is kept."""
    gc.collect()
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if collecting:
            gc.enable()


def load(settings: Settings | None = None) -> Language:
    """The spaCy pipeline with dossier's stages; loaded once per process and settings."""
    settings = settings or Settings.from_env()
    key = (settings.spacy_model, tuple(str(p) for p in settings.actor_files), settings.unplaced_events,
           settings.firm_trade, settings.off_topic_events)
    if key not in _CACHE:
        extensions.register()
        nlp = load_spacy(settings.spacy_model)
        split_after_abbreviations(nlp)  # "U.S.-Japanese": "U.S.", "-", "Japanese"
        array_components.install(nlp)  # the attribute ruler and lemmatizer read the Doc's arrays (same annotations)
        with _uncollected():
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("dossier_paragraphs", before="parser")
                nlp.add_pipe("dossier_abbreviations", before="parser")
                nlp.add_pipe("dossier_closing_quotes", before="parser")
                nlp.add_pipe("dossier_tickers", before="parser")
            if "ner" in nlp.pipe_names:
                nlp.add_pipe("dossier_dash_dates", after="ner")
                nlp.add_pipe("dossier_recased_names", after="dossier_dash_dates")
                nlp.add_pipe("dossier_initial_nouns", after="dossier_recased_names")
            nlp.add_pipe("dossier_actors", config={"extra_files": [str(p) for p in settings.actor_files]})
            for stage in STAGES[1:]:
                nlp.add_pipe(stage, config={"unplaced": settings.unplaced_events, "firm_trade": settings.firm_trade,
                                            "off_topic": settings.off_topic_events}
                             if stage == "dossier_events" else {})
        _CACHE[key] = nlp
    return _CACHE[key]
