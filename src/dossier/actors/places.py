"""Place names: the city or region the article means, a state's name that is part of a longer place or body
name, a capital that stands for its government when it acts, places borrowed from other states."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dossier.actors.dictionary import PHOENIX, capital_on
from dossier.actors.found import _AGENT_DEPS
from dossier.actors.gazetteer import Place, gazetteer, world_cities
from dossier.actors.gazetteer import key as place_key
from dossier.actors.matcher import DEMONYM, NAME, Match
from dossier.model import Entity
from dossier.nlp.arrays import runs_of, with_lower


class Places:
    """Part of the Resolver (actors/resolve.py): place names."""

    def _place(self, doc: Doc, span: Span, label: str, countries: set[str]) -> str | None:
        """A place name the gazetteer knows: the city or region the article means (one in its countries, else the
        most populous), or the government of a capital that acts; a name of any tag after "the city of"
        (`settlement_words` in the lexicon), or after the title of a place's official and "of" ("the mayor of X":
        `place_office_titles`), is a place's."""
        called = span.start >= 2 and doc[span.start - 1].lower_ == "of" and (
            doc[span.start - 2].lower_ in self.settlement_words or doc[span.start - 2].lower_ in self.place_office_titles
            or doc[max(span.start - 3, 0):span.start - 1].text.lower() in self.place_office_titles)
        if label not in ("GPE", "LOC") and not called and not (label == "ORG" and span.text in self.d.capital_names):
            return None  # a capital tagged as an organisation ("Colombo says") is still the capital
        if label == "GPE" and (state := self._state_in_lower_case(span) or self._short_state_name(doc, span)) is not None:
            return state
        place = gazetteer().choose(span.text, countries, self._pinned_countries(doc, span))
        if place is not None and place.kind == "city" and (region := self._headed_region(doc, span)) is not None \
                and (place.country not in countries or region.country in countries):
            place = region  # "Premier X of Ontario": the province, not the Californian city
        if place is None or (label == "LOC" and place.kind == "region" and place.country not in countries):
            return None  # "the Gulf" tagged a landform is no province of a country the article never names
        government = self._capital_government(doc, span, self._place_entity(place))
        return government or self._place_id(place)

    def _pinned_countries(self, doc: Doc, span: Span) -> set[str]:
        """The countries a town's name is pinned to by a region or a state's name written after it between commas
        ("Geneva, Ill.": the lexicon's `dateline_regions`; "Boston, U.K."), or by the story's dateline, the same town
        with its region ("ATHENS, Ga."): there a namesake of that country is meant, not the world city of the name
        (gazetteer `choose`)."""
        pinned = set()
        if span.end + 1 < len(doc) and doc[span.end].text == ",":
            words = doc[span.end + 1:span.end + 4]
            for country, regions in self.d.lexicon.dateline_regions.items():
                if any(words[:n].text.replace(" ", "").lower() == r.replace(" ", "").lower()
                       for r in regions for n in (1, 2, 3)):
                    pinned.add(country)
            states = set(self.d.countries.values())
            pinned |= {self._country_on(i, self._date) for n in (1, 2, 3) if n <= len(words)
                       for i in self.d.folded.get(words[:n].text.lower(), ()) if i in states} - {None}
        if span.text.lower() == self._dateline_place(doc) and (region := self._dateline_region(doc)) is not None:
            pinned.add(region)
        return pinned

    def _headed_region(self, doc: Doc, span: Span):
        """The one first-level region (a province, a state) of that name, where a title of a region's head
        (`region_head_titles` in the lexicon) stands with it: "Premier X of Ontario", "the premier of Ontario",
        "Ontario Premier X" name the province, not a city of another country that bears its name."""
        after = doc[span.end] if span.end < len(doc) else None
        headed = after is not None and after.lower_ in self.region_head_titles
        if not headed and span.start >= 2 and doc[span.start - 1].lower_ == "of":
            for i in range(span.start - 2, max(span.start - 6, -1), -1):
                if doc[i].lower_ in self.region_head_titles:
                    headed = True
                    break
                if not (doc[i].is_title and doc[i].is_alpha or doc[i].text == "."):
                    break  # only a name ("Premier David Peterson of") stands between the title and "of"
        if not headed:
            return None
        regions = {p.country: p for p in gazetteer().lookup(span.text)
                   if p.kind == "region" and p.level == 1 and p.name.lower() == span.text.lower()}
        return next(iter(regions.values())) if len(regions) == 1 else None

    def _state_in_lower_case(self, span: Span) -> str | None:
        """The state a place name written in lower case names ("venezuela approved …" in a story typed without
        capitals): the dictionary matches a one-word state's name only as written (capitalised or in capitals: "china"
        and "turkey" are also common nouns), so a name the tagger reads as a place in lower case is the state of that
        name rather than the gazetteer's town of the same name (a Venezuela in Cuba); not after a determiner."""
        if not span.text.islower() or (span.start and span.doc[span.start - 1].pos_ == "DET"):
            return None  # "the china was broken": a common noun
        states = {i for i in self.d.folded.get(span.text, ()) if i in self.d.countries.values()}
        return self.d.state_on(next(iter(states)), self._date) if len(states) == 1 else None

    def _short_state_name(self, doc: Doc, span: Span) -> str | None:
        """The state a short name two states share stands for alone ("Korea": the South) where the story writes
        nothing of the other (lexicon `short_state_names`: the name, its usual state's code, the other's words)."""
        entry = self.d.lexicon.short_state_names.get(span.text)
        if not entry or any(word in doc.text for word in entry[1:]):
            return None
        ident = self.d.countries.get(entry[0])
        return self.d.state_on(ident, self._date) if ident else None

    def _place_tagged_person(self, doc: Doc, span: Span, countries: set[str], ents) -> bool:
        """Whether one word the tagger took for a person is a place of a state the story names ("the Jaffna
        peninsula", "Colombo says", a town the story also names as a place): a name the gazetteer gives as its own
        name in one of the story's countries, that no title or honorific stands before, that no capitalised word
        stands before anywhere in the article ("Houston" after "Sam Houston", however tagged), and that names no
        person the dictionary knows by that family name."""
        place = self._lone_place_word(span, countries) if countries else None
        if place is None or place.country not in countries or self._after_a_personal_word(span[0]):
            return False  # "Mr Colombo", "Minister Colombo"
        word = span[0]
        if any(t.text == word.text and t.i and doc[t.i - 1].is_alpha and doc[t.i - 1].is_title for t in doc):
            return False  # "Shigeki Matsumoto" anywhere in the article, however tagged: a family name
        return not self._known_by_part(word.text, "PERSON")

    def _lone_place_word(self, span: Span, countries: set[str]) -> Place | None:
        """The gazetteer's place one capitalised word names by the place's own name (not an alternate spelling), as
        the article's countries choose it (`choose`); None for longer names, other words, or no such place."""
        if len(span) != 1 or not span[0].is_alpha or not span[0].is_title:
            return None
        place = gazetteer().choose(span[0].text, countries)
        return place if place is not None and place_key(place.name) == place_key(span[0].text) else None

    def _after_a_personal_word(self, tok: Token) -> bool:
        """A personal title, an honorific or an official's title stands right before the word ("Mr Colombo",
        "Minister Juba")."""
        before = tok.doc[tok.i - 1] if tok.i else None
        return before is not None and (before.text in self.personal or before.text in self.d.honorifics
                                       or self._title(before) is not None)

    def _world_city_tagged_person(self, doc: Doc, span: Span, countries: set[str]) -> bool:
        """Whether one word the tagger took for a person is a world city (a state's capital or one of
        data/world_cities.yaml) of any state, the story's or another ("flew to Dakar", "talks in Accra"): the city's own
        name, at each of its mentions the object of a preposition with no determiner before it, no title or
        honorific before any mention, no capitalised word before it anywhere in the article ("Alex Hamilton"), and no
        person the dictionary knows by that family name."""
        place = self._lone_place_word(span, countries)
        if place is None or place.kind != "city" or (place_key(place.name), place.country) not in world_cities():
            return False
        word = span[0]
        mentions = [t for t in doc if t.text == word.text]
        if any(t.i and (doc[t.i - 1].is_title or self._after_a_personal_word(t)) for t in mentions):
            return False  # "Mr Hamilton", "Minister Juba", "Alex Hamilton"
        if not all(t.dep_ == "pobj" and not any(d.pos_ == "DET" for d in doc[t.head.i + 1:t.i]) for t in mentions):
            return False
        return not self._known_by_part(word.text, "PERSON")

    def _named_as_place(self, doc: Doc, span: Span, label: str) -> bool:
        """Whether a name the tagger took for a person or an organisation (`label`) is a place's by the words around
        it (lexicon `place_nouns` and the lists beside it): a place's noun right after one of its mentions ("the X
        crossing point", "the X area"; "the X camp" only where the gazetteer holds a place X: else it may be a
        politician's supporters); else, at every mention, the object of a preposition of place with no determiner
        before it ("in nearby X", "near X"): an organisation's tag only after "near"/"outside" or on a noun that is
        no holding ("a fuel plant in X", not "a stake in X"), a person's tag only as a lone word no title stands
        before and no capitalised word stands before anywhere in the article (not "Jane Roe … in Roe")."""
        mentions = [doc[i:i + len(span)] for i in runs_of(doc, span)]
        after = {doc[m.end].lower_ for m in mentions if m.end < len(doc) and doc[m.end].pos_ == "NOUN"}
        if after & self.place_nouns or (after & self.named_place_nouns and any(
                place_key(p.name) == place_key(span.text) for p in gazetteer().lookup(span.text))):
            return True
        if label == "PERSON" and (len(span) != 1 or not span[0].is_alpha or any(
                m.start and (doc[m.start - 1].is_title or doc[m.start - 1].text in self.personal
                             or self._title(doc[m.start - 1]) is not None) for m in mentions)):
            return False
        return bool(mentions) and all(self._after_place_preposition(m, label) for m in mentions)

    def _after_place_preposition(self, mention: Span, label: str) -> bool:
        """The mention is the object of a preposition of place (`place_prepositions`), with no determiner before it;
        for an organisation's tag, after "near"/"outside" (`near_prepositions`) or on a noun that is no holding."""
        root = mention.root
        if root.dep_ != "pobj" or root.head.lower_ not in self.place_prepositions \
                or any(t.pos_ == "DET" for t in mention.doc[root.head.i + 1:mention.start]):
            return False
        prep = root.head
        return label != "ORG" or prep.lower_ in self.near_prepositions or (
            prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lower_ not in self.holding_nouns)

    def _place_named_elsewhere(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The place an untagged name is, where the article names it by the same words at a mention this stage
        resolved to one place ("32 km above Whakatane" after "Whakatane" tagged a town), if exactly one (other mentions
        of those words left unknown aside), else None."""
        doc = span.doc
        words = [t.text for t in span]
        found = set()
        for i, ident in token_actor.items():
            if span.start <= i < span.end or doc[i].text != words[0] or (i and token_actor.get(i - 1) == ident):
                continue
            if [t.text for t in doc[i:i + len(words)]] == words and all(
                    token_actor.get(j) == ident for j in range(i, i + len(words))) and (
                    i + len(words) >= len(doc) or token_actor.get(i + len(words)) != ident):
                found.add(ident)
        places = {i for i in found if i in self._places or getattr(self.d.entities.get(i), "kind", None) == "place"}
        others = found - places  # the same words tagged otherwise and left unknown ("Salina Cruz" read as a facility)
        return places.pop() if len(places) == 1 and all(i.startswith("unk:") for i in others) else None

    @staticmethod
    def _place_entity(place: Place) -> Entity:
        return Entity(id=place.ident, name=place.name, type="GPE", kind="place", country=place.country,
                      lat=place.lat, lon=place.lon, known=True)

    def _place_id(self, place: Place) -> str:
        self._places[place.ident] = self._place_entity(place)
        return place.ident

    @staticmethod
    def _place_begun(doc: Doc, m: Match) -> tuple[int, Place] | None:
        """(end, gazetteer place) where a demonym begins a place's name of one or two capitalised words more ("British
        Columbia", "French Guiana"): the place, a region or a city of the gazetteer of just that name; else None."""
        if m.kind != DEMONYM:
            return None
        for end in (m.end + 2, m.end + 1):
            if end > len(doc) or not all(t.is_alpha and t.is_title for t in doc[m.end:end]):
                continue
            place = gazetteer().choose(doc[m.start:end].text)
            if place is not None and place.kind in ("region", "city") \
                    and place_key(place.name) == place_key(doc[m.start:end].text):
                return end, place
        return None

    def _region_named(self, doc: Doc, m: Match, matches: list[Match] = ()) -> tuple[int, Place] | None:
        """(start, gazetteer place) where a state's name is a place of another state: the end of a longer place name
        ("New Mexico", "New South Wales", "Northern Ireland"), or a region of another country set after a city of that
        country between commas ("Atlanta, Georgia": the US state, in a 1987 story no part of the Soviet Union) or
        before a word of its parties ("the Georgia Democrat"), or the one region of that name where on the article's
        date the name's country was part of a former state that the story names nowhere else (`_former_state_unnamed`:
        "Georgia regulators" of a 1987 story naming no Soviet word); else None."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or not (entity.kind == "government" or (
                entity.kind == "place" and getattr(gazetteer().choose(entity.name), "kind", "region") == "region")):
            return None  # a state's or a country's name ("Wales"); a city's is left: "New London Oil Ltd of London"
        for start in (m.start - 2, m.start - 1):
            if start < 0 or not all(t.is_alpha and t.is_title for t in doc[start:m.start]):
                continue
            place = gazetteer().choose(doc[start:m.end].text)
            if place is not None and place_key(place.name) == place_key(doc[start:m.end].text):
                return start, place
        states = {entity.country, self._country_on(m.key, self._date)}
        regions = [p for p in gazetteer().lookup(doc[m.start:m.end].text)
                   if p.kind == "region" and p.country not in states]
        if not regions:
            return None
        before = [e for e in doc.ents if e.end == m.start - 1 and e.label_ == "GPE"]
        if before and doc[m.start - 1].text == ",":
            city = gazetteer().choose(before[0].text)
            if city is not None and city.kind == "city":
                return next(((m.start, p) for p in regions if p.country == city.country), None)
        if m.end < len(doc) and doc[m.end].is_title:  # "the Georgia Democrat", "a Georgia Republican"
            word = doc[m.end].lower_.removesuffix("s")
            if (party := next(((m.start, p) for p in regions if word in self._parties_words(p.country)), None)):
                return party
        if len(regions) == 1 and self._former_state_unnamed(doc, m, matches):
            return m.start, regions[0]
        return None

    def _former_state_unnamed(self, doc: Doc, m: Match, matches: list[Match]) -> bool:
        """Whether a country's name is matched, on the article's date, as a former state it was part of (Georgia in
        1987: the Soviet Union) that neither the story's other names (the name again aside) nor its dateline give
        ("Soviet", "Moscow", "Georgian", "TBILISI" all do): a wire then means the other place of that name."""
        written = doc[m.start:m.end].text.lower()
        own = self.d.folded.get(written, set())
        if not own or m.key in own:
            return False
        named = {self._country_on(o.key, self._date) for o in matches
                 if o.kind in (NAME, DEMONYM) and doc[o.start:o.end].text.lower() != written}
        return self._country_on(m.key, self._date) not in named | {self._dateline_country(doc, set())}

    def _inside_organisation(self, m: Match, organisations: list[Span],
                             defined: list[tuple[Span, str]] = ()) -> Span | None:
        """The tagged organisation a place name is only part of: "Peking University", "Lima Chamber of Commerce";
        or a name an acronym in brackets defines, even where the place ends it ("Stock Exchange of Singapore"); or a
        name the place ends right after a capitalised word of the name ("Security Pacific", "Radio Moscow",
        `_ends_a_name`)."""
        entity = self.d.entities.get(m.key)
        if entity is None or entity.type not in ("GPE", "LOC"):
            return None
        for name, _ in defined:
            if name.start <= m.start and m.end <= name.end and len(name) > m.length:
                return name
        for ent in organisations:
            if ent.start <= m.start and m.end <= ent.end and ent.end - ent.start > m.length and (
                    ent.end != m.end or self._state_body(ent.text) or self._ends_a_name(ent, m)
                    or ent.text.lower() in self._subsidiaries):
                # "the Export-Import Bank of India": the state's body, not the state that ends its name; "Acme Co of
                # Australia": the firm's Australian arm (Firms._without_parents_of_subsidiaries)
                return ent
        return None

    def _ends_a_name(self, ent: Span, m: Match) -> bool:
        """Whether a place ends a tagged organisation's name right after a capitalised word of that name that names
        nothing itself: a firm, club or station named with a place ("Security Pacific", "Radio Moscow"), not the state
        or place it ends. Not after "of" or a determiner ("the Government of India", "the Republic of Korea": the
        state), nor where the word and the place are one longer place ("New Mexico", "Northern Ireland") or the word is
        itself a name the dictionaries know ("Soviet Georgia")."""
        doc = ent.doc
        if m.start <= ent.start:
            return False
        word = doc[m.start - 1]
        if not (word.is_alpha and word.is_title) or self.d.folded.get(word.lower_):
            return False
        longer = doc[m.start - 1:m.end].text
        place = gazetteer().choose(longer)
        return place is None or place_key(place.name) != place_key(longer)

    def _end_of_another_body(self, doc: Doc, m: Match, organisations: list[Span], matches: list[Match]) -> bool:
        """Whether a body the dictionary knows by a body's noun and a place ("Bank of Japan", "Bank of China") is only
        the end of another body's longer tagged name: capitalised words (or a hyphen) that no dictionary name reads
        stand before it ("the Export-Import Bank of Japan", "the Industrial Bank of Japan Ltd" are not the Bank of
        Japan);
        not where those words name a state or anything else the dictionary knows ("the West German Bundesbank"), nor
        for a body named otherwise ("Bell Textron" is Textron's)."""
        entity = self.d.entities.get(m.key)
        if m.kind != NAME or entity is None or entity.type != "ORG" or m.length < 3:
            return False
        first, second = doc[m.start].lower_, doc[m.start + 1].lower_
        if second != "of" or self.noun_kinds.get(first, "person") == "person":
            return False
        for ent in organisations:
            # the longer name may end in a legal form or a possessive: "the Industrial Bank of Japan Ltd's"
            if ent.start < m.start and ent.end >= m.end and all(
                    t.lower_.replace(".", "") in self._forms or t.lower_ in ("'s", "’s") for t in doc[m.end:ent.end]):
                start = ent.start + (doc[ent.start].lower_ == "the")
                words = doc[start:m.start]
                return bool(len(words)) and all(t.is_title or t.is_upper or t.text in ("-", "&") for t in words) \
                    and any(t.is_alpha for t in words) \
                    and not any(o.start < m.start and o.end > start for o in matches if o is not m)
        return False

    def _state_body(self, name: str) -> bool:
        """Whether an organisation's name holds words of a state's body (`state_body_names` in the lexicon: an
        export-import, development or central bank), or is "Bank of" and a state's name alone ("the Bank of Korea":
        a central bank; a firm of such a name the dictionaries list is never read here)."""
        text = " ".join(name.lower().replace(" - ", "-").split())
        if self.state_body_names is not None and self.state_body_names.search(text) is not None:
            return True
        words = text.removeprefix("the ").split(" ", 2)
        return len(words) == 3 and words[:2] == ["bank", "of"] and any(
            i in self.country_ids for i in self.d.folded.get(words[2], ()))

    def _round_names(self, doc: Doc, matches: list[Match]) -> set[int]:
        """The tokens of the states' and places' names (the dictionaries' or the tagger's) that only name a series of
        negotiations called after where it began, the noun right after them being one of the lexicon's
        `negotiation_rounds` ("the Uruguay Round talks", "the Doha round of trade talks", "to push the Uruguay round
        forward", whichever way the parser hangs the two): the talks' name, no party to them. Not "round" as an
        adverb or a preposition ("all year round"), nor a body's round ("a new GATT round")."""
        rounds = self.d.lexicon.negotiation_rounds

        def before_round(end: int) -> bool:
            return end < len(doc) and doc[end].lower_ in rounds and doc[end].pos_ in ("NOUN", "PROPN")

        spans = [(m.start, m.end) for m in matches if m.kind == NAME and before_round(m.end)
                 and getattr(self.d.entities.get(m.key), "kind", None) in ("government", "place")]
        spans += [(e.start, e.end) for e in doc.ents if e.label_ in ("GPE", "LOC") and before_round(e.end)]
        return {i for start, end in spans for i in range(start, end + 1)}

    def _affair_names(self, doc: Doc, matches: list[Match]) -> set[int]:
        """The tokens of the states' names (the dictionaries' or the tagger's) compounded on a noun of an affair, the
        lexicon's `affair_nouns`, alone or through other modifiers ("the Iran arms scandal", "the Iran-contra
        affair"): the affair's name, no party to it. Not a state beside the noun in another way ("arms sold to Iran,
        a scandal")."""
        affairs = frozenset(self.d.lexicon.affair_nouns)
        if not affairs or not with_lower(doc, affairs):
            return set()

        def names_affair(start: int, end: int) -> bool:
            tok = doc[start:end].root
            for _ in range(4):
                if tok.dep_ not in ("compound", "nmod", "amod") or tok.head.i <= tok.i:
                    return False
                tok = tok.head
                if tok.lower_ in affairs and tok.pos_ == "NOUN":
                    return True
            return False

        spans = [(m.start, m.end) for m in matches if m.kind == NAME
                 and getattr(self.d.entities.get(m.key), "kind", None) == "government"]
        spans += [(e.start, e.end) for e in doc.ents if e.label_ == "GPE"]
        return {i for start, end in spans if names_affair(start, end) for i in range(start, end)}

    def _inside_place(self, m: Match, ents) -> bool:
        """Whether a country's or a dictionary place's name is only the end of a longer place name the gazetteer
        knows ("New Jersey", "New Mexico"; "New Orleans", not the French city the converted lists give "Orleans")."""
        if m.kind != NAME or self.d.entities[m.key].kind not in ("government", "place"):
            return False
        return any(e.label_ in ("GPE", "LOC") and e.start < m.start and m.end == e.end
                   and gazetteer().choose(e.text) is not None for e in ents)

    def _government_or_place(self, doc: Doc, m: Match) -> str:
        if m.kind != NAME:
            return m.key
        return self._capital_government(doc, doc[m.start:m.end], self.d.entities[m.key]) or m.key

    def _capital_government(self, doc: Doc, span: Span, place: Entity) -> str | None:
        """The state a capital stands for when the sentence makes it act ("Moscow said": the Soviet Union in
        1987, Russia in 2000); None when it is the place."""
        if place.type not in ("GPE", "LOC") or not doc.has_annotation("DEP") or not self._acts(span.root):
            return None
        return capital_on(self.d, place.name, place.country, doc._.published) or (
            capital_on(self.d, span.text, place.country, doc._.published))

    def _acts(self, tok: Token) -> bool:
        """True when a place name stands for its government: it acts, owns, or is a party to relations."""
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ in _AGENT_DEPS:
            return True
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.head.dep_ == "agent" or prep.dep_ == "agent":
                return True
            return prep.lower_ in self.gov_preps or (
                prep.lower_ in self.gov_noun_preps and prep.head.pos_ in ("NOUN", "PROPN")) or self._act_from(prep)
        return False

    def _act_from(self, prep: Token) -> bool:
        """A "from" the parser hung on the verb that belongs to the verb's object, a noun of an act (`act_nouns` in the
        lexicon) written right before it: "drew protests from Beijing", "won sharp criticism from Moscow"."""
        verb = prep.head
        return prep.lower_ == "from" and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.i < prep.i and (c.lemma_.lower() in self.act_nouns or c.lower_ in self.act_nouns)
            and c.right_edge.i == prep.i - 1 for c in verb.children)

    def _borrowable(self, ident: str) -> bool:
        """A place the converted dictionaries list among a country's other names (a province, island or landmark:
        "Piedmont", "Riviera", "Tyrol"; dictionary._country_aliases), the kind of name firms take for a brand."""
        return ident.startswith("place:") and self.d.rank.get(ident) == PHOENIX

    def _borrowed(self, ident: str) -> bool:
        """Such a place in a story that names its country by no state's name or demonym ("Piedmont" in a story of
        US airlines): it may be a firm's name that begins with it (_join_company_short_forms). Inside a firm's name
        such a place gives the firm its country unless the firm's legal form rules that country out ("Piedmont
        Aviation Inc", no Italian firm; "Rhone Poulenc S.A." French)."""
        return self._borrowable(ident) and self.d.entities[ident].country not in self._named_state_countries

    def _borrowed_place(self, doc: Doc, m: Match) -> Place | None:
        """The gazetteer's place of the same name in a state the story names, for such a place of another state
        that the story never names ("a village southwest of Ithaca" in a story of the United States: the city in New
        York, not the Greek island the converted dictionaries list among Greece's names), or in the country of a
        region written after it ("Paris, Texas": `_pinned_countries`); None where the story names the dictionary
        place's state, or names no state that has a place so called."""
        text = doc[m.start:m.end].text
        entity = self.d.entities.get(m.key)
        if m.kind == NAME and getattr(entity, "kind", None) == "place":
            pinned = self._pinned_countries(doc, doc[m.start:m.end]) - {entity.country}
            places = [p for p in gazetteer().lookup(text) if p.kind == "city" and p.country in pinned
                      and place_key(p.name) == place_key(text)]
            if places:
                return max(places, key=lambda p: p.population)
        if not self._borrowed(m.key) or not self._named_state_countries:
            return None
        places = [p for p in gazetteer().lookup(text)
                  if p.country in self._named_state_countries and place_key(p.name) == place_key(text)]
        return max(places, key=lambda p: (p.kind == "city", p.population), default=None)

    def _region_of_named_state(self, span: Span) -> Place | None:
        """The first-level region (province, state) of that name of one of the states the story names, if exactly
        one state named has one: "Ontario" beside Canada is the province, not the Californian city."""
        named = {country for _, country in self._states}
        regions = {p.country: p for p in gazetteer().lookup(span.text)
                   if p.kind == "region" and p.country in named and place_key(p.name) == place_key(span.text)}
        return next(iter(regions.values())) if len(regions) == 1 else None

    def _state_of_region(self, span: Span) -> Place | None:
        """The first-level region of a country a name calls a state or province (`region_words` in the lexicon):
        "the State of Queensland", "Queensland State", "Sabah" followed by "state"; of regions with that name, one of a
        state the story names, else the most populous. None for other names."""
        doc = span.doc
        words = [t for t in span if t.lower_ != "the"]
        if len(words) >= 3 and words[0].lower_ in self.region_words and words[1].lower_ == "of":
            name, word = words[2:], None
        elif len(words) >= 2 and words[-1].lower_ in self.region_words:
            name, word = words[:-1], words[-1].i
        elif words and span.end < len(doc) and doc[span.end].lower_ in self.region_words:
            name, word = words, span.end
        else:
            return None
        if word is not None and word + 1 < len(doc) and doc[word + 1].lower_ == "of":
            return None  # "the Gulf state of Qatar": a state of the Gulf, not the Gulf's government
        text = doc[name[0].i:name[-1].i + 1].text
        regions = [p for p in gazetteer().lookup(text) if p.kind == "region" and place_key(p.name) == place_key(text)]
        named = {country for _, country in self._states}
        regions = [p for p in regions if p.country in named] or regions
        return max(regions, key=lambda p: p.population) if regions else None
