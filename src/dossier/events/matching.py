"""Find trigger words with spaCy's matchers, built once from the pattern entries, and check each entry's constraints.

Single trigger words are found on the Doc's LEMMA and LOWER arrays (one hash lookup per word, no Token), phrases
("hunger strike") by a PhraseMatcher on the words before the last and a look at the last one; the entries a
matched word may stand for are then looked up by lemma and checked against the parse.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.attrs import LEMMA
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dossier.events.actors import RELATIVE, relative_head
from dossier.events.named_again import named_again
from dossier.events.patterns import NON_EVENTS, Context, Entry, load_contexts, load_lexicon
from dossier.events.roles.doers import preps_on_its_day, stranded_report_conj
from dossier.events.status import clause_chain, clause_modals, proposes_clause, to_complement
from dossier.facts.lexicon import lexicon as currency_lexicon
from dossier.nlp.arrays import lower_ids
from dossier.nlp.dependency_gate import DependencyGate
from dossier.nlp.tree_docs import carries, tree_doc, tree_table

# a predicate adjective may be a participle the tagger reads as a verb ("is opposed to")
# a predicate may be a phrase ending in a noun ("in breach of", `predicative`)
_POS = {"verb": ["VERB"], "noun": ["NOUN", "PROPN"], "adjective": ["ADJ", "VERB", "NOUN"]}
_OBJ_DEPS = ("dobj", "nsubjpass", "obj")


class TriggerMatcher:
    """Matches entry lemmas in a doc; returns one best entry per trigger token."""

    def __init__(self, vocab: Vocab, entries: list[Entry], contexts: list[Context] | None = None,
                 cached_from: list | None = None):
        """`cached_from`: the inputs `entries` were read from (`patterns.entry_inputs`); with it and no `contexts`
        given, the word tables and the non-event contexts come from the start-up cache (actors/cache.py) while
        those inputs, the contexts' file and this module are unchanged: the same tables, on the same entry objects,
        as building them."""
        if cached_from is not None and contexts is None:
            from dossier.actors import cache

            inputs = [*cached_from, NON_EVENTS, Path(__file__)]
            tables, contexts = cache.cached("event-matcher", inputs,
                                            lambda: (_WordTables.of(entries).indexed(entries), load_contexts()))
            # entries other than those the inputs give (a caller's mistake) get tables of their own
            same = getattr(tables, "keys", None) == [e.key for e in entries]
            tables = tables.on(entries) if same else _WordTables.of(entries)
        else:
            tables = _WordTables.of(entries)
        self.by_word, self.hand_words = tables.by_word, tables.hand_words
        self.candidates, self.needed = tables.candidates, tables.needed
        # single words by lemma or written form: {the word's id on the Doc's LEMMA or LOWER array: its parts of
        # speech} (what a PhraseMatcher of one-word Docs finds, without making those Docs at start-up); phrases: the
        # words before the last by a PhraseMatcher on LOWER, then the last word's lemma and part of speech (what a
        # Matcher pattern [{"LOWER": w}, …, {"LEMMA": last, "POS": …}] asks, without the Matcher's walk over every
        # token)
        self.single_ids: tuple[dict[int, set[str]], dict[int, set[str]]] = (defaultdict(set), defaultdict(set))
        self.phrase_heads = PhraseMatcher(vocab, attr="LOWER")
        self.after: dict[int, list[tuple[str, str]]] = defaultdict(list)  # {words before: [(last lemma, pos)]}
        for pos, single in tables.single.items():
            for w in single:
                self.single_ids[0][vocab.strings.add(w)].add(pos)
                self.single_ids[1][vocab.strings.add(w.lower())].add(pos)  # a lexeme's LOWER: its text lowered
        for head, last, pos in tables.phrases:
            key = " ".join(head)
            if vocab.strings.add(key) not in self.after:
                self.phrase_heads.add(key, [Doc(vocab, words=head)])
            self.after[vocab.strings[key]].append((last, pos))
        # contexts in which a word names no event (data/non_events.yaml): a DependencyMatcher for each pattern, run
        # on a doc only where a PhraseMatcher finds one of the words the pattern needs (a DependencyMatcher costs
        # about as much on a doc without any of its words as on one with them)
        self.contexts = load_contexts() if contexts is None else contexts
        units = [(context, pattern) for context in self.contexts for pattern in context.patterns]
        self.context_of = [context for context, _ in units]  # {pattern's number: its context}
        self.node_ids = [[node["RIGHT_ID"] for node in pattern] for _, pattern in units]  # each match's nodes
        self.vocab = vocab
        self.context_matchers: list[DependencyMatcher] = []
        self.gates = {attr: PhraseMatcher(vocab, attr=attr) for attr in ("LEMMA", "LOWER")}
        self.gated_by: dict[int, set[int]] = defaultdict(set)  # {word's key: numbers of the patterns needing it}
        self.ungated: list[int] = []
        for n, (context, pattern) in enumerate(units):
            matcher = DependencyMatcher(vocab)
            matcher.add("non-event", [list(pattern)])
            self.context_matchers.append(matcher)
            gate = _gate(pattern, context.gate)
            if gate is None:
                self.ungated.append(n)
                continue
            attr, words = gate
            for word in words:
                key = vocab.strings.add(f"{attr}:{word}")
                if key not in self.gated_by:
                    self.gates[attr].add(f"{attr}:{word}", [Doc(vocab, words=[word], lemmas=[word])])
                self.gated_by[key].add(n)
        # then, of those, the patterns one tree of the doc may hold (every node's words and labels there)
        self.tree_gate = DependencyGate([list(pattern) for _, pattern in units])
        self.tree_docs = carries([list(pattern) for _, pattern in units])  # a light Doc per tree, not Span.as_doc
        self.context_patterns = [list(pattern) for _, pattern in units]

    def _hits(self, span: Doc | Span) -> list[tuple[Token, str]]:
        """(last token, 'verb' or 'noun') of every word or phrase of the lexicon, with the part of speech it needs."""
        hits = set()
        for key, _, end in self.phrase_heads(span):
            if end < len(span):
                tok = span[end]
                hits |= {(end, pos) for last, pos in self.after[key] if tok.lemma_ == last and tok.pos_ in _POS[pos]}
        doc = span if isinstance(span, Doc) else span.doc
        start, end = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)  # as a PhraseMatcher reads
        for ids, table in zip((doc.to_array(LEMMA).tolist(), lower_ids(doc)), self.single_ids):
            hits |= {(i, pos) for i in range(start, end) if ids[i] in table for pos in table[ids[i]]}
        out = []
        for i, pos in sorted(hits):
            tok = span[i]  # one Token a hit
            if tok.pos_ in _POS[pos] or (pos == "noun" and _nominal_adjective(tok)):
                out.append((tok, pos))
        return out

    def __call__(self, span: Doc | Span, heeded: Iterable[int] | None = None) -> list[tuple[Token, Entry]]:
        """(token, its best entry) of each trigger, in order, and (token, a NONE entry) of each word a non-event
        context silences: every such word, or (`heeded`: token indices) only the triggers and the heeded words, the
        only ones whose silence the caller reads (the contexts are then looked for only where they may be)."""
        best: dict[int, tuple[tuple[int, bool, int], Entry]] = {}
        for tok, pos in self._hits(span):
            lemma, lower = tok.lemma_.lower(), tok.lower_
            keys = [(pos, lemma)] if lower == lemma else [(pos, lemma), (pos, lower)]
            ranked = []
            # the words around the token, looked at when an entry needs them
            have = _words_around(tok) if any(k in self.needed and self.needed[k].constrained for k in keys) else None
            lasts = (lemma,) if lower == lemma else (lemma, lower)
            hand_word = (pos, lemma) in self.hand_words
            for n, (entry, hand, specificity, bare, obj, prep, subj, phrases) in self._candidates(keys, have):
                if hand_word and bare:
                    continue
                if obj or prep or subj:
                    if (obj and not obj & have[0]) or (prep and not prep & have[1]) or (subj and not subj & have[2]):
                        continue  # a word the entry needs is not there: no need for the full check
                words = self._words_before(tok, phrases, lasts)
                if words >= 0:
                    # a hand-written entry before the converted dictionary (a bare hand NONE entry only beats less
                    # specific converted ones); among equals the first read
                    ranked.append(((words, hand, specificity), -n, entry))
            held = best.get(tok.i)
            for rank, _, entry in sorted(ranked, key=lambda r: (r[0], r[1]), reverse=True):
                if held is not None and rank <= held[0]:
                    break
                if satisfies(tok, entry):  # the best entry whose constraints the parse meets
                    best[tok.i] = (rank, entry)
                    break
        doc = span if isinstance(span, Doc) else span.doc
        found = {i: held[1] for i, held in best.items()}
        for i, contexts in self._non_events(span, None if heeded is None else found.keys() | set(heeded)).items():
            entry = found.get(i)
            # the first context that applies to the word's entry: an untyped one, else a typed one of its type
            # (two typed contexts on one word each apply to their own types: "defend our access to the market" is
            # no aid to a market and no support of one's own access)
            context = next((c for c in contexts if entry is None or not c.types or entry.type in c.types), None)
            if context is not None:
                found[i] = _silenced(doc[i], context, entry)
        return [(doc[i], found[i]) for i in sorted(found)]

    def _non_events(self, span: Doc | Span, at: set[int] | None = None) -> dict[int, list[Context]]:
        """{token index: the contexts} of the words that name no event where they stand (data/non_events.yaml), an
        untyped context first (it applies to any entry), then the typed ones in their order, each once; `at`: of
        those words only (None: of every word)."""
        if not self.contexts or (at is not None and not at):
            return {}
        doc = span if isinstance(span, Doc) else span.doc
        start, end = (0, len(doc)) if isinstance(span, Doc) else (span.start, span.end)
        gated = {n for gates in self.gates.values() for key, _, _ in gates(doc) for n in self.gated_by[key]}
        out: dict[int, list[Context]] = {}
        placed = self.tree_gate.places(doc, sorted(gated.union(self.ungated)), at)
        in_trees = self._matches_in_trees(doc, placed)
        for n, where in placed:
            context = self.context_of[n]
            found = ([list(tokens) for _, tokens in self.context_matchers[n](doc)] if where is None
                     else [tokens for start, end in where for tokens in in_trees[n, start]])
            for tokens in found:
                i = tokens[0]
                if context.without and any(c.dep_ in context.without for c in doc[i].children):
                    continue
                if context.node_without and _node_has(doc, dict(zip(self.node_ids[n], tokens)), context.node_without):
                    continue
                if context.in_clause and stranded_report_conj(doc[i]) is not None:
                    continue  # the teller's own second verb, hung on the clause told
                if at is not None and i not in at:
                    continue
                if start <= i < end:
                    held = out.setdefault(i, [])
                    if not any(c is context for c in held):
                        held.append(context)
        return {i: sorted(held, key=lambda c: bool(c.types)) for i, held in out.items()}

    def _matches_in_trees(self, doc: Doc, placed: list[tuple[int, list[tuple[int, int]] | None]]
                          ) -> dict[tuple[int, int], list[list[int]]]:
        """{(pattern's number, tree's start): the token indices, the trigger's (the first node) first, of each match}
        of the patterns the gate placed in trees (`placed`: a pattern's match lies in one tree, and spaCy's
        DependencyMatcher walks every token of the doc it is given): each pattern's own matcher runs on one Doc of
        the tree, made once for all the patterns placed there. A matcher of the tree's patterns together, made for
        each set of them, walked a tree once but cost more to make (some patterns' word lists take 4-5 ms to add)
        than the walks it saved: in a build the sets are many and most are seen once (711 sets in 2,096 trees of
        1,000 Reuters stories, 498 of them once), where a walk of a tree Doc costs some 0.03 ms."""
        found: dict[tuple[int, int], list[list[int]]] = {}
        by_tree: dict[tuple[int, int], list[int]] = defaultdict(list)
        for n, where in placed:
            for start_end in where or ():
                by_tree[start_end].append(n)
        table = None
        for (start, end), numbers in by_tree.items():
            if not self.tree_docs:
                tree = doc[start:end].as_doc()
            else:
                table = tree_table(doc) if table is None else table
                tree = tree_doc(doc, start, end, table)
            for n in numbers:
                found[n, start] = [[start + t for t in tokens] for _, tokens in self.context_matchers[n](tree)]
        return found

    def _candidates(self, keys: list[tuple[str, str]], have: tuple[set[str], set[str], set[str]] | None
                    ) -> Iterator[tuple[int, tuple]]:
        """(n, candidate) of the entries the words (`keys`: part of speech, word) may stand for, numbered through
        them in order, less those whose first constraint no word around the token (`have`) meets (`_NeedIndex`)."""
        offset = 0
        for key in keys:
            candidates = self.candidates.get(key)
            if not candidates:
                continue
            for i in self.needed[key].possible(have):
                yield offset + i, candidates[i]
            offset += len(candidates)

    @staticmethod
    def _words_before(tok: Token, phrases: dict[str, tuple[bool, list[list[str]]]], lasts: tuple[str, ...]) -> int:
        """How many words before the token an entry's phrase needs ("hunger strike": 1); -1 when none of the
        entry's lemmas (`phrases`: by last word, whether the word alone is one, and the words before it of its
        phrases) ends in this token (`lasts`: its lemma and written form) with the words before it in place, so
        that "strike" alone is not a hunger strike."""
        found = -1
        for last in lasts:  # an entry may hold both forms; each phrase counts once
            alone, heads = phrases.get(last, (False, ()))
            if alone:
                found = max(found, 0)
            for head in heads:
                if tok.i >= len(head) and all(t.lower_ == w for t, w in
                                              zip(tok.doc[tok.i - len(head): tok.i], head)):
                    found = max(found, len(head))
        return found



class _WordTables:
    """What the matcher knows of each word, built from the entries alone (no vocabulary), so that it can be kept in
    the start-up cache: `by_word` {(pos, last word): entries}, `single` {pos: single words}, `phrases` [(words
    before the last, last word, pos)], `hand_words`, `candidates` and `needed` (what `__call__` reads)."""

    def __init__(self, by_word, single, phrases, hand_words, candidates, needed, keys=None):
        self.by_word, self.single, self.phrases, self.hand_words = by_word, single, phrases, hand_words
        self.candidates, self.needed = candidates, needed
        self.keys = keys  # indexed tables: the entries' keys in order

    @classmethod
    def of(cls, entries: list[Entry]) -> _WordTables:
        by_word: dict[tuple[str, str], list[Entry]] = defaultdict(list)
        with_lemma: dict[tuple[str, str], list[Entry]] = defaultdict(list)  # (pos, lemma) -> entries, in their order
        for e in entries:
            for w in dict.fromkeys(f for lemma in e.lemmas for f in _forms(lemma)):
                with_lemma[(e.pos, w)].append(e)
        single: dict[str, list[str]] = {}
        phrases: list[tuple[list[str], str, str]] = []
        for pos in _POS:
            words = sorted(w for p, w in with_lemma if p == pos)
            for w in words:
                by_word[(pos, w.split()[-1])] += with_lemma[(pos, w)]
            single[pos] = [w for w in words if " " not in w]
            for phrase in (w for w in words if " " in w):
                *head, last = phrase.split()
                if any(w != w.lower() for w in head):
                    continue  # a word in capitals is never any token's LOWER
                phrases.append((head, last, pos))
        # what ranks an entry (hand-written entry first, then specificity), and its word constraints as sets
        # for a quick look before the full check; a hand-written NONE entry ranks as hand-written only where it
        # constrains the word ("declined comment", "committed a mistake" beat the bare "decline" of REJECT, "commit"
        # of AGREE), a bare one ("take") only beats less specific entries of the converted dictionary
        # (keyed by the entry object: two folders may hold files of the same name, and so the same keys)
        rank_of = {id(e): (not e.converted and (e.type != "NONE" or e.specificity > 0), e.specificity)
                   for e in entries}
        needs = {id(e): (frozenset(e.object), frozenset(e.prep), frozenset(e.subject)) for e in entries}
        # {(entry, last word): (whether the word alone is one of its lemmas, [words before it] of its phrases)}
        heads: dict[tuple[int, str], list[list[str]]] = defaultdict(list)
        for e in entries:
            for lemma in (f for lemma in e.lemmas for f in _forms(lemma)):
                *head, last = lemma.split()
                heads[(id(e), last)].append(head)
        heads = {k: ([] in v, [h for h in v if h]) for k, v in heads.items()}
        # a word the hand-written lists constrain ("demonstrate" only intransitive) is not coded by a bare entry of
        # the converted dictionary when those constraints fail; a NONE entry's constraints say where the word names
        # no event ("hit the economy"), not that it names none elsewhere ("hit two ships")
        # (an entry for a meeting called off claims only "call off the talks", "put off the visit", "delay the
        # summit": the verb's other senses — "push for", "delayed the vote" — stay the converted dictionary's; so
        # does an `objects_only` entry's word outside its objects)
        hand_words = {(e.pos, w) for e in entries if not e.converted and e.type != "NONE" and not e.called_off
                      and not e.objects_only for w in e.lemmas}
        # what __call__ looks at for each entry a word may stand for, gathered once per word
        last_words = defaultdict(dict)
        for (key, last), found in heads.items():
            last_words[key][last] = found
        candidates = {word: [(e, *rank_of[id(e)], e.converted and not e.specificity, *needs[id(e)],
                              last_words[id(e)]) for e in found] for word, found in by_word.items()}
        needed = {word: _NeedIndex(found) for word, found in candidates.items()}
        return cls(by_word, single, phrases, hand_words, candidates, needed)

    def indexed(self, entries: list[Entry]) -> _WordTables:
        """The same tables with each entry given by its place in `entries` (for the cache; `on` reverses it)."""
        place = {id(e): i for i, e in enumerate(entries)}
        by_word = {word: [place[id(e)] for e in found] for word, found in self.by_word.items()}
        candidates = {word: [(place[id(c[0])], *c[1:]) for c in found] for word, found in self.candidates.items()}
        return _WordTables(by_word, self.single, self.phrases, self.hand_words, candidates, self.needed,
                           [e.key for e in entries])

    def on(self, entries: list[Entry]) -> _WordTables:
        """Indexed tables (`indexed`) with the entries put back."""
        by_word = defaultdict(list, {word: [entries[i] for i in found] for word, found in self.by_word.items()})
        candidates = {word: [(entries[c[0]], *c[1:]) for c in found] for word, found in self.candidates.items()}
        return _WordTables(by_word, self.single, self.phrases, self.hand_words, candidates, self.needed)

def _node_has(doc: Doc, nodes: dict[str, int], node_without: tuple) -> bool:
    """A matched node (by RIGHT_ID) has a child a context's `node_without` rules out: a dependency label,
    "label:word" ("dative", "prep:to": "refused to give the envoys any details", "… details to the envoys"), or
    "label>word", a child whose own child is that word ("advcl>when": "were killed when a grenade was thrown")."""
    for node, marks in node_without:
        if node not in nodes:
            continue
        for c in doc[nodes[node]].children:
            if any(_marked(c, m) for m in marks):
                return True
    return False


def _marked(child: Token, mark: str) -> bool:
    """The child answers a `node_without` mark ("label", "label:word" or "label>word", see _node_has)."""
    if ">" in mark:
        dep, _, word = mark.partition(">")
        return child.dep_ == dep and any(g.lower_ == word for g in child.children)
    dep, _, word = mark.partition(":")
    return child.dep_ == dep and (not word or child.lower_ == word)


def _gate(pattern: tuple, node: str | None = None) -> tuple[str, list[str]] | None:
    """(attribute, words) of the node a pattern is gated on: the one named (by RIGHT_ID), else the first with a list
    of lemmas after the trigger, else the trigger's lemmas, else the first node with written forms; None when no node
    has words."""
    named = [n["RIGHT_ATTRS"] for n in pattern if n["RIGHT_ID"] == node]
    nodes = [n["RIGHT_ATTRS"] for n in pattern[1:]]
    for attr, attrs in [(a, n) for n in named for a in ("LEMMA", "LOWER")] + [("LEMMA", a) for a in nodes] \
            + [("LEMMA", pattern[0]["RIGHT_ATTRS"])] + [("LOWER", a) for a in [pattern[0]["RIGHT_ATTRS"], *nodes]]:
        value = attrs.get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and value.get("IN"):
            return attr, [str(w) for w in value["IN"]]
    return None


def _forms(lemma: str) -> tuple[str, ...]:
    """A lemma and, for a hyphenated word, the phrase the tokenizer makes of it ("cease-fire": "cease - fire")."""
    if "-" not in lemma or " " in lemma or lemma.startswith("-") or lemma.endswith("-"):
        return (lemma,)
    return lemma, " - ".join(lemma.split("-"))


def _silenced(tok: Token, context: Context, entry: Entry | None) -> Entry:
    """The entry of type NONE that a non-event context puts in place of a word's entry (or on a word without one,
    so that the event-type model adds no event on it either)."""
    pos = entry.pos if entry is not None else ("verb" if tok.pos_ in ("VERB", "AUX") else "noun")
    return Entry(key=f"context:{context.name}", type="NONE", pos=pos, lemmas=(tok.lemma_.lower(),), mode="none",
                 cameo="---")


class _NeedIndex:
    """The candidates of one word by what they need: those without an object, preposition or subject constraint,
    and the others by each word of their first constraint (object, else preposition, else subject), so that
    a word with hundreds of entries in the converted dictionary is not checked entry by entry."""

    def __init__(self, candidates: list[tuple]):
        self.free: list[int] = []
        self.by_word: tuple[dict[str, list[int]], ...] = ({}, {}, {})  # object, preposition, subject words
        for i, (*_, obj, prep, subj, _phrases) in enumerate(candidates):
            slot = next((n for n, needed in enumerate((obj, prep, subj)) if needed), None)
            if slot is None:
                self.free.append(i)
            else:
                for word in (obj, prep, subj)[slot]:
                    self.by_word[slot].setdefault(word, []).append(i)
        self.constrained = any(self.by_word)

    def possible(self, have: tuple[set[str], set[str], set[str]] | None) -> list[int]:
        """In their order, the candidates the words around the token (`_words_around`) meet the first constraint of
        (the caller checks the others)."""
        if have is None or not self.constrained:
            return self.free
        found = set(self.free)
        for index, words in zip(self.by_word, have):
            for word in words:
                found.update(index.get(word, ()))
        return sorted(found)


def _words_around(tok: Token) -> tuple[set[str], set[str], set[str]]:
    """The words an entry's object, preposition or subject constraint could meet on this token (a superset)."""
    obj = direct_object(tok)
    if obj is not None and obj.lower_ in RELATIVE and tok.dep_ == "relcl":
        obj = relative_head(tok)
    objects = object_words(obj) if obj is not None else set()
    objects = objects.union(*(object_words(c) for c in tok.children
                                 if c.dep_ in ("dobj", "obj") and (obj is None or c.i != obj.i)))
    preps = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent", "advmod")}
    preps |= {c.lower_ for c in adverb_particles(tok)}
    preps |= {c.lower_ for c in _party_preps_on_object(tok)}
    preps |= {c.lower_ for c in [*_preps_on_verb(tok), *preps_on_its_day(tok)]}
    preps |= {c.lower_ for c in _preps_on_object(tok)}  # (entry `object_prep`)
    return objects, preps, set().union(*(subject_words(c) for c in _subjects_or_noun(tok)))


_PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _preps_on_object(verb: Token) -> list[Token]:
    """The prepositions the parser hung on a verb's direct object (entry `object_prep`: "relieved the commander of
    his command", read "the commander of his command")."""
    return [p for o in verb.children if o.dep_ in ("dobj", "obj") for p in o.children if p.dep_ == "prep"]


def _party_preps_on_object(tok: Token) -> list[Token]:
    """The prepositions the parser hung on a verb's object where they name the verb's party: "discussed the plan
    with Argentina" (the parser reads "the plan with Argentina"); only those whose object is a name ("with
    Argentina", not "the problem with the engine"), not on a noun of an act that has parties of its own ("called
    off the summit with X", "signed the deal with X": named_again.py) nor after a verb with a particle."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() in named_again() or obj.lower_ in named_again() \
            or any(c.dep_ == "prt" for c in tok.children):
        return []
    return [p for p in obj.children if p.dep_ == "prep" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _PARTY_LABELS) for g in p.children)]


def _preps_on_verb(noun: Token) -> list[Token]:
    """The prepositions after a noun that the parser hung on the verb the noun is the object of: "announced the
    deployment of 400 soldiers to Haiti on a peacekeeping mission" (the mission is the deployment's). Read only for a
    noun entry's `prep_object`, whose noun says what the phrase is about, and a light verb's noun's `prep`."""
    if noun.dep_ not in ("dobj", "obj") or noun.pos_ not in ("NOUN", "PROPN") or noun.head.pos_ not in ("VERB", "AUX"):
        return []
    return [p for p in noun.head.children if p.dep_ == "prep" and p.i > noun.i]


def phoned_read_as_named(verb: Token) -> Token | None:
    """The person a "call" reaches where the parser read that person as the name given (an object predicate,
    `oprd`): "Macron called Putin on Sunday", "Biden called Egyptian President Abdel Fattah al-Sisi later that
    evening and stressed …" (parsed "Biden [who is] called Sisi", the verb a participle on its caller). A proper
    name of a person with no object beside it and no passive is no name given; a participle on a noun is a call
    only where that noun is a name or an office ("the prime minister called Chancellor Scholz"; lexicon `leader_titles`,
    `office_holders`, `counterpart_nouns`), not a plain noun with "a" ("a man called John Smith"). None
    otherwise ("called Putin a killer": Putin is the object; "was called John"; "rebels called Sandinistas")."""
    if verb.lemma_.lower() != "call" or any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass", "dative")
                                            for c in verb.children):
        return None
    named = [c for c in verb.children if c.dep_ == "oprd"]
    if len(named) != 1 or named[0].pos_ != "PROPN" or named[0].ent_type_ != "PERSON":
        return None
    if verb.dep_ == "acl":
        head = verb.head
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        lex = load_lexicon()
        offices = set(lex.leader_titles) | set(lex.office_holders) | set(lex.counterpart_nouns)
        if head.pos_ != "PROPN" and head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") \
                and head.lemma_.lower() not in offices:  # ("Trump" tagged a common noun in a name the tagger found)
            return None
    elif verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return named[0]


def direct_object(tok: Token) -> Token | None:
    """The verb's object; for a past participle on a noun ("tariffs imposed by Canada"; not a perfect tense with a
    subject of its own hung on a noun, "remarks that X had agreed"), that noun; for a call,
    the person the parser read as the name given (`phoned_read_as_named`)."""
    for child in tok.children:
        if child.dep_ in _OBJ_DEPS:
            return child
    if (phoned := phoned_read_as_named(tok)) is not None:
        return phoned
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):  # not a clause with a subject of
        return tok.head  # its own ("remarks by X that major nations had agreed to…": the remarks are not agreed)
    return None


def _head_words(obj: Token) -> set[str]:
    """The object's head and the nouns of its "of" phrase ("a wave of criticism"), without the nouns compounded
    onto it."""
    return {obj.lemma_.lower(), obj.lower_} | {g.lemma_.lower() for p in obj.children if p.dep_ == "prep"
                                               and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}


def object_words(obj: Token) -> set[str]:
    """The words an object constraint is checked against: the head, the nouns compounded onto it ("air links"),
    the noun an amount or a measure is of ("5 million dollars of aid", "a suspension of flights"), and the noun a sum
    is given in ("720 mln dlrs in aid"). The head of an organisation's name that names a line of business ("World
    Film Services", lexicon `business_name_heads`) is no common noun: neither it nor the name's words are read;
    nor is a word of a place's name ("withdrew from the West Bank", "the West Bank town": no bank; round 78)."""
    if _business_name(obj):
        return set()
    words = set() if _in_place_name(obj) else {obj.lemma_.lower(), obj.lower_}
    words |= {c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
              and not _in_place_name(c)}
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"}
    if words & load_lexicon().carriers:
        words |= carried(obj)
    if is_sum(obj):
        words.add("money")  # "would provide 300 mln marks", "will grant 2 billion dlrs": a sum is money
        # "720 mln dlrs in military aid", "$2 billion in loans": what the sum is given in
        # (the parser may hang the phrase on the verb: then it follows the sum right away)
        ins = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"]
        ins += [p for p in obj.head.children if p.dep_ == "prep" and p.lower_ == "in" and p.i == obj.right_edge.i + 1
                and obj.dep_ in ("dobj", "obj") and p.head.i == obj.head.i]
        words |= {g.lemma_.lower() for p in ins for g in p.children if g.dep_ == "pobj"}
        # "a 1.05 dlrs per bushel duty", parsed as a sum with the rest a "per" phrase: the rate's noun
        words |= {g.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ == "per"
                  for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    return words


def _in_place_name(tok: Token) -> bool:
    """A proper noun of a place's name as the tagger marks it (GPE, LOC): "Bank" in "the West Bank"."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC")


def span_of(verb: Token, things: tuple[str, ...]) -> bool:
    """The verb's object is a span of time (lexicon `span_nouns`) of one of `things`: "ended six hours of talks",
    "concluded two rounds of negotiations"."""
    spans = load_lexicon().span_nouns
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in spans and any(
        g.dep_ == "pobj" and g.lemma_.lower() in things for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children) for o in verb.children)


def _prep_object_words(noun: Token) -> set[str]:
    """The words a `prep_object` condition is checked against: `object_words`, but of an undoing (lexicon
    `undoing_nouns`: "called for the lifting of sanctions") only the undoing itself."""
    if noun.lemma_.lower() in load_lexicon().undoing_nouns or noun.lower_ in load_lexicon().undoing_nouns:
        return {noun.lemma_.lower(), noun.lower_}
    return object_words(noun)


def carried(carrier: Token) -> set[str]:
    """What a vehicle or a column sent carries (lexicon `carriers`): the noun of its "with" phrase, of the verb's
    own "with" phrase when it is the verb's object ("sent a convoy of trucks with food", the parser hanging the
    phrase on either), or the object of a participle on it ("a flotilla carrying medical supplies", "ships loaded
    with grain")."""
    preps = [c for c in carrier.children if c.dep_ == "prep" and c.lower_ == "with"]
    if carrier.dep_ in ("dobj", "obj"):
        preps += [c for c in carrier.head.children if c.dep_ == "prep" and c.lower_ == "with"]
    for participle in (c for c in carrier.children if c.dep_ == "acl"):
        preps += [c for c in participle.children if c.dep_ == "prep" and c.lower_ == "with"]
        preps += [c for c in participle.children if c.dep_ in ("dobj", "obj")]  # the load itself
    words = set()
    for p in preps:
        nouns = [p] if p.dep_ in ("dobj", "obj") else [g for g in p.children if g.dep_ == "pobj"]
        for noun in nouns:
            words |= {noun.lemma_.lower(), noun.lower_}
            words |= {c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")}
    return words


def _business_name(tok: Token) -> bool:
    """Is the token the capitalised last word of an organisation's name of two words or more that names a line of
    business ("World Film Services", "Gulf Oilfield Services")?"""
    if tok.ent_type_ != "ORG" or tok.ent_iob_ != "I" or not tok.text[:1].isupper():
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I":
        return False  # not the name's last word
    return tok.lower_ in load_lexicon().business_name_heads


def predicate_words(verb: Token) -> set[str]:
    """What a verb of naming calls its object: the words of its object predicate ("called the move a grave
    violation", "termed the plan unacceptable"), of its "as" phrase ("described the sale as a provocation"), or of a
    second object where the parser reads the predicate so ("branded the raid an act of aggression")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    heads = [c for c in verb.children if c.dep_ in ("oprd", "acomp")] + objects[1:]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
    words: set[str] = set()
    if not heads:  # an adjective after its noun is the predicate the parser hung on it ("termed the demand unfair")
        words |= {a.lemma_.lower() for o in objects[:1] for a in o.children if a.dep_ == "amod" and a.i > o.i}
    # a small clause ("found the colonel guilty", "declared the vote void"), which the parser reads as a clause of
    # its own: its head is the predicate (an adjective or a noun with a subject, no verb)
    heads += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN")
              and any(g.dep_ == "nsubj" for g in c.children)]
    # a bare adjective the parser hangs on the verb as a modifier where it is the object's predicate ("set the
    # captives free", "set free three journalists")
    heads += [c for c in verb.children if c.dep_ in ("advmod", "advcl") and c.pos_ == "ADJ" and not list(c.children)]
    # or a bare verb the parser makes of it, with no subject of its own ("let free some leaders": "free" a verb)
    heads += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.i == verb.i + 1
              and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for g in c.children)]
    # or on the object it stands right before, where the parser reads it as the noun's ("let free activists")
    words |= {a.lemma_.lower() for o in objects[:1] for a in o.children if a.dep_ == "amod" and a.i == verb.i + 1}
    heads += names_past_the_object(verb)
    for head in heads:
        # "a landmark judgment": a noun before the head that the tagger reads as an adjective of a compound
        found = object_words(head) | {c.lemma_.lower() for c in head.children if c.dep_ in ("amod", "compound")}
        if any(c.dep_ == "neg" for c in head.children):
            found = {"not " + w for w in found}  # "pleaded not guilty", "called it not illegal": the word denied
        words |= found
    return words | {t.lemma_.lower() for o in objects[:1] for t in quoted_after(o)}


def names_past_the_object(verb: Token) -> list[Token]:
    """The name a verb of naming gives, where the parser hangs it past the object's own phrase: words in quotation
    marks on the verb or on a participle hung on it ("called the plan to end subsidies, put forward in July,
    \"visionary\""), or a noun with "a"/"an" beside the last noun of a phrase after the object, as its apposition or
    a second object of one preposition, with no comma before it ("called the raids on two of its platforms an
    escalation", "called the ruling on the steel case a landmark judgment"; not "called the envoy of Peru, a close
    ally": an apposition set off by a comma tells who the envoy is)."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return []
    doc, sent = verb.doc, verb.sent
    names = [c for c in doc[obj.i + 1: sent.end] if _opens_name(c) and (
        c.head.i == verb.i or (c.head.tag_ in ("VBN", "VBG") and c.head.head.i in (verb.i, obj.i)))]
    for t in doc[obj.i + 1: sent.end]:
        if t.pos_ != "NOUN" or doc[t.left_edge.i - 1].is_punct \
                or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children):
            continue
        if _after_a_passive_participle(t, obj):
            names.append(t)
            continue
        if not _beside(t):
            continue
        head = t.head
        while head.i != verb.i and head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
            head = head.head
        if head.i == verb.i:
            names.append(t)
    return names


_NAME_DEPS = frozenset({"dep", "oprd", "attr", "acomp", "xcomp", "npadvmod", "advmod", "appos", "conj", "ccomp"})


def _opens_name(word: Token) -> bool:
    """A word of a name right after an opening quotation mark (an even number of marks before it in the sentence)."""
    doc = word.doc
    return doc[word.i - 1].is_quote and not sum(t.is_quote for t in doc[word.sent.start: word.i - 1]) % 2 \
        and word.pos_ in ("ADJ", "NOUN", "PROPN") and word.dep_ in _NAME_DEPS


def _after_a_passive_participle(noun: Token, obj: Token) -> bool:
    """A noun with "a"/"an" the parser hangs as an object on a past participle with an agent that qualifies the
    verb's object ("called the budget drawn up by the ministers a \"robbery\" scheme"): a participle told with its
    doer ("by …") takes no object of its own, so the noun is the name the verb gives (round 70, veto70)."""
    part = noun.head
    return noun.dep_ in ("dobj", "oprd") and part.tag_ == "VBN" and part.dep_ == "acl" and part.head.i == obj.i \
        and any(c.dep_ == "agent" for c in part.children)


def _beside(noun: Token) -> bool:
    """A noun set beside another as its apposition, or as a second object of the same word ("on two of its ports an
    outrage": two objects of one "on")."""
    if noun.dep_ == "appos":
        return True
    return noun.dep_ in ("pobj", "dobj") and any(c.dep_ == noun.dep_ and c.i < noun.i for c in noun.head.children)


def quoted_after(obj: Token) -> list[Token]:
    """The words in quotation marks right after an object, which the parser often tears from the verb of naming
    ("called the decision \"unacceptable\"", "called X \"an outstanding partner\""); none where no quote opens."""
    doc, start = obj.doc, obj.i + 1  # the quote follows the object's head (the parser may hang it on the head)
    if start >= len(doc) or not doc[start].is_quote:
        return []
    words = []
    for tok in doc[start + 1: start + 12]:
        if tok.is_quote:
            return words
        words.append(tok)
    return []


def is_sum(obj: Token) -> bool:
    """A sum of money: a MONEY entity, or a currency's name (facts/data/currencies.yaml: "dlrs", "marks", "stg")
    with a number on it, which the tagger does not always read as MONEY in wire copy."""
    if obj.ent_type_ == "MONEY":
        return True
    lex = currency_lexicon()
    if obj.lower_ in lex.scales and any(c.like_num for c in obj.children):  # "lent 45 mln stg": the scale heads
        after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
        return after is not None and after.lower_ in lex.currency_names
    return obj.lower_ in lex.currency_names and any(c.like_num for c in obj.children)


# Prepositions of an act done in spite of, under or after another's asking ("raised rates despite pressure from X",
# "has been under pressure from X to devalue", "following a plea from X"), and the nouns of "in response to".
_ANSWERING_PREPS = ("despite", "under", "after", "following", "amid")
_RESPONSE_NOUNS = ("response", "answer", "reply")
_ASKER_LABELS = ("GPE", "ORG", "NORP", "PERSON")


def _named_asker(noun: Token) -> bool:
    """The noun names who asks by a name: a "from", "by" or "of" phrase ("pressure from Washington", "a call by
    OPEC") or a word before it ("U.S. pressure", "Japan's plea"); not a thing ("pressure from rising supplies")."""
    named = [g for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ in ("from", "by", "of")
             for g in p.children if g.dep_ == "pobj"]
    named += [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    return any(t.ent_type_ in _ASKER_LABELS for t in named)


def occasioned(noun: Token) -> Token | None:
    """The verb of "<verb> … at/upon the <noun> of X" ("will visit Lima at the invitation of X", "will travel to
    Lima for a visit at the invitation of X"), or of "<verb> … despite/under/after/following/amid/in response to
    the <noun> from/by/of X" with X named (`_named_asker`: "cut output in answer to a call by OPEC to lift
    prices", "has been under pressure from the IMF to devalue": "under" on a copula only), else None."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ in ("at", "upon", "on"):
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return None
    elif not (prep.lower_ in _ANSWERING_PREPS or (prep.lower_ == "to" and prep.head.lemma_.lower() in _RESPONSE_NOUNS
                                                  and prep.head.dep_ == "pobj")) or not _named_asker(noun):
        return None
    elif prep.lower_ == "under" and prep.head.lemma_.lower() not in load_lexicon().copulas:
        return None  # "is under pressure from X"; "came under pressure from X" is request.yaml's undergone "come"
    head = prep.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return None if _commented(head) else head
        if head.dep_ not in ("pobj", "prep", "dobj") or head.head.i == head.i:
            return None
        head = head.head
    return None


def _commented(verb: Token) -> bool:
    """The verb is the writer's comment on a thing ("the visit shows Lima's independence despite pressure from X"):
    an opinion predicate with a thing for subject (`no_event.thing_subject`), no act done under the asking."""
    from dossier.events.no_event import thing_subject  # no_event reads this module's helpers

    return verb.lemma_.lower() in load_lexicon().opinion_predicates and thing_subject(verb)


_FAILURE_VERBS = ("fail",)


def is_negated(tok: Token) -> bool:
    """A verb denied ("will not accept", "never agreed") or failed ("failed to reach a deal"), in its own clause."""
    chain = clause_chain(tok)
    if any(c.dep_ == "neg" for t in chain for c in t.children):
        return True
    return any(low.dep_ == "xcomp" and high.lemma_.lower() in _FAILURE_VERBS for low, high in zip(chain, chain[1:]))


def refused_to(tok: Token) -> bool:
    """A verb that is the "to" complement of a verb of refusing (lexicon `declining_verbs`), not itself denied:
    "refused to rule out retaliation", "declined to exclude sanctions"; not "did not refuse to rule out"."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and head.lemma_.lower() in load_lexicon().declining_verbs \
        and not is_negated(head)


def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb reports: its clausal complements ("said that X must go") and, for a parenthetical
    reporting verb, the clause it hangs on ("X, he added, should go")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        out.append(verb.head)
    return out


def quoted(clause: Token) -> bool:
    """A clause given in quotation marks: a quote mark just before it, or just after it (or after its comma)."""
    doc = clause.doc
    before, after = clause.left_edge.i - 1, clause.right_edge.i + 1
    return (before >= 0 and doc[before].is_quote) or any(
        doc[i].is_quote for i in range(after, min(after + 2, len(doc))) if i == after or doc[after].text == ",")


def remark(verb: Token) -> bool:
    """The verb reports a remark, not an act: what it reports is a direct quote, or a clause with no modal of a
    course to take ("agreed that trade had grown"), and it has no infinitive ("agreed to cut tariffs")."""
    clauses = reported_clauses(verb)
    if not clauses or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    modals = (lex := load_lexicon()).future_aux | lex.hypothetical_aux | {"to"}
    return all(quoted(c) or not clause_modals(c) & modals for c in clauses)  # ("have to": `clause_modals`)


# what a party is in a clause's subject: a person, a group or a state named, an actor the actors stage found (a
# state body or a group: "his government", "police"), or a personal pronoun ("it", "we")
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PARTY_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def party_clause(clause: Token) -> bool:
    """A reported clause that tells what a party does: its subject a person, group or state named (or any proper
    name: "MEPs"), an actor, or a personal pronoun, and its verb no copula ("that it would retaliate", "that Tokyo
    would pay a price", "that police would no longer tolerate rallies"); not "that growth would slow", "that the
    economy is fragile", "that it would be a hard year"."""
    # (a predicate that takes the act in an infinitive describes nothing: "would not be able to carry on working",
    # "are ready to strike")
    if clause.lemma_.lower() in load_lexicon().copulas and not any(
            c.dep_ == "acomp" and any(g.dep_ == "xcomp" for g in c.children) for c in clause.children):
        return False
    actors = clause.doc._.token_actor or {}
    return any(s.ent_type_ in _PARTY_LABELS or s.pos_ == "PROPN" or s.lower_ in _PARTY_PRONOUNS or s.i in actors
               for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")) or _warned_condition(clause, actors)


def forecast_of_another(verb: Token, clause: Token) -> bool:
    """A warning's clause that forecasts what another party may do: a hedging modal (lexicon `forecast_modals`), an
    active verb of the party's own doing, and a subject named by a noun that is no actor of the warner's side
    ("the chairman warned that Asian partners may resist the shift": a pessimistic comment, CAMEO 012; no threat).
    Not what befalls the subject ("warned that Tokyo could face sanctions", lexicon `befalling_verbs`), a pronoun
    (it may be the warner: "warned it could retaliate"), the warner's own side ("the Italian minister warned that
    Italy could block the reform") or one warned in person ("warned Uganda that rebels may cross")."""
    lex = load_lexicon()
    if not clause_modals(clause) & lex.forecast_modals or clause.lemma_.lower() in lex.befalling_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.dep_ == "nsubjpass" or subject.pos_ == "PRON":
        return False
    warner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return not (warner is not None and _sides(warner) & _sides(subject))


def _sides(phrase: Token) -> set[str]:
    """The actor ids and the countries of the actors named in a phrase (`Doc._.token_actor`, `Doc._.actors`)."""
    doc = phrase.doc
    token_actor, actors = doc._.token_actor or {}, doc._.actors or {}
    out: set[str] = set()
    for t in phrase.subtree:
        ident = token_actor.get(t.i)
        if ident is not None:
            country = getattr(actors.get(ident), "country", None)
            out |= {ident, country} - {None}
    return out


# Modals of a clause that tells what would follow an act ("any interference would meet a response").
CONSEQUENCE_MODALS = frozenset({"would", "will", "could", "might", "may", "shall", "'d", "'ll", "wo"})


def condition_subject(clause: Token) -> Token | None:
    """The act noun a clause holds out as a condition: the clause's subject, a common noun, with a modal on its verb
    telling what would follow ("any attack on Syria would be met with force": attack; "Israel's aggression would
    meet a firm response": aggression), or the object of a verb of awaiting whose subject is a response (lexicon
    `awaiting_verbs`, `response_nouns`: "a firm reply awaits any incursion": incursion). None when the verb has no
    such modal or the noun is no common noun. The threat rules (`_warned_condition`) and the roles stage
    (`roles.warned_conditions`) read the same shape."""
    subject = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if awaited_response(clause):
        subject = next((o for o in clause.children if o.dep_ in ("dobj", "obj")), None)
    elif not clause_modals(clause) & CONSEQUENCE_MODALS:
        return None
    return subject if subject is not None and subject.pos_ == "NOUN" else None


def awaited_response(clause: Token) -> bool:
    """The clause's active verb is one of awaiting (lexicon `awaiting_verbs`) and its subject a response (lexicon
    `response_nouns`), in the present or under a modal: "a firm reply awaits any incursion", "a swift response would
    await such a move"; not a past "a cool response awaited the proposal", what the proposal met."""
    lex = load_lexicon()
    if clause.tag_ == "VBD" and not clause_modals(clause) & CONSEQUENCE_MODALS:
        return False
    return clause.lemma_.lower() in lex.awaiting_verbs and any(
        s.dep_ == "nsubj" and (s.lemma_.lower() in lex.response_nouns or s.lower_ in lex.response_nouns)
        for s in clause.children)


def consequence_clause(clause: Token) -> bool:
    """A reported clause that holds out a response to an act (`_warned_condition`'s shape: an act noun done by anyone
    or by a party named, a modal on the verb) whose verb tells the response (lexicon `response_verbs` with a
    `response_nouns` object, their passive with "with" or "by" such a noun, `unanswered_words`, or a response that
    awaits the act): "any interference would meet a firm response", "an attack on its ships would be met with
    force", "such a move would not go unanswered", "a firm reply awaits any incursion"; not "any cut would hurt
    growth", a forecast."""
    if not _warned_condition(clause, clause.doc._.token_actor or {}):
        return False
    lex = load_lexicon()
    if awaited_response(clause) or any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in lex.unanswered_words
                                       for c in clause.children):
        return True
    if clause.lemma_.lower() not in lex.response_verbs:
        return False
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    objects += [g for p in clause.children if p.dep_ in ("prep", "agent") and p.lower_ in ("with", "by")
                for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in lex.response_nouns or o.lower_ in lex.response_nouns for o in objects)


def _warned_condition(clause: Token, actors: dict) -> bool:
    """A reported clause that tells what would follow a party's act: its subject an act noun (`condition_subject`)
    done by anyone ("any") or by a party named on it, its verb under a modal ("any attack on Syria would be met with
    force", "Israel's aggression would meet a firm response", "interference by Washington will not go unanswered");
    what the warner holds out is a threat even though no party is the clause's subject."""
    noun = condition_subject(clause)
    if noun is None:
        return False

    def party(t: Token) -> bool:
        return t.ent_type_ in _PARTY_LABELS or t.pos_ == "PROPN" or t.i in actors

    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) \
        or any(c.dep_ in ("poss", "compound", "amod", "nmod") and party(c) for c in noun.children) \
        or any(p.dep_ == "prep" and p.lower_ in ("by", "from") and any(g.dep_ == "pobj" and party(g)
                                                                        for g in p.children)
               for p in noun.children)


_WHEN = frozenset({"DATE", "TIME"})


def adverb_particles(verb: Token) -> list[Token]:
    """A verb's particle the parser hung on an adverb after it: "would strike back hard" (back under "hard"), "hit
    back strongly"; only a word between the verb and that adverb."""
    return [g for c in verb.children if c.dep_ == "advmod" and c.i > verb.i
            for g in c.children if g.dep_ in ("advmod", "prt") and verb.i < g.i < c.i]


def _when(prep: Token) -> bool:
    """A preposition whose object is a date or a time says when the act happened, not what it is about: "called
    the president on Friday" is a call, not "called on" someone."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in _WHEN for g in prep.children)


_KINDS_OF_ACT = frozenset({"act", "case", "instance"})  # "an act of aggression": the "of" noun says what the act is


def predicative(adjective: Token) -> Token | None:
    """The copula an adjective is the predicate of ("X was critical of Y", "X remains opposed to Y"), a phrase of
    "in" or "out of" and a noun standing for one ("X is in breach of Y", "the move was in violation of Z", "the plan
    is out of the question": lexicon `out_of_predicates`, only so), or a noun in the
    predicate's place, alone or as what "an act of" names ("the raid was a war crime", "was an act of aggression";
    only the nouns of `adjectives` entries are matched so), else None: an
    adjective on a noun ("a critical report"), after a verb of naming ("called the move illegal", the verb's
    `predicate` entries) or an "in" phrase on another verb ("acted in breach of") is not one."""
    head = adjective.head
    copulas = load_lexicon().copulas
    out_of = load_lexicon().out_of_predicates
    if adjective.lemma_.lower() in out_of:
        return head.head.head if adjective.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ == "out" \
            and head.head.dep_ in ("prep", "advmod") and head.head.head.lemma_.lower() in copulas else None
    if adjective.dep_ == "acomp" and head.i != adjective.i and head.lemma_.lower() in copulas:
        return head
    if adjective.pos_ == "NOUN" and adjective.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep" \
            and head.head.i != head.i and head.head.lemma_.lower() in copulas:
        return head.head
    if adjective.pos_ == "NOUN" and adjective.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "attr" \
            and head.head.lemma_.lower() in _KINDS_OF_ACT:
        adjective, head = head.head, head.head.head  # "the raid was an act of aggression": what "act" is said of
    if adjective.pos_ == "NOUN" and adjective.dep_ == "attr" and head.i != adjective.i \
            and head.lemma_.lower() in copulas:
        return head  # a noun as the predicate: "the raid was a war crime", "the blockade is a violation of the truce"
    return None


def _prep_objects_of(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a preposition, or of one of `preps` hung on a particle the parser read as an adverb ("went back
    to work": "to" on "back")."""
    return [g for c in [word, *(c for c in word.children if c.dep_ == "prep" and c.lower_ in preps)]
            for g in c.children if g.dep_ == "pobj"]


def satisfies(tok: Token, entry: Entry) -> bool:
    """Does the token meet the entry's particle and object constraints?"""
    if entry.pos == "adjective" and predicative(tok) is None:
        return False
    # (a particle the parser reads as an adverb counts: "handed the territory back", "would be handed back")
    # (a light verb's noun: the phrase the parser hung on the verb is the noun's, "opened a hearing into the crash")
    hung = [*_preps_on_verb(tok), *preps_on_its_day(tok)] if entry.pos == "noun" and (
        entry.prep_object or entry.prep and entry.light_only) else _preps_on_object(tok) if entry.object_prep else []
    if entry.prep and not any(c.dep_ in ("prep", "prt", "agent", "advmod") and c.lower_ in entry.prep and not _when(c)
                              for c in [*tok.children, *hung, *adverb_particles(tok)]) and not (
            entry.prep == ("with",) and any(p.lower_ == "with" for p in _party_preps_on_object(tok))):
        return False  # (the one "with" of talks may hang on the object: "discussed the plan with X")
    # a converted entry's words are one phrase of PETRARCH's ("SET OFF (FROM": a particle and a preposition), all of
    # them needed: "set at 110,000 yen from 90,000" is no departure (a hand-written entry's list is of alternatives)
    if entry.converted and len(entry.prep) > 1 and not set(entry.prep) <= {
            c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "agent", "advmod") and not _when(c)}:
        return False
    if entry.prep_object and not any(_prep_object_words(g) & set(entry.prep_object)
                                     for c in [*tok.children, *hung] if c.lower_ in entry.prep
                                     for g in _prep_objects_of(c, entry.prep)):
        return False
    if entry.subject and not any(subject_words(c) & set(entry.subject) for c in _subjects_or_noun(tok)):
        return False
    if entry.subject_labels and not any(d.ent_type_ in entry.subject_labels
                                        for d in (_named_before(tok) if entry.pos == "noun" else _doers(tok))):
        return False
    # a verb in the passive has its object for its subject: "the islands will be returned to Japan", "the tanker was
    # struck by a missile", "he was flown to Berlin" are not the intransitive "returned to Tokyo", "workers struck"
    if entry.intransitive and any(c.dep_ in ("dobj", "obj", "ccomp", "nsubjpass") for c in tok.children):
        return False
    if entry.clause_aux and not any(clause_modals(c) & set(entry.clause_aux)
                                    for c in reported_clauses(tok) if not quoted(c)):
        return False  # ("said X must go", "said X has to go": `clause_modals`)
    if entry.remark and not remark(tok):
        return False
    if entry.party_clause and not all(party_clause(c) and not forecast_of_another(tok, c)
                                      for c in reported_clauses(tok)):
        return False
    if entry.consequence_clause and not any(consequence_clause(c) for c in reported_clauses(tok)):
        return False
    if entry.span and not span_of(tok, entry.object):
        return False  # "ended six hours of talks", not "ended the talks"
    if entry.proposal_clause and not any(proposes_clause(c, tok) for c in reported_clauses(tok) if not quoted(c)):
        return False  # "suggested that Iraq withdraw", not "reports suggested the army attacked"
    if entry.occasion and occasioned(tok) is None:
        return False
    if entry.negated and not (is_negated(tok) or entry.refused and refused_to(tok)):
        return False
    if entry.infinitive and not any(c.dep_ in ("xcomp", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                        for a in c.children) for c in tok.children) \
            and not (entry.pos == "noun" and _asked_of_noun(tok)):
        return False
    if entry.predicate and not predicate_words(tok) & set(entry.predicate):
        return False
    if entry.complement_of and not (to_complement(tok) and tok.head.lemma_.lower() in entry.complement_of):
        return False
    if entry.to_verb and not to_verbs(tok) & set(entry.to_verb):
        return False
    if entry.object_act and not {w for a in object_acts(tok, entry.prep) for w in (a.lemma_.lower(), _phrasal(a))} \
            & set(entry.object_act):
        return False
    if entry.from_verb and not from_verbs(tok) & set(entry.from_verb):
        return False
    if entry.by_verb and not by_verbs(tok) & set(entry.by_verb):
        return False
    if entry.purpose and not purposes(tok) & set(entry.purpose):
        return False
    if entry.participle and not participles(tok) & set(entry.participle):
        return False
    if entry.joint and not joint(tok):
        return False
    if entry.among_doers and not among_doers(tok):
        return False
    if entry.asks_nothing and not asks_nothing(tok):
        return False
    if entry.held_out and not answers_any(tok, entry.prep):
        return False
    if entry.party_complement and not party_complement(tok):
        return False
    if (entry.sentence_words or entry.sentence_without) \
            and not sentence_holds(tok, entry.sentence_words, entry.sentence_without):
        return False
    if entry.governor and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in entry.governor):
        return False
    if entry.object or entry.object_required or entry.object_labels:
        obj = direct_object(tok)
        if obj is None:
            return False
        if obj.lower_ in RELATIVE and tok.dep_ == "relcl":  # "the port, which will be inaugurated"
            obj = relative_head(tok)
        # of two objects ("charged passengers 50 euros", "granted Jordan a loan") the thing is the second
        objs = [obj] + [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i != obj.i]
        if entry.object and not any(object_words(o) & set(entry.object) for o in objs):
            return False
        if (entry.object_head or entry.undergone and entry.object) \
                and not any(_head_words(o) & set(entry.object) for o in objs):
            return False  # the object's head, not a word on it: "passed sanctions", not "passed a sanctions bill"; the
            # act undergone ("met opposition", not "met the opposition leader": a meeting)
        if entry.object_labels and obj.ent_type_ not in entry.object_labels:
            return False
        if entry.object_to == "support":
            if not object_to_support(obj):
                return False
        elif entry.object_to and object_to(obj) != entry.object_to:
            return False
    return True


def sentence_holds(tok: Token, words: tuple[str, ...], without: tuple[str, ...] = ()) -> bool:
    """Does the token's sentence hold one of `words` (any word where none is given) and none of `without` (each as a
    lemma or as written)?"""
    held = {w for t in tok.sent for w in (t.lemma_.lower(), t.lower_)}
    return (not words or bool(held & set(words))) and not held & set(without)


def to_verbs(tok: Token) -> set[str]:
    """The verbs of the verb's "to" complements, each as its lemma and, with a particle, as "lemma particle", and of
    the infinitives joined to them: "ordered the reporters to leave", "ordered him to hand over the funds", "were
    ordered to stay at home and (to) wait"."""
    out: set[str] = set()
    todo = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    while todo:
        verb = todo.pop()
        word = verb.lemma_.lower()
        out.add(word)
        out |= {f"{word} {p.lower_}" for p in verb.children if p.dep_ == "prt"}
        todo += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    return out


def by_verbs(tok: Token) -> set[str]:
    """The gerunds of the verb's "by" phrases, read as `from_verbs` reads a "from" phrase's: "retaliated by raising
    duties", "responded by expelling two diplomats"."""
    return from_verbs(tok, "by")


def from_verbs(tok: Token, prep: str = "from") -> set[str]:
    """The gerunds of the verb's "from" phrases (or `prep`'s), each as its lemma and, with a particle, as "lemma
    particle", and the gerunds joined to them: "banned the leader from holding office", "barred her from leaving the
    country", "were banned from printing or broadcasting the pictures" (a gerund the parser makes the preposition's object
    counts: "was banned from publishing"); also as "lemma object" with its object's lemma, for a verb whose object
    decides ("from holding office", not "from holding more than half of the shares")."""
    out: set[str] = set()
    todo = [g for p in tok.children if p.dep_ == "prep" and p.lower_ == prep
            for g in p.children if (g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")) or g.tag_ == "VBG"]
    while todo:
        verb = todo.pop()
        word = verb.lemma_.lower()
        out.add(word)
        out |= {f"{word} {p.lower_}" for p in verb.children if p.dep_ == "prt"}
        out |= {f"{word} {o.lemma_.lower()}" for o in verb.children if o.dep_ in ("dobj", "obj")}
        todo += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return out


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def purposes(tok: Token) -> set[str]:
    """The infinitives of purpose of the verb (an adverbial "to" clause: "sent troops to keep the peace") or of its
    object ("formed a force to keep the peace"), with the verbs they lead to ("to help keep the peace") and those
    joined to them, each as its lemma, as "lemma object" for each word of its object (`object_words`: "keep peace",
    "join peacekeeping" of "join the peacekeeping operation") and as "lemma preposition noun" ("serve as peacekeeping"
    of "to serve as a peacekeeping force")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    todo = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and _infinitive(c)]
    todo += [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl") and _infinitive(c)]
    out: set[str] = set()
    seen: set[int] = set()
    while todo:
        verb = todo.pop()
        if verb.i in seen:
            continue
        seen.add(verb.i)
        word = verb.lemma_.lower()
        out.add(word)
        out |= {f"{word} {p.lower_}" for p in verb.children if p.dep_ == "prt"}
        out |= {f"{word} {w}" for o in verb.children if o.dep_ in ("dobj", "obj") for w in object_words(o)}
        out |= {f"{word} {p.lower_} {w}" for p in verb.children if p.dep_ == "prep"
                for g in p.children if g.dep_ == "pobj" for w in object_words(g)}
        todo += [c for c in verb.children if (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
                 or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return out


def participles(tok: Token) -> set[str]:
    """The verbs of the participle clauses on the word (an adverbial clause of a gerund: "attacked the senator,
    calling him a liar") or, for a noun, on the verb it is the object of ("launched an attack on the chiefs, calling
    them fools"), and of those joined to them, each as its lemma where it has an object ("calling them fools";
    not "calling for reinforcements") and as "lemma particle" with a particle ("calling in air support")."""
    heads = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i:
        heads.append(tok.head)
    todo = [c for h in heads for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    out: set[str] = set()
    while todo:
        verb = todo.pop()
        word = verb.lemma_.lower()
        particles = [p.lower_ for p in verb.children if p.dep_ == "prt"]
        out |= {f"{word} {p}" for p in particles}
        if not particles and any(c.dep_ in ("dobj", "obj") for c in verb.children):
            out.add(word)
        todo += [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"]
    return out


_ANY = frozenset({"any", "every"})


def answers_any(tok: Token, preps: tuple[str, ...]) -> bool:
    """The verb holds out a response to any act of another (entry `held_out`): the object of one of its `preps` (of
    the verb itself where the entry names none) is told with "any" or "every" ("would respond decisively to any
    aggressive move by X", "will react firmly to every provocation", "is ready to confront any attack"), and the verb
    has a modal of the future or of a supposition (lexicon `future_aux`, `hypothetical_aux`) or is what its doer says
    it is ready for (`readiness`); no "not" on it. "Responded to the attack with air strikes" is an act done; "would
    respond to the letter" answers no act to come."""
    lex = load_lexicon()
    if not (any(c.dep_ == "aux" and c.lower_ in lex.future_aux | lex.hypothetical_aux for c in tok.children)
            or readiness(tok)) or any(c.dep_ == "neg" for c in tok.children):
        return False
    answered = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for g in p.children
                if g.dep_ == "pobj"] if preps else [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    return any(d.dep_ == "det" and d.lower_ in _ANY for g in answered for d in g.children)


def party_complement(tok: Token) -> bool:
    """The subject of the verb's clause complement is a party's name ("will not let Greece use the airspace"; entry
    `party_complement`); not a thing, though a party's word describes it ("will not let the dollar fall", "will not
    let this American step go unanswered")."""
    return any(s.ent_type_ in _PARTY_LABELS for c in tok.children if c.dep_ in ("ccomp", "xcomp")
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))


def readiness(tok: Token) -> bool:
    """The verb is told as what its doer stands ready for: the infinitive of a willingness word (lexicon
    `willingness_words`) whose clause has no "not" ("forces are ready to respond to…", "said it was prepared to
    confront…"; not "is not ready to…")."""
    ready = tok.head
    if tok.dep_ != "xcomp" or ready.i == tok.i or ready.pos_ != "ADJ" \
            or ready.lemma_.lower() not in load_lexicon().willingness_words:
        return False
    holder = ready if ready.dep_ == "ROOT" else ready.head
    return not any(c.dep_ == "neg" for t in (ready, holder) for c in t.children)


def _asked_of_noun(noun: Token) -> bool:
    """A noun (the object of a verb) whose infinitive the parser hangs on that verb: "renewed its call on X to lift
    the ban" (the infinitive an adverbial clause of "renewed"), or on the noun itself."""
    holders = [noun, noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.i != noun.i else [noun]
    return any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and c.i > noun.i
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for h in holders for c in h.children)


def asks_nothing(tok: Token) -> bool:
    """The verb asks nothing of anyone: no "for" phrase or clause on it, and no "to" infinitive after it in its
    sentence but inside the phrase of the one called on ("called on the king at his palace", a courtesy call; not
    "called on Lima for help", "called on X to mediate", nor "called on X, who is due to step down, to mediate" or
    "called on X in a resolution to retaliate", whose infinitive the parser may hang on another word)."""
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "for")
           for c in tok.children):
        return False  # (nor a name given: "called the raids on the villages an escalation")
    own = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"
           for g in c.children if g.dep_ == "pobj" for t in g.subtree}
    return not any(t.i > tok.i and t.i not in own and t.lower_ == "to" and t.dep_ == "aux"
                   and t.head.pos_ in ("VERB", "AUX") for t in tok.sent)


def joint(tok: Token) -> bool:
    """Parties do the act together: the doers (`_doers`) of the word, or of the verb a noun is the object or the
    passive subject of, or the nouns of their "of" or "from" phrase, are joined by "and" ("Fredonia and Ruritania
    launched war games", "the drill was staged by marines and Fredonian forces", "officials from A and B discussed
    the border"), or a "with" phrase on either names a party — its noun, or a word naming its owner,
    of a party's entity type or a proper noun — ("held exercises with the Fredonian navy"; not "with live
    ammunition")."""
    verbs = [tok]
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.i != tok.i:
        verbs.append(tok.head)
    for verb in verbs:
        doers = _doers(verb)
        doers += [g for d in doers for p in d.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for g in p.children if g.dep_ == "pobj"]  # "the ministers of A and B", "officials from A and B"
        if any(any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in d.children) for d in doers):
            return True
        partners = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                    for g in p.children if g.dep_ == "pobj"]
        if any(t.ent_type_ in _PARTY_LABELS or t.pos_ == "PROPN" for g in partners
               for t in [g] + [c for c in g.children if c.dep_ in ("amod", "compound", "poss")]):
            return True
    return False


def among_doers(verb: Token) -> bool:
    """The verb's doers (`_doers`) hold its act among themselves: two or more joined by "and", or a plural common
    noun ("the ministers", "the two sides"), with no "with" phrase on the verb or its object naming a party
    (`joint`'s test: "Ghana and Togo ended talks"; not "Ghana ended talks", "the envoys ended talks with Togo")."""
    doers = _doers(verb)
    if not doers:
        return False
    joined = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for d in doers for c in d.children)
    plural = any(d.tag_ == "NNS" for d in doers)
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    partner = any(t.ent_type_ in _PARTY_LABELS or t.pos_ == "PROPN"
                  for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if g.dep_ == "pobj"
                  for t in [g] + [c for c in g.children if c.dep_ in ("amod", "compound", "poss")])
    return (joined or plural) and not partner


def object_to(obj: Token) -> str | None:
    """What the object's own "to" phrase names: "act" for a verb ("commitment to cooperate", "commitment to
    supporting the talks") or a noun of an undertaking (lexicon `undertaking_nouns`: "commitment to the peace deal");
    "party" for a noun phrase that names a party or holds its name ("commitment to the people of Angola", "to the
    one-China policy": a name of the lexicon's `name_labels` in it); "thing" for another noun ("commitment to
    growth", "to its core business"); None without one."""
    for child in obj.children:
        if child.dep_ == "acl" and child.pos_ in ("VERB", "AUX") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return "act"
        if child.dep_ == "prep" and child.lower_ == "to":
            if any(g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX") for g in child.children):
                return "act"
            nouns = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "PRON")]
            if not nouns:
                continue
            lexicon = load_lexicon()
            if any(object_words(g) & lexicon.undertaking_nouns for g in nouns):
                return "act"
            named = any(t.ent_type_.lower() in lexicon.name_labels for g in nouns for t in g.subtree)
            return "party" if named else "thing"
    return None


def object_acts(tok: Token, preps: tuple[str, ...] = ()) -> list[Token]:
    """The acts the verb's object, or the object of one of its `preps`, names in its own "to" infinitive or "of"
    phrase: "withdrew its threat to expel the envoy" (expel), "backed away from its plan to quit the talks" (quit),
    "dropped its threat of sanctions" (sanctions)."""
    nouns = [c for c in tok.children if c.dep_ in _OBJ_DEPS]
    nouns += [g for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in preps
              for g in _prep_objects_of(c, preps)]
    acts = [verb for n in nouns if (verb := _to_verb(n)) is not None]
    acts += [g for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"]
    return acts


def _phrasal(word: Token) -> str:
    """A word's lemma, with its particle where it has one ("break off")."""
    particle = next((c.lower_ for c in word.children if c.dep_ == "prt"), None)
    return f"{word.lemma_.lower()} {particle}" if particle else word.lemma_.lower()


def _to_verb(obj: Token) -> Token | None:
    """The verb of the object's own "to" phrase: "commitment to support X", "commitment to supporting X"."""
    for child in obj.children:
        if child.dep_ == "acl" and child.pos_ in ("VERB", "AUX") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            for g in child.children:
                if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX"):
                    return g
    return None


def object_to_support(obj: Token) -> bool:
    """The object's "to" phrase is an act of support (a verb of the lexicon's `support_verbs`) whose own object
    names a party or holds its name: "commitment to supporting Chad's sovereignty", "to support the Nigerian
    police"; not "commitment to support its value", "to support growth" (no party: a currency's or a market's
    support is no act between parties)."""
    verb = _to_verb(obj)
    if verb is None or verb.lemma_.lower() not in load_lexicon().support_verbs:
        return False
    names = load_lexicon().name_labels
    return any(t.ent_type_.lower() in names for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree)


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or, for a verb joined to another or the complement of one ("began deploying", "began to
    shell") that has none of its own, that verb's: "troops shelled the town and raided the camp" (the raid's subject
    is the troops); through a predicate adjective, its copula's ("the airfield is able to take bombers"). A complement
    of a verb with an object is the object's to do ("ordered the troops to attack"): no subject is read for it.
    A verb the parser joined to a clause said is the sayer's where it cannot continue that clause
    (`doers.stranded_report_conj`: "said the reports were false and warned Peru…": Peru is warned by the sayer)."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not own and verb.head.i != verb.i and (verb.dep_ == "conj" or (
            verb.dep_ in ("xcomp", "acomp") and not any(c.dep_ in ("dobj", "obj") for c in verb.head.children))):
        verb = stranded_report_conj(verb) or verb.head
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return own


def _subjects_or_noun(verb: Token) -> list[Token]:
    """What a `subject` condition reads: the verb's `subjects`, or, for a present participle on a noun with no subject
    of its own, that noun, which does what the participle says ("the budget fight pitting Democrats against the
    president", "fears of damage threatening the herd"; round 74). Not a noun that is a verb's object: a text
    presented or adopted speaks for the one who presents it ("presented a document calling for talks" is the
    presenter's request). A past participle's noun is what it is done to ("tariffs imposed by Canada"), no subject."""
    own = subjects(verb)
    if not own and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") \
            and verb.head.dep_ not in ("dobj", "obj"):
        return [verb.head]
    return own


def subject_words(subject: Token) -> set[str]:
    """The words a `subject` condition is checked against: `object_words`, and those of the noun a group or a
    number of them is of ("the first units of Ghanaian peacekeeping troops", "dozens of peacekeepers": the troops'
    own compound counts); a noun of a body's people (lexicon `member_nouns`) is its owner's too (`_member_owners`)."""
    words = object_words(subject)
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words = words.union(*(object_words(g) for g in prep.children if g.dep_ == "pobj"))
    return words.union(*(object_words(o) for o in _member_owners(subject)))


def _member_owners(subject: Token) -> list[Token]:
    """The body whose members a subject names, as "members of the union" names it: the owner ("the guild's
    members"), or, for "its" or "their", the named subject of the verb that reports the subject's clause ("the guild
    said its members have struck"). None for other nouns ("the union's trucks")."""
    if subject.lemma_.lower() not in load_lexicon().member_nouns:
        return []
    owners = [c for c in subject.children if c.dep_ == "poss"]
    named = [o for o in owners if o.pos_ != "PRON"]
    if named or not owners or subject.head.dep_ != "ccomp":
        return named
    return [c for c in subject.head.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]


def _doers(verb: Token) -> list[Token]:
    """Who does the verb: its subject (a joined verb's, or a complement's, with none of its own: "Jordan closed its
    border and blocked the crossing": Jordan; `subjects`), or the agent of a passive or of a participle on a noun
    ("Gaza was occupied by Egypt", "the land occupied by Egypt": Egypt)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [c for c in subjects(verb) if c.dep_ == "nsubj"]


def _named_before(noun: Token) -> list[Token]:
    """Who does a noun act, by the words before it: its possessive, a name or a demonym ("Libya's evacuation", "the
    Libyan evacuation"; a noun entry's `subject_labels`, round 75)."""
    return [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})


def _nominal_adjective(tok: Token) -> bool:
    """A word the tagger calls an adjective standing as the head of a noun phrase, with its own determiner, in a
    noun's place ("launched a counteroffensive", tagged ADJ): a noun in all but its tag."""
    return tok.pos_ == "ADJ" and tok.dep_ in _NOMINAL_DEPS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)

