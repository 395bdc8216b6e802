"""Party names read in the article's context: a name several countries' parties share, a party's adjective
before a member's noun."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from dossier.actors.found import _NAME_POS, Found
from dossier.actors.matcher import DEMONYM, NAME, Match


class PartyNames:
    """Part of the Resolver (actors/resolve.py): party names read in the article's context."""

    def _is_party(self, ident: str) -> bool:
        entity = self.d.entities.get(ident)
        return entity is not None and entity.kind == "party"

    def _parties(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """Party names read in the article's context. A name several countries' parties share ("Labour", "the
        Social Democrats"; a name after "the" shares it with the name without: "the Republicans" is France's party of
        that name and the US party "Republicans") is the party of the country the article's other names and its
        dateline give most often (`_named_countries`); when they give none of those countries (or two as often), the
        name is left to be an actor of its own, without a party's country. A one-word party name followed by another
        capitalised word is part of a longer name ("Labour Ministry", "Likud Street")."""
        matches, decided = self._bodies_named_as_parties(doc, matches)
        if not any(m.kind == NAME and self._is_party(m.key) for m in matches):
            return matches
        counts = self._named_countries(doc, matches)
        out = []
        for m in matches:
            if m.kind != NAME or not self._is_party(m.key) or m.start in decided:
                out.append(m)
                continue
            if m.length == 1 and m.end < len(doc) and doc[m.end].is_title and doc[m.end].pos in _NAME_POS:
                continue
            if self._common_word_opening(doc, m):
                continue
            written = doc[m.start:m.end].text.lower()
            parties = {i for name in {written, written.removeprefix("the ")} for i in self.d.folded.get(name, ())
                       if self._is_party(i)}
            if not counts.get(self._country_on(m.key, self._date)) and self._inside_longer_name(doc, m):
                continue  # "Democratic Alliance" of "the Liberal-Social Democratic Alliance" in a story about Britain
            if len(parties) > 1:
                scored = sorted(((counts.get(self._country_on(i, self._date), 0), i) for i in parties), reverse=True)
                if scored[0][0] == 0 or scored[0][0] == scored[1][0]:
                    continue
                m = Match(m.start, m.end, NAME, scored[0][1])
            out.append(m)
        return out

    def _named_countries(self, doc: Doc, matches: list[Match]) -> Counter:
        """How often the article's names other than parties' give each country, its dateline's counted once ("NEW
        DELHI", "LONDON, March 3": a state the story is told from)."""
        counts = Counter(self._country_on(m.key, self._date) for m in matches
                         if m.kind in (NAME, DEMONYM) and not self._is_party(m.key))
        counts[self._dateline_country(doc, set())] += 1
        counts.pop(None, None)
        return counts

    def _bodies_named_as_parties(self, doc: Doc, matches: list[Match]) -> tuple[list[Match], set[int]]:
        """A party's name that is also the name of a body only some states have ("Congress": India's and Nepal's
        Congress party, the legislature of the US and of the states of `bodies_of_some_states` in the lexicon) is the
        party only in a story whose other names and dateline give the party's country strictly most often; elsewhere
        the name is left to be read as that body ("Congress" of a Washington story, of a Tokyo wire, of a story of no
        state). Also returns the first tokens of the names read as the party here."""
        some = self.d.lexicon.bodies_of_some_states
        shared = {i for i, m in enumerate(matches) if m.kind == NAME and self._is_party(m.key)
                  and doc[m.start:m.end].text.lower().removeprefix("the ") in some}
        if not shared:
            return matches, set()
        counts = self._named_countries(doc, [m for i, m in enumerate(matches) if i not in shared])
        ranked = counts.most_common(2)
        top = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        out, decided = [], set()
        for i, m in enumerate(matches):
            if i in shared:
                written = doc[m.start:m.end].text.lower()
                theirs = {p for name in {written, written.removeprefix("the ")} for p in self.d.folded.get(name, ())
                          if self._is_party(p) and top is not None and self._country_on(p, self._date) == top}
                if len(theirs) != 1:
                    continue
                m = Match(m.start, m.end, NAME, theirs.pop())
                decided.add(m.start)
            out.append(m)
        return out, decided

    def _party_adjective(self, doc: Doc, f: Found) -> str | None:
        """The party a capitalised word the tagger read as a people's adjective stands for before a noun of a party's
        member or candidate ("the Democratic candidate", "a Republican senator", "the Democratic governor's order",
        "the Democratic presidential hopeful", "a Conservative back-bencher": `party_member_nouns` in the lexicon): of
        the parties whose name begins with the word, the one of the country the article is about; where it is about no
        one country or none of that country's parties begins so, the one party of the country the article's names
        give most (`_party_of_named_state`: "Democratic lawmakers" of a story of Washington and Kyiv); None where
        none or several parties begin so, or before another noun ("Democratic reforms")."""
        if f.end - f.start != 1:
            return None
        after = f.end
        while after < len(doc):
            if doc[after].pos_ == "ADJ":
                after += 1  # "presidential"
            elif after + 2 < len(doc) and doc[after + 1].text == "-" and not doc[after].whitespace_:
                after += 2  # "back-" of "back-bencher": the noun is the hyphened word's last part
            else:
                break
        if after >= len(doc) or not (doc[after].pos_ == "NOUN" or doc[after].is_lower) or (  # "bencher" as PROPN
                doc[after].lemma_.lower() not in self.party_member_nouns
                and doc[after].lower_ not in self.party_member_nouns):
            return None
        if self._party_first_words is None:
            self._party_first_words = {}
            for ident, _ in self.d.entities.named("party"):
                entity = self.d.entities[ident]
                if entity.country and entity.name.split():
                    self._party_first_words.setdefault((entity.country, entity.name.split()[0].lower()),
                                                       set()).add(ident)
        word = doc[f.start].lower_
        parties = self._party_first_words.get((self.story_country, word), set()) if self.story_country else set()
        if not parties:
            return self._party_of_named_state(word)
        return next(iter(parties)) if len(parties) == 1 else None

    def _party_of_named_state(self, word: str) -> str | None:
        """The one party whose name begins with `word` of the state the article's names give most often
        (`_counts`), among the states with such a party it names; None where it names none of them, two as often,
        or where that state has several such parties."""
        ranked = sorted(((self._counts.get(state, 0), state) for state, first in self._party_first_words
                         if first == word), reverse=True)
        if not ranked or ranked[0][0] == 0 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        parties = self._party_first_words[(ranked[0][1], word)]
        return next(iter(parties)) if len(parties) == 1 else None

    def _common_word_opening(self, doc: Doc, m: Match) -> bool:
        """Whether a one-word party name opens its sentence as a common word before its noun ("Labour trouble
        threatens the crop", "Labour costs rose": the tagger reads it an adjective or noun, not a name), the noun not
        one of a party's member ("Labour leaders met", `party_member_nouns`)."""
        tok = doc[m.start]
        if m.length != 1 or not tok.is_sent_start or tok.pos_ not in ("ADJ", "NOUN") or tok.dep_ not in (
                "amod", "compound"):
            return False
        head = tok.head
        return head.i == tok.i + 1 and head.pos_ == "NOUN" and head.is_lower and not (
            {head.lower_, head.lemma_.lower()} & set(self.party_member_nouns))

    @staticmethod
    def _inside_longer_name(doc: Doc, m: Match) -> bool:
        """Whether a match is only the end of a longer name: a capitalised word (not the sentence's first) or a hyphen
        before it."""
        before = doc[m.start - 1] if m.start else None
        return before is not None and (before.text == "-" or (before.is_title and not before.is_sent_start))

    def _parties_words(self, country: str) -> set[str]:
        """The first words of the names of a country's parties and their members, without a plural's s ("democrat",
        "democratic", "republican", "house"), from the parties' names and aliases in the dictionary."""
        if self._party_words is None:
            self._party_words = {}
            parties = {ident for ident, _ in self.d.entities.named("party")}
            for name, ids in self.d.names.items():
                for ident in ids & parties:
                    if (state := self.d.entities[ident].country) and name.split():
                        self._party_words.setdefault(state, set()).add(name.split()[0].lower().removesuffix("s"))
        return self._party_words.get(country, set())
