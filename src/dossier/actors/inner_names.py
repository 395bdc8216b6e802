"""Dictionary names that are only a word of another name: a person's bare family name used as a common noun with
"the" ("the Moon"), an acronym closing a longer proper name ("a Roth IRA"), a converted name with "the" that is the
modifier of a lower-case noun ("the Lightning connector"), a converted body's other name that only begins a longer
organisation's name ("the National Resistance Army" of Uganda is not El Salvador's "National Resistance")."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.actors.dictionary import PHOENIX
from dossier.actors.matcher import DEMONYM, NAME, Match


class InnerNames:
    """Part of the Resolver (actors/resolve.py): names read inside other names or as common nouns."""

    def _inner_name(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """Whether a dictionary name's match is no mention of its actor (see the module's docstring)."""
        if m.kind != NAME:
            return False
        return self._the_family_name(doc, m, matches) or self._acronym_in_name(doc, m, matches) \
            or self._the_modifier(doc, m) or self._alias_inside_a_name(doc, m, matches)

    def _the_family_name(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """A person's one-word name after "the", heading its own noun phrase, in a story that never names the person
        in full: a thing that shares the word ("back to the Moon"), not the person. "The Trump administration" (a
        modifier) and a short form after a full mention stay the person's."""
        if m.length != 1 or not m.start or doc[m.start - 1].lower_ != "the" or not self._is_person(m.key):
            return False
        if doc[m.start].dep_ == "compound":
            return False
        return not any(o.key == m.key and o.length > 1 for o in matches)

    def _acronym_in_name(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """An acronym (written in capitals) closing a longer proper name: right after a capitalised proper noun,
        compounded on it, that no dictionary name, demonym or title covers and the tagger reads as no state or
        nationality ("a Roth IRA", a savings account, not the IRA). "The Provisional IRA" (an adjective) and "the
        Kurdish PKK" (a demonym) stay the group's."""
        tok = doc[m.start]
        if m.length != 1 or not m.start or not tok.text.isupper() or len(tok.text.replace(".", "")) < 2:
            return False
        before = doc[m.start - 1]
        if not (before.is_alpha and before.is_title and before.pos_ == "PROPN") or before.is_sent_start \
                or before.dep_ != "compound" or before.head.i != tok.i or before.ent_type_ in ("NORP", "GPE", "PERSON"):
            return False
        if before.text in self.personal or before.text in self.d.honorifics or self._title(before) is not None:
            return False
        return not any(o.start <= before.i < o.end and o.kind in (NAME, DEMONYM) for o in matches)

    def _alias_inside_a_name(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """A converted body's other name that is only a part of a longer tagged organisation's name going on in
        capitalised words, in a story that names no state of that body: the longer name's own body, not the converted
        one. An other name of several words may begin the longer one ("National Resistance", an alias of El
        Salvador's Armed Forces of National Resistance, in "the National Resistance Army" of a story of Uganda); one
        word must stand inside it ("Youth" of "the Patriotic Youth League"). The body's own name ("Islamic Jihad
        Movement") and a story naming its state keep it."""
        entity = self.d.entities.get(m.key)
        if entity is None or entity.type != "ORG" or self.d.rank.get(m.key) != PHOENIX:
            return False
        if doc[m.start:m.end].text.lower() == entity.name.lower():
            return False
        tagged = next((e for e in doc.ents if e.start <= m.start and m.end < e.end and e.label_ == "ORG"), None)
        if tagged is None or not all(t.is_title or t.is_upper for t in doc[m.end:tagged.end]):
            return False
        if all(t.lower_.replace(".", "") in self._forms for t in doc[m.end:tagged.end]):
            return False  # "Media General Inc": the firm with its legal form, not a longer name
        first = tagged.start + (doc[tagged.start].lower_ == "the")
        if m.length < 2 and m.start <= first:
            return False  # "Hamas Political Bureau": a one-word name beginning the longer one is the body's
        states = {self._country_on(o.key, self._date) for o in matches
                  if o.kind == DEMONYM or (o.kind == NAME and o.key in self.state_ids)}
        return self._country_on(m.key, self._date) not in states

    def _the_modifier(self, doc: Doc, m: Match) -> bool:
        """A converted dictionary's name read with "the" that modifies a lower-case noun after it ("the Lightning
        connector"): "the" is the noun's, and the word no name written as one (a single proper noun would be
        matched on its own: "the Taliban prisoners" keeps "Taliban")."""
        if m.length < 2 or doc[m.start].lower_ != "the" or self.d.rank.get(m.key) != PHOENIX or m.end >= len(doc):
            return False
        last, after = doc[m.end - 1], doc[m.end]
        return last.dep_ == "compound" and last.head.i == after.i and after.pos_ == "NOUN" and after.is_lower
