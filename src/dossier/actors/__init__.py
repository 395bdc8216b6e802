"""Actors: every mention of a person, government, company or place resolved to one canonical actor."""

from dossier.actors.dictionary import Dictionary, DictionaryError, load
from dossier.actors.merge import merge_entities

__all__ = ["Dictionary", "DictionaryError", "load", "merge_entities"]
