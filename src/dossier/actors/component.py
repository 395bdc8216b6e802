"""The dossier_actors pipeline component: sets doc._.actors, doc._.mentions, doc._.token_actor, doc._.story_country,
doc._.dateline_state, doc._.owned_by_other, doc._.vessels and doc._.unknown_name (this stage's reading of a name a
later stage finds: Resolver.unknown_name)."""

from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from dossier.actors import dictionary
from dossier.actors.matcher import ActorMatcher
from dossier.actors.resolve import Resolver
from dossier.model import Entity
from dossier.nlp import extensions  # noqa: F401  (registers the Doc attributes)


class ActorsComponent:
    """Resolves every actor mention of a Doc against the dictionary (shipped files plus `extra_files`)."""

    def __init__(self, nlp: Language, extra_files: list[str]):
        self.dictionary = dictionary.load(extra_files)
        self.resolver = Resolver(self.dictionary, ActorMatcher(nlp, self.dictionary))
        self.make_doc = nlp.make_doc  # a story's headline, tokenized only: the states it names

    def __call__(self, doc: Doc) -> Doc:
        headline = self.make_doc(doc._.headline) if doc._.headline else None
        if headline is not None:
            headline._.published = doc._.published
        doc._.actors, doc._.mentions, doc._.token_actor = self.resolver(doc, headline)
        doc._.story_country = self.resolver.story_country
        doc._.dateline_state = self._state(self.resolver._home, doc._.published)  # the dateline's country
        doc._.owned_by_other = self.resolver.owned_by_other
        doc._.vessels = self.resolver.vessels
        doc._.unknown_name = partial(self.resolver.unknown_name, self.resolver.doc_state())
        return doc

    def _state(self, country: str | None, date: str | None) -> Entity | None:
        """The state a country code meant on a date, as the dictionary's entity ("DEU" in 1987: West Germany)."""
        ident = self.dictionary.countries.get(country or "")
        return self.dictionary.entities.get(self.dictionary.state_on(ident, date)) if ident else None


@Language.factory("dossier_actors", default_config={"extra_files": []})
def make_actors(nlp: Language, name: str, extra_files: list[str]) -> ActorsComponent:
    return ActorsComponent(nlp, list(extra_files))
