"""The countries a story is about and told from: the country its names give most often, the states it
names in order, its dateline's country and capital, a one-country wire story, the countries a sentence names."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dossier.actors.dictionary import capital_on
from dossier.actors.firms import in_ticker_brackets
from dossier.actors.found import Found
from dossier.actors.gazetteer import BIG_CITY, gazetteer
from dossier.actors.matcher import DEMONYM, NAME
from dossier.nlp.arrays import with_text
from dossier.nlp.extensions import doc_text
from dossier.time.lexicon import words as time_words

# The words between a state's word and the head of the phrase it is inside ("the Japanese ambassador", "Japan's envoy")
_INSIDE_A_PHRASE = ("amod", "compound", "poss", "nmod", "case")
# The prepositions that make their object the party an act is done to ("protested to Japan", "talks with Peru")
_TOWARD = ("to", "with", "against", "on", "from")


_PARAGRAPH_CAPITALS = re.compile(r"\n[ \t]*(?=[A-Z][A-Z])")  # a paragraph opening with two capitals
# a dateline whose dash a page wrote as a quotation mark ("BERLIN " Germany's …"), as ingest's datelines allow
_QUOTED_DASH = re.compile(r"^([A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?) \" (?=[A-Z])")


# a preposition before a state in a headline makes it a place or a partner of the act ("Measures That Would Never
# Work In The US", "Talks With Brazil Stall"), not whom the story is about (`_headline_states`)
_HEADLINE_PREPOSITIONS = frozenset({"in", "to", "with", "for", "from", "at", "on", "into", "against", "over", "by",
                                    "toward", "towards", "after", "than", "via", "across", "between", "among",
                                    "inside", "outside", "near", "beyond", "within", "without"})


class StoryCountries:
    """Part of the Resolver (actors/resolve.py): the countries a story is about and told from."""

    def _money(self, f: Found, doc: Doc | None) -> bool:
        """Whether a name stands before the dollar's word (lexicon's `currency_words`: "6.28 billion U.S. Dlrs", "in
        Hong Kong dollars"): it tells what money a figure is in, not whom the story is about; a verb after the name
        is no money."""
        return doc is not None and f.end < len(doc) and doc[f.end].lower_ in self.currency_words \
            and doc[f.end].pos_ in ("NOUN", "PROPN")

    @staticmethod
    def _contract_month(f: Found, doc: Doc | None) -> bool:
        """Whether a place's name stands before a month's name that no day follows: a market's futures contract
        ("2.27 times New York May", "35 dlrs under New York july", "the London March delivery"), a price a trade
        report quotes, not a place the story tells of. Not the verb "may" ("New York may lift the ban"), nor a date
        ("in London May 5")."""
        if doc is None or f.end >= len(doc):
            return False
        word = doc[f.end]
        if word.lower_.rstrip(".") not in time_words("months") or word.text == "may":  # "march", "sept"
            return False
        return f.end + 1 >= len(doc) or not doc[f.end + 1].like_num

    def _country_counts(self, found: list[Found], doc: Doc | None = None) -> dict[str, int]:
        """How often the article's resolved names (states, capitals, places, demonyms, known people and
        organisations) give each country; not a country the story names only before a currency's word (`_money`: a
        Taipei story of Taiwan's banks counting its figures in U.S. dollars is no story of the US; "the Taiwan dollar"
        in a story that names Taiwan otherwise too still counts), nor a market's place before a futures contract's month
        ("2.27 times New York May": `_contract_month`). A state's news outlet the dictionaries know ("the
        Iranian news agency IRNA": coded <country>MED) tells the story and does not count: its state is the teller's,
        not the story's. A media firm coded as a business (MNC…MED: a takeover's target) counts."""
        counts: dict[str, int] = {}
        named = set()  # the countries named otherwise than as money
        for f in found:
            if (known := self.d.entities.get(f.ident)) is not None and known.country \
                    and known.cameo == f"{known.country}MED":
                continue
            place = self._places.get(f.ident)
            if (place is not None or (known is not None and known.kind == "place")) and self._contract_month(f, doc):
                continue  # "times New York May": a futures market's price, not a place of the story
            country = self._country_on(f.ident, self._date) if place is None else place.country
            if country:
                counts[country] = counts.get(country, 0) + 1
                if not self._money(f, doc):
                    named.add(country)
        return {country: n for country, n in counts.items() if country in named}

    def _headline_states(self, headline: Doc | None, doc: Doc, found: list[Found]) -> frozenset[str]:
        """The countries of the states a story's headline names, by a state's name or demonym ("Japan Starts
        Considering Bond Coupon", "JAPANESE BANKS CUT RATES"): read by the dictionaries' matcher on the title's tokens
        alone, each country once (`_headline_country`). Not a state's word that opens a longer name the body writes
        ("Nippon Shinpan To Issue Card" over a body naming "Nippon Shinpan Co Ltd": the firm's name), nor a capital
        ("Tokyo Plans ...") or a place, nor a state after a preposition ("Card Sales Soar In Japan": where, not who); a
        name the converted lists alone hold needs a tagger and is not read."""
        if headline is None:
            return frozenset()
        names: set[str] | None = None  # the body's names of two words or more, read once a headline's state needs them
        matches = [m for m in self.matcher(headline) if m.kind in (NAME, DEMONYM)]
        out = set()
        for m in matches:
            if m.key not in self.state_ids or in_ticker_brackets(headline, m.start, m.end) or any(o.start <= m.start and m.end <= o.end and o.length > m.length
                                                  for o in matches):
                continue  # "Yemen" of "For North Yemen": the longer name is read
            before = [t.lower_ for t in headline[max(m.start - 2, 0):m.start] if t.lower_ != "the"]
            if before and before[-1] in _HEADLINE_PREPOSITIONS:
                continue  # "... Could Never Work In The US": a place or a partner, not whom the story is about
            opening = headline[m.start:m.end + 1].text.lower()  # the state's word and the one after it
            if m.end < len(headline):
                if names is None:
                    names = {" ".join(doc[f.start:f.end].text.lower().split()) for f in found
                             if f.end - f.start > 1} | {" ".join(e.text.lower().split()) for e in doc.ents if len(e) > 1}
                if any(name.startswith(opening) for name in names):
                    continue
            if (country := self._country_on(m.key, self._date)) is not None:
                out.add(country)
        return frozenset(out)

    def _headline_state(self, headline: Doc | None, doc: Doc) -> frozenset[str]:
        """The country of the one state a story's headline names (`_headline_states`, read before the body's names
        are found), as a set; empty where it names none or two. A person the dictionaries know only out of office on
        the article's date is meant by their name where the article names their state (`_doubtful`), and the
        headline is the article's: "Ruritania: Ostrova hands power to the army" over a body naming no state."""
        states = self._headline_states(headline, doc, [])
        return states if len(states) == 1 else frozenset()

    def _headline_country(self) -> str | None:
        """The one state a story's headline names (`_headline_states`), where its body names that country too and,
        the headline counted as one more mention, no other country more often (`_counts`). The headline says whom
        the story is about: no other state stands out as the story's (`_article_country`: "Japan Starts Considering
        Bond Coupon" over a body naming "U.S. requests" twice and Japan once) unless the dateline's state is that
        other ("WASHINGTON - ... Kenya Wheat Bonus Awarded": the body and the dateline outweigh the headline), and in
        a story with no dateline whose lede names no state it is the story's home (`_lede_state`: the Ministry of
        Finance is Japan's). None where the headline names no state or two ("U.S. Presses Japan On Chips"), or the
        body names another state more often still ("U.S. Banks Wary Of Loans" over a body naming Brazil three
        times)."""
        if len(self._headlined) != 1:
            return None
        country = next(iter(self._headlined))
        count = self._counts.get(country, 0)
        return country if count and all(n <= count + 1 for n in self._counts.values()) else None

    def _headlined_story_country(self, headlined: str) -> str | None:
        """The country the article is about (`_article_country`) with its headline's one state (`_headline_country`)
        counted as one more mention: a story titled by one state whose body names it once, by any name (its capital,
        a town, a known person), and no other state as often ("Ruritania: army deploys" over "troops moved into the
        capital's square, near Ostrava"), is that state's, as its generic agents ("troops", "police") tell."""
        return self._article_country({**self._counts, headlined: self._counts.get(headlined, 0) + 1})

    @staticmethod
    def _article_country(counts: dict[str, int]) -> str | None:
        """The country the article is about: the one its names give most often (`_country_counts`), when it is
        given at least twice, and twice as often as any other; None when no country stands out so."""
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)]
        top, count = ranked[0]
        return top if count >= 2 and count >= 2 * ranked[1][1] else None

    def _territory_story(self, counts: dict[str, int]) -> str | None:
        """The territory a story happens in where it names a territory and the state it belongs to about as often
        (lexicon's `territories`: a Hong Kong story naming China at every turn): the two it names most, neither twice
        as often as the other (else `_article_country` gives that one), the territory named at least twice, and the
        two together at least twice as often as any other country; None otherwise. Only where the story has no
        dateline or the territory's own (a story told from the state's capital may be the state's)."""
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)] * 3
        (first, n1), (second, n2), (_, n3) = ranked[:3]
        territories = self.d.lexicon.territories
        if territories.get(first) == second:
            territory = first
        elif territories.get(second) == first:
            territory = second
        else:
            return None
        if counts[territory] < 2 or n1 >= 2 * n2 or n1 + n2 < 2 * n3 or self._home not in (None, territory):
            return None
        return territory

    def _leader_state(self, found: list[Found], doc: Doc) -> str | None:
        """The state whose head the story names most (a person the dictionaries give as the head of their state on
        the story's date, counted at each word of the story that is their family name: "Trump" after "President
        Donald Trump", "Xi"), named at least twice and more than twice as often as any other state's head: the
        executive a story's "administration officials" and "cabinet members" serve (a trade story naming Trump at
        every turn and Xi once); None otherwise."""
        names: dict[str, str] = {}  # a head's family name -> their state
        for f in found:
            entity = self.d.entities.get(f.ident)
            if entity is None or entity.type != "PERSON" or not entity.country:
                continue
            if f.ident in self.d.heads(entity.country, self._date) or self._heads_on(entity):
                words = entity.name.split()  # "Xi" of "Xi Jinping": family name first (lexicon's family_name_first)
                names[words[0] if entity.country in self.d.lexicon.family_name_first else words[-1]] = entity.country
        counts: dict[str, int] = {}
        for i in with_text(doc, names):
            counts[names[doc[i].text]] = counts.get(names[doc[i].text], 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)] * 2
        (top, count), (_, other) = ranked[:2]
        return top if count >= 2 and count > 2 * other else None

    def _heads_on(self, entity) -> bool:
        """Whether a person holds, on the story's date, a role whose title is a leader's of their own state
        ("President of the United States", "Prime Minister of Japan": `leader_titles` before "of")."""
        date = self._date or ""
        return bool(date) and any(
            r.holds(date) and r.country in (None, entity.country)
            and r.title.lower().split(" of ")[0] in self.leader_titles for r in entity.roles)

    def _body_leads(self, found: list[Found], doc: Doc) -> str | None:
        """Whether an international body stands out as the party the story names most: one body (`e.kind` "igo" or
        an IGO code) named at least twice and more than twice as often as the state the story names most (`_counts`;
        the measure `_article_country` uses among states). A story of the body's own members and meetings
        ("BRUSSELS - EC ministers ... farmers ... officials of some EC states", the United States named twice late)
        is told of the body, so its generic agents take no state from the story; a story that names a state about
        as often as the body ("SARAGOSSA - Spanish farmers marched against EC duties"), or no state but its
        dateline's ("KAMPALA - the government will ask the World Bank ..."), is still told from that state. So is a
        story datelined in a city where international bodies meet (`_at_meeting_seat`) that names a body and never
        its host state ("GENEVA - ministers of the trade body warned Canada and Peru": the delegates are no Swiss).
        Gives that body's id (the first named of two named as often), else None."""
        bodies: dict[str, int] = {}
        for f in found:
            e = self.d.entities.get(f.ident)
            if e is not None and (e.kind == "igo" or (e.cameo or "").startswith("IGO")):
                bodies[f.ident] = bodies.get(f.ident, 0) + 1
        top = max(bodies.values(), default=0)
        if self._home is not None and set(self._counts) == {self._home}:
            return None
        if (top >= 2 and top > 2 * max(self._counts.values(), default=0)) or (
                top and self._at_meeting_seat(doc) and self._home not in self._counts):
            return next(ident for ident, n in bodies.items() if n == top)
        return None

    def _at_meeting_seat(self, doc: Doc) -> bool:
        """Whether the story's dateline names a city where international bodies sit and meet (the lexicon's
        `meeting_seats`: "BRUSSELS", "GENEVA", "VIENNA")."""
        place = (doc._.dateline or "").split(",")[0].split("/")[0].strip().lower()
        return place in self.agents.meeting_seats

    def _leading_country(self) -> str | None:
        """Where no country stands out twice as often as any other (`_article_country`), the story's dateline's
        country when it is one of those the story names most, at least twice ("TAIPEI - Taiwan will cut tariffs ...
        its surplus with the United States", the two named as often): the dateline breaks the tie; None otherwise
        ("LONDON - coffee producers met", London named once and Brazil and Colombia once each)."""
        top = max(self._counts.values(), default=0)
        return self._home if top >= 2 and self._home is not None and self._counts.get(self._home) == top else None

    def _lede_state(self, doc: Doc, found: list[Found]) -> str | None:
        """For a story with no dateline (a web page, a wire record kept apart from its dateline): the one country the
        names of its first sentence give (`_country_counts`), where it names a state and its names give that country
        more often than any other: the story's home, as a dateline's state is ("Nearly 900 dockers in Ruritania's
        ports ended their strike after the authorities agreed to talks": Ruritania's). None where the story has a
        dateline, or its lede names no state or two countries ("The Pentagon stopped deals with Japan's X")."""
        if doc._.dateline or not doc.has_annotation("SENT_START"):
            return None
        first = next(iter(doc.sents), None)  # none in an empty text (a file with only a header)
        if first is None:
            return None
        end = first.end
        lede = self._country_counts([f for f in found if f.start < end], doc)
        if len(lede) != 1 or not any(start < end for start, _ in self._states):
            return self._headline_country()  # "Japan Weighs Bond Coupon" over "The Ministry of Finance has ..."
        country = next(iter(lede))
        count = self._counts.get(country, 0)
        return country if all(n < count for c, n in self._counts.items() if c != country) else None

    def _subject_state(self) -> str | None:
        """Where the story's dateline names no capital ("NEW YORK", "ZURICH") and the story names its dateline's state
        nowhere (by name, demonym or capital) but names others: the state its names give most often (`_counts`), when
        one of those named does so more often than any other ("NEW YORK - Brazil will seek new loans ... the Finance
        Ministry said": Brazil's, not the dateline's); None otherwise. The home of state bodies and officials
        introduced by their function alone before the dateline's."""
        named = {country for _, country in self._states}
        if self._home is None or self._capital is not None or self._home in named or not named:
            return None
        ranked = sorted(self._counts.items(), key=lambda kv: -kv[1]) + [("", 0)]
        top, count = ranked[0]
        return top if top in named and count > ranked[1][1] else None

    def _named_states(self, found: list[Found], doc: Doc | None = None) -> list[tuple[int, str]]:
        """(first token, country) of the states the article names (by name, demonym or a capital that acts), each
        country once, in the order it first names them otherwise than before a currency's word (`_money`: "U.S.
        dollars" names no state of the story)."""
        states = self.state_ids
        out: dict[str, int] = {}
        for f in sorted(found, key=lambda f: f.start):
            country = self._country_on(f.ident, self._date) if f.ident in states else None
            if country and not self._money(f, doc):
                out.setdefault(country, f.start)
        return [(start, country) for country, start in out.items()]

    def _single_country(self, found: list[Found]) -> bool:
        """Whether the story is a one-country wire story: it has a dateline whose country is the only state it names
        (if any), and it names no international body ("BRUSSELS - the Commission said" is the EC's)."""
        if self._home is None or any(country != self._home for _, country in self._states):
            return False
        return not any((e := self.d.entities.get(f.ident)) is not None and (
            e.kind == "igo" or (e.cameo or "").startswith("IGO")) for f in found)

    def _issue_on_market(self, doc: Doc) -> bool:
        """Whether the story tells of an issue on the bond market of its dateline's city ("ZURICH - X is launching a
        Swiss franc notes issue, lead manager Y said": `issue_markets` and `market_issue_words` in the lexicon); its
        borrowers are mostly foreign, so the dateline gives its organisations no country. Checked on Reuters-21578
        stories 1-1,000 (docs/evaluation.md)."""
        lexicon = self.d.lexicon
        place = (doc._.dateline or "").split(",")[0].strip().lower()
        if place not in lexicon.issue_markets:
            return False
        text = " ".join(doc_text(doc).lower().split())
        return any(re.search(rf"\b{re.escape(word)}\b", text) for word in lexicon.market_issue_words)

    def _international(self, span: Span) -> bool:
        """A name that says its body is not one country's ("International Association of X", "World Coffee
        Council": `international_words` in the lexicon)."""
        return any(t.lower_ in self.international_words for t in span)

    def _dateline_country(self, doc: Doc, story_states: set[str] | None = None,
                          dateline: str | None = None) -> str | None:
        """The country of the story's dateline ("BONN, March 3": West Germany in 1987), or of `dateline` (a section's:
        `_section_datelines`): the state whose capital it names on the article's date, else the state it names
        ("KUWAIT"), else the country of the most populous place of that name, or of one in a state the story names
        where that is no city of a million (else of the one place of that name the dictionaries' places give:
        "BASLE"). `story_states`: the states the story names, read before the story's places (else self._states)."""
        dateline = doc._.dateline if dateline is None else dateline
        place = (dateline or "").split(",")[0].split("/")[0].strip()  # "DALLAS/FORT WORTH": Dallas
        if not place:
            return None
        if (region := self._dateline_region(doc, dateline)) is not None:
            return region  # "SAN JOSE, Calif.": the American town, not Costa Rica's capital
        name = " ".join(w.capitalize() for w in place.split())
        state = capital_on(self.d, name, None, self._date)
        if state is not None:
            return self.d.entities[state].country
        states = self.state_ids
        named = sorted(self.d.folded.get(name.lower(), set()) & states)
        if len(named) == 1:
            return self._country_on(named[0], self._date)  # "KUWAIT", "BAHRAIN": a city-state named by its name
        story_states = {country for _, country in self._states} if story_states is None else story_states
        found = gazetteer().choose(name)
        if found is not None and found.population < BIG_CITY and story_states:
            # "SAN MATEO" in a story of the United States: the Californian city, not a larger one of the Philippines
            found = gazetteer().choose(name, story_states)
        if found is not None:
            return found.country
        places = {e.country for i in self.d.folded.get(name.lower(), ()) if (e := self.d.entities[i]).type == "GPE"
                  and e.kind == "place" and e.country}
        return places.pop() if len(places) == 1 else None  # a place of the dictionaries (places.yaml: "Basle")

    def _section_datelines(self, doc: Doc) -> list[tuple[int, str]]:
        """(first token, country) of each dateline in capitals that opens a later paragraph of a page of several
        stories (a news site's running roundup: "…\nBERLIN — Germany's health minister …", "___\nCARSON CITY, Nev. —
        Gov. X …"), read as ingest reads the one opening a text (`read_dateline`), in order; [] where none."""
        from dossier.ingest.header import read_dateline

        out = []
        text = doc_text(doc)
        for found in _PARAGRAPH_CAPITALS.finditer(text):
            start = found.end()
            dateline = read_dateline(_QUOTED_DASH.sub(r"\1 — ", text[start:start + 300], count=1))
            town = dateline.place.split(",")[0] if dateline is not None else ""
            if not town or not town.isupper() or dateline.date:
                continue  # a heading in capitals, a date stamp
            country = self._dateline_country(doc, dateline=dateline.place)
            span = doc.char_span(start, start + 1, alignment_mode="expand")
            if country and span is not None:
                out.append((span.start, country))
        return out

    def _section_country(self, span: Span) -> str | None:
        """The country of the section dateline (`_section_datelines`) last before a span: the home of the state bodies
        and officials its story names by their function alone; None before any or on a page of one story."""
        return next((country for start, country in reversed(self._sections) if start <= span.start), None)

    @staticmethod
    def _dateline_place(doc: Doc) -> str:
        """The place a story's dateline names, in lower case ("dallas" of "DALLAS/FORT WORTH"); "" without one."""
        return " ".join((doc._.dateline or "").split(",")[0].split("/")[0].lower().split())

    def _dateline_capital(self, doc: Doc) -> str | None:
        """The country whose capital the story's dateline names on the article's date ("WASHINGTON", "TOKYO"): a state
        body named without a state's word ("the Treasury", "the Finance Ministry") in a sentence that names no other
        state is that state's, whichever state the story is most about (a wire names a foreign ministry with its
        state: "Brazil's Finance Ministry"); None for a dateline that names no capital ("ZURICH", "NEW YORK")."""
        place = (doc._.dateline or "").split(",")[0].split("/")[0].strip()
        if not place:
            return None
        state = capital_on(self.d, " ".join(w.capitalize() for w in place.split()), None, self._date)
        country = self.d.entities[state].country if state is not None else None
        region = self._dateline_region(doc)
        return None if region is not None and region != country else country  # "SAN JOSE, Calif.": no capital

    def _dateline_region(self, doc: Doc, dateline: str | None = None) -> str | None:
        """The country of the region a dateline (the story's, else `dateline`) writes after its town ("CAMBRIDGE,
        Mass.": the United States; "CALGARY, Alberta": Canada; "BADEN, Switzerland"): a region of the lexicon's
        `dateline_regions`, else a state the dictionaries name so, unless the gazetteer knows the town only outside
        that state ("ATLANTA, Georgia": the US state written out, not the country). None for a dateline of a town
        alone, or a region neither reads."""
        parts = ((doc._.dateline if dateline is None else dateline) or "").split(",")
        if len(parts) < 2 or not (region := parts[1].strip()):
            return None
        key = "".join(region.lower().replace(".", " ").split())
        for country, regions in self.d.lexicon.dateline_regions.items():
            if key in {"".join(r.lower().replace(".", " ").split()) for r in regions}:
                return country
        named = sorted(self.d.folded.get(region.lower(), set()) & self.state_ids)
        country = self._country_on(named[0], self._date) if len(named) == 1 else None
        towns = {p.country for p in gazetteer().lookup(parts[0].split("/")[0].strip())}
        return None if towns and country not in towns else country

    def _sentence_countries(self, span: Span, token_actor: dict[int, str]) -> set[str]:
        """The countries of the states, places and state agents the sentence of a span names outside it ("Brazil",
        "Brasilia", "Brazilian officials")."""
        states = self.state_ids
        sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        out = set()
        for tok in sentence:
            ident = token_actor.get(tok.i)
            if ident is None or span.start <= tok.i < span.end:
                continue
            out.add(self._state_country(ident, states))
        return out - {None}

    def _state_country(self, ident: str, states: frozenset[str] | set[str]) -> str | None:
        """The country of a state, a place or a state agent; None for any other actor."""
        if ident in states:
            return self._country_on(ident, self._date)
        if ident in self._places:
            return self._places[ident].country
        if ident.startswith("agent:") and ident.split(":")[1] != "---":
            return ident.split(":")[1]
        return None

    def _acted_on_countries(self, span: Span, token_actor: dict[int, str]) -> set[str]:
        """The countries of the states (or their agents, "the Japanese ambassador") the sentence of a span names as
        the party the span's actor acts on (`acted_on`). A state body acting on a state is not that state's own body;
        a state's firms it acts on say nothing ("asked Japanese chip makers")."""
        out = set()
        for tok in span.sent:
            if span.start <= tok.i < span.end or tok.i not in token_actor:
                continue
            if (head := acted_on(span.root, tok)) is None:
                continue
            ident = token_actor.get(head.i, token_actor[tok.i])  # "Japanese chip makers": the makers, no state
            if not ident.startswith("agent:") or ident.split(":")[-1][:3] in ("GOV", "MIL"):
                out.add(self._state_country(ident, self.state_ids))
        return out - {None}

    @staticmethod
    def _leads(span: Span) -> bool:
        """Whether a name stands in the story's first sentence, the one its dateline heads."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return span.start == 0
        return span.start < next(iter(doc.sents)).end


def acted_on(subject: Token, word: Token) -> Token | None:
    """The head of the phrase holding `word` where that phrase is the party the actor `subject` names acts on: the
    object of its verb ("the ministry summoned Japan's envoy") or of a clause under it whose subject is a pronoun or
    its own ("said it had protested to Japan", "decided to summon"); None otherwise ("said Japan would buy less")."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = word
    while head.dep_ in _INSIDE_A_PHRASE and head.head.i != head.i:
        head = head.head
    phrase = head
    if head.dep_ == "pobj" and head.head.lower_ in _TOWARD:
        head = head.head
    if head.dep_ not in ("dobj", "dative", "prep") or not _done_by(head.head, subject.head):
        return None
    return phrase


def _done_by(verb: Token, subject_of: Token) -> bool:
    """Whether `verb` is the actor's own verb (`subject_of`) or a verb under it whose subject is a pronoun ("said
    it would summon") or that shares its subject ("decided to summon", "met and protested")."""
    while verb.i != subject_of.i:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.head.i == verb.i or (subjects and not all(c.tag_ == "PRP" for c in subjects)) or (
                not subjects and verb.dep_ not in ("xcomp", "conj")):
            return False
        verb = verb.head
    return True
