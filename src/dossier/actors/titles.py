"""Titles and office descriptions beside names: an office description that stands for its holder, a title
written before a name however the parser read it, the holder a title binds a name to, names the tagger cut or
joined at a title."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.actors.codes import STATE_SECTORS
from dossier.actors.dictionary import PHOENIX, fold
from dossier.actors.found import _LINKS, _TITLE_WORDS, Found
from dossier.actors.matcher import DEMONYM, NAME, OFFICE, Match
from dossier.nlp.arrays import with_lower

# Words after a bare title that make it another office or another body's ("the president of the bank", "the vice
# president for sales", "the prime minister-designate")
_NOT_ALONE_AFTER = frozenset({"of", "for", "-", "elect", "designate"})


def _personal_name(span: Span) -> bool:
    """Whether words are written as a person's name: capitalised proper nouns, a hyphen only inside a word's
    spelling ("Leigh-Pemberton")."""
    return all((t.is_alpha and t.is_title and t.pos_ == "PROPN") or (
        t.text == "-" and 0 < n < len(span) - 1 and not span[n - 1].whitespace_ and not t.whitespace_)
        for n, t in enumerate(span))


class Titles:
    """Part of the Resolver (actors/resolve.py): titles and office descriptions beside names."""

    def _bare_title(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """A converted dictionary's office named by a bare title, without a country's word ("Secretary of State", an
        alias of the US one), that stands before a person's name or its portfolio ("Secretary of State for Trade X"):
        the title of that person, of whatever country, not the office."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or self._is_person(m.key) or self.d.rank.get(m.key) != PHOENIX \
                or entity.kind != "government" or m.end >= len(doc):
            return False
        if doc[m.end].lower_ != "for" and doc[m.end].ent_type_ != "PERSON":
            return False
        return not any(o is not m and m.start <= o.start and o.end <= m.end and (o.kind == DEMONYM or (
            o.kind == NAME and (inner := self.d.entities.get(o.key)) is not None and inner.type == "GPE"))
            for o in matches)

    def _titled_out_of_office(self, doc: Doc, m: Match) -> bool:
        """A dictionary name that carries a title ("Prime Minister Sharif", Phoenix's alias of Nawaz Sharif) names a
        person with dated roles only while they hold an office or nobody else of that family name does: on another date
        the title and family name are read apart (the prime minister Sharif of 2023 is Shehbaz; "President Carter" in a
        story of 1987 is still Jimmy Carter)."""
        if m.kind != NAME or not self._date or not self._is_person(m.key) or not self.d.tenures.get(m.key):
            return False
        text = doc[m.start:m.end].text
        if not any(text.lower().startswith(t + " ") for t in self.leader_titles) or self._in_office(m.key) \
                or text.lower() == self.d.entities[m.key].name.lower():
            return False
        family = text.split()[-1]
        others = self.d.name_parts.get(family, set()) | self.d.name_parts.get(fold(family), set())
        return any(self._in_office(i) for i in others - {m.key})  # "President Carter" in 1987: still Jimmy Carter

    def _describes_holder(self, doc: Doc, m: Match, person_starts: set[int]) -> bool:
        """An office description stands for its holder unless a name follows it or a word makes it another time."""
        if m.end in person_starts or (m.end < len(doc) and doc[m.end].pos_ == "PROPN"):
            return False
        before = {t.lower_ for t in doc[max(0, m.start - 2): m.start]}
        return not before & self.not_current

    def _named_holders(self, doc: Doc, undated: list[Match], matches: list[Match], found: list[Found],
                       nested: list[Found], person_starts: set[int]) -> list[Found]:
        """Undated article: a description joins the one holder of that office the article itself names, either
        a dictionary holder named anywhere in it or the name written right after the title ("Peruvian
        President Dina Boluarte ... the Peruvian president")."""
        at = {f.start: f.ident for f in found if f.ident}
        named = set(at.values())
        for m in sorted(undated, key=lambda m: -m.length):
            holders = {h.entity for h in self.d.holders.get(m.key, [])} & named
            holders |= {at[o.end] for o in matches if o.kind == OFFICE and o.key == m.key and o.end in at
                        and o.end in person_starts and self._is_person_id(at[o.end])}
            if len(holders) != 1:
                continue
            start = self._determiner_start(doc, m.start)
            if any(f.start < m.end and start < f.end and not (start <= f.start and f.end <= m.end) for f in found):
                continue  # part of a longer name
            inside = [f for f in found if start <= f.start and f.end <= m.end]
            names = {(o.start, o.end, o.key) for o in matches if o.kind == NAME}
            nested.extend(f for f in inside if (f.start, f.end, f.ident) in names and not self._is_person(f.ident))
            found = [f for f in found if f not in inside]
            found.append(Found(start, m.end, holders.pop()))
        return sorted(found, key=lambda f: f.start)

    def _determiner_start(self, doc: Doc, start: int) -> int:
        """Widen an office description over 'the' and its adjectives: 'the visiting Peruvian leader'."""
        i = start
        while i > 0 and doc[i - 1].dep_ == "amod" and doc[i - 1].head.i >= start:
            i -= 1
        return i - 1 if i > 0 and doc[i - 1].lower_ == "the" else start

    def _title_holder(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The person, found by this stage, whose title a name is: the words of a title right before their name
        ("Chancellor of the Exchequer X": "Chancellor", "Exchequer") or with their name in apposition ("Oil Minister,
        Sheikh X,"), a title's words inside an apposition to their name ("X, U.S. Assistant trade representative"), or
        a title alone after the one person the article introduced with it ("the Chancellor said" after "Chancellor of
        the Exchequer X"); None where no title binds the name to one person."""
        doc = span.doc
        after = span.end
        while after < len(doc) and doc[after].ent_type_ != "PERSON" and after - span.end < _TITLE_WORDS \
                and (doc[after].lower_ in ("and", "&") or (doc[after].is_alpha and doc[after].is_title)):
            after += 1
        if after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "PERSON" and (
                phrase := self._title_phrase(doc, after)) is not None and phrase[0] - 1 <= span.start and (
                ident := token_actor.get(after)) and self._is_person_id(ident):
            return ident  # "Mining and Energy" of "Indonesia's Mining and Energy Minister X" (_title_phrase)
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        start = span.start
        while start > sentence.start and span.start - start < _TITLE_WORDS and doc[start - 1].ent_type_ != "PERSON" \
                and (doc[start - 1].lower_ in _LINKS or doc[start - 1].pos_ == "PROPN"):
            start -= 1
        phrase = " ".join(t.lower_ for t in doc[start:span.end])
        titled = any(self._title(t) is not None or t.lower_ in self.firm_titles or t.lower_ in self.destination_titles
                     for t in span) or any(
            phrase == title or phrase.endswith(" " + title) for title in self.d.lexicon.national_titles or ())
        if titled and (holder := self._holder_after(doc, span.end, token_actor)):
            return holder
        appositions = {ident for c in span.root.children if c.ent_type_ == "PERSON" and (
            c.dep_ == "appos" or (c.dep_ == "conj" and self._listed_beside_title(self._name_at(c)) is not None))
            and (ident := token_actor.get(c.i)) and self._is_person_id(ident)}
        if titled and len(appositions) == 1:  # "Kuwait's Oil Minister, Sheikh X,"
            return appositions.pop()
        tok = span.root
        for _ in range(3):
            if tok.dep_ not in ("compound", "amod", "appos", "nmod") or tok.head.i == tok.i:
                break
            tok = tok.head
            titled = titled or self._title(tok) is not None or tok.lower_ in self.firm_titles
            ident = token_actor.get(tok.i)
            if ident:
                if titled and self._is_person_id(ident) and tok.ent_type_ == "PERSON":
                    return ident
                break
        words = [t.lower_ for t in span]
        if not titled or not (tuple(words) in self.d.agents
                              or all(t.lower_ in _LINKS or self._title(t) is not None for t in span)):
            return None  # a title of several words names one agent as a whole ("Crown Prince"), or word by word
        holders = {holder for t in doc[:span.start] if t.lower_ == words[0]
                   and [w.lower_ for w in doc[t.i:t.i + len(words)]] == words
                   and (holder := self._holder_after(doc, t.i + len(words), token_actor))}
        return holders.pop() if len(holders) == 1 else None

    def _holder_after(self, doc: Doc, i: int, token_actor: dict[int, str]) -> str | None:
        """The person named right after a title's words from token `i` on, in the same sentence ("... of the
        Exchequer X"), if any."""
        if i >= len(doc):
            return None
        end = min(doc[i].sent.end if doc.has_annotation("SENT_START") else len(doc), i + _TITLE_WORDS)
        for tok in doc[i:end]:
            ident = token_actor.get(tok.i)
            if tok.ent_type_ == "PERSON":
                return ident if ident and self._is_person_id(ident) else None
            if not (tok.lower_ in _LINKS or tok.pos_ == "PROPN"):
                return None
        return None

    def _office_before(self, span: Span) -> Token | None:
        """The title a name is parsed into the "of" phrase of ("minister of mines and power X": the name the object of
        "of", or joined to it), when the name follows the title's phrase directly."""
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of" or span.start == 0 or not span.doc[span.start - 1].is_lower:
            return None
        title = tok.head.head
        return title if title.pos_ == "NOUN" and (title.lower_,) in self.d.agents else None

    def _title_phrase(self, doc: Doc, start: int) -> tuple[int, int, object] | None:
        """A title written before a name at `start`, however the parser read it ("Energy and Mines Minister X",
        "Indonesian Mines and Energy Minister X", "Deputy Prime Minister X", parsed as a list or with "Peruvian Energy"
        tagged a firm): a capitalised title word that names a state's official alone (an agent of the dictionaries:
        "Minister", "Premier", "Governor") right before the name, and the capitalised words before it, joined by
        "and"/"&", that give its portfolio. The portfolio stops at a country's name or demonym (the title's
        country), a possessive, a word not capitalised or the sentence's start; none where a word of it is a body's
        noun ("Foreign Ministry spokesman X": the ministry is a body of its own). (first word, title word, agent)."""
        j = start - 1
        if j < 0 or not doc[j].is_title:
            return None  # a sentence may open on the title ("Assemblywoman X said"); its portfolio stops there
        title = self.d.agents.get((doc[j].lower_,))
        if title is None or title.kind not in ("government", "officials") or title.sector[:3] not in STATE_SECTORS \
                or doc[j].lower_ in self.any_body_titles:
            return None  # not "President" or "Official", which a firm's officers bear too ("Acme President X")
        first, joined = j, False
        for k in range(j - 1, -1, -1):
            tok = doc[k]
            if k > 0 and doc[k - 1].is_title and first == k + 1 and (
                    tok.lower_ in ("and", "&") or (tok.text == "," and joined)):
                joined = True  # "Mines, Power and Steel Minister X"
                continue
            if not (tok.is_alpha and tok.is_title) or self._country_word(tok.text) is not None \
                    or tok.text in self.d.names:
                break  # a country's word gives the title's country; another known name is no portfolio
            if tok.lower_ in self.noun_kinds or tok.lower_ in self.body_heads:
                return None  # "Foreign Ministry spokesman X", "Central Bank Governor X": a body's official
            first = k
            if tok.is_sent_start:
                break
        return first, j, title

    def _portfolio_title(self, doc: Doc, k: int, start: int):
        """The state's office a portfolio title that names no office alone ("Secretary", a firm's as often) names
        with a state's portfolio after it ("Secretary of Trade and Industry X": the words between "of" and the name at
        `start` all a portfolio's, `portfolio_words`, or "and"): the portfolio's own title ("trade secretary") where the
        agents have it, else the minister's; None otherwise ("Secretary of the Treasury" is read elsewhere)."""
        words = [t.lower_ for t in doc[k + 2:start]]
        if doc[k].lower_ not in self.title_portfolios[0] or k + 2 >= start or doc[k + 1].lower_ != "of" \
                or not all(w in self._portfolio_words or w in ("and", "&") for w in words):
            return None
        return self.d.agents.get((words[0], doc[k].lower_)) or self.d.agents.get(("minister",))

    def _title_with_portfolio_after(self, doc: Doc, start: int) -> tuple[int, int, object] | None:
        """A title written before a name at `start` with its portfolio after it, in "of"/"for" phrases of capitalised
        words ("Kuwaiti Minister of State for Foreign Affairs X", "Turkish Minister of Industry and Trade X"): a
        capitalised title word that names a state's official alone (as `_title_phrase` reads one), "of" or "for"
        right after it, and only capitalised words, "of", "for", "and", "&" and "the" from there to the name (eight
        words at most). None where a word of it is a body's noun ("Ministry of Finance official X") or the sentence
        starts inside it. (title word, title word, agent), as `_title_phrase` gives."""
        if start < 3 or not doc[start - 1].is_title or not doc[start - 1].is_alpha:
            return None
        for k in range(start - 1, max(start - 10, 0), -1):
            tok = doc[k]
            if tok.lower_ in ("of", "for", "and", "&", "the"):
                continue
            if not (tok.is_alpha and tok.is_title):
                return None
            title = self.d.agents.get((tok.lower_,)) or self._portfolio_title(doc, k, start)
            if title is None and (tok.lower_ in self.noun_kinds or tok.lower_ in self.body_heads) and not (
                    tok.lower_ == "state" and doc[k - 1].lower_ == "of"):
                return None  # a body's noun; not "State" of a junior minister's "Minister of State for ..." 
            if title is not None and doc[k + 1].lower_ in ("of", "for") and k + 1 < start - 1:
                if title.kind not in ("government", "officials") or title.sector[:3] not in STATE_SECTORS \
                        or tok.lower_ in self.any_body_titles:
                    return None  # "President of the Republic X" is read elsewhere; a firm's "President of Sales X"
                return k, k, title
            if tok.is_sent_start:
                return None
        return None

    def _title(self, tok: Token):
        """The generic agent a title word names alone ("minister"), else with the word compounded before it
        ("Treasury Secretary"), or compounded beside it into the name ("Agriculture Secretary X", parsed as two
        compounds of "X"), or the last of two portfolios joined before it ("Trade and Industry Secretary X")."""
        single = self.d.agents.get((tok.lower_,))
        before = tok.nbor(-1) if tok.i else None
        joined = before is not None and before.dep_ == "conj" and before.head.dep_ in ("compound", "nmod") \
            and before.head.head.i == tok.i  # "Trade and Industry Secretary X", "Industry" joined to "Trade"
        if single is not None or before is None or not joined and (before.dep_ != "compound" or before.head.i not in (
                tok.i, tok.head.i if tok.dep_ == "compound" else -1)):
            return single
        return self.d.agents.get((before.lower_, tok.lower_))

    def _listed_beside_title(self, span: Span) -> Token | None:
        """The title a person's name stands beside between commas where the parser read the name as the next item of
        a list ("Kenya's envoy to the U.N., Ambassador X, and the head of ...", "X" parsed as "conj" of "envoy"): a
        singular title noun (a state's agent, "minister", or an envoy's title, "representative"), then a comma and the name, with
        only capitalised title words between them ("Ambassador"), and a comma or the sentence's end right after the
        name. None for a real list: "and" or "or" before the name or right after it ("the minister, X and Y"), a
        plural noun ("the ministers, X, Y"), a noun that is no title."""
        doc = span.doc
        root = span.root
        head = root.head
        if root.dep_ != "conj" or head.i >= span.start or head.tag_ not in ("NN", "NNP") or (
                self._title(head) is None and head.lower_ not in self.destination_titles):
            return None
        start = max((c.right_edge.i for c in head.children if c.dep_ == "prep" and head.i < c.i < span.start),
                    default=head.i) + 1  # past the title's own phrase: "envoy to the U.N."
        between = doc[start:span.start]
        if not between or between[0].text != "," or any(t.lower_ in ("and", "or") for t in between) \
                or not all(t.text == "," or (t.is_title and self._title(t) is not None) for t in between[1:]):
            return None
        after = doc[span.end] if span.end < len(doc) else None
        return head if after is None or after.text in (",", ".", ";") or after.is_sent_start else None

    @staticmethod
    def _name_at(tok: Token) -> Span:
        """The entity the tagger found at a token (the token alone where none)."""
        return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])

    def _titled_name(self, span: Span) -> bool:
        """A person's name the tagger took for an organisation, told by the title set beside it between commas ("Jean-
        Paul Roe, Director General of the OECD, said", "Ann Roe, chairman of Acme Inc,"): two to four capitalised
        words (a hyphen may join two), none a legal form or a kind's noun ("Acme Widgets, the maker of ..."), right
        before a comma and an apposition whose head is a state's title or a firm's officer's (`firm_titles`)."""
        doc = span.doc
        words = [t for t in span if t.text != "-"]
        if not doc.has_annotation("DEP") or not 2 <= len(words) <= 4 or span.end >= len(doc) \
                or doc[span.end].text != "," or not all(t.is_alpha and t.is_title for t in words) \
                or any(t.lower_.strip(".") in self.legal_forms or t.lower_ in self.noun_kinds for t in words):
            return False
        for title in span.root.children:
            if title.dep_ != "appos" or title.i <= span.end:
                continue
            before = doc[title.i - 1].lower_ if title.i > span.end + 1 else ""
            if self._title(title) is not None or title.lower_ in self.firm_titles \
                    or f"{before} {title.lower_}" in self.firm_titles:
                return True
        return False

    def _destination_and_holder(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A state's or an international body's name and a person's name the tagger read as one entity after the title
        of someone sent and "to" ("the U.S. ambassador to the Ukraine Jane Roe", "Indian Ambassador to Nepal John Doe",
        "the U.S. envoy to the United Nations Jan Roe", tagged an organisation, a person or a work's title): the state
        or body the person is sent to, then the person, a name of two capitalised words or more (`destination_titles`
        in the lexicon). Not where no such title and "to" come right before, where
        fewer than two words follow the state's name ("the envoy to Chad Johnson" is left to the tagger), or where a
        word after it is not a capitalised proper noun or is a name the dictionary knows."""
        states = self.state_ids
        named = {(m.start, m.end) for m in matches if m.kind == NAME and not self._is_person(m.key)}
        out, changed = [], False
        for ent in ents:
            first = ent.start + (doc[ent.start].lower_ == "the")
            state = max((m for m in matches if m.start == first and m.end < ent.end and m.kind in (NAME, DEMONYM)
                         and (m.key in states or self._international_body(m.key))), key=lambda m: m.end, default=None)
            if (state is None or ent.start < 2 or doc[ent.start - 1].lower_ != "to"
                    or doc[ent.start - 2].lower_ not in self.destination_titles or ent.end - state.end < 2
                    or not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in doc[state.end:ent.end])
                    or any(state.end <= s and e <= ent.end for s, e in named)):
                out.append(ent)
                continue
            label = "GPE" if state.key in states else "ORG"  # "the envoy to the United Nations X": a body's name
            out += [Span(doc, ent.start, state.end, label=label), Span(doc, state.end, ent.end, label="PERSON")]
            changed = True
        return tuple(out) if changed else ents

    def _international_body(self, key: str) -> bool:
        """Whether a dictionary key is an international body's ("the United Nations", "the European Union")."""
        entity = self.d.entities.get(key)
        return entity is not None and (entity.kind == "igo" or (entity.cameo or "").startswith("IGO"))

    def _body_and_holder(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A known body's or state's name and a person's name the tagger read as one entity after a title and "of"
        ("Governor of the Bank of England Jane Roe", "President of France Jean Roe", tagged one organisation): the
        body the title is of, then its holder, a name of two capitalised proper nouns or more. Not where no title
        (a state's agent or a title of any body, `titles_of_any_body`) and "of" come right before, where fewer than
        two words follow the body's name ("the head of the Fund Smith" is left to the tagger), where a word after it
        is not a capitalised proper noun or is a word of a body's or a firm's name (`body_nouns`, `kind_nouns`, legal
        forms: "the Bank of England Pension Fund"), or where the words after it hold a name the dictionary knows."""
        bodies = {(m.start, m.end): m for m in matches if m.kind == NAME and not self._is_person(m.key)}
        out, changed = [], False
        for ent in ents:
            first = ent.start + (doc[ent.start].lower_ == "the")
            body = max((m for (start, end), m in bodies.items() if start == first and end <= ent.end - 2),
                       key=lambda m: m.end, default=None)
            title = doc[ent.start - 2] if ent.start >= 2 else None
            if (body is None or title is None or doc[ent.start - 1].lower_ != "of"
                    or (self._title(title) is None and title.lower_ not in self.any_body_titles
                        and title.lower_ not in self.firm_titles)
                    or not _personal_name(doc[body.end:ent.end]) or self._body_word_in(doc[body.end:ent.end])
                    or any(body.end <= s < ent.end and s < e for s, e in bodies)):
                out.append(ent)
                continue
            out += [Span(doc, ent.start, body.end, label="GPE" if body.key in self.state_ids else "ORG"),
                    Span(doc, body.end, ent.end, label="PERSON")]
            changed = True
        return tuple(out) if changed else ents

    def _body_word_in(self, span: Span) -> bool:
        """Whether a word of a body's or a firm's name is among the words ("Fund", "Council", "Inc")."""
        return any(t.lower_ in self.body_heads or t.lower_ in self.noun_kinds or t.lower_ in self._forms for t in span)

    def _particled_after_title(self, doc: Doc, start: int) -> int | None:
        """The end of a personal name with a particle written right after an official's title from token `start`
        ("Finance Minister Barend du Plessis", "Economy Minister Hans van der Berg"): capitalised words, lower-case
        particles (`name_particles`), capitalised words, at most six words in all; None where the words do not run so,
        or no official's title stands right before them."""
        if not start or self._title(doc[start - 1]) is None or not doc[start - 1].is_title:
            return None
        particles = {p.lower() for p in self.d.particles}
        i, seen_particle = start, False
        while i < len(doc) and i < start + 6:
            tok = doc[i]
            if tok.is_title and tok.is_alpha and not tok.is_sent_start and tok.lower_ not in particles:
                if seen_particle and (i + 1 >= len(doc) or not doc[i + 1].is_title):
                    return i + 1
            elif tok.is_lower and tok.lower_ in particles and i > start:
                seen_particle = True
            else:
                return None
            i += 1
        return None

    def _before_particles(self, doc: Doc) -> list[int]:
        """The positions, in order, where `_particled_after_title` can find a name: a name particle's word
        ("du", "van") lies within the five words after the position (the words it walks), and the position is not
        the first (no title before it). Found on the Doc's word ids: most stories have no particle, and asking each
        word costs a Token and a title look-up (round 69)."""
        starts: set[int] = set()
        for j in with_lower(doc, {p.lower() for p in self.d.particles}):
            starts.update(range(max(1, j - 5), j))
        return sorted(starts)

    def _whole_names(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """A person's name the tagger cut short after a title ("Jaime" of "Finance Secretary Jaime Ongpin"): one word
        tagged a person right after an official's title, and the capitalised proper nouns right after it in the same
        sentence that no entity holds (at most two), are one name; so is a name cut before the hyphen of a given name
        ("Chung In" of "Chung In-yong"), and a name with a particle after an official's title that the tagger missed or
        cut at the particle (`_particled_after_title`: "Minister Barend du Plessis", "Minister Hans van der Berg")."""
        out, changed = [], False
        for i in self._before_particles(doc):
            if (end := self._particled_after_title(doc, i)) is None:
                continue
            overlapping = [e for e in ents if e.start < end and i < e.end]
            if all(e.label_ == "PERSON" and i <= e.start and e.end <= end for e in overlapping) and not (
                    len(overlapping) == 1 and (overlapping[0].start, overlapping[0].end) == (i, end)):
                ents = tuple(sorted([e for e in ents if e not in overlapping] + [Span(doc, i, end, label="PERSON")],
                                    key=lambda e: e.start))
                changed = True
        for n, ent in enumerate(ents):
            end = ent.end
            limit = ents[n + 1].start if n + 1 < len(ents) else len(doc)
            titled = len(ent) <= 2 and ent.start and self._title(doc[ent.start - 1]) is not None
            while (ent.label_ == "PERSON" and titled and end < min(limit, ent.start + 4) and doc[end].pos_ == "PROPN"
                   and doc[end].is_title and doc[end].is_alpha and doc[end].ent_iob_ == "O"
                   and not doc[end].is_sent_start):
                end += 1
            if (ent.label_ == "PERSON" and end - ent.start >= 2 and end + 1 < min(limit, len(doc))
                    and not doc[end - 1].whitespace_ and doc[end].text in ("-", "–") and not doc[end].whitespace_
                    and doc[end + 1].is_lower and doc[end + 1].is_alpha):
                end += 2  # "Chung In-yong": a given name of two syllables joined by a hyphen, cut after the first
            if end > ent.end:
                ent, changed = Span(doc, ent.start, end, label="PERSON"), True
            out.append(ent)
        return tuple(out) if changed else ents

    def _without_titles(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """The entities without the words of a title written before a person's name (`_title_phrase`), which the tagger
        may take for a firm or a body ("Peruvian Energy" of "Peruvian Energy and Mines Minister X"): a title is no
        actor; the country word before it is read on its own."""
        phrases = [(p[0] - 1 if p[0] and self._country_word(doc[p[0] - 1].text) else p[0], p[1])
                   for e in ents if e.label_ == "PERSON" and (p := self._title_phrase(doc, e.start)) is not None]
        if not phrases:
            return ents
        kept = tuple(e for e in ents if e.label_ in ("PERSON", "GPE", "NORP")
                     or not any(first <= e.start and e.end <= title + 1 for first, title in phrases))
        return kept if len(kept) < len(ents) else ents

    def _story_state_titles(self, doc: Doc, matches: list[Match], found: list[Found], taken: list[bool]) -> list[Found]:
        """A bare title with "the" and no state's word ("the prime minister said", "the vice president will travel")
        names the holder, on the article's date, of that state's office described so (`described_as` of the curated
        offices; a head's title, the head: `_head_titled`), where the story's state is clear: its dateline's, where
        no other state stands out as the one it is about, or, with no dateline, the only state it names. Never where
        the story names another state's holder of an office so described, or the office of another state by a
        description ("Japan's prime minister ... the prime minister said" is Japan's); never before a name, "of",
        "for" or a noun the title modifies ("the prime minister, X,", "the president of the bank", "the vice
        president debate"), nor after "as" (the office: "the same duties as the president"); a title other bodies give too (lexicon `titles_bodies_share`: "the president", "the vice
        president") only where the story names its holder. Only one holder: an office several hold at once names none."""
        state = self._clear_story_state()
        if state is None or not self._date:
            return []
        phrases, longest_first, by_first, shared = self._state_title_table(state)
        if not phrases:
            return []
        out: list[Found] = []
        for i in with_lower(doc, ("the",), 0, len(doc) - 1):
            if taken[i + 1] or (i and doc[i - 1].lower_ == "as"):
                continue  # "the same duties as the president": the office, not its holder
            for words in by_first.get(doc[i + 1].lower_, ()) if None not in by_first else longest_first:
                end = i + 1 + len(words)
                if tuple(t.lower_ for t in doc[i + 1:end]) != words or any(taken[i:end]):
                    continue
                if not self._bare_title_alone(doc, end):
                    break
                holder = self._story_title_holder(state, words, phrases[words])
                if holder is None or self._titled_name_before(doc, words, i) \
                        or self._foreign_holder_named(doc, state, words, matches, found) or (
                        words in shared and not self._holder_named(doc, holder)):
                    break
                out.append(Found(i, end, holder))
                break
        return out

    @staticmethod
    def _titled_name_before(doc: Doc, words: tuple[str, ...], before: int) -> bool:
        """Whether the story wrote the title with a person's name before ("Prime Minister Lars Berg opened …; the
        prime minister accused …"): the bare title is that person, whom the events stage's coreference reads."""
        n = len(words)
        for j in range(before - n):
            if tuple(t.lower_ for t in doc[j:j + n]) == words:
                after = doc[j + n] if doc[j + n].text != "," else doc[min(j + n + 1, len(doc) - 1)]
                if after.ent_type_ == "PERSON":
                    return True
        return False

    def _clear_story_state(self) -> str | None:
        """The story's one state (`_story_state_titles`), or None."""
        if self._home is not None:
            return self._home if self._single or self._dominant in (None, self._home) else None
        states = {country for _, country in self._states}
        return states.pop() if len(states) == 1 else None

    def _state_title_table(self, state: str) -> tuple:
        """`_state_title_phrases` of a state, those phrases longest first, the same by their first word (None: a
        phrase of no word) and the titles other bodies share, as words: made once a state and kept, where each story
        made them again (a walk over the dictionary's 265 curated offices, 766 times for 830 wire stories, round 72);
        made again if the Resolver is given another dictionary."""
        kept = getattr(self, "_title_tables", None)
        if kept is None or kept[0] is not self.d:
            kept = self._title_tables = (self.d, {})
        table = kept[1].get(state)
        if table is None:
            phrases = self._state_title_phrases(state)
            longest_first = sorted(phrases, key=len, reverse=True)
            by_first: dict[str | None, list[tuple[str, ...]]] = {}  # the phrases by their first word, longest first
            for words in longest_first:
                by_first.setdefault(words[0] if words else None, []).append(words)
            shared = frozenset(tuple(t.lower().split()) for t in self.d.lexicon.titles_bodies_share)
            table = kept[1][state] = (phrases, longest_first, by_first, shared)
        return table

    def _state_title_phrases(self, state: str) -> dict[tuple[str, ...], list[str]]:
        """A state's titles as words (lower case) -> the curated offices each describes; a head's title with no
        office of its own (lexicon `leader_titles`) names its head (`_head_titled`)."""
        phrases: dict[tuple[str, ...], list[str]] = {}
        for office in self.d.offices.values():
            if office.country == state:
                for words in office.described_as or ():
                    phrases.setdefault(tuple(words.lower().split()), []).append(office.title)
        for title in self.d.lexicon.government_head_titles + self.d.lexicon.state_head_titles:
            phrases.setdefault(tuple(title.lower().split()), [])
        return phrases

    def _bare_title_alone(self, doc: Doc, end: int) -> bool:
        """Whether a bare title stands alone for its holder: not before a name (apposed or not), "of", a word that
        makes it another office ("-designate", "elect", "for sales") or a noun it modifies."""
        if doc[end - 1].dep_ == "compound" or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
            return False
        if end >= len(doc):
            return True
        after = doc[end]
        if after.pos_ == "PROPN" or after.lower_ in _NOT_ALONE_AFTER or after.ent_type_ == "PERSON":
            return False
        return not (after.text == "," and end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON")

    def _story_title_holder(self, state: str, words: tuple[str, ...], offices: list[str]) -> str | None:
        holders = {self.d.holder(title, self._date) for title in offices} - {None}
        if holders:  # an office several hold at once, or two offices so described, name none
            return holders.pop() if len(holders) == 1 else None
        title = " ".join(words)
        heads = self.d.heads(state, self._date) if title in self.leader_titles else set()
        if len(heads) != 1:
            return self._head_titled(state, title) if heads else None
        # one head: the one a converted list of heads of that kind gives ("the prime minister" in a story of the
        # United States names no president)
        head = next(iter(heads))
        number = self.d.head_list.get(head)
        kinds = {t.lower() for t in (self.d.lexicon.government_head_titles if number else
                                     self.d.lexicon.state_head_titles)} if number is not None else set()
        return head if title in kinds else None

    def _foreign_holder_named(self, doc: Doc, state: str, words: tuple[str, ...], matches: list[Match],
                              found: list[Found]) -> bool:
        """Whether the story names another state's office described by these words (by its description, or a person
        holding it on the date) or, for a head's title, another state's head."""
        title = " ".join(words)
        for m in matches:
            office = self.d.offices.get(m.key) if m.kind == OFFICE else None
            if office is not None and office.country != state and title in (
                    w.lower() for w in office.described_as or ()):
                return True
        for f in found:
            if not f.ident or not self._is_person(f.ident):
                continue
            country = self._country_on(f.ident, self._date)
            if country is None or country == state:
                continue
            for role in self.d.entities[f.ident].roles or ():
                office = self.d.offices.get(role.title)
                if office is not None and role.holds(self._date) and title in (
                        w.lower() for w in office.described_as or ()):
                    return True
            if title in self.leader_titles and f.ident in self.d.heads(country, self._date):
                return True
        return False

    def _holder_named(self, doc: Doc, holder: str) -> bool:
        """Whether the story writes the holder's family name."""
        family = self._family_name_word(holder)
        return any(t.text == family for t in doc)
