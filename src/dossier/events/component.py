"""The `dossier_events` spaCy component: codes each doc's sentences into doc._.events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dossier.events import classifier
from dossier.events.coder import Coder
from dossier.events.matching import TriggerMatcher
from dossier.events.patterns import load_entries, load_lexicon, load_threats
from dossier.nlp import extensions  # noqa: F401


class EventCoder:
    """The component; `coder.model` is the learned event type (None: the rules alone), which evaluation swaps."""

    def __init__(self, coder: Coder):
        self.coder = coder

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.coder.code(doc)
        return doc


@Language.factory("dossier_events", default_config={"extra_patterns": [], "type_model": "shipped"})
def make_events(nlp: Language, name: str, extra_patterns: list[str], type_model: str):
    """Build the matcher once; `extra_patterns` are folders of more pattern files (one YAML per type);
    `type_model`: "shipped" (events/model/event_types.npz), a path to another model, or "none"."""
    model = None if type_model == "none" else classifier.load(None if type_model == "shipped" else type_model)
    coder = Coder(TriggerMatcher(nlp.vocab, load_entries(tuple(extra_patterns))), load_lexicon(),
                  load_threats(tuple(extra_patterns)), model)
    return EventCoder(coder)
