"""Acronyms and short names of bodies: names a story defines by an acronym in brackets, acronyms spelling
the initials of a body the article names, "the Fund" after the one body that noun heads."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from dossier.actors.dictionary import slug
from dossier.actors.found import _LINKS, Found
from dossier.actors.matcher import NAME, Match
from dossier.actors.unknown import group_key


def _letters(tok: Token) -> str:
    """A token's text without its full stops: "U.N." and "UN" are one acronym."""
    return tok.text.replace(".", "")


def _words(name: str) -> set[str]:
    return {group_key(w, False) for w in slug(name).split("-") if w and w not in _LINKS}


def _elided(word: str) -> str:
    """A word without the elided article or preposition it begins with ("d'Electricite", "l'Oreal"): the letters an
    acronym spells it by."""
    head, mark, rest = word.partition("'") if "'" in word else word.partition("’")
    return rest if mark and len(head) == 1 and head.isalpha() and head.islower() and rest else word


def _same_words(name: str, other: str) -> bool:
    """Whether two names of a body share at least half of their words, linking words aside and variant spellings
    folded ("Organiaation of Petroleum Exporting Countries" and "Organization of the Petroleum Exporting Countries")."""
    mine, theirs = _words(name), _words(other)
    return bool(mine and theirs) and 2 * len(mine & theirs) >= max(len(mine), len(theirs))


def _head_word(name: str) -> str:
    """The noun a name's short form keeps: "fund" of "International Monetary Fund", "federation" of "Federation of
    Economic Organizations"."""
    words = name.lower().split()
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


class Acronyms:
    """Part of the Resolver (actors/resolve.py): acronyms and short names of bodies."""

    def _defined_acronyms(self, doc: Doc, matches: list[Match] = ()) -> list[tuple[Span, str]]:
        """The names of bodies a story defines by an acronym in brackets right after them ("the Stock Exchange of
        Singapore (SES)", "Monetary Authority of Singapore (MAS)"): capitalised words whose initials, linking words
        aside, spell the acronym, and whose head is a noun of a body (`kind_nouns` other than a person's,
        `body_nouns`, `defined_body_heads` in the lexicon) or which the tagger tagged an organisation; "Gross National
        Product (GNP)" is none. Each with its acronym; the acronym means that body throughout the story. A line break
        before the bracket or inside the name is read past; a short form whose letters are the name's in another
        order or another language ("National Liberation Army (ELN)") defines it too (`_loosely_defined`), unless the
        story sets it after another name as well."""
        out: list[tuple[Span, str]] = []
        loose: list[tuple[Span, str]] = []
        after: dict[str, set[str]] = {}  # each short form in brackets -> the words it is set after
        orth = doc.to_array(ORTH).tolist()  # the words as hashes: no Token made for each word
        opening, closing = doc.vocab.strings["("], doc.vocab.strings[")"]
        for i in range(2, len(doc) - 1):
            if orth[i - 1] != opening or orth[i + 1] != closing:
                continue
            acronym = _letters(doc[i])
            if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
                continue
            stop = i - 1  # where the name ends: before the bracket and any line break before it
            while stop > 1 and doc[stop - 1].is_space:
                stop -= 1
            after.setdefault(acronym, set()).add(doc[stop - 1].lower_)
            ends = [stop - 1]  # the word the spelling ends at: a firm's legal forms ending its name, written either
            while ends[-1] > 0 and _letters(doc[ends[-1]]).lower() in self._forms:  # way, may spell no letter
                ends.append(ends[-1] - 1)  # ("British Petroleum Co (BP)", "British Petroleum Company PLC (BP)")
            for end in reversed(ends):  # all forms left out first; then fewer ("Ford Motor Co (FMC)")
                letters, start, j = list(acronym), None, end
                while j >= 0 and letters:
                    tok = doc[j]
                    if (tok.lower_ in _LINKS or tok.is_space) and start is not None:
                        j -= 1
                        continue
                    if tok.text == "." and start is not None and j and not doc[j - 1].whitespace_:
                        j -= 1  # the full stop of a shortened word ("Cie. Generale de Geophysique (CGG)")
                        continue
                    dotted = _letters(tok)  # initials with full stops spell their letters ("S.A." of a firm's name)
                    if "." in tok.text and len(dotted) > 1 and dotted.isalpha() and dotted.isupper() \
                            and "".join(letters).endswith(dotted):
                        del letters[-len(dotted):]
                        start, j = j, j - 1
                        continue
                    word = _elided(tok.text)  # "d'Electricite" spells E
                    if not (word.isalpha() and word[:1].isupper()) or word[0] != letters[-1]:
                        break
                    letters.pop()
                    start, j = j, j - 1
                if not letters:
                    break
            if letters or start is None:
                if (name := self._loosely_defined(doc, i, stop, matches)) is not None:
                    loose.append((name, acronym))
                continue
            if stop - start < 2:
                continue
            # the tagger's longer name ending where the defined one does is the name ("Reuter Monitor and Composite
            # Information Service (CIS)", "New South Wales Corporate Affairs Commission (CAC)")
            start = min([start] + [e.start + (doc[e.start].lower_ == "the") for e in doc.ents
                                   if e.label_ in ("ORG", "FAC") and e.start < start and e.end == stop])
            name = doc[start:stop]
            if self._body_name(name):
                out.append((name, acronym))
        # a short form set after two different names is no name of either: a body they belong to ("X Music (BMI)",
        # "Y Songs (BMI)": the rights society of each)
        return out + [(name, acronym) for name, acronym in loose if len(after[acronym]) == 1]

    def _body_name(self, name: Span) -> bool:
        """Whether a name a bracketed acronym follows is a body's: its head is a noun of a body (`kind_nouns` other
        than a person's, `body_nouns`, `defined_body_heads`) or a firm's legal form ("Acme Electrica S.A."), or the
        tagger tagged a word of it an organisation."""
        head = _head_word(name.text)
        return (self.noun_kinds.get(head, "person") != "person" or head in self.body_heads
                or head.replace(".", "") in self._forms
                or any(t.ent_type_ == "ORG" for t in name))

    def _loosely_defined(self, doc: Doc, i: int, stop: int, matches: list[Match]) -> Span | None:
        """The body's name a short form in brackets (`doc[i]`) defines though its initials do not spell it: the
        letters in another order or of the name in another language ("National Liberation Army (ELN)", "Workers'
        Confederation (CUT)"). The name is the tagger's organisation (which may run into the bracket) or the longest
        name the dictionaries know ending at `stop`, right before the bracket, a leading "the" aside: two words or
        more, capitalised but for linking words, a body's name (`_body_name`), no place's, and one of its words'
        initials at least is a letter of the short form. None where the short form reads as a place or a state
        ("Acme Holdings (UK)") or is a firm's legal form, or where no such name ends there."""
        acronym = _letters(doc[i])
        if acronym.lower() in self.legal_forms or any(
                m.kind == NAME and m.start == i and m.end == i + 1
                and getattr(self.d.entities.get(m.key), "type", None) in ("GPE", "LOC") for m in matches):
            return None
        # the tagger's organisation may run into the bracket ("Workers' Confederation (CUT")
        starts = [e.start for e in doc.ents if e.label_ in ("ORG", "FAC") and e.start < stop <= e.end <= i + 2]
        starts += [m.start for m in matches if m.kind == NAME and m.end == stop
                   and getattr(self.d.entities.get(m.key), "type", None) not in ("GPE", "LOC", "PERSON")]
        if not starts:
            return None
        start = min(starts)
        if doc[start].lower_ == "the":
            start += 1
        name = doc[start:stop]
        words = [t for t in name if not t.is_space]
        if len(words) < 2 or not all(t.text[:1].isupper() or t.lower_ in _LINKS or t.text in ("-", "'", "/")
                                     for t in words):
            return None
        initials = {_elided(t.text)[:1] for t in words if t.text[:1].isupper()}
        if not initials & set(acronym) or not self._body_name(name):
            return None
        return name

    def _without_other_readings(self, doc: Doc, matches: list[Match], defined: list[tuple[Span, str]]) -> list[Match]:
        """The dictionaries' readings of an acronym the story defines as another body's are dropped ("MAS" after
        "Monetary Authority of Singapore (MAS)" is not Bolivia's party); those of the body named in full are kept."""
        drop: dict[str, set[str]] = {}
        for name, acronym in defined:
            full = {m.key for m in matches if m.kind == NAME and m.start == name.start and m.end == name.end}
            readings = {m.key for m in matches if m.kind == NAME and m.length == 1 and m.key not in full
                        and _letters(doc[m.start]) == acronym}
            # the acronym's reading is the body named, spelt another way ("Organisation of African Unity (OAU)",
            # a misspelt word): most of the words of its name are the defined name's
            spelt = {i for i in readings if any(_same_words(name.text, n) for n in
                                                (self.d.entities[i].name, *self.d.entities[i].aliases))}
            if len(spelt) == 1:
                self._defined_known[name.end] = (name.start, next(iter(spelt)))
            elif not spelt and len((placed := self._placed_reading(doc, matches, name, readings))[1]) == 1:
                spelt = placed[1]  # "British Petroleum Co (BP)": the name's entry has no country, the acronym's has
                self._defined_placed[name.end] = (name.start, next(iter(spelt)), placed[0])
            drop.setdefault(acronym, set()).update(readings - spelt)
        return [m for m in matches if not (m.kind == NAME and m.length == 1 and m.key in
                                           drop.get(_letters(doc[m.start]), ()))]

    def _placed_reading(self, doc: Doc, matches: list[Match], name: Span,
                        readings: set[str]) -> tuple[set[str], set[str]]:
        """The readings of a defined acronym that are the named body's own entry with its country, where the
        dictionaries hold the one firm twice, by its name without a country and by its acronym with one ("British
        Petroleum Co (BP)": "British Petroleum" MNC, "BP" MNCGBR): the name (a legal form ending it aside) has
        entries, none with a country, all of one kind and sector; the acronym's reading is of that kind, has a
        country, and its code is that sector's with the country added. None where the name's entry has a country.
        The name's entries and those readings."""
        tail = name.end
        while tail - 1 > name.start and doc[tail - 1].lower_.strip(".") in self._forms:
            tail -= 1  # "Co" of "British Petroleum Co"
        keys = {m.key for m in matches if m.kind == NAME and m.start == name.start and tail <= m.end <= name.end}
        named = [self.d.entities[k] for k in keys]
        if not named or any(e.country for e in named) or len({(e.kind, e.cameo) for e in named}) != 1:
            return keys, set()
        kind, code = named[0].kind, named[0].cameo or ""
        return keys, {r for r in readings if (e := self.d.entities[r]).country and e.kind == kind
                      and (e.cameo or "").startswith(code) and e.country in (e.cameo or "")}

    def _with_defined(self, doc: Doc, ents: tuple[Span, ...], defined: list[tuple[Span, str]]) -> tuple[Span, ...]:
        """The entities with each defined name as one organisation and each use of its acronym as one, in place of
        what the tagger made of those words ("Singapore" alone, "SESDAQ" tagged a person)."""
        spans = [name for name, _ in defined]
        acronyms = {acronym for _, acronym in defined}
        for tok in doc:
            if _letters(tok) in acronyms and not any(n.start <= tok.i < n.end for n in spans) and not any(
                    e.start <= tok.i < e.end and len(e) > 1 for e in ents):
                spans.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
        spans = [Span(doc, s.start, s.end, label="ORG") for s in spans]
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
        return tuple(sorted(kept + spans, key=lambda e: e.start))

    def _join_acronyms(self, doc: Doc, found: list[Found]) -> None:
        """An acronym no dictionary knows ("ANC") is the organisation of the article whose name's initials it
        spells ("African National Congress"), when exactly one does."""
        acronyms = []
        for f in found:
            if f.ident.startswith("unk:") and f.end - f.start == 1:
                text = _letters(doc[f.start])
                if 2 <= len(text) <= 6 and text.isupper() and text.isalpha():
                    acronyms.append((f, text))
        if not acronyms:
            return
        by_initials: dict[str, set[str]] = {}
        for f in found:
            entity = self.d.entities.get(f.ident)
            if entity is not None and entity.type == "ORG":
                names = [doc[f.start:f.end].text, entity.name]
            elif f.ident.startswith(("unk:ORG:", "unk:NAME:")):
                names = [doc[f.start:f.end].text]
            else:
                continue
            for name in names:
                for letters in self._initials(name):
                    by_initials.setdefault(letters, set()).add(f.ident)
        for f, text in acronyms:
            owners = by_initials.get(text, set()) - {f.ident}
            if len(owners) == 1:
                f.ident = owners.pop()

    def _initials(self, name: str) -> set[str]:
        """The acronyms a name's initials spell: its capitalised words' first letters, linking words aside, an elided
        article read past ("d'Electricite": E); a firm's also without the legal forms that end its name ("British
        Petroleum Co": BPC and BP). Only of two letters or more."""
        words = [_elided(w) for w in name.replace("&", " ").split()]
        letters = [w[0] for w in words if w[:1].isupper() and w.lower() not in _LINKS]
        out = {"".join(letters)}
        while len(words) > 1 and words[-1].lower().strip(".,") in self.legal_forms:
            words.pop()
            out.add("".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _LINKS))
        return {a for a in out if len(a) >= 2}

    def _join_defined(self, doc: Doc, found: list[Found], defined: list[tuple[Span, str]]) -> None:
        """Each use of an acronym the story defines is the body it names, whatever else the acronym or its letters
        could mean ("SEN" is no family name there); where the acronym's entry is the name's with a country
        (`_placed_reading`), the name and each use of the acronym are that entry."""
        for name, acronym in defined:
            ident = next((f.ident for f in found if f.end == name.end and f.start <= name.start and f.ident), None)
            if (placed := self._defined_placed.get(name.end)) is not None and placed[0] == name.start:
                ident = placed[1]
                for f in found:  # the name in brackets' sentence and wherever else the story writes it
                    if f.ident in placed[2]:
                        f.ident = ident
            if ident is None:
                continue
            for f in found:
                if f.end - f.start == 1 and _letters(doc[f.start]) == acronym:
                    f.ident = ident

    def _join_heads(self, doc: Doc, found: list[Found]) -> None:
        """"the Fund", "the Community", "the Federation": a capitalised noun after "the" that no dictionary knows is the
        organisation named before it in the article whose name that noun heads ("International Monetary Fund",
        "European Community", "Federation of Economic Organizations"), when exactly one does; where none does, the
        one international body named before whose other name that noun heads ("the Commission" after the EC, one of
        whose names is "EC Commission")."""
        heads: dict[str, set[str]] = {}
        aliased: dict[str, set[str]] = {}  # by an international body's other names: only where no name has the noun
        for f in found:
            word = doc[f.start]
            if (f.end - f.start == 1 and (word.lower_ in heads or word.lower_ in aliased) and word.is_title and f.start
                    and doc[f.start - 1].lower_ == "the" and (not f.ident or f.ident.startswith("unk:"))):
                owners = (heads.get(word.lower_) or aliased[word.lower_]) - {f.ident}
                if len(owners) == 1:
                    f.ident = owners.pop()
                continue
            if f.ident:
                for name in self._organisation_names(doc, f):
                    heads.setdefault(_head_word(name), set()).add(f.ident)
                for name in self._international_aliases(f):
                    aliased.setdefault(_head_word(name), set()).add(f.ident)

    def _organisation_names(self, doc: Doc, f: Found) -> list[str]:
        """The names an organisation found in the article goes by there: its words and its dictionary name."""
        entity = self.d.entities.get(f.ident)
        if entity is not None and entity.type == "ORG":
            return [doc[f.start:f.end].text, entity.name]
        return [doc[f.start:f.end].text] if f.ident.startswith("unk:ORG:") and f.end - f.start > 1 else []

    def _international_aliases(self, f: Found) -> tuple[str, ...]:
        """An international body's other names in the dictionaries ("EC Commission" of the European Community)."""
        entity = self.d.entities.get(f.ident)
        return tuple(entity.aliases) if entity is not None and entity.kind == "igo" else ()

    def _kind(self, ident: str) -> str | None:
        entity = self.d.entities.get(ident)
        return entity.kind if entity is not None else None
