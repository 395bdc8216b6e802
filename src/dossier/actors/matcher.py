"""PhraseMatchers over the dictionary, built once: names, demonyms and office descriptions.

Names of the curated and user files: one token or with an acronym in them ("US", "the U.S.") match by exact
spelling (as written, upper case, title case); longer names and office descriptions match case-insensitively.
Names known only from the converted dictionaries (Phoenix, the country libraries) match case-insensitively where
the text writes them as a name: first and last word capitalised, and a one-word name tagged as a proper noun or
inside an entity; an acronym of theirs ("ANA") not where a person's name the tagger found writes it in title case. A name several actors share gives the one the article's date means (Dictionary.choose), and a
country's name the state it meant then ("Russia" in 1987: the Soviet Union). Overlaps are settled by the
resolver: the longest match wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from dossier.actors import cache
from dossier.actors.dictionary import CURATED, Dictionary

NAME, DEMONYM, OFFICE = "N", "D", "O"
_KIND_ORDER = {DEMONYM: 0, NAME: 1, OFFICE: 2}


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    kind: str  # NAME, DEMONYM or OFFICE
    key: str  # entity id, or office title

    @property
    def length(self) -> int:
        return self.end - self.start


_DOTTED = re.compile(r"(?<![\w.])((?:[A-Za-z]\.){1,}[A-Za-z])\.(?=\s|$)")  # "U.S.", "U.K.", "U.N." (not "Dr.")


def _variants(text: str) -> set[str]:
    """A name as written, in capitals and capitalised, with a curly apostrophe, and with a dotted abbreviation's
    last stop left out ("U.S warship", "the U.K and France": a wire habit)."""
    out = {text, text.replace("'", "’")}
    out |= {_DOTTED.sub(r"\1", v) for v in out}
    return out | {v.upper() for v in out} | {v[:1].upper() + v[1:] for v in out}


def _has_acronym(text: str) -> bool:
    return any(len(w.strip(".")) >= 2 and w.replace(".", "").isupper() for w in text.split())


class ActorMatcher:
    """Finds dictionary names, demonyms and office descriptions in a Doc.

    Each phrase is given to a PhraseMatcher as the hashes of its tokens (ORTH or LOWER), and a table says which
    names, demonyms or offices a run of hashes stands for. Tokenizing the dictionary's 100,000 spellings is the
    slow part of building it, so the tables are cached (cache.py) for the dictionary's sources and the pipeline's
    tokenizer, and read back at the next start."""

    def __init__(self, nlp: Language, dictionary: Dictionary):
        self.d = dictionary
        inputs = [*dictionary.sources, Path(__file__), *cache.versions("spacy"),
                  f"{nlp.lang} {nlp.meta.get('name')} {nlp.meta.get('version')}"]
        # The user's dictionaries make a cache of their own, so that trying several does not push out the shipped one.
        cache_name = f"matcher-{nlp.lang}_{nlp.meta.get('name')}{'-user' if dictionary.user_files else ''}"
        tables = cache.cached(cache_name, inputs, lambda: _tables(nlp, dictionary))
        self.matchers: list[tuple[PhraseMatcher, int, dict, bool]] = []  # (matcher, attr, table, loose)
        lexicon = dictionary.lexicon
        self.short_letters = lexicon.short_acronym_letters
        self.short_labels = frozenset(lexicon.short_acronym_labels)
        for name, attr, table in tables:
            matcher = PhraseMatcher(nlp.vocab, attr=attr)
            matcher.add(name, list(table))
            self.matchers.append((matcher, attr, table, name == "loose"))

    def __call__(self, doc: Doc) -> list[Match]:
        date = doc._.published
        found = set()
        named: dict[tuple[int, int], set[str]] = {}  # every actor a stretch may name, to choose one
        for matcher, attr, table, loose in self.matchers:
            hits = matcher(doc)
            if not hits:
                continue
            values = doc.to_array(attr).tolist()
            for _, start, end in hits:
                if loose and not _written_as_name(doc[start:end]):
                    continue
                for kind, value in table[tuple(values[start:end])]:
                    if kind == NAME and attr == LOWER and not loose and _the_and_a_word(doc[start:end]):
                        continue  # "the left-wing parties": a common word, not the party "The Left"
                    if loose and kind == NAME and _is_acronym(value) and _personal_name(doc[start:end]):
                        continue  # "Ana Ortega": a first name, not the converted lists' "ANA"
                    if loose and kind == NAME and not self._short_acronym_named(doc[start:end], value):
                        continue  # "Mountain View, CA", "Lt.", "a max FPS": no armed group's short acronym
                    if kind == NAME:
                        named.setdefault((start, end), set()).update(self.d.names.get(value) or ())
                        continue
                    if kind == DEMONYM and value in self.d.stands_for:
                        value = self.d.state_on(value, date)
                    found.add(Match(start, end, kind, value))
        for (start, end), ids in named.items():
            if ids:
                value = self.d.choose(ids, date)
                if value in self.d.stands_for:
                    value = self.d.state_on(value, date)
                found.add(Match(start, end, NAME, value))
        # one order in every process: a stretch that is both a demonym and a name ("Macedonian") gives two matches of
        # one length, and a set's order would pick between them by the hash seed; the demonym's state comes first
        return sorted(found, key=lambda m: (m.start, -m.length, _KIND_ORDER[m.kind], m.key))


    def _short_acronym_named(self, span, value: str) -> bool:
        """Whether a converted list's acronym of a few letters (at most `short_acronym_letters` in the lexicon:
        "CA", "LT", "FPS") is named here: written in capitals as the list writes it, tagged as one of
        `short_acronym_labels` (an organisation) and not counted by a number ("120 FPS": a unit). Longer names and
        longer acronyms pass."""
        letters = value.replace(".", "")
        if not _is_acronym(value) or len(letters) > self.short_letters:
            return True
        counted = any(c.dep_ == "nummod" or c.like_num for t in span for c in t.lefts) or (
            span.start > 0 and span.doc[span.start - 1].like_num)
        return span.text.replace(".", "") == letters and not counted and all(
            t.ent_type_ in self.short_labels for t in span)


def _tables(nlp: Language, dictionary: Dictionary) -> list[tuple[str, int, dict]]:
    """[(matcher name, token attribute, {token hashes: ((kind, key), ...)})]: names of the curated and user files
    with one word or an acronym by exact spelling ("exact"), longer ones and office descriptions without case
    ("folded"), names only the converted dictionaries know without case where written as a name ("loose")."""
    exact: dict[str, set[str]] = {}
    folded: dict[str, set[str]] = {}
    loose: dict[str, set[str]] = {}
    swaps = {a.lower(): b.lower() for a, b in dictionary.lexicon.name_spellings.items()}
    swaps |= {b: a for a, b in swaps.items()}
    for name, ids in dictionary.names.items():
        if not ids or not name.strip():
            continue
        key = f"{NAME}|{name}"
        if all(dictionary.rank.get(i, CURATED) < CURATED for i in ids):
            loose.setdefault(key, set()).update(v for n in _spellings(name, swaps) for v in (n, n.replace("'", "’")))
        elif " " not in name.strip() or _has_acronym(name):
            exact.setdefault(key, set()).update(_variants(name))
        else:
            folded.setdefault(key, set()).update(v for n in _spellings(name, swaps) for v in (n, n.replace("'", "’")))
    for demonym, ident in dictionary.demonyms.items():
        exact.setdefault(f"{DEMONYM}|{ident}", set()).update(_variants(demonym))
    for title, office in dictionary.offices.items():
        key = f"{OFFICE}|{title}"
        folded.setdefault(key, set()).update(a for alias in office.aliases for a in (alias, alias.replace("'", "’")))
    out = []
    for name, attr, keyed in (("exact", ORTH, exact), ("folded", LOWER, folded), ("loose", LOWER, loose)):
        phrases = sorted({p for ps in keyed.values() for p in ps})
        hashes = {p: tuple(t.orth if attr == ORTH else t.lower for t in doc)
                  for p, doc in zip(phrases, nlp.tokenizer.pipe(phrases))}
        table: dict[tuple[int, ...], list[tuple[str, str]]] = {}
        for key, ps in sorted(keyed.items()):
            kind, value = key.split("|", 1)
            for p in ps:
                if hashes[p]:
                    entries = table.setdefault(hashes[p], [])
                    if (kind, value) not in entries:
                        entries.append((kind, value))
        out.append((name, attr, {k: tuple(v) for k, v in table.items()}))
    return out


def _spellings(name: str, swaps: dict[str, str]) -> set[str]:
    """A name of several words and, where it holds a word of `name_spellings` (the lexicon), the name in the other
    spelling ("Organization of African Unity", "Organisation of African Unity"); matched without case."""
    words = name.split(" ")
    if len(words) < 2 or not any(w.lower() in swaps for w in words):
        return {name}
    return {name, " ".join(swaps.get(w.lower(), w) for w in words)}


def _the_and_a_word(span) -> bool:
    """A name of "the" and words none of which the text capitalises ("the left" of "the left-wing parties", "the
    republicans" of a French story): common words, no name, though a curated name of "the" and a word ("The Left",
    "The Republicans") is matched without case."""
    return len(span) > 1 and span[0].lower_ == "the" and not any(t.text[:1].isupper() for t in span[1:])


def _is_acronym(name: str) -> bool:
    """A one-word name the dictionary spells in capitals ("ANA", "IRA"): an acronym."""
    letters = name.replace(".", "")
    return " " not in name.strip() and len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _personal_name(span) -> bool:
    """A word not written in capitals inside a person's name the tagger found ("Ana Ortega", "Ira Kaplan"): no
    acronym, though the text may write one in title case elsewhere ("Eta" for the Basque group)."""
    return not span.text.isupper() and any(t.ent_type_ == "PERSON" for t in span)


def _written_as_name(span) -> bool:
    """A converted name counts where the text writes it as one: capitalised, and a single word tagged as a
    proper noun or inside an entity (so that 'chad', 'jordan' or 'the Guard' in running text are not countries)."""
    first, last = span[0], span[-1]
    if not (first.text[:1].isupper() and last.text[:1].isupper()):
        return first.lower_ == "the" and last.text[:1].isupper() and len(span) > 1
    if len(span) == 1:
        return first.pos_ == "PROPN" or bool(first.ent_type_) or not span.doc.has_annotation("TAG")
    return True
