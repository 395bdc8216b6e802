"""spaCy's attribute ruler and rule lemmatizer, the same annotations computed on a Doc's attribute arrays.

spaCy's `AttributeRuler` asks its `Matcher` every pattern at every word (179 patterns in `en_core_web_sm`) and the
rule `Lemmatizer` makes a Token for every word: together about a quarter of spaCy's own CPU on news text. Here the
ruler's patterns are judged once per distinct row of attribute values (`Doc.to_array`), and the lemmatizer keeps
one lemma per (written form, part of speech, morphology), spaCy's own cache key, asking the lemmatizer only on a
key's first word. The matches are the Matcher's, written as `AttributeRuler.set_annotations` writes them (the last
match's value of each attribute at each word) but on the Doc's arrays, not a Span and a Token each (`ArrayWriter`),
and the lemmas the lemmatizer's; a ruler whose patterns use what is not read here (quantifiers, extensions, other
operators) or that sets what is not written here, and a lemmatizer that is not spaCy's rule mode, are left as they
are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy as np
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc

from dossier.nlp.silent_e import keeping_silent_e

# Token attributes whose Matcher value is the Doc array's (both read `Token.get_struct_attr`); flags are added below.
_COLUMNS = {"ORTH", "TEXT", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "POS", "DEP", "LEMMA"}
_STRING_VALUED = _COLUMNS  # a REGEX reads the attribute's string
_FLAG_PREFIXES = ("IS_", "LIKE_")
_NOT_FLAGS = {"IS_SENT_START"}

class _Unsupported(Exception):
    pass


def _attr_id(name: str) -> int:
    name = name.upper()
    name = "ORTH" if name == "TEXT" else name
    if name in _COLUMNS or (name.startswith(_FLAG_PREFIXES) and name not in _NOT_FLAGS and name in IDS):
        return IDS[name]
    raise _Unsupported(name)


def _predicates(spec: dict, strings) -> list[tuple]:
    """One token's spec as (attr id, operator, value) triples, values as the Matcher converts them."""
    found = []
    for name, value in spec.items():
        if not isinstance(name, str) or name in ("_", "OP"):
            raise _Unsupported(str(name))
        attr = _attr_id(name)
        if isinstance(value, dict):
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, (str, int)) for v in arg):
                    found.append((attr, op, tuple(sorted(get_string_id(v) for v in arg))))
                elif op == "REGEX" and isinstance(arg, str) and name.upper() in _STRING_VALUED | {"TEXT"}:
                    found.append((attr, op, arg))
                else:
                    raise _Unsupported(f"{name} {op}")
        elif isinstance(value, bool):
            found.append((attr, "==", int(value)))
        elif isinstance(value, int):
            found.append((attr, "==", value))
        elif isinstance(value, str):
            found.append((attr, "==", strings.add(value)))
        else:
            raise _Unsupported(type(value).__name__)
    return found


class ArrayRules:
    """An AttributeRuler's `match`, read off the Doc's arrays: the same (attr id, match id, start, end) list.

    Which pattern words a word fits depends only on its row of attribute values, so each distinct row is judged once
    (the judgements kept, up to `keep` rows): the specs that name one of the row's values are looked up by that
    value, and the rest (sets, regular expressions, empty specs) are asked each time."""

    def __init__(self, ruler: AttributeRuler, keep: int = 200_000):
        self.ruler, self.keep = ruler, keep
        self.compiled_for = -1

    def compile(self) -> None:
        """Read the ruler's patterns (again when patterns were added); _Unsupported where one cannot be read."""
        strings = self.ruler.vocab.strings
        specs: list[tuple[int, int, list[tuple]]] = []  # (pattern, position, predicates)
        patterns: list[tuple[int, int, int, list[int]]] = []  # (attr id, match id, width, spec ids)
        for attr_id in range(len(self.ruler.attrs)):
            key = str(attr_id)
            for pattern in self.ruler.matcher.get(key)[1]:
                if not pattern:
                    raise _Unsupported("an empty pattern")
                ids = []
                for j, spec in enumerate(pattern):
                    ids.append(len(specs))
                    specs.append((len(patterns), j, _predicates(spec, strings)))
                patterns.append((attr_id, strings.add(key), len(pattern), ids))
        self.attrs = sorted({p[0] for _, _, predicates in specs for p in predicates})
        column = {attr: i for i, attr in enumerate(self.attrs)}
        self.anchored: dict[tuple[int, int], list[int]] = {}  # (column, value): specs with that equality
        self.unanchored: list[int] = []
        self.specs = []
        for n, (p, j, predicates) in enumerate(specs):
            checks = [(column[attr], op, frozenset(value) if op in ("IN", "NOT_IN") else
                       re.compile(value) if op == "REGEX" else value) for attr, op, value in predicates]
            anchor = next((c for c in checks if c[1] == "=="), None)
            if anchor:
                self.anchored.setdefault((anchor[0], anchor[2]), []).append(n)
            else:
                self.unanchored.append(n)
            self.specs.append((p, j, checks))
        self.patterns = patterns
        self.judged: dict[bytes, tuple[frozenset[int], tuple[int, ...]]] = {}  # a row's bytes: its verdict
        self.verdicts: dict[tuple, tuple[frozenset[int], tuple[int, ...]]] = {}  # each distinct verdict, kept once
        self.compiled_for = len(self.ruler.attrs)

    def _judge(self, row: tuple, strings) -> tuple[frozenset[int], tuple[int, ...]]:
        """The specs a row of values fits, and the patterns whose first spec it fits."""
        candidates = [n for i, value in enumerate(row) for n in self.anchored.get((i, value), ())]
        fits = frozenset(n for n in (*candidates, *self.unanchored) if _fits(self.specs[n][2], row, strings))
        return fits, tuple(sorted(self.specs[n][0] for n in fits if self.specs[n][1] == 0))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if self.compiled_for != len(self.ruler.attrs):
            self.compile()
        n = len(doc)
        if not n or not self.patterns:
            return []
        table = doc.to_array(self.attrs).reshape(n, len(self.attrs)) if self.attrs else None
        judged, verdicts, strings = self.judged, self.verdicts, doc.vocab.strings
        if len(judged) > self.keep:
            judged.clear()
            verdicts.clear()
        # a row kept as its bytes and its verdict as the one object of that value: some 110 bytes a row instead of
        # some 550 (the row's tuple and large ints, a frozenset and two tuples), and 1,000 stories give some 27,000 rows
        width = table.shape[1] * table.itemsize if table is not None else 0
        data = table.tobytes() if table is not None else b""
        found = []
        for i in range(n):
            key = data[i * width:(i + 1) * width]
            verdict = judged.get(key)
            if verdict is None:
                verdict = self._judge(tuple(table[i].tolist()) if table is not None else (), strings)
                verdict = judged[key] = verdicts.setdefault(verdict, verdict)
            found.append(verdict)
        matches = []
        for start, (_, first) in enumerate(found):
            for p in first:
                attr_id, match_id, width, ids = self.patterns[p]
                if width == 1 or (start + width <= n and
                                  all(ids[k] in found[start + k][0] for k in range(1, width))):
                    matches.append((attr_id, match_id, start, start + width))
        matches.sort()
        return matches


def _fits(checks: list[tuple], row: tuple, strings) -> bool:
    for i, op, value in checks:
        got = row[i]
        if op == "==":
            if got != value:
                return False
        elif op == "IN":
            if got not in value:
                return False
        elif op == "NOT_IN":
            if got in value:
                return False
        elif not value.search(strings[got]):  # REGEX
            return False
    return True


_WRITTEN = (LEMMA, POS, TAG, DEP, MORPH)  # the token attributes `ArrayWriter` writes (none is a lexeme's too)


class ArrayWriter:
    """An AttributeRuler's `set_annotations` on the Doc's arrays: each match's attributes given to its word
    (`start + index`, a negative index from `end`), a later match's over an earlier one's, as spaCy's writer gives
    them, but as columns (`Doc.to_array` / `from_array`) instead of a Span and a Token each. Where the ruler sets
    what is not written here, or a match's word is outside it, spaCy's own writer runs (and raises its error)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.stock = ruler.set_annotations
        self.read_for = -1  # the number of the ruler's attribute sets read into `index` and `columns`
        self.index = np.zeros(0, dtype=np.intp)  # each attribute set's word in its match, by the set's id
        self.columns: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # {attribute: (whether a set gives it, value)}

    def _read(self) -> bool:
        """Read the ruler's attribute sets (again when sets were added); False when one is not written here."""
        attrs = self.ruler.attrs
        if self.read_for != len(attrs):
            self.read_for = len(attrs)
            self.columns = {}
            if _writes_columns(self.ruler):
                self.index = np.array(self.ruler.indices, dtype=np.intp)
                for k, given in enumerate(attrs):
                    for attr, value in given.items():
                        has, values = self.columns.setdefault(
                            attr, (np.zeros(len(attrs), dtype=bool), np.zeros(len(attrs), dtype=np.uint64)))
                        has[k], values[k] = True, value
        return bool(self.columns)

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        if not self._read():
            self.stock(doc, matches)
            return
        if not matches:
            return
        table = np.array(matches, dtype=np.uint64)
        sets, starts, ends = (table[:, c].astype(np.intp) for c in (0, 2, 3))
        index = self.index[sets]
        at = np.where(index >= 0, starts, ends) + index
        n = len(doc)
        if not ((starts <= at) & (at < ends) & (at < n)).all():
            self.stock(doc, matches)
            return
        names = list(self.columns)
        values = doc.to_array(names).reshape(n, len(names))
        for k, attr in enumerate(names):
            has, given = self.columns[attr]
            mine = has[sets]
            if not mine.any():
                continue
            # the last match at a word wins: the first of each word in the matches taken from the end
            words, last = np.unique(at[mine][::-1], return_index=True)
            values[words, k] = given[sets[mine]][::-1][last]
        doc.from_array(names, values)


def _writes_columns(ruler: AttributeRuler) -> bool:
    """Whether every attribute the ruler sets is one `ArrayWriter` writes, by its id."""
    return all(type(attr) is int and attr in _WRITTEN and type(value) is int
               for attrs in ruler.attrs for attr, value in attrs.items())


class _IndexList(list):
    """A rule lemmatizer's list of known lemmas for one part of speech whose `in` asks a set of the same strings.

    `Lemmatizer.rule_lemmatize` asks `form in index` of every candidate form of every new word, a scan of a list of up
    to 57,528 nouns in `en_core_web_sm`; the answers are the same (the members are strings), the order and the
    serialisation (a list) unchanged. The set is made again if the list is changed."""

    __slots__ = ("_members", "_size")

    def __contains__(self, item) -> bool:
        if getattr(self, "_size", None) != len(self):
            self._members, self._size = frozenset(list.__iter__(self)), len(self)
        return item in self._members


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Give the lemmatizer's "lemma_index" table (one list of lemmas per part of speech) set look-ups."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key, index in list(table.items()):
        if type(index) is list and all(type(form) is str for form in index):
            table[key] = listed = _IndexList(index)
            listed.__contains__("")  # the set made now: before a build forks its workers, who share it


class ArrayLemmatizer:
    """A rule Lemmatizer's `pipe`: one lemma per (ORTH, POS, MORPH) key, the lemmatizer asked once per key, its lists
    of known lemmas asked as sets (`_IndexList`)."""

    def __init__(self, lemmatizer: Lemmatizer, keep: int = 100_000):
        self.lemmatizer = lemmatizer
        # the keys kept, up to `keep` (some 120 bytes each, 12 MB at the bound; the first 500 Reuters stories give
        # 11,000 of them, and a corpus that does not repeat itself keeps bringing new words): past it they are let
        # go with spaCy's own cache of the same answers (`Lemmatizer.cache`, which has no bound: some 1.3 kB a
        # story of new words), and asked again of the lemmatizer, which gives the same lemma as the first time
        # the lemma kept as its text, its hash asked of the Doc's strings at each use: a build analyses each batch in
        # a spaCy memory zone (`pipeline._results`), which lets the batch's new strings go, a new lemma's with them
        self.lemmas: dict[tuple[int, int, int], str] = {}
        self.keep = keep
        self.indexed = None  # the lemma_index table given set look-ups

    def lemmatize(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        index = lemmatizer.lookups.get_table("lemma_index", None)
        if index is not None and index is not self.indexed:
            _index_as_sets(lemmatizer)
            self.indexed = index
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        if len(self.lemmas) > self.keep:
            self.lemmas.clear()
            lemmatizer.cache.clear()
        lemmas, strings, overwrite = self.lemmas, doc.vocab.strings, lemmatizer.overwrite
        written = table[:, 3].copy()
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = lemmas.get(key)
            if text is None:
                text = lemmas[key] = lemmatizer.lemmatize(doc[i])[0]
            found = strings.add(text)
            if found != lemma:
                written[i] = found
                changed = True
        if changed:
            doc.from_array([LEMMA], written)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """As `Pipe.pipe`, with `lemmatize` in place of the component's call."""
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self.lemmatize(doc)
            except Exception as e:  # noqa: BLE001 - spaCy's error handler decides, as in Pipe.pipe
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], e)


def install(nlp: Language) -> list[str]:
    """Give the pipeline's attribute ruler and rule lemmatizer their array readings where they apply (the names of
    the components changed). The components stay in place, with their names, settings and serialisation."""
    changed = []
    for name, component in nlp.pipeline:
        if type(component) is AttributeRuler:
            rules = ArrayRules(component)
            try:
                rules.compile()
            except _Unsupported:
                continue
            component.match = rules
            component.set_annotations = ArrayWriter(component)
            changed.append(name)
        elif (isinstance(component, Lemmatizer) and component.mode == "rule"
              and type(component).rule_lemmatize is Lemmatizer.rule_lemmatize
              and type(component).__call__ is Lemmatizer.__call__
              and component.lemmatize == component.rule_lemmatize):
            component.lemmatize = keeping_silent_e(component)  # "staged": "stage", not spaCy's "stag"
            component.pipe = ArrayLemmatizer(component).pipe
            changed.append(name)
    return changed
