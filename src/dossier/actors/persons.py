"""People's names: dictionary people out of office on the article's date, names spelt another way, short
forms and lone family names joined to the person they mean."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dossier.actors.dictionary import CURATED, PHOENIX, family_word, fold
from dossier.actors.found import _AGENT_DEPS, LABELS, Found
from dossier.actors.matcher import DEMONYM, NAME, Match
from dossier.nlp.arrays import with_lower

# A name written with one letter more than a dictionary person's ("Schultz" for Shultz) is theirs only from this
# length on (a family name alone; a whole name): shorter names differ by a letter too often.
_MISSPELT_PART, _MISSPELT_NAME = 6, 10
# Words before a state's name that say it is the place, not a given name ("an envoy to Chad", "King X of Jordan")
_PLACE_PREPOSITIONS = frozenset({"to", "of", "in", "from"})
# The tagger's labels a given name and the family name after it may carry (none, or a name's): not a day's or an
# event's ("Election Day", "Remembrance Day")
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "LOC"})
# The tagger's labels of a lone word a curated person in office may still be named by: none, a body's, a people's
# ("Lammy said" read as an organisation); not a place's ("Austin, Texas" is no US defence secretary)
_NOT_A_PERSON_S = frozenset({None, "ORG", "NORP"})


class Persons:
    """Part of the Resolver (actors/resolve.py): people's names."""

    _heads: set[str] | None = None  # `_former_heads`, made once

    def _doubtful(self, ident: str) -> bool:
        """An actor of the converted dictionaries whose dated roles all lie outside the article's date: a name may
        mean them only when the article names their country too ("Michael Smith", an Irish minister of the 2000s,
        is not the US trade official of a 1987 story). Most are people; some the converted files list among bodies
        ("Subroto", OPEC's secretary-general from 1988, is Indonesia's energy minister in a story of 1987)."""
        return (self._date is not None and self.d.rank.get(ident) == PHOENIX
                and bool(self.d.tenures.get(ident)) and self.d.role_on(ident, self._date) is None)

    def _former_head_in_full(self, doc: Doc, m: Match) -> bool:
        """A doubtful person (`_doubtful`) named by a whole name of two words or more who once headed a state or a
        government (`_former_heads`): that person wherever the story is told ("Jimmy Carter" in 1987 is the former
        US president, not an unknown man), as their titled alias already is ("President Carter"); a lone family name
        still needs the person's state."""
        words = [t for t in doc[m.start:m.end] if t.is_alpha]
        return len(words) >= 2 and all(t.text[:1].isupper() for t in words) and m.key in self._former_heads()

    def _spelled(self, text: str, countries: set[str]) -> str | None:
        """The dictionary person a name spelt another way means (umlauts written out or dropped, accents), or written
        without its last family name (`first_family`: only when it names one person and nobody's whole name), as
        dated names are chosen; None when nobody, or only doubtful people whose country the article does not
        name."""
        ids = {i for i in self.d.spelled.get(fold(text), ()) if not self._doubtful(i)
               or self.d.entities[i].country in countries}
        shortened = self.d.first_family.get(fold(text), set()) if fold(text) not in self.d.spelled else set()
        if not ids and len(shortened) == 1:
            # "Alvaro Uribe": the one person of two family names whose given name and first family name these are
            ids = {i for i in shortened if not self._doubtful(i) or self.d.entities[i].country in countries}
        if not ids:
            ids = self._misspelled(fold(text), self.d.spelled, _MISSPELT_NAME)  # "George Schultz": George Shultz
        return self.d.choose(ids, self._date) if ids else None

    def _particled(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """A family name with its particles, in any case ("de la Madrid", "De la Madrid", "Von Weizsaecker"), or with
        the first family name before them ("Perez de Cuellar"): the dictionary person it is (`particled`), one match
        over the whole name, so that it outweighs the shorter reading of its last word ("Madrid": Spain). Only where
        one person has it, or one of them is in office on the article's date; a person with no role then only where
        the article names their country (as for other spellings); not after a given name ("Louw de Graaf"); never
        inside a longer name the tagger took for something other than a person ("Banco de la Nacion")."""
        if not self.d.particled:
            return matches
        particles = {p.lower() for p in self.d.particles}
        countries = None  # the countries the matches name, read once a particle is found
        added = []
        at = set(with_lower(doc, particles))  # the particles' positions, found on the Doc's array
        for i in sorted(at):
            if i - 1 in at:
                continue  # within a run of particles: read from its first
            k = i
            while k in at:
                k += 1
            if k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
                if countries is None:
                    countries = {self._country_on(m.key, self._date) for m in matches
                                 if m.kind in (NAME, DEMONYM)} - {None}
                starts = [i - 1, i] if i and doc[i - 1].is_alpha and doc[i - 1].is_title else [i]
                for start in starts:
                    ident = self._particled_person(doc[start:k + 1].text, countries)
                    if ident and not self._given_name_before(doc, start) and not any(
                            e.start <= start and k + 1 <= e.end and e.label_ != "PERSON"
                            and (e.start, e.end) != (start, k + 1) for e in doc.ents):
                        added.append(Match(start, k + 1, NAME, ident))
                        break
        return sorted([*matches, *added], key=lambda m: (m.start, -m.length)) if added else matches

    def _given_name_before(self, doc: Doc, start: int) -> bool:
        """Whether a capitalised word that is no title stands right before a particled name: a given name, so that
        the name is another's or is read whole ("Louw de Graaf" is not the dictionary's Thom de Graaf; "Richard von
        Weizsaecker" is read by its whole spelling); not "President", "Mr", a state's word ("Dutch")."""
        if not start:
            return False
        before = doc[start - 1]
        if not (before.is_alpha and before.text[:1].isupper()) or before.is_sent_start:
            return False
        return not (before.text in self.personal or before.text in self.d.honorifics or before.is_upper
                    or self.d.agents.get((before.lower_,)) is not None or self._title(before) is not None
                    or before.text in self.d.demonyms or before.ent_type_ in ("NORP", "GPE"))

    def _particled_person(self, text: str, countries: set[str]) -> str | None:
        ids = {i for i in self.d.particled.get(fold(text), ())
               if not self._doubtful(i) or self.d.entities[i].country in countries}
        if len(ids) > 1:
            ids = {i for i in ids if self._in_office(i)}
        return next(iter(ids)) if len(ids) == 1 else None

    def _misspelled(self, name: str, index: dict[str, set[str]], shortest: int) -> set[str]:
        """The one person in office on the article's date whose name, as fold() writes it, is `name` less one letter
        (the wire's "Schultz" for Shultz); none for a short name, or when no one or several are."""
        if not self._date or len(name) < shortest:
            return set()
        found = {i for n in range(len(name)) if name[n].isalpha()
                 for i in index.get(name[:n] + name[n + 1:], ()) if self._in_office(i)}
        return found if len(found) == 1 else set()

    def _family_name(self, doc: Doc, m: Match, ents, matches: list[Match]) -> bool:
        """A state's or a place's name, or a demonym, that ends a person's name the tagger found, after a given name
        ("Vernon Jordan", "William Rhodes", "Ron English"): the person's family name, no state or place (the tagged
        name is read as a person below). Not a name that opens the person's span, nor one after a lower-case word,
        a title, an honorific, a name the dictionary knows or the family name of a person named before ("Abdullah of
        Jordan", "President X", "Dilson Funaro … told Funaro Brazil had"), nor a span ending in a firm's legal form."""
        entity = self.d.entities.get(m.key)
        if m.start == 0 or not (m.kind == DEMONYM or (m.kind == NAME and entity is not None and entity.type == "GPE")):
            return False  # a firm's name inside ("Bridgend Sony's" tagged a person) stays the firm
        before = doc[m.start - 1]
        if not (before.is_alpha and before.is_title) or before.text in self.personal or before.text in self.d.honorifics \
                or self._title(before) is not None or any(o.start < m.start <= o.end for o in matches) \
                or any(e.label_ == "PERSON" and e.end < m.start and doc[e.end - 1].text == before.text for e in ents):
            return False  # "told Funaro Brazil had…" tagged one person: a known name, or a family name told before
        return any(e.label_ == "PERSON" and e.start < m.start and m.end <= e.end and not self._legal_form(e)
                   for e in ents)  # "Nobel Industrier Sweden AB" tagged a person: a firm, read as one below

    def _family_names_alone(self, doc: Doc, matches: list[Match], ents) -> set[int]:
        """The one-word demonyms and names of states or places that stand alone for a person the story named in
        full before ("Rep. Ann English ... English said", "by English", "lawyer Ed Murray ... Murray said"): the
        family name of a person the tagger found earlier, joined to that person later (`_join_short_forms`), no
        state or place. Only a word that heads its noun phrase (not "English farmers"), and a name of a state or a
        place not after a place's preposition ("a trip to Jordan")."""
        families: dict[str, int] = {}  # a family name -> where the first person of that name named in full ends
        for e in ents:
            if e.label_ == "PERSON" and sum(t.is_alpha for t in e) >= 2 and e[-1].is_title:
                families.setdefault(e[-1].text, e.end)
        if not families:
            return set()
        out = set()
        for m in matches:
            entity = self.d.entities.get(m.key)
            if m.length != 1 or not (m.kind == DEMONYM or (m.kind == NAME and entity is not None
                                                           and entity.type == "GPE")):
                continue
            tok = doc[m.start]
            if families.get(tok.text, len(doc)) > m.start or not tok.is_title or tok.dep_ in ("amod", "compound") \
                    or (m.kind == NAME and m.start and doc[m.start - 1].lower_ in _PLACE_PREPOSITIONS) \
                    or any(e.start <= m.start < e.end and e.end - e.start > 1 for e in ents):
                continue
            out.add(m.start)
        return out

    def _given_name(self, doc: Doc, m: Match, ents, matches: list[Match]) -> bool:
        """A state's name that opens a person's name the tagger found, before family names no dictionary reads
        ("Jordan Smith", "Chad Thomas"): the person's given name, no state (the tagged name is read as a person
        below). Not after a place's preposition ("to", "of", "in", "from"), nor where a later word is a title, an
        honorific, a body's noun or a name the dictionary knows ("Jordan King Hussein", "Chad Habre's government",
        "Israel Radio"), nor a span ending in a firm's legal form."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or entity.type != "GPE" or not doc[m.start].is_title:
            return False
        if m.start and doc[m.start - 1].lower_ in _PLACE_PREPOSITIONS:
            return False  # "an envoy to Chad Johnson said": after a place's preposition, the state
        person = next((e for e in ents if e.label_ == "PERSON" and e.start == m.start and m.end < e.end), None)
        if person is None or self._legal_form(person):
            return False
        return all(t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.text not in self.personal
                   and t.text not in self.d.honorifics and t.lower_ not in self.noun_kinds and self._title(t) is None
                   for t in doc[m.end:person.end]) and not any(
            o is not m and o.start < person.end and o.end > m.end for o in matches)

    def _bodies_named_after_people(self, doc: Doc, ents: tuple[Span, ...], matches: list[Match]) -> tuple[Span, ...]:
        """A name with a lower-case noun of a body right after it, on which it is compounded ("the Tower commission",
        "the Maekawa committee": `eponymous_body_nouns` in the lexicon): one organisation, the body named after the
        person who heads it, not the person. The name as the tagger labels it: a person's, or, where no dictionary
        name or demonym covers it, a place or a group ("the Okada committee" tagged a place); not a known state's or
        demonym ("the Senate committee", "the Philippine panel": that state's body, read by its own rules), not a
        capitalised noun (the tagger's own name: "the Tower Commission"), nor a noun the name is not compounded on."""
        known = [(m.start, m.end) for m in matches if m.kind in (NAME, DEMONYM)]
        out, changed = [], False
        for ent in ents:
            after = doc[ent.end] if ent.end < len(doc) else None
            if (after is not None and after.lower_ in self.eponymous_nouns and after.is_lower
                    and ent.root.dep_ == "compound" and ent.root.head.i == after.i
                    and (ent.label_ == "PERSON" or (ent.label_ in ("NORP", "GPE") and not any(
                        s < ent.end and ent.start < e for s, e in known)))):
                ent, changed = Span(doc, ent.start, after.i + 1, label="ORG"), True
            out.append(ent)
        return tuple(out) if changed else ents

    def _is_person(self, ident: str) -> bool:
        entity = self.d.entities.get(ident)
        return entity is not None and entity.type == "PERSON"

    def _is_person_id(self, ident: str) -> bool:
        return self._is_person(ident) or ident.startswith("unk:PERSON:")

    def _join_short_forms(self, doc: Doc, found: list[Found]) -> None:
        """Give each short form the most recent person whose name contains it; else the only such person."""
        parts_of: dict[str, set[str]] = {}
        fuller: list[set[str]] = []  # the name parts of each person named so far
        for f in found:
            if f.ident and self._is_person(f.ident):
                names = [doc[f.start:f.end].text] if self._written_as_name(doc[f.start:f.end]) else []
                names.append(self.d.entities[f.ident].name)
                for part in (p for name in names for p in name.split()):
                    parts_of.setdefault(part.strip(".,"), set()).add(f.ident)
                fuller.append({p.strip(".,") for name in names for p in name.split()})
            elif f.label == "PERSON" and len(parts := self._name_parts(doc[f.start:f.end])) >= 2:
                if any(set(parts) < name for name in fuller):
                    continue  # "Hernandez Grisanti" after "Arturo Hernandez Grisanti": a short form, joined below
                f.ident = self._unknown_id(doc[f.start:f.end], "PERSON")
                for part in parts:
                    parts_of.setdefault(part, set()).add(f.ident)
                fuller.append(set(parts))
        recent: dict[str, str] = {}
        given: dict[str, str] = {}  # the given name of each person named in full so far -> that person
        for f in found:
            parts = self._name_parts(doc[f.start:f.end])
            if f.ident and (person := self._given_name_alone(doc, f, given)) is not None:
                f.ident = person  # "Taylor" after "Taylor Swift": the person, not the town of that name
            if f.ident and self._is_person_id(f.ident) and len(parts) >= 2:
                given[parts[0]] = f.ident
            if f.ident:
                if self._is_person(f.ident) or f.ident.startswith("unk:PERSON:"):
                    name = self.d.entities[f.ident].name.split() if f.ident in self.d.entities else []
                    written = parts if self._written_as_name(doc[f.start:f.end]) else []
                    recent.update({p: f.ident for p in written + name})
                continue
            candidates = {recent.get(p) for p in parts}
            if parts and len(candidates) == 1 and None not in candidates:
                f.ident = candidates.pop()
                continue
            everyone = {i for p in parts for i in parts_of.get(p, ())}
            known = (self._known_by_part(parts[0], f.label) if len(parts) == 1 and self._named_as_person(doc, f)
                     else set())
            if len(known) > 1:
                known = self._one_of_the_story_s_states(known)  # "Saleh" in a story of Yemen: Yemen's Saleh
            if len(known) == 1:
                known = self._of_the_story(doc, f, known)  # several stay several: the filter only takes one away
                known = {i for i in known if not self._given_before_a_name(doc, f.end, i)}
            if parts and len(everyone) == 1 and all(p in parts_of for p in parts):
                f.ident = everyone.pop()
            elif len(known) == 1 and not (parts_of.get(parts[0], set()) - known):
                f.ident = next(iter(known))  # "Boluarte" alone: the only person of that name in the dictionary
            elif f.label:
                f.ident = self._unknown_id(doc[f.start:f.end], f.label)
        self._join_bracketed_given_names(doc, found)

    def _join_bracketed_given_names(self, doc: Doc, found: list[Found]) -> None:
        """A given name in round brackets right before a person's family name ("Majority Leader (Mitch) McConnell",
        the bracket a page's or a transcript's aside) is that person's, no person of its own: one capitalised word,
        read as a person's name or as no known actor, before the person named at once after the bracket."""
        at = {f.start: f for f in found}
        for f in found:
            if f.end - f.start != 1 or not f.start or f.end + 1 >= len(doc) or doc[f.start - 1].text != "(" \
                    or doc[f.end].text != ")" or not (doc[f.start].is_alpha and doc[f.start].is_title) or (
                    f.ident and not f.ident.startswith("unk:PERSON:")):
                continue
            person = at.get(f.end + 1)
            if person is not None and person.end - person.start == 1 and (
                    not person.ident or person.ident.startswith("unk:")):
                # "(Nancy) Pelosi": the given and family names together, as a dictionary person's whole name
                whole = self._spelled(f"{doc[f.start].text} {doc[person.start].text}", self._named_state_countries)
                if whole is not None and self._is_person(whole):
                    person.ident = whole
            if person is not None and person.ident and self._is_person_id(person.ident):
                f.ident = person.ident

    def _given_name_alone(self, doc: Doc, f: Found, given: dict[str, str]) -> str | None:
        """The person named in full before whose given name a lone word the tagger read as a person is, where it was
        taken for a place: a town of the story's country ("Taylor said" after "Taylor Swift" in a US story) or a state
        ("Jordan said" after "Jordan Pike"); never after a place's preposition ("in Taylor", "to Jordan")."""
        if f.end - f.start != 1 or doc[f.start].ent_type_ != "PERSON" or (person := given.get(doc[f.start].text)) \
                is None or (f.start and doc[f.start - 1].lower_ in _PLACE_PREPOSITIONS):
            return None
        entity = self.d.entities.get(f.ident)
        return person if f.ident in self._places or (entity is not None and entity.type == "GPE") else None

    def _of_the_story(self, doc: Doc, f: Found, known: set[str]) -> set[str]:
        """Of the dictionary people a lone family name may mean, those of a state the story names or of its dateline's
        ("Cash flows to the government" in a WELLINGTON story is no Bahamian governor-general; "Birr, Wilson and Co"
        in a story of the United States and Brazil no British prime minister of the 1970s); all of them where a title
        or an honorific stands before the name ("President Suharto"); a person in office on the article's date wherever
        the story is told ("Boluarte will visit Shanghai", "Ruto had talks with Japan's prime minister": a sitting
        leader is named so), unless only by a converted role left open past the record's horizon
        (`Dictionary.known_to_hold`): such a record does not say they still hold it, and the word alone is far more
        often someone else's, a firm's or a storm's ("Michael" in a 2020 story of the United States is no Ethiopian
        minister, "Fox, NBC and others" of a NEW YORK page no British trade secretary of 2010, "Parise said" of a
        BUFFALO page no Costa Rican minister spelt Paris). Where the story names no state, likewise all but those
        in office on its date only by such a role: a county executive called Day in a 2020 story is no Canadian
        minister whose role began in 2010 and was never closed; a former holder, whose record says when they left, is
        kept ("Wilson" in 1987). Either way such a person is kept where the story names them with a title or a given
        name anywhere (`_named_in_full`): "Foreign Secretary Liam Fox ... Fox said"."""
        before = doc[f.start - 1] if f.start else None
        if not known or (before is not None and (before.text in self.personal or before.text in self.d.honorifics
                                                 or self.d.agents.get((before.lower_,)) is not None)):
            return known
        countries = self._story_states()
        word = doc[f.start].text
        if not countries:
            if not self._date:
                return known
            return {i for i in known if (self._known_in_office(i) or not self._in_office(i)
                                         or self._named_in_full(doc, word, i)) and not self._curated_minister(i)}
        return {i for i in known if self._country_on(i, self._date) in countries
                or self.d.entities[i].country in countries
                or ((self._known_in_office(i) or (self._in_office(i) and self._named_in_full(doc, word, i)))
                    and not self._curated_minister(i))}

    def _story_states(self) -> set[str]:
        """The countries of the states a story names (by name or demonym), of its dateline and of the one state its
        headline names (`_headline_states`)."""
        headline = self._headlined if len(self._headlined) == 1 else frozenset()
        return (self._named_state_countries | {self._home} | headline) - {None}

    def _one_of_the_story_s_states(self, known: set[str]) -> set[str]:
        """Of several dictionary people a lone family name may mean, the only one of a state the story names
        (`_story_states`): "Ostrova" in a story whose headline names Ruritania is Ruritania's Ostrova, not another
        state's minister of that family name; all of them where none or several are."""
        countries = self._story_states()
        ours = {i for i in known if self._country_on(i, self._date) in countries
                or self.d.entities[i].country in countries}
        return ours if len(ours) == 1 else known

    def _named_in_full(self, doc: Doc, word: str, ident: str) -> bool:
        """Whether the story writes a lone name's word anywhere right after a title or an honorific ("Trade Secretary
        Fox", "Mr Fox"), beside a title in apposition ("the trade secretary, Fox,") or right after a given name of the
        dictionary person it may mean ("Liam Fox"): a person
        held in office only by a role left open past the record's horizon is meant by the lone word where the story
        names them so, not where it never does ("Fox, NBC and CBS"; "Ed Day" is no Stockwell Day)."""
        entity = self.d.entities[ident]
        given = {w.strip(".,") for name in (entity.name, *self.d.entities.aliases_of(ident))
                 for w in name.replace("-", " ").split() if w.lower() not in self.d.particles} - {word, ""}
        for tok in doc:
            if tok.text != word or not tok.i:
                continue
            before = doc[tok.i - 1]
            if before.text in given or before.text in self.personal or before.text in self.d.honorifics \
                    or self._title(before) is not None:
                return True
            beside = [tok.head] if tok.dep_ == "appos" else []  # "the trade secretary, Fox," / "Fox, the secretary,"
            if any(self._title(t) is not None for t in beside + [c for c in tok.children if c.dep_ == "appos"]):
                return True
        return False

    def _curated_minister(self, ident: str) -> bool:
        """Whether a curated person holds an office on the article's date that is no head of state's or
        government's (a minister, a speaker, a vice president): named by a lone family name, such a person is meant
        only where the story names their state ("Johnson said Britain would send aid" in 2024 is no US speaker);
        a sitting head is named so anywhere ("Ruto had talks with Japan's prime minister")."""
        held = self.d.role_on(ident, self._date, known=True) if self._date else None
        if held is None or held.rank < CURATED or held.cameo.endswith("ELI"):
            return False
        country = self._country_on(ident, self._date) or self.d.entities[ident].country
        if any(h.entity == ident and self.d.in_office(h, self._date) for h in self.d.leaders.get(country, ())):
            return False
        # a head's office by its title ("President of Peru", "President of the European Commission")
        return not any(r.holds(self._date) and any(
            r.title.lower().startswith(t + " of ") for t in self.leader_titles)
            for r in self.d.entities[ident].roles or ())

    def _given_before_a_name(self, doc: Doc, end: int, ident: str) -> bool:
        """Whether the word a lone name ends at is a capitalised proper noun the tagger left out of it, the family
        name its word is the given name of ("Committee Chair Adam Schiff" read as "Adam" alone is no Jean Paul
        Adam): no title, honorific, body's noun, state or place, and no word of the dictionary person's names."""
        if end >= len(doc) or (entity := self.d.entities.get(ident)) is None:
            return False
        after = doc[end]
        if not (after.is_alpha and after.is_title and after.pos_ == "PROPN") or after.ent_type_ not in _NAME_LABELS \
                or after.text in self.personal or after.text in self.d.honorifics or after.text in self.d.demonyms \
                or self.d.agents.get((after.lower_,)) is not None or after.lower_ in self.noun_kinds \
                or self._title(after) is not None or any(self.d.entities[i].type != "PERSON"
                                                         for i in self.d.folded.get(after.lower_, ())
                                                         if i in self.d.entities):
            return False
        words = {w.strip(".,").lower() for name in (entity.name, *self.d.entities.aliases_of(ident)) for w in name.split()}
        return after.lower_ not in words

    def _known_in_office(self, ident: str) -> bool:
        """Whether a person is known to hold an office (no elite's role) on the article's date: not by a converted
        role left open past the record's horizon."""
        held = self.d.role_on(ident, self._date, known=True)
        return held is not None and not held.cameo.endswith("ELI")

    def _written_as_name(self, span: Span) -> bool:
        """Whether a person's mention is written as a name, titled or not ("Prime Minister Jacinda Ardern", "Ahmed
        bin Salman"), not as a description of the office they hold ("the prime minister of New Zealand"), whose words
        ("New") are none of the person's names."""
        return not any(t.is_alpha and t.text[:1].islower() and t.lower_ not in self.d.particles for t in span)

    def _name_parts(self, span: Span) -> list[str]:
        """The words of a person's name that name them: no particle in any case ("Von Wartenberg" after "Ludolf
        von Wartenberg" is his family name), no honorific."""
        return [t.text for t in span if t.is_alpha and t.lower_ not in self.d.particles
                and t.text not in self.d.honorifics]

    def _former_holder(self, f: Found) -> bool:
        """A one-word name read as a dictionary person out of office on the article's date ("Ford" in 1987), which a
        firm named before it ("Ford Motor Co") may mean instead."""
        return f.end - f.start == 1 and self._is_person(f.ident) and not self._in_office(f.ident)

    @staticmethod
    def _lone_name(f: Found) -> bool:
        """A one-word name tagged a person that joined no fuller person's name ("Montedison" after "Montedison Spa")."""
        return f.end - f.start == 1 and f.ident.startswith("unk:PERSON:") and "-" not in f.ident.split(":", 2)[2]

    def _named_as_person(self, doc: Doc, f: Found) -> bool:
        """Whether a lone family name the article gives in no fuller form is written as a person's name, so that the
        dictionary's only person of that name may be meant: after a title ("Mr", "Minister", "President"); tagged a
        person or another name, unless it only modifies a common noun other than a government or its people
        (tagged a person, only first in a sentence): "Rice prices rose", but "Trump administration officials"; a
        capitalised word the tagger left out only as the subject or possessor of its clause ("May said"). Never a
        word inside a date or a quantity ("In May"), nor one heading its noun phrase after "the", nor a word written in
        lower case ("above that moon's icy crust" names no Moon)."""
        tok = doc[f.start]
        if tok.is_lower:
            return False
        before = doc[f.start - 1] if f.start else None
        if before is not None and (before.text in self.personal or before.text in self.d.honorifics
                                   or self.d.agents.get((before.lower_,)) is not None):
            return True
        if tok.ent_type_ and tok.ent_type_ not in LABELS:
            return False
        if (tok.dep_ == "compound" and tok.head.is_lower and (f.label != "PERSON" or tok.is_sent_start)
                and self.noun_kinds.get(tok.head.lower_) != "government" and (tok.head.lower_,) not in self.d.agents):
            return False  # "Rice prices", but "the Reagan administration", "Kohl aides"
        if before is not None and before.lower_ == "the" and tok.dep_ != "compound":
            return False  # "back to the Moon": a thing that shares the word (actors/inner_names.py)
        return f.label is not None or tok.dep_ in _AGENT_DEPS

    def _known_by_part(self, part: str, label: str | None) -> set[str]:
        """The dictionary people a lone family name can mean: of the curated list (when tagged a person), the one of
        that name in office on the article's date (of any source: "Trudeau" in 1982 is Pierre, in 2018 Justin), else the
        only one whose first term does not come later, or, untagged, one whose family name it is in office then ("Ruto
        had talks", as for the converted people); of the converted dictionaries, the only one holding an office on the article's date, or
        having left one ("Nakasone" in 1987; "Stoltenberg" in 1987 is nobody the dictionary knows as such)."""
        ids = self.d.name_parts.get(part, set()) | self.d.name_parts.get(fold(part), set())
        curated = {i for i in ids if self.d.rank.get(i, CURATED) >= CURATED and not self._not_yet(i)}
        if curated:
            if label in _NOT_A_PERSON_S and self._date:
                # untagged, or tagged a body's or a people's name ("Lammy said" read as an organisation): as for the
                # converted people, only one in office then whose family name, or a name they go by, it is ("Zelenskiy")
                return {i for i in curated if self._in_office(i) and self._goes_by(i, part)}
            if label != "PERSON":
                return set()
            # a curated person by the word their name, or a name they go by, is written alone for: not a given or a
            # middle name ("Ali" is no Iraqi minister called Mohamed Ali Alhakim, "Shah" no Shah Mehmood Qureshi)
            ids = ids - {i for i in curated if not self._goes_by(i, part)}
            curated = {i for i in curated if self._goes_by(i, part)}
            in_office = {i for i in ids if self._date and self._in_office(i)}
            chosen = (in_office & curated) or in_office or curated  # "Trudeau" in 1982 and in 2018
            return self._of_a_named_state(chosen, curated)
        if not self._date or label not in (None, "PERSON", "ORG", "GPE", "NORP"):
            return set()
        in_office = {i for i in ids if self._in_office(i)}
        if not ids and label == "PERSON":
            return self._misspelled(fold(part), self.d.name_parts, _MISSPELT_PART)  # "Schultz" for Shultz
        return in_office or {i for i in ids if self._left_office(i)}

    def _of_a_named_state(self, chosen: set[str], curated: set[str]) -> set[str]:
        """Of the curated people a lone family name may mean, those of a state the story names, where the ones the
        date picks are of none of them: "Johnson said Britain would send shells" in 2024 is the former British prime
        minister, not the sitting US speaker of that name; of several such, none in office, the former heads of
        state or government; with no such person, or a story that names no state, the date's choice stands."""
        story = (self._named_state_countries | {self._home}) - {None}
        if not story or any(self._country_on(i, self._date) in story or self.d.entities[i].country in story
                            for i in chosen):
            return chosen
        named = {i for i in curated if self.d.entities[i].country in story}
        if len(named) > 1 and not any(self._in_office(i) for i in named):  # "Sharif" in 2019: the former prime
            named = {i for i in named if i in self._former_heads()} or named  # minister, not a former general
        return named or chosen

    def _former_heads(self) -> set[str]:
        """The people who held a head of state's or government's office by any record (`Dictionary.leaders`)."""
        if self._heads is None:
            self._heads = {h.entity for held in self.d.leaders.values() for h in held}
        return self._heads

    def _goes_by(self, ident: str, part: str) -> bool:
        """Whether a curated person is written alone as `part`: their family name, or the family name or the whole
        of a name they go by ("Lula")."""
        entity = self.d.entities[ident]
        return any(name == part or fold(self._family_word(name, entity.country)) == fold(part)
                   for name in [entity.name, *(entity.aliases or [])] if name.replace("-", " ").strip())

    def _family_name_word(self, ident: str) -> str:
        """A dictionary person's family name: the last word of the name, the first for a `family_name_first` country
        ("Ruto" of "William Samoei Ruto", "Moon" of "Moon Jae-in")."""
        return self._family_word(self.d.entities[ident].name, self.d.entities[ident].country)

    def _family_word(self, name: str, country: str | None) -> str:
        """The family name of a name written for a person of `country` (dictionary `family_word`)."""
        return family_word(self.d.lexicon, name, country)

    def _not_yet(self, ident: str) -> bool:
        """Whether every dated role of a person begins after the article's date ("Khan" in a 1987 story is not a
        prime minister of 2018)."""
        held = self.d.tenures.get(ident, [])
        return bool(self._date and held and all(h.start and h.start > self._date for h in held))

    def _in_office(self, ident: str) -> bool:
        held = self.d.role_on(ident, self._date)
        return held is not None and not held.cameo.endswith("ELI")

    def _left_office(self, ident: str) -> bool:
        held = self.d.role_on(ident, self._date)
        return held is not None and any(h.end and h.end <= self._date and not h.cameo.endswith("ELI")
                                        for h in self.d.tenures.get(ident, []))
