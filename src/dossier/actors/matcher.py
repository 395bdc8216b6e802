"""PhraseMatchers over the dictionary, built once: names, demonyms and office descriptions.

Names of one token and names with an acronym in them ("US", "the U.S.") match by exact spelling (as written,
upper case, title case); longer names and office descriptions match case-insensitively. Overlaps are settled
by the resolver: the longest match wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from dossier.actors.dictionary import Dictionary

NAME, DEMONYM, OFFICE = "N", "D", "O"


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str  # NAME, DEMONYM or OFFICE
    key: str  # entity id, or office title

    @property
    def length(self) -> int:
        return self.end - self.start


def _variants(text: str) -> set[str]:
    out = {text, text.replace("'", "’")}
    return out | {v.upper() for v in out} | {v[:1].upper() + v[1:] for v in out}


def _has_acronym(text: str) -> bool:
    return any(len(w.strip(".")) >= 2 and w.replace(".", "").isupper() for w in text.split())


class ActorMatcher:
    """Finds dictionary names, demonyms and office descriptions in a Doc."""

    def __init__(self, nlp: Language, dictionary: Dictionary):
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[int, tuple[str, str]] = {}
        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for name, ids in dictionary.names.items():
            for ident in ids:
                key = f"{NAME}|{ident}"
                if " " not in name.strip() or _has_acronym(name):
                    exact.setdefault(key, set()).update(_variants(name))
                else:
                    folded.setdefault(key, set()).update({name, name.replace("'", "’")})
        for demonym, ident in dictionary.demonyms.items():
            exact.setdefault(f"{DEMONYM}|{ident}", set()).update(_variants(demonym))
        for title, office in dictionary.offices.items():
            key = f"{OFFICE}|{title}"
            folded.setdefault(key, set()).update(a for alias in office.aliases for a in (alias, alias.replace("'", "’")))
        for matcher, table in ((self.exact, exact), (self.folded, folded)):
            for key, phrases in table.items():
                if not phrases:
                    continue
                self.keys[nlp.vocab.strings.add(key)] = tuple(key.split("|", 1))
                matcher.add(key, list(nlp.tokenizer.pipe(sorted(phrases))))

    def __call__(self, doc: Doc) -> list[Match]:
        found = set()
        for matcher in (self.exact, self.folded):
            for key, start, end in matcher(doc):
                kind, value = self.keys[key]
                found.add(Match(start, end, kind, value))
        return sorted(found, key=lambda m: (m.start, -m.length))
