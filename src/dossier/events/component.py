"""The `dossier_events` spaCy component: codes each doc's sentences into doc._.events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dossier.events.coder import Coder
from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import load_entries, load_lexicon, load_threats
from dossier.nlp import extensions  # noqa: F401


@Language.factory("dossier_events", default_config={"extra_patterns": []})
def make_events(nlp: Language, name: str, extra_patterns: list[str]):
    """Build the matcher once; `extra_patterns` are folders of more pattern files (one YAML per type)."""
    coder = Coder(TriggerMatcher(nlp.vocab, load_entries(tuple(extra_patterns))), load_lexicon(),
                  load_threats(tuple(extra_patterns)))

    def events(doc: Doc) -> Doc:
        doc._.events = coder.code(doc)
        return doc

    return events
