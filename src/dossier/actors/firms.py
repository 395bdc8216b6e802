"""Firms: the wire's names in angle brackets and tickers, names split at "and", a firm named again by the
start of its name, its country from its legal form, the place it is based in or a dictionary firm of its name;
news outlets by their media noun."""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from dossier.actors.found import _LINKS, Found, _text_of
from dossier.actors.matcher import DEMONYM, NAME, Match
from dossier.nlp.extensions import doc_text

_FEW_FORM_COUNTRIES = 3  # a legal form of at most so many countries is read by the one of them a story names
_BRACKETED_WORDS = 8  # the most words a firm's name between angle brackets has
_TICKER = re.compile(r"^[A-Z][A-Z0-9&]{0,6}(\.[A-Z]{1,2})?$")
_OPENING, _CLOSING = frozenset("<[("), frozenset(">])")


def in_ticker_brackets(doc: Doc, start: int, end: int) -> bool:
    """Whether the words `start`..`end` are one word in capitals between the wire's angle brackets: a ticker symbol
    ("Acme Inc <ROK>", "<UK>"), whatever state or body the letters spell; read by `Firms._tickers`."""
    return end == start + 1 and 0 < start and end < len(doc) and doc[start - 1].text == "<" \
        and doc[end].text == ">" and bool(_TICKER.match(doc[start].text))


class Firms:
    """Part of the Resolver (actors/resolve.py): firms."""

    def _bracketed(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """The wire's names of firms in angle brackets ("<Acme Chemical Co> said", "with <Acme SA>."): the words
        between the brackets are one organisation's name, in place of the entities the tagger cut across the brackets
        or left out ("Acme SA>"). One word in capitals ("<ACME.MI>", "<UK>") is a ticker symbol, read by _tickers."""
        orth = doc.to_array(ORTH).tolist()
        opening, closing = doc.vocab.strings["<"], doc.vocab.strings[">"]
        if opening not in orth:
            return ents
        names: list[Span] = []
        for i, word in enumerate(orth):
            if word != opening:
                continue
            end = next((j for j in range(i + 1, min(i + 2 + _BRACKETED_WORDS, len(doc))) if orth[j] == closing), None)
            if end is None or end == i + 1:
                continue
            inner = doc[i + 1:end]
            if len(inner) == 1 and not any(c.islower() for c in inner.text):
                continue  # a ticker symbol
            if inner[0].is_title or inner[0].is_upper:
                if all(t.is_title or t.is_upper or t.is_digit or t.is_punct or t.lower_ in _LINKS for t in inner):
                    names.append(Span(doc, inner.start, inner.end, label="ORG"))
        if not names:
            return ents
        kept = [e for e in ents if not any(e.start < n.end + 1 and n.start - 1 < e.end for n in names)]
        return tuple(sorted(kept + names, key=lambda e: e.start))

    def _joined_firm_names(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A firm's name the tagger split at its "and" ("Acme Tire and Rubber Co" read as "Acme Tire" and "Rubber
        Co"): an entity of capitalised words right before "and"/"&" and an organisation ending in a legal form
        (`legal_forms` in the lexicon) right after it are one firm. Not where the first part is a name of its own: a
        place or people ("Japan and X Corp"), a name the dictionary knows, whole or as a known actor's short form
        ("Ford and X Corp"), or one
        ending in a legal form or a company's noun itself ("X Co and Y Corp", "X Group and Y Corp")."""
        known = {(m.start, m.end) for m in matches if m.kind in (NAME, DEMONYM)}
        out, changed, n = [], False, 0
        while n < len(ents):
            ent = ents[n]
            nxt = ents[n + 1] if n + 1 < len(ents) else None
            if (nxt is not None and ent.label_ in ("ORG", "PERSON") and nxt.label_ == "ORG"
                    and nxt.start == ent.end + 1 and doc[ent.end].lower_ in ("and", "&")
                    and nxt[-1].lower_.strip(".") in self.legal_forms and len(nxt) > 1
                    and all(t.is_alpha and t.is_title for t in ent) and all(t.is_title for t in nxt[:-1])
                    and ent[-1].lower_ not in self.legal_forms and self.noun_kinds.get(ent[-1].lower_) != "company"
                    and (ent.start, ent.end) not in known
                    and not self._known_by_part(ent.text, ent.label_)
                    and not doc[ent.start:nxt.end].text.count("\n")):
                out.append(Span(doc, ent.start, nxt.end, label="ORG"))
                changed, n = True, n + 2
                continue
            out.append(ent)
            n += 1
        return tuple(out) if changed else ents

    def _bracket_neighbours(self, span: Span) -> list[Token]:
        """Words describing a firm named between angle brackets, which the parser hangs on the brackets: "<Acme Co> of
        the United States" (the "of" phrase of the closing bracket), "Spanish drugs company <Acme SA>" (the words
        describing the noun of a kind of body just before the opening one)."""
        doc = span.doc
        if not (span.start and span.end < len(doc) and doc[span.start - 1].text == "<" and doc[span.end].text == ">"):
            return []
        out = self._neighbours(doc[span.end:span.end + 1], self._place_tokens, strict=True)
        before = doc[span.start - 2] if span.start > 1 else None
        if before is not None and before.pos_ == "NOUN" and self.noun_kinds.get(before.lower_) not in (None, "person"):
            out += self._neighbours(doc[before.i:before.i + 1], self._place_tokens, strict=True)
        return out

    def _join_company_short_forms(self, doc: Doc, found: list[Found]) -> None:
        """"Kanemori" after "Kanemori Electric Co": a name no dictionary knows (or a person's out of office on the
        article's date: "Ford" after "Ford Motor Co" in 1987; a country's region the story names by no state's word:
        "Piedmont" after "Piedmont Aviation Inc", `_borrowed`) whose words begin the name of exactly one company named
        before it in the article (its name ending in a legal form or a word for a firm, or a firm the dictionaries
        list: "Morgan" after "J.P. Morgan", whose initials it leaves out) is that company; none where two such firms
        were named ("Morgan" after both "J.P. Morgan" and "Morgan Stanley")."""
        companies: list[tuple[tuple[str, ...], str]] = []
        known: list[tuple[tuple[str, ...], str]] = []  # the dictionaries' firms, of any name ("Ford Motor")
        for f in found:
            words = tuple(t.lower_ for t in doc[f.start:f.end] if t.is_alpha)
            if f.ident and (f.ident.startswith("unk:ORG:") or self._kind(f.ident) == "company") and len(words) > 1 \
                    and (self.noun_kinds.get(words[-1]) == "company" or words[-1] in self.legal_forms
                         or doc[f.start:f.end].text.lower() in self._subsidiaries):
                companies.append((words, f.ident))
            elif f.ident and self._kind(f.ident) == "company" and words and f.end - f.start > 1:
                known.append((words, f.ident))  # "J.P. Morgan" as ("morgan",): its initials are no short form
            elif (words and (not f.ident or (f.ident.startswith("unk:") and not f.ident.startswith(("unk:PERSON:",
                                                                                                      "unk:NORP:")))
                             or self._lone_name(f) or self._former_holder(f) or self._borrowed(f.ident))
                  and doc[f.start].text[:1].isupper() and f.label != "NORP"):  # "BankAmerica", "WEDGE" too
                firms = companies + known
                owners = {ident for name, ident in firms if name[:len(words)] == words and (
                    len(name) > len(words) or (name, ident) in known)}
                if len(owners) == 1:
                    f.ident = owners.pop()
                elif not any(n == words for n, i in firms if i in owners) and (  # a name past its initials is none's
                        parent := self._parent_firm([(n, i) for n, i in firms if i in owners])) is not None:
                    f.ident = parent  # "Mazda" after "Mazda Motor Corp" and its "Mazda Motor Manufacturing (USA) Corp"

    def _parent_firm(self, firms: list[tuple[tuple[str, ...], str]]) -> str | None:
        """Of several firms one short form begins the names of, the one whose name without its legal form begins
        every other's: the parent its subsidiaries are named after ("Acme Motor Corp" of "Acme Motor Sales Corp" and
        "Acme Motor Credit Co"); None where no one does (two firms of unrelated names)."""
        stems = {}
        for name, ident in firms:
            stem = list(name)
            while len(stem) > 1 and stem[-1] in self.legal_forms:
                stem.pop()
            stems.setdefault(ident, tuple(stem))
        parents = {ident for ident, stem in stems.items()
                   if all(name[:len(stem)] == stem for name, other in firms if other != ident)}
        return parents.pop() if len(parents) == 1 else None

    def _tickers(self, doc: Doc, found: list[Found]) -> list[Found]:
        """A wire's ticker symbol in brackets ("Benetton Group Spa [BTOM.MI]", "<DAIG.F> said") is the company written
        before it (a firm the dictionaries list or one the tagger found), else a company of its own; its exchange's
        suffix gives the company's country when nothing else does (`exchange_suffixes` in the lexicon; a suffix several
        countries' exchanges had, `shared_exchange_suffixes`, only for the story's dateline's country among them); on an
        exchange where foreign firms list (`foreign_listing_suffixes`), only where the legal form ending the company's
        name, if any, is one of that country's ("Acme Ltd <ACM.N>" is no American firm: `legal_form_countries`)."""
        at = {i: f for f in found for i in range(f.start, f.end)}
        out = list(found)
        # the words between brackets, found on the Doc's word ids (walking every Token is what this step cost)
        orth = doc.to_array(ORTH).tolist()
        opening = {doc.vocab.strings[c] for c in _OPENING}
        closing = {doc.vocab.strings[c] for c in _CLOSING}
        for i in range(1, len(doc) - 1):
            if orth[i - 1] not in opening or orth[i + 1] not in closing:
                continue
            tok = doc[i]
            if not _TICKER.match(tok.text):
                continue
            suffix = tok.text.rsplit(".", 1)[1] if "." in tok.text else ""
            country = self.d.lexicon.exchange_suffixes.get(suffix) or (
                self._home if self._home in self.d.lexicon.shared_exchange_suffixes.get(suffix, ()) else None)
            company, own = at.get(i - 2), at.get(i)
            if own is not None and own.ident and not own.ident.startswith("unk:") \
                    and (company is None or not in_ticker_brackets(doc, i, i + 1)):
                continue  # "(IMF)": a name the dictionaries know; "Acme Corp <NSC>" is the firm's symbol
            known = self.d.entities.get(company.ident) if company is not None else None
            if known is not None and known.kind == "company":
                out = [f for f in out if f is not own]  # "Acme Corp <ACME.T>": the listed firm's symbol
                out.append(Found(i, i + 1, company.ident, company.label, company.country))
            elif company is not None and company.ident.startswith("unk:ORG:"):
                forms = self._form_countries(doc[company.start:company.end])
                if suffix in self.d.lexicon.foreign_listing_suffixes and forms and country not in forms:
                    country = None  # "Acme Ltd <ACM.N>": a Canadian or British firm listed in New York
                company.country = company.country or country
                out = [f for f in out if f is not own]
                out.append(Found(i, i + 1, company.ident, company.label, company.country))
            elif company is None and (suffix or doc[i - 1].text == "<"):  # "(GNP)" is an abbreviation, no firm
                out = [f for f in out if f is not own]
                out.append(Found(i, i + 1, self._unknown_id(doc[i:i + 1], "ORG"), "ORG", country))
        return sorted(out, key=lambda f: f.start)

    def _firm_named_before(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The one firm named before in the article whose name, without its legal form, is this name ("Waste
        Management" after "Waste Management Inc"), if any."""
        stem = self._stem(span.text)
        firms = {ident for i, ident in token_actor.items() if i < span.start and (
            entity := self.d.entities.get(ident) or self._described.get(ident)) is not None
                 and entity.kind == "company" and self._stem(entity.name) == stem}
        return firms.pop() if len(firms) == 1 else None

    def _firms_by_description(self, doc: Doc, found: list[Found]) -> None:
        """"Sanko Steel signed … The Japanese company will ship …": a definite singular description of a firm by a
        state's demonym ("the Japanese company", "the Canadian bank": a firm's agent of that state) stands for the
        organisation named last before it, which takes that state when its own words give it none (an unknown firm
        or organisation, not an international one); nothing when the last organisation named before is another
        actor (a known firm, a government body), or when the sentence before and its own name two."""
        organisations = sorted((f for f in found if f.ident.startswith(("unk:ORG:", "unk:NAME:"))
                                or (self.d.entities.get(f.ident) is not None
                                    and self.d.entities[f.ident].kind in ("company", "organisation", "igo"))),
                               key=lambda f: f.start)
        for f in found:
            parts = f.ident.split(":")
            if len(parts) != 3 or parts[0] != "agent" or parts[2] != "BUS" or parts[1] == "---":
                continue
            head = doc[f.start:f.end].root
            if head.tag_ != "NN" or self.noun_kinds.get(head.lower_) != "company" or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in head.children):
                continue
            sentence = head.sent
            opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            before = [g for g in organisations if g.end <= f.start]
            if len({g.ident for g in before if g.start >= opening}) > 1:
                continue  # "Acme signed with Zenco. The Japanese company …": which of them is not said
            entity = self._described.get(before[-1].ident) if before else None
            if entity is None or entity.country or entity.kind not in ("company", "organisation") \
                    or self._international(doc[before[-1].start:before[-1].end]):
                continue
            self._described[before[-1].ident] = entity.model_copy(update={
                "country": parts[1], "cameo": f"{parts[1]}BUS", "kind": "company"})

    def _state_firms(self, doc: Doc, found: list[Found]) -> set[str]:
        """The firms a mention says the state owns ("the state-owned airline X", "Ruritania's state oil company,
        X", "X, a government-run utility": `state_firm_words` in the lexicon, before the name or before the firm's
        noun it is set beside), not where the same words undo it (`state_firm_undone`: "the formerly state-owned X");
        a name the tagger read as a person's only through the firm's noun."""
        words = self.d.lexicon.state_firm_words
        if not words or not doc.has_annotation("DEP"):
            return set()
        owned = re.compile(r"\b(?:" + "|".join(re.escape(" ".join(w.lower().split())) for w in words) + r")\b")
        undone = frozenset(w.lower() for w in self.d.lexicon.state_firm_undone)
        out = set()
        for f in found:
            span = doc[f.start:f.end]
            if f.ident in self.d.entities and self.d.entities[f.ident].kind != "company":
                continue
            root = span.root
            # a name the tagger read as a person's is a firm's only where a firm's noun stands beside it
            nouns = [] if f.ident.startswith("unk:PERSON:") else [(root, span.start)]
            if root.dep_ in ("appos", "compound") and not span.start <= root.head.i < span.end:
                nouns.append((root.head, root.head.i + 1))
            nouns += [(c, c.i + 1) for c in root.children if c.dep_ == "appos" and c.i >= span.end]
            if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "NOUN" and (
                    span.end == len(doc) or doc[span.end].text in (",", ".")):
                nouns.append((doc[span.start - 2], span.start - 1))  # "the state oil firm, X," however parsed
            for noun, end in nouns:
                if noun is not root and self.noun_kinds.get(noun.lower_) != "company":
                    continue
                before = [t.lower_ for t in doc[noun.left_edge.i:end] if not span.start <= t.i < span.end]
                text = " ".join(" ".join(before).replace("-", " ").split())
                if owned.search(text) and not undone & set(text.split()):
                    out.add(f.ident)
        return out

    def _without_parents_of_subsidiaries(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """The matches without a known firm's name that begins the name of its subsidiary in another state: the firm's
        name, "of", a state's name and at most a legal form ("General Motors of Canada Ltd", "Ford Motor Co of
        Australia", "Nissan Motor Co of Britain Ltd"), where the tagger read the whole as one organisation, a legal form
        follows the state's name, or the firm's name ends in its own form and no possessive follows ("Acme Co of
        Britain's unit" is the British arm's unit, "Acme Co of Japan" with Acme Japanese is Acme itself). The
        subsidiary is a firm of that state: one tagged organisation (the tagger's pieces joined), read as an unknown
        firm with the country of the state inside its name; the parent's name alone ("General Motors") stays the
        parent (`_subsidiaries` keeps the names, for `_describe`)."""
        self._subsidiaries = set()
        states = {m.start: m for m in matches if m.kind == NAME and m.key in self.country_ids}
        if not states:
            return matches
        organisations = [e for e in doc.ents if e.label_ == "ORG"]
        names: list[tuple[int, int]] = []
        for m in matches:
            firm = self.d.entities.get(m.key) if m.kind == NAME else None
            state = states.get(m.end + 1)
            if firm is None or firm.kind != "company" or state is None or doc[m.end].lower_ != "of":
                continue
            country = self._country_on(state.key, self._date)
            if not country or country == self._country_on(m.key, self._date):
                continue
            start = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")
            end = state.end
            while end < len(doc) and doc[end].lower_.replace(".", "") in self.legal_forms:
                end += 1
            tagged = any(e.start <= start and m.start - e.start <= 1 and state.end <= e.end <= end
                         for e in organisations)
            own_form = doc[m.end - 1].lower_.replace(".", "") in self.legal_forms
            possessive = end < len(doc) and doc[end].lower_ in ("'s", "’s")
            if tagged or end > state.end or (own_form and not possessive):
                names.append((m.start, end))
        names += self._unknown_firms_of_states(doc, matches, states, organisations, names)
        if not names:
            return matches
        spans = [Span(doc, start, end, label="ORG") for start, end in names]
        doc.ents = tuple(sorted([e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in spans)]
                                + spans, key=lambda e: e.start))
        self._subsidiaries = {s.text.lower() for s in spans}
        starts = {start for start, _ in names}
        return [m for m in matches if not (m.start in starts and m.kind == NAME and m.key not in self.country_ids)]

    def _unknown_firms_of_states(self, doc: Doc, matches: list[Match], states: dict[int, Match],
                                 organisations: list[Span], names: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(start, end) of the names of firms no dictionary knows that the tagger read as one organisation ending in
        "of" and a state's name, after a company's noun or legal form ("Volkskas Bank of South Africa", "Acme
        Corp of Canada Ltd", "the Commercial Bank of Greece"): one firm of that state (read by `_describe`, a state
        body's name such as "the Export-Import Bank of Korea" as the state's body), not the state itself acting
        ("Acme Corp of Canada accused Mexico" is a Canadian firm's act). Not where a known name stands inside
        ("Bank of Japan", a known firm's arm: above), nor a place of no state ("First National Bank of Chicago")."""
        out: list[tuple[int, int]] = []
        known = [m for m in matches if m.kind == NAME and m.key not in self.country_ids]
        for start, state in states.items():
            if start < 2 or doc[start - 1].lower_ != "of" or any(s <= start < e for s, e in names):
                continue
            noun = doc[start - 2]
            if self.noun_kinds.get(noun.lower_.replace(".", "")) != "company" or not noun.text[:1].isupper():
                continue
            end = state.end
            while end < len(doc) and doc[end].lower_.replace(".", "") in self.legal_forms:
                end += 1
            ent = next((e for e in organisations if e.start < start - 1 and state.end <= e.end <= end), None)
            if ent is None or any(ent.start <= m.start < start for m in known):
                continue
            out.append((ent.start + (doc[ent.start].lower_ == "the"), end))
        return out

    def _legal_form(self, span: Span) -> str | None:
        """The legal form ending a company's name ("Spa" of "Montedison Spa", "ag" of "Acme A.G."), lower case, without
        dots; None if none."""
        words = [t.lower_.replace(".", "") for t in span if t.is_alpha or t.lower_.replace(".", "").isalpha()]
        return words[-1] if len(words) > 1 and words[-1] in self.legal_forms else None

    def _form_countries(self, span: Span) -> list[str]:
        """The countries whose company law the legal form ending a name belongs to (`legal_form_countries` in the
        lexicon); none when the name ends in no such form."""
        form = self._legal_form(span)
        countries = list(self.d.lexicon.legal_form_countries.get(form, ())) if form else []
        words = [t.lower_ for t in span if t.is_alpha]
        if len(words) > 2 and words[-2] in self.d.lexicon.partnership_words and form in ("ltd", "limited"):
            # "X Resource Partners Ltd": an American limited partnership writes "Ltd" too
            countries += [c for c in self.d.lexicon.partnership_countries if c not in countries]
        return countries

    def _dictionary_firm(self, span: Span, forms: list[str]) -> str | None:
        """The country of the dictionaries' firm whose name, without its legal form, is this one's ("Siemens A.G." and
        the converted "Siemens Ag", "Waste Management Corp" and "Waste Management Inc"), if they agree on one (among
        the countries of this name's form, when it has one)."""
        if self._firm_stems is None:
            self._firm_stems, self._firm_short_stems = {}, {}
            for ident, name in self.d.entities.named("company"):
                self._firm_stems.setdefault(self._stem(name), set()).add(ident)
                self._firm_short_stems.setdefault(self._stem(name, written_out=False), set()).add(ident)
        # a name of one word finds a firm only as the dictionaries write it without an abbreviated form: a firm's
        # "Corporation" or "Company" is part of its short name ("Carnival" of "the carnival holiday" is not
        # Carnival Corporation)
        stems = self._firm_stems if len(span.text.split()) > 1 else self._firm_short_stems
        idents = stems.get(self._stem(span.text, written_out=len(span.text.split()) > 1), ())
        countries = {c for i in idents if (c := self._country_on(i, self._date))}
        if forms:
            countries &= set(forms)
        return countries.pop() if len(countries) == 1 else None

    def _firms_own_names(self, doc: Doc, ents: tuple[Span, ...], headline: Doc | None = None) -> frozenset[str]:
        """The names an article writes firms by with a legal form or a wire's ticker after them ("Westland Plc",
        "Dome <DMP>"), in lower case without the form (`_stem`): those words alone are the firm in that article. A
        headline in capitals ("TALKS WITH DOME <DMP>") gives the one to three words before its ticker, each run ending
        there ("dome", "with dome")."""
        names = set()
        for i in range(2, len(headline) - 1) if headline is not None else ():
            if headline[i - 1].text == "<" and in_ticker_brackets(headline, i, i + 1):
                start = i - 1
                while start > max(i - 4, 0) and headline[start - 1].is_alpha:
                    start -= 1
                names |= {headline[j:i - 1].text.lower() for j in range(start, i - 1)}
        for ent in ents:
            if self._legal_form(ent) is not None or in_ticker_brackets(doc, ent.end + 1, ent.end + 2):
                names.add(self._stem(ent.text))
        return frozenset(names)

    def _firm_not_town(self, span: Span, firm_names: frozenset[str]) -> bool:
        """Whether a name tagged a place, a people or a person is the name of a firm the article writes with its legal
        form or ticker ("Westland" of "Westland Plc", no Michigan town; `_firms_own_names`): not after a preposition
        of place, unless the phrase holds a stake or an interest ("a plant in Westland"; "a stake in Westland")."""
        if self._legal_form(span) is not None or self._stem(span.text) not in firm_names:
            return False
        root = span.root
        return not (root.dep_ == "pobj" and root.head.lower_ in self.place_prepositions
                    and root.head.head.lower_ not in self.holding_nouns)

    def _stem(self, name: str, written_out: bool = True) -> str:
        """A firm's name in lower case without dots, commas and the legal forms ending it, abbreviated or (unless told
        not to) written out ("Intel Corp" and "Intel Corporation": "intel")."""
        words = name.lower().replace(".", "").replace(",", "").split()
        while len(words) > 1 and (words[-1] in self.legal_forms
                                  or (written_out and words[-1] in self.legal_forms_written_out)):
            words.pop()
        return " ".join(words)

    def _named_among(self, forms: list[str]) -> str | None:
        """The one state of a legal form's few countries (`_FEW_FORM_COUNTRIES` at most) that the story names, if
        exactly one; a form of many countries ("Ltd") picks none this way, nor one American firms use ("Inc"): an
        English-language wire names the United States in most stories, so its being named says nothing of a firm."""
        if len(forms) > _FEW_FORM_COUNTRIES or "USA" in forms:
            return None
        named = {country for _, country in self._states if country in forms}
        return named.pop() if len(named) == 1 else None

    def _based(self, span: Span, neighbours: list[Token], token_actor: dict[int, str]) -> str | None:
        """The country of the place an organisation is said to be based in: "Tokyo-based X", "X, based in Osaka", "X,
        a Utah-based firm" (a firm's seat, not a person's)."""
        for tok in [span.root, *neighbours]:
            for based in tok.children:
                if based.lower_ != "based" or based.dep_ not in ("amod", "acl"):
                    continue
                places = [c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod")]
                places += [o for p in based.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                           for o in p.children if o.dep_ == "pobj"]
                for place in places:
                    ident = token_actor.get(place.i)
                    other = (self.d.entities.get(ident) or self._places.get(ident)) if ident else None
                    if other is not None and other.country:
                        return self._country_on(ident, self._date) if ident in self.d.entities else other.country
        return None

    def _outlet(self, doc: Doc, span: Span) -> bool:
        """Whether a name is a news outlet's by the media noun right before it ("the daily X", "the weekly X") or
        right after it ("X news agency", "X newspaper"): `media_nouns_before` / `media_nouns_after` in the lexicon."""
        text, last = doc_text(doc), len(doc)
        before = {_text_of(doc, text, max(span.start - n, 0), span.start).lower() for n in (1, 2)}
        after = {_text_of(doc, text, span.end, min(span.end + n, last)).lower() for n in (1, 2)}
        return bool(before & self.media_before or after & self.media_after)
