"""Demonyms and nationality evidence: the country a demonym or a state's word names, and a person described
by their nationality ("The Briton was held")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dossier.actors.found import Found


class Nationalities:
    """Part of the Resolver (actors/resolve.py): demonyms and nationality evidence."""

    def _nationals(self, doc: Doc, found: list[Found]) -> dict[str, str]:
        """"Mark Tully was detained ... The Briton was held": a definite singular description of a person by their
        nationality, a demonym noun ("the Briton", "the 45-year-old Briton") or a demonym before a nationality noun
        ("the Australian national": `nationality_nouns` in the lexicon), stands for the one person named before it in
        its own sentence or the one before, and gives an unknown person that state (returned, {person: country});
        its demonym's mention becomes that person's. Nothing where two people are named there, where the description
        is set beside a name of its own ("The Australian national, John Pike,": the name's apposition), or where the
        person is known to be of another state."""
        if not doc.has_annotation("DEP"):
            return {}
        people = [f for f in found if f.ident.startswith("unk:PERSON:") or self._is_person(f.ident)]
        if not people:
            return {}
        out: dict[str, str] = {}
        for f in found:
            if f.end - f.start != 1 or (country := self._national(doc[f.start])) is None:
                continue
            head = doc[f.start] if doc[f.start].pos_ in ("PROPN", "NOUN") and doc[f.start].dep_ != "amod" \
                else doc[f.start].head
            if head.i != f.start and head.lower_ not in self.nationality_nouns:
                continue
            if head.tag_ not in ("NN", "NNP") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                    or any(c.dep_ == "appos" for c in head.children) or head.dep_ == "appos":
                continue
            sentence = head.sent
            opening = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            before = {g.ident for g in people if opening <= g.start and g.end <= head.i}
            if len(before) != 1:
                continue
            person = before.pop()
            known = self._country_on(person, self._date) if person in self.d.entities else None
            if known not in (None, country):
                continue
            f.ident = person
            if person.startswith("unk:PERSON:"):
                out.setdefault(person, country)
        return out

    def _ethnic(self, doc: Doc, start: int) -> bool:
        """Whether the demonym at `start` follows a word that makes it a people rather than a state's nationals
        (`people_words` in the lexicon: "four ethnic Albanians" in Kosovo, "ethnic Russians in Ukraine"): such a
        people lives in other states too, so the word names no state and no state's people."""
        return start > 0 and doc[start - 1].lower_ in self.people_words

    def _national(self, tok: Token) -> str | None:
        """The country a demonym word names ("Briton", "Australian"), if the word is one."""
        ident = self.d.demonyms.get(tok.text)
        return self._country_on(ident, self._date) if ident else None

    def _demonym(self, text: str) -> str | None:
        """The country a demonym the matcher missed for its case names ("West german", "SOVIET"), if any."""
        words = text.split()
        return self.d.demonyms.get(" ".join(w.capitalize() for w in words)) if words else None

    def _country_word(self, text: str) -> str | None:
        """The country a word names, by its name or demonym ("Peru", "Peruvian"), if any."""
        named = [i for i in self.d.names.get(text, ()) if i in self.country_ids]
        return self.d.demonyms.get(text) or (named[0] if len(named) == 1 else None)
