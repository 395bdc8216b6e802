"""The country of an official introduced by a title alone: the state they speak for, the host of the envoy
who meets them, the country of the person they go with or are listed beside, a wire story's titled lede, a title
only one state gives; the head a title names on the article's date."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dossier.actors.codes import STATE_SECTORS
from dossier.actors.found import _TITLE_WORDS, Found
from dossier.model import Entity


def _clause_verb(tok: Token) -> Token | None:
    """The verb a noun phrase is an argument of, its subject, object or the object of a preposition on it ("met with
    X"), through the words it is compounded, apposed or joined to; None for a phrase that is no verb's argument."""
    while tok.dep_ in ("compound", "appos", "amod", "conj", "flat") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
        head = head.head
        if head.pos_ == "NOUN" and head.dep_ == "dobj":
            head = head.head  # "held talks with X": the verb of the noun the phrase is on
    elif tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
        return None
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def _over(tok: Token, verb: Token | None) -> bool:
    """Whether a person's word may be a counterpart of an official whose clause verb is `verb`: the person is no
    verb's argument ("President X's envoy"), or their clause is the official's or one it holds ("X said he met
    Minister Y"); not a person of a clause inside the official's ("Voters beat Gov. Y in a state X won")."""
    theirs = _clause_verb(tok)
    return verb is None or theirs is None or theirs.i == verb.i or theirs.is_ancestor(verb)


class Officials:
    """Part of the Resolver (actors/resolve.py): the country of an official introduced by a title alone."""

    def _official_country(self, span: Span, token_actor: dict[int, str], body_officer: bool = False) -> str | None:
        """The country of an official introduced by a government title alone. When their sentence names a known
        person of another country, a counterpart ("signed by Secretary of State Shultz and Foreign Minister X"), the
        one state the article names other than the counterparts' (else none), but not for the officer of a body of
        no state (`body_officer`: "X, president of the steel workers' union, urged President Y to act against Z" is no
        counterpart of Y's, nor of Z's state); otherwise the country the article is
        about if one stands out, else the country of the story's dateline (a wire names an official of another
        country with a demonym: "WASHINGTON - Agriculture Secretary X" is American in a story that names the Soviet
        Union first), else the first state it names before them ("Japan has decided ..., Defence Minister X said",
        with the United States named as often); where that state gives no such title ("Economy minister X" in a story
        about the US: `titles_not_given`), the one other state the story names, else none. A known person counts as a
        counterpart only in the official's clause or one holding it (`_over`). In a story with no dateline that names
        no state before the official, the state its lede names (`_lede`: "Venezuelan Central Bank President X ... asked
        President Y to ..., Venezuelan newspapers reported": Y is Venezuela's). Checked by hand on the officials of
        Reuters-21578 stories 1-1,000 (docs/evaluation.md): the dateline right for 18 of 19 where it alone speaks."""
        if companion := self._companion_country(span, token_actor):
            return companion
        if host := self._envoy_host(span, token_actor):
            return host
        if host := self._visit_host(span, token_actor):
            return host
        sentence = span.sent if span.doc.has_annotation("SENT_START") else span
        verb = _clause_verb(span.root)
        counterparts = set() if body_officer else {
            self._country_on(i, self._date) for t in sentence if (i := token_actor.get(t.i))
            and not span.start <= t.i < span.end and self._is_person(i) and _over(t, verb)
            and not self._heads_a_government(t)} - {None}
        if counterparts:
            others = [country for _, country in self._states if country not in counterparts]
            colleagues = self._listed_with(span, token_actor)
            if len(set(colleagues.values())) == 1 and (len(colleagues) >= 2 or not others):
                return next(iter(colleagues.values()))
            if (home := self._home_colleagues(span, token_actor, counterparts, colleagues, others)) is not None:
                return home
            return others[0] if len(others) == 1 else None
        if speaks_for := self._speaks_for(span, token_actor):
            return speaks_for
        if medium := self._quoting_medium(span, token_actor):
            return medium
        if self._told_by_envoy(span):
            return None  # "the Indian ambassador said Defence Minister X would visit": the sender's or the host's
        if partner := self._partner_country(span, token_actor):
            return partner
        country = self._section_country(span) or self._lede_portfolio_home(span) or self._dominant or \
            self._subject_state() or self._home or next(
            (country for start, country in self._states if start < span.start), None) or self._lede
        if country and self._title_not_given(span, country):
            others = {other for _, other in self._states if other != country}
            return others.pop() if len(others) == 1 else None  # "Agriculture minister X" in a story about the US
        return country or (self._regions_country() if not self._states else None)

    def _heads_a_government(self, tok: Token) -> bool:
        """Whether a person's word names them as the head of a government the sentence names ("since Kohl's government
        took office", "under the government of Kohl": lexicon's `executive_heads`): the official's own leader as
        often as another state's, so no counterpart."""
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in ("poss", "compound"):
            return tok.head.lower_ in self.agents.executive_heads
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in self.agents.executive_heads

    def _lede_portfolio_home(self, span: Span) -> str | None:
        """The dateline's state for a minister or secretary named by a portfolio's title alone in a wire story's
        first sentence ("BONN - Finance Minister X said he will advise Brazil to ...": West Germany's, though the
        story names Brazil most): a wire's lede gives another state's minister a demonym, so one without is the
        dateline state's, where that state gives the title (`titles_not_given`), whatever the case of the title
        ("Finance minister X", as some desks write it: round 81). None elsewhere: a later sentence's official, a
        body's officer ("bank Vice-President X"), a story with no dateline (round 75)."""
        home, doc = self._home, span.doc
        if home is None or self._dominant in (None, home) or not doc.has_annotation("SENT_START") \
                or span.sent.start != 0 or span.start < 2:
            return None
        lexicon = self.d.lexicon
        title, portfolio = doc[span.start - 1], doc[span.start - 2]
        if not (title.lower_ in {w.lower() for w in lexicon.portfolio_titles}
                and portfolio.is_title and portfolio.lower_ in {w.lower() for w in lexicon.portfolio_words}):
            return None
        return None if self._title_not_given(span, home) else home

    def _regions_country(self) -> str | None:
        """The one country of the regions (a state, a province: the gazetteer's first-level places) a story names
        where it names no state: "Maine is cold. Gov. X …" is about the United States, "Premier X of Ontario"
        Canada's; None where it names none, or regions of several countries. Towns are left out: a visitor's town."""
        countries = {p.country for ident, p in self._places.items()
                     if p.country and ident.startswith(("iso:", "region:"))}
        return countries.pop() if len(countries) == 1 else None

    def _home_colleagues(self, span: Span, token_actor: dict[int, str], counterparts: set[str],
                         colleagues: dict[str, str], others: list[str]) -> str | None:
        """The dateline's state for an official whose known companions are all of it, where it gives their title:
        the one person listed beside them ("WASHINGTON - Commerce Secretary X and Defence Secretary Y", Y American,
        though the story names France and Japan), or the persons of their sentence in a story that names no other
        state ("Energy Secretary X will put his plan to the Reagan administration"). A counterpart stays one where the
        dateline's state does not give the title ("Secretary of State Y and Foreign Minister X": no American
        minister) or where another state is named and nobody is listed beside the official."""
        home = self._home
        if not home or counterparts != {home} or self._title_not_given(span, home):
            return None
        joined = colleagues or self._joined_after(span, token_actor)
        if set(joined.values()) == {home} or (not others and not joined):
            return home
        return None

    def _joined_after(self, span: Span, token_actor: dict[int, str]) -> dict[str, str]:
        """The known person joined by "and" right after an official's name, across their capitalised title ("X and
        Defence Secretary Y"), with their country: `_listed_with` as the words tell it where the parser hangs the
        two names on each other rather than joining them."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].lower_ != "and":
            return {}
        for tok in doc[span.end + 1:span.end + 2 + _TITLE_WORDS]:
            ident = token_actor.get(tok.i)
            if ident and self._is_person(ident):
                country = self._country_on(ident, self._date)
                return {ident: country} if country else {}
            if not tok.is_title or ident:
                return {}
        return {}

    def _title_not_given(self, span: Span, country: str) -> bool:
        """Whether an official's title, in their name's words or the word right before it ("Economy minister X"), is
        one `country` does not give its own officials (`titles_not_given` in the lexicon: no American "minister")."""
        words = set(self.d.lexicon.titles_not_given.get(country, ()))
        return bool(words) and any(t.lower_ in words for t in span.doc[max(span.start - 1, 0):span.end])

    def _told_by_envoy(self, span: Span) -> bool:
        """Whether an official introduced by a title alone is the subject of a clause an envoy reports ("the Indian
        ambassador said Defence Minister X would visit", "Ambassador Y told reporters Prime Minister X had agreed"):
        an envoy tells of their own state's officials and of their host's alike, so neither the story's country nor
        its dateline's says which X is (`resident_envoy_titles` in the lexicon; not a state's trade representative,
        who tells of their own government)."""
        tok = span.root
        if tok.dep_ == "appos" and (phrase := self._title_phrase(span.doc, span.start)) is not None \
                and phrase[0] <= tok.head.i < span.start:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
            return False
        verb = tok.head.head
        if verb.lemma_.lower() not in self.speech_verbs:
            return False
        return any(c.dep_ == "nsubj" and any(t.lower_ in self.resident_envoy_titles
                                             for t in c.doc[c.left_edge.i:c.i + 1]) for c in verb.children)

    def _speaks_for(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state an official introduced by a title alone reports the act of: the subject, a state named by its
        name, of the clause the official's speech verb reports ("Chile will sell Peru copper, Mining Minister X said";
        "Mining Minister X said Chile would sell Peru copper": Chilean), before the country the article is most about
        (which may be the other party, named more often); None when the official speaks no such clause."""
        tok = span.root
        if tok.dep_ == "appos" and (phrase := self._title_phrase(span.doc, span.start)) is not None \
                and phrase[0] <= tok.head.i < span.start:
            tok = tok.head  # "Mines, Power and Steel Minister X said ...", parsed with the title as the subject
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in self.speech_verbs:
            return None
        states = self.state_ids
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            for subject in clause.children:
                if subject.dep_ in ("nsubj", "nsubjpass") and (ident := token_actor.get(subject.i)) in states:
                    return self._country_on(ident, self._date)
        return None

    def _quoting_medium(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state of a state's news medium (an agency, paper or broadcaster: a CAMEO code ending MED) that quotes
        an official introduced by a title alone ("IRNA quoted Oil Minister X as saying", "Minister X was quoted by
        Tass as saying"): a state's medium names its own officials so, another state's with their state's name. None
        where no medium of a state quotes the official (the lexicon's `quoting_verbs`)."""
        tok = span.root
        verb = tok.head
        if verb.lemma_.lower() not in self.d.lexicon.quoting_verbs or verb.i == tok.i:
            return None
        if tok.dep_ == "dobj":
            quoting = [c for c in verb.children if c.dep_ == "nsubj"]
        elif tok.dep_ == "nsubjpass":
            quoting = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        else:
            return None
        for word in quoting:
            ident = token_actor.get(word.i)
            entity = self.d.entities.get(ident or "")
            if entity is not None and (entity.cameo or "").endswith("MED") and entity.country:
                return self._country_on(ident, self._date)
        return None

    def _envoy_host(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state an envoy is sent to, for an official introduced by a title alone whom that envoy meets: the
        other party of the clause whose subject or object is an envoy whose title says where they are sent ("Indian
        Ambassador to Nepal X met Prime Minister Y", "Prime Minister Y received the Chinese ambassador to Nepal"): Y
        is the host's official, not the sender's (`destination_titles` in the lexicon; the state or a place of it
        named right after "to"). None where no envoy "to" a state is the official's co-argument of one verb ("the
        Indian ambassador to Nepal said Defence Minister Y would visit": Y's country is not the envoy's host)."""
        doc = span.doc
        verb = _clause_verb(span.root)
        if verb is None:
            return None
        states = self.state_ids
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        for tok in sentence:
            if tok.lower_ not in self.destination_titles or span.start <= tok.i < span.end \
                    or tok.i + 2 >= sentence.end or doc[tok.i + 1].lower_ != "to":
                continue
            at = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
            ident = token_actor.get(at) if at < sentence.end else None
            if ident in states:
                host = self._country_on(ident, self._date)
            elif ident in self._places:
                host = self._places[ident].country
            else:
                continue
            if host and (other := _clause_verb(tok)) is not None and other.i == verb.i:
                return host
        return None

    def _visit_host(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state a visitor goes to, for an official introduced by a title alone whom the visitor meets ("He will
        meet Trade Minister X", "will hold talks with Finance Secretary X"): the one state named as where the meeting
        is ("In Hong Kong, he will hold meetings with ..."), else as where the sentence before puts him ("He will be in
        Peking from April 21", "He will visit Manila") or whose people he meets there ("He will meet the Philippine
        President on Monday. He will also meet Finance Secretary X"). None where the visitor is a known person of that
        state ("Reagan will meet Foreign Minister X in Washington": X is the guest), where a pronoun visitor's story is
        told from that state, or where no such place or several states are named."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return None
        top = span.root
        while top.dep_ in ("compound", "appos", "conj", "flat", "nmod") and top.head.i != top.i:
            top = top.head
        verbs, nouns = self.d.lexicon.visit_meeting_verbs, self.d.lexicon.visit_meeting_nouns
        if top.dep_ == "dobj" and top.head.lemma_.lower() in verbs:
            verb = top.head
        elif top.dep_ == "pobj" and top.head.lower_ == "with" and (
                (held := top.head.head).lemma_.lower() in verbs or held.lower_ in nouns
                or any(c.dep_ == "dobj" and c.lower_ in nouns for c in held.children)):
            verb = held
            while verb.pos_ == "NOUN" and verb.head.i != verb.i:
                verb = verb.head  # "will hold meetings with X": the verb that holds the noun
        else:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        visitor = subjects[0]
        if visitor.lower_ in ("he", "she"):
            guest_of = self._home
        elif (ident := token_actor.get(visitor.i)) and self._is_person_id(ident):
            guest_of = self._person_country(ident)
        else:
            return None
        sentence = span.sent
        hosts = self._venue_states(sentence, span, token_actor, ("in",), met=True)
        if not hosts and sentence.start > 0:
            hosts = self._venue_states(doc[sentence.start - 1].sent, span, token_actor, ("in", "to"), met=True)
        if len(hosts) != 1:
            return None
        host = hosts.pop()
        return host if host != guest_of else None

    def _venue_states(self, sentence: Span, span: Span, token_actor: dict[int, str], preps: tuple[str, ...],
                      met: bool = False) -> set[str]:
        """The states a sentence names as where one is: a state or place the object of one of `preps` ("in Peking")
        or of "visit"; with `met`, also the states of the known people who are the object of a meeting verb ("will
        meet the Philippine President")."""
        states, out = self.state_ids, set()
        for tok in sentence:
            ident = token_actor.get(tok.i)
            if ident is None or span.start <= tok.i < span.end:
                continue
            top = tok
            while top.dep_ in ("compound", "flat") and top.head.i != top.i:
                top = top.head
            placed = (top.dep_ == "pobj" and top.head.lower_ in preps) or (
                top.dep_ == "dobj" and top.head.lemma_.lower() == "visit")
            entity = self.d.entities.get(ident)
            if placed and ident in states:
                out.add(self._country_on(ident, self._date))
            elif placed and ident in self._places:
                out.add(self._places[ident].country)
            elif placed and entity is not None and entity.type in ("GPE", "LOC"):
                out.add(entity.country)  # a capital the dictionary holds ("Peking")
            elif met and self._is_person_id(ident) and tok.ent_type_ == "PERSON" and (
                    (meeting := _clause_verb(tok)) is not None and meeting.lemma_.lower() in
                    self.d.lexicon.visit_meeting_verbs and tok.dep_ != "nsubj"):
                out.add(self._person_country(ident))
        return out - {None}

    def _companion_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country of the person an official goes with ("Pereira, accompanied by central bank governor X,"; "the
        minister flew to Rome, accompanied by X and Y": `companion_verbs` in the lexicon): a member of that person's own
        party, of their state; None when that person has no country or the name is no such companion."""
        tok = span.root
        while tok.dep_ in ("conj", "appos") and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "by" or tok.head.head.lemma_.lower() not in self.companion_verbs:
            return None
        verb = tok.head.head
        if verb.dep_ == "acl":  # "Pereira, accompanied by X,"
            lead = verb.head
        elif verb.dep_ in ("advcl", "conj"):  # "Pereira flew to Rome, accompanied by X"
            lead = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        else:
            return None
        ident = token_actor.get(lead.i) if lead is not None else None
        if ident is None or span.start <= lead.i < span.end:
            return None
        if ident in self.d.entities:
            return self._country_on(ident, self._date) if self._is_person(ident) else None
        other = getattr(self, "_described", {}).get(ident)
        return other.country if other is not None and other.type == "PERSON" else None

    def _partner_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country of the people an official introduced by a title alone is joined with ("X and Y") in any of
        their mentions (`_mentions`, set by `_described_at`), where the joined people are the subject of a verb
        that names a third actor as its object ("Minister X and Y are meeting Chancellor Z", "X and Y will visit
        France"): one party acting on another, a delegation of one state, not two counterparts ("X and Y met", "X and
        Y signed an accord": no third actor). Only the state the story names more often than any other (`_counts`):
        two states' officials may go together to a third ("X and U.S. Treasury Secretary Y will meet French officials"
        in a story of Argentina); the state of the third actors is no such other (a London story names the British
        ministers the two meet, and Britain, more often than the visitors' state). None where the partners are of
        more than one country or none has one."""
        doc = span.doc
        found: set[str] = set()
        met: set[str | None] = set()  # the states of the third actors: the other party, no rival for the partners'
        for f in self._mentions or [Found(span.start, span.end, "")]:
            own = range(f.start, f.end)
            first = doc[f.start:f.end].root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            members, todo = [], [first]
            while todo:
                tok = todo.pop()
                members.append(tok)
                todo.extend(t for t in tok.children if t.dep_ == "conj")
            if len(members) < 2 or first.dep_ not in ("nsubj", "nsubjpass") or first.head.pos_ not in ("VERB", "AUX"):
                continue
            partners = {self._person_country(ident) for t in members if t.i not in own
                        and (ident := token_actor.get(t.i)) and self._is_person_id(ident)}
            verbs = [first.head, *(v for v in first.head.children if v.dep_ == "conj" and v.pos_ == "VERB"
                                   and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children))]
            objects = [o for v in verbs for c in v.children
                       for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                                 if c.dep_ == "prep" and c.lower_ in ("to", "with") else [])]
            third = [o for o in objects if (ident := token_actor.get(o.i)) and not any(
                token_actor.get(t.i) == ident for t in members)]
            if third and partners and None not in partners:
                found |= partners
                met |= {self._person_country(i) or self._country_on(i, self._date) for o in third
                        for t in o.subtree if (i := token_actor.get(t.i))}
        if len(found) != 1:
            return None
        country = found.pop()
        named = self._counts.get(country, 0)
        return country if named and all(n < named for other, n in self._counts.items()
                                        if other != country and other not in met) else None

    def _person_country(self, ident: str) -> str | None:
        """A person's country: a dictionary person's on the article's date, an unknown one's as already described."""
        if ident in self.d.entities:
            return self._country_on(ident, self._date)
        other = getattr(self, "_described", {}).get(ident)
        return other.country if other is not None else None

    def _listed_with(self, span: Span, token_actor: dict[int, str]) -> dict[str, str]:
        """The known people, with their countries, listed beside an official in one coordination ("Prime Minister
        Nakasone, Foreign Minister X and Finance Minister Miyazawa"): colleagues of one state, not counterparts, when
        they are all of one country and either two or more or the article names no other state (story 351 of
        Reuters-21578, docs/evaluation.md); "Secretary of State Shultz and Foreign Minister X" beside a second state
        stays a counterpart's."""
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i == span.root.i and not any(t.dep_ == "conj" for t in first.children):
            return {}
        members, todo = [], [first]
        while todo:
            tok = todo.pop()
            members.append(tok)
            todo.extend(t for t in tok.children if t.dep_ == "conj")
        out = {}
        for tok in members:
            ident = token_actor.get(tok.i)
            if ident and not span.start <= tok.i < span.end and self._is_person(ident):
                country = self._country_on(ident, self._date)
                if country:
                    out[ident] = country
        return out

    def _listed_country(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The country a list of titled officials is introduced with, for each official after the first ("British
        Chancellor of the Exchequer X, Foreign Secretary Y and Governor Z"): the state named by a demonym or a
        possessive in the first official's title; explicit words bound to the list, which beat the country the article
        is about."""
        first = span.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.i == span.root.i or first.ent_type_ != "PERSON":
            return None
        states = self.state_ids
        for tok in self._neighbours(span.doc[first.i:first.i + 1], self._place_tokens, strict=True):
            ident = token_actor.get(tok.i)
            if ident in states and (tok.dep_ == "poss" or tok.pos_ == "ADJ" or tok.ent_type_ == "NORP"):
                return self._country_on(ident, self._date)
        return None

    def _titled_lede(self, span: Span, token_actor: dict[int, str]) -> tuple[str, str] | None:
        """(country, sector) of the official a wire story introduces by title alone as the subject of one sentence and
        names in the next ("Oman's Oil Minister, in an interview, said ... . Said al-Harthy was quoted as saying ..."):
        for a person without a title of their own, named first as the subject (or the first words) of the sentence
        right after one whose subject is a state official's title bound to a state (a possessive or a demonym) and to
        no name; None otherwise, or when that sentence has another title bound to a state."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return None
        sentence = span.sent
        if span.root.dep_ not in ("nsubj", "nsubjpass") and span.start != sentence.start:
            return None
        if sentence.start == 0 or any(t.i < span.start and t.pos_ == "PROPN" and t.ent_type_ == "PERSON"
                                      for t in sentence):
            return None
        before = doc[sentence.start - 1].sent
        states = self.state_ids
        found = []
        for tok in before:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.i in token_actor \
                    or tok.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" and token_actor.get(c.i) not in states
                                                         for c in tok.children):
                continue
            title = self._title(tok)
            if title is None or (title.sector or "")[:3] not in STATE_SECTORS:
                continue
            owners = {self._country_on(i, self._date) for c in tok.children if c.dep_ in ("poss", "amod", "compound")
                      and (i := token_actor.get(c.i)) in states and (c.dep_ == "poss" or c.pos_ == "ADJ"
                                                                       or c.ent_type_ == "NORP")} - {None}
            if owners:
                found.append((owners.pop() if len(owners) == 1 else None, title.sector, tok.dep_))
        if len(found) != 1 or found[0][0] is None or found[0][2] not in ("nsubj", "nsubjpass"):
            return None  # "Ghana's finance minister met Togo's": which of them the next sentence names is not said
        return found[0][0], found[0][1]

    def _national_title(self, span: Span) -> str | None:
        """The state whose own office's title stands right before a person's name ("Chancellor of the Exchequer X",
        `national_titles` in the lexicon), if any."""
        titles = self.d.lexicon.national_titles
        if not titles or not span.start:
            return None
        before = span.doc[max(span.start - _TITLE_WORDS, 0):span.start]
        words = " ".join(t.lower_ for t in before if not t.is_punct or t.text == ".").replace(" .", ".")
        return next((country for title, country in titles.items() if words == title or words.endswith(" " + title)),
                    None)

    def _officer_sector(self, span: Span, neighbours: list[Token], token_actor: dict[int, str],
                        sector: str | None) -> tuple[str | None, str | None]:
        """(sector, "firm" for a firm's officer of the story's, "body" for another body's, else None) of a person
        whose title firms and other bodies give as well as states ("vice president", `titles_of_any_body` in the
        lexicon): the state's sector where a state, a place or a state body stands by the title ("Zambian President
        X", "central bank president X"); a firm's (BUS) or none where another body does ("UAW vice president X", "X,
        president of Acme Inc"), the body's officer taking the country a state's official would where the body has
        none (`_official_country`); business where the title stands alone in a story whose first sentence names a
        firm by its legal form (with the dateline's country in a one-country story only: the firm may be foreign);
        else the state's. A firm's own title (`firm_titles`: "chairman X") passes no state's sector: beside a state,
        none; an international body's chairman is no state's official."""
        states = self.state_ids
        bodies = []
        for tok in neighbours:
            ident = token_actor.get(tok.i)
            if not ident or span.start <= tok.i < span.end:
                continue
            other = self.d.entities.get(ident) or self._described.get(ident)
            if ident in states or ident in self._places or (other is not None and (
                    other.kind == "government" or (other.cameo or "")[3:6] in STATE_SECTORS)):
                return sector, None
            if other is not None and (other.kind == "igo" or (other.cameo or "").startswith("IGO")):
                return None, None  # "ATPC chairman X": an international body's official, no state's
            if other is not None and other.type == "ORG":
                bodies.append(other)
        if bodies:
            return ("BUS" if bodies[0].kind == "company" or (bodies[0].cameo or "").endswith("BUS") else None), "body"
        doc = span.doc
        first = next(iter(doc.sents)) if doc.has_annotation("SENT_START") else doc[:0]
        if any(e.label_ in ("ORG", "PERSON") and e.end <= first.end and self._legal_form(e) for e in doc.ents):
            return "BUS", "firm"
        return sector, None

    def _titled_body(self, title: str, token_actor: dict[int, str]) -> Entity | None:
        """The international body that gives a title (`international_titles` in the lexicon: "commissioner") and that
        the story names, the first of the title's bodies it names."""
        named = set(token_actor.values())
        for name in self.d.lexicon.international_titles.get(title) or ():
            if len(ids := self.d.names.get(name, set()) & named) == 1:
                return self.d.entities.get(next(iter(ids)))
        return None

    def _leader(self, span: Span, agent: Entity | None) -> str | None:
        """'the Japanese prime minister': the one head of that country on the article's date; among a president
        and a prime minister, the one whose dictionary names carry the title ("Chancellor Kohl")."""
        title = span.text.lower()
        if agent is None or not agent.country or title not in self.leader_titles or not self._date:
            return None
        return self._head_titled(agent.country, title)

    def _head_titled(self, country: str, title: str) -> str | None:
        """The one head of a country on the article's date a head's title names (`_leader`)."""
        heads = self.d.heads(country, self._date)
        if len(heads) > 1:
            titled = {h for h in heads if any(a.lower().startswith(title + " ") for a in self.d.entities[h].aliases)}
            heads = titled or self._head_by_list(heads, title)
        return heads.pop() if len(heads) == 1 else None

    def _head_by_list(self, heads: set[str], title: str) -> set[str]:
        """Of a head of state and a head of government (two heads from two of CountryInfo's lists), the one a title
        names: the later list's for "prime minister", the earlier list's for "president"."""
        lists = sorted((self.d.head_list.get(h), h) for h in heads)
        if len(lists) != 2 or None in (lists[0][0], lists[1][0]) or lists[0][0] == lists[1][0]:
            return set()
        if title in self.d.lexicon.government_head_titles:
            return {lists[1][1]}
        return {lists[0][1]} if title in self.d.lexicon.state_head_titles else set()
