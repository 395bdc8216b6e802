"""Unknown actors described by their neighbours: the words that describe a name, its kind and country from
them, what any mention says counting for all mentions."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dossier.actors.codes import STATE_SECTORS, for_kind
from dossier.actors.dictionary import slug
from dossier.actors.found import _NAME_POS, Found
from dossier.actors.regions import region_code
from dossier.model import Entity, Role

_LABEL_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place",
                "NORP": "group"}
_DESCRIBING_DEPS = frozenset({"amod", "compound", "poss", "appos", "nmod"})
_APOSTROPHES = str.maketrans({"’": "'"})
_OF = frozenset({"of", "from"})
_HOME_KINDS = frozenset({"government", "company", "party", "organisation"})  # organisations with a home country
# A member of the US Congress tagged with party and state after the name: "X (D-Okla.)", "X, R-Texas,".
_CONGRESS_TAG = re.compile(r"\s*[(,]\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)\s*[),]")
_PARTY_TAG = re.compile(r"\s*\(\s*([DRI])\s*\)")  # the party alone: "Gov. X (R)", read after a title only
_CONGRESS_PARTIES = {"D": "Democratic", "R": "Republican", "I": "independent"}
_TAG_TOKENS = 12  # a congressional tag fits in this many tokens: ", D-New Hampshire," or "(R-Texas)"
_LEADING_VERBS = frozenset({"head", "lead", "chair", "run", "direct"})  # "X, who heads the Y": Y describes X
_TITLE_SPAN = 8  # the most words from "its" to the name it titles: "its special envoy to the Gulf states, X"
_DESCRIBING_DEPTH = 4  # how far a name's description is read: "the [Israeli] Foreign Ministry's director-general"


def _full_name(span: Span) -> bool:
    """A person's name written in full: two words or more, each a capitalised word of letters or an initial ("Jane
    Roe", "John M. Smith Jr."), no figure ("Revs 49.0 mln") or lone word ("Easter")."""
    words = [t for t in span if t.text not in (".", ",", "'s")]
    return len(words) >= 2 and all(t.text[:1].isupper() and t.text.replace(".", "").replace("-", "").isalpha()
                                   for t in words)


def _abbreviation(tok: Token) -> bool:
    """Whether a word is a state's abbreviated name ("U.S.", "UK"), written as its adjective ("a U.S. expert")."""
    return tok.text.replace(".", "").isupper()


def _after(span: Span) -> str:
    """The text right after a span, a few tokens of it (`Doc.text` joins the whole document at each reading)."""
    return span[-1].whitespace_ + span.doc[span.end:span.end + _TAG_TOKENS].text_with_ws


class Descriptions:
    """Part of the Resolver (actors/resolve.py): unknown actors described by their neighbours."""

    def _describe(self, span: Span, f: Found, token_actor: dict[int, str], fallback: bool = True,
                  capital_alone: bool | Callable[[], bool] | None = None) -> Entity:
        """An actor not in the dictionary: its kind and country from the words that describe it; with `fallback`,
        an office, body or firm without such words takes the country the article is about (a state body, the state
        whose capital the dateline names where a sentence of it names no other state: `capital_alone`, read only
        when needed where a function, else the span's own sentence tells)."""
        label = f.ident.split(":")[1]
        if label in ("LOC", "GPE", "NORP") and region_code(span.text) is not None:
            # "Far East customers, mostly Japan": a region's name, of no state whatever its neighbours name (regions.py)
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind=_LABEL_KINDS.get(label),
                          known=False)
        if label == "PERSON" and (tagged := self._party_tagged(span, f.ident)) is not None:
            return tagged
        if label in ("PERSON", "ORG") and (body := self._body_described_after(span)) is not None:
            # "talks with Credo, the Ruritanian credit insurer agency,": a state's body its description names
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type="ORG", kind=body[1],
                          country=body[0], cameo=for_kind(body[0], body[1]), known=False)
        if label == "ORG" and (owner := self._office_owner(span, token_actor)) is not None:
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind=owner.kind,
                          country=owner.country, cameo=owner.cameo, known=False)
        kind, country, cameo = _LABEL_KINDS.get(label), f.country, None
        own = self.noun_kinds.get(span.root.lower_)
        if own and own != "person" and label != "PERSON":
            kind = own
        if label == "ORG" and span.text.lower() in getattr(self, "_subsidiaries", ()):
            kind = "company"  # "General Motors of Canada": a firm's arm in a state (Firms._without_parents_of_subsidiaries)
        state_body = label == "ORG" and self._state_body(span.text)
        if state_body:
            kind = "government"  # "the Export-Import Bank of Korea": a state's body, not a firm, though a bank
        alone = self._chamber_named_alone(span) if label == "ORG" else None
        if alone:
            kind = "government"  # "the Supreme Court", "the House of Representatives": a state's, though unnamed
        sector = title_word = body = None
        before_name = False
        neighbours = self._neighbours(span, self._place_tokens, strict=not fallback)
        if label == "ORG":
            neighbours += self._bracket_neighbours(span)
        based = self._based(span, neighbours, token_actor) if label != "PERSON" else None
        country = country or based
        if label in ("ORG", "GPE", "NAME") and not country and (region := self._state_of_region(span)) is not None:
            # "the State of Queensland", "Sabah state": the government of a country's region
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind="government",
                          country=region.country, cameo=f"{region.country}GOV", known=False)
        if label == "ORG" and not country and (home := self._region_opening(span)) is not None:
            country = home  # "Ontario Corn Producers Association", "Connecticut National Bank": of its region's state
        if label in ("GPE", "LOC") and not country and fallback and self._district_name(span) and (
                state := self._section_country(span) or self._dominant or self._home or self._lede) is not None:
            # "Putnam County declared an emergency": a district no gazetteer holds, of the story's state (on a roundup
            # page, of its section's dateline's)
            return Entity(id=f.ident, name=span.text.translate(_APOSTROPHES), type=label, kind=kind, country=state,
                          cameo=for_kind(state, kind), known=False)
        international = next((b for t in neighbours if label == "PERSON" and t.pos in _NAME_POS
                              and (b := self._titled_body(t.lower_, token_actor)) is not None), None)
        # "Defence Minister X of Peru": a state in an "of" phrase on the name or its title binds the person's country
        # before any word nearby (a U.S. envoy the parser lists the minister with)
        bound = self._state_after_name(span, token_actor) if label == "PERSON" else None
        bound = bound or (self._state_before_title(span, token_actor) if label == "PERSON" else None)
        country = country or bound
        for tok in neighbours:
            ident = token_actor.get(tok.i)
            other = (self.d.entities.get(ident) or self._places.get(ident)
                     or getattr(self, "_described", {}).get(ident)) if ident else None
            if not fallback and ident in getattr(self, "_presumed", ()):
                other = None  # "Shearson's Tulis": a firm given the article's country says nothing of the analyst's
            if international is not None and ident not in self.d.entities:
                other = None  # "Agriculture Commissioner X" of the EC: "Agriculture" is no state's body
            title = self._title(tok) if label == "PERSON" and tok.pos_ in ("NOUN", "PROPN") else None
            if title is not None and (sector is None or (not before_name and tok.dep_ == "compound"
                                                           and span.start <= tok.head.i < span.end)):
                # "Finance Minister Gerhard Stoltenberg": government; the title written before the name wins over
                # a noun set beside it ("Minister X, briefing reporters")
                sector, title_word = title.sector, tok.lower_
                before_name = tok.dep_ == "compound" and span.start <= tok.head.i < span.end
            if other is not None and other.country and ident != f.ident:
                known = ident in self.d.entities  # a dictionary actor: its country and code of the date (Tass: SUN)
                other_country = self._country_on(ident, self._date) if known else other.country
                country = country or other_country
                if label == "PERSON" and other.kind in ("company", "government", "party") and not cameo and (
                        bound is None or other_country == bound):
                    cameo = self.d.cameo_on(ident, self._date) if known else other.cameo
            elif other is not None and other.kind == "igo" and label == "PERSON" and not cameo and other.cameo:
                cameo = other.cameo  # "X, the head of the IMF mission": an international body's official, no country
                body = other
            elif tok.lower_ in self.noun_kinds and label != "PERSON" and tok.pos_ == "NOUN" and not state_body:
                # not a state's bank set beside its noun ("the Bank of Ghana, the nation's central bank")
                kind = self.noun_kinds[tok.lower_] if self.noun_kinds[tok.lower_] != "person" else kind
        if international is not None and not country and body is None:
            body, cameo, sector = international, international.cameo, None  # "Agriculture Commissioner X" of the EC
        if label == "PERSON" and not country and body is None and not cameo and (
                before := self._body_before_title(span, token_actor)) is not None:
            body, cameo, sector = before, before.cameo, None  # "EC Industrial Policy Director X": the EC's official
        if label == "ORG" and kind == "organisation" and self._business_body(span):
            sector = "BUS"  # "the U.S. Chamber of Commerce", "the American Chamber": a nation's business, no firm
        outlet = label == "ORG" and self._outlet(span.doc, span)
        if outlet and not country and span.start and (
                medium := getattr(self, "_agents", {}).get(token_actor.get(span.start - 1, ""))) is not None \
                and (medium.cameo or "").endswith("MED"):
            country = medium.country  # "the official Syrian news agency SANA": the state's medium its noun names
        if outlet:
            # "the daily X", "the Kuna news agency": a news outlet (not a state's agency for "agency"), of the state
            # its own words name ("the Soviet daily X"), else, as other organisations, of the story's country
            kind, sector = "organisation", "MED"
        officer = None  # of a title any body gives: "firm" (a firm's, in a firm's story), "body" (another body's)
        if label == "PERSON" and sector and title_word in self.any_body_titles:
            sector, officer = self._officer_sector(span, neighbours, token_actor, sector)
        elif label == "PERSON" and not sector and (titled := next((t for t in neighbours if t.lower_ in self.firm_titles
                                                                   and t.pos in _NAME_POS), None)) is not None:
            sector, officer = self._officer_sector(span, neighbours, token_actor, None)  # "chairman X"
            title_word = titled.lower_
        if label == "PERSON" and (phrase := self._title_phrase(span.doc, span.start) or self._title_with_portfolio_after(
                span.doc, span.start)) is not None:
            # "Indonesian Mines and Energy Minister X", however parsed: a state's official, of the title's country;
            # so "Kuwaiti Minister of State for Foreign Affairs X", the portfolio written after the title
            sector = sector or phrase[2].sector
            before = phrase[0] - 1 - (phrase[0] >= 2 and span.doc[phrase[0] - 1].lower_ in ("'s", "’s"))
            named = token_actor.get(before) if before >= 0 else None
            other = (self.d.entities.get(named) or self._places.get(named)) if named else None
            if other is not None and other.kind == "government" and other.country and not international:
                country = country or other.country
        if label == "PERSON" and not country and (national := self._national_title(span)):
            country, sector = national, sector or "GOV"  # "Chancellor of the Exchequer X": British
        if label == "PERSON" and sector and not country:
            country = self._listed_country(span, token_actor)  # "British Chancellor X, Foreign Secretary Y and ..."
        if label == "PERSON" and not country and body is None and (
                owner := self._pronoun_owner(span, neighbours, token_actor)) is not None:
            country, sector = owner, sector or "GOV"  # "Ruritania backs the plan, its envoy to Oslo, X, said"
        if label == "PERSON" and fallback and not (country or sector or officer) and (
                lede := self._titled_lede(span, token_actor)):
            country, sector = lede  # "Oman's Oil Minister said ... . Said al-Harthy was quoted ...": that minister
        if label == "PERSON" and fallback and not (country or officer) and body is None and (any(
                t.lower_ in self.d.lexicon.counterpart_nouns and t.pos_ == "NOUN" for t in neighbours)
                or (span.start and span.doc[span.start - 1].lower_ in self.d.lexicon.counterpart_nouns)) and (
                other := self._counterpart_state(span, token_actor)) is not None:
            country, sector = other, sector or "GOV"  # "a letter sent by North Korea's premier X to his southern
            # counterpart Y": of the other state the story names
        if label == "PERSON" and fallback and not (country or sector or officer) and body is None and (
                lead := self._dominant or self._leading_country()) and self._of_an_unnamed_body(
                span, neighbours, token_actor):
            # "X, vice-chairman of the council for economic planning,": a body of the country the story is about, or of
            # its dateline's where that ties with another as the one named most (_leading_country)
            country = lead
        forms = self._form_countries(span) if label == "ORG" else ()
        if label == "ORG" and not f.country and not based and (known := self._dictionary_firm(span, forms)):
            # "Siemens A.G.", "Waste Management Corp", "Intel Corp": a firm the dictionaries know by another form
            country, kind = known, "company"
        if forms and country not in forms and country != f.country and country != based:
            country = None  # "Jaguar PLC's U.S. unit": a plc is no American firm, whatever state is named beside it
        if forms and not country:
            # "Montedison Spa": Italian; "ZURICH - Contraves AG said": the dateline's country among the form's; "Acme
            # Plc" in a story that names Britain and no other state of the form
            country = forms[0] if len(forms) == 1 else (self._home if self._home in forms and self._leads(span)
                                                         and not self._market else self._named_among(forms))
        if label == "ORG" and fallback and not country and self._state_owned(span):
            # "the country's Coal Corporation", "the government's Board of Investment": a body the story gives to the
            # state it is about: the one state its dateline (a roundup section's) and the names before the body give;
            # none where they give two ("Iraq said its jets hit Iran. The country's ...": either; "TOKYO - The American
            # Soybean Association ... the country's": either)
            home = self._section_country(span) or self._home
            named = {state for first, state in self._states if first < span.start} | ({home} if home else set())
            country = named.pop() if len(named) == 1 else self._subject_state_before(span, token_actor, named)
        if fallback and not country and ((label == "PERSON" and (sector or officer) and body is None
                                          and title_word not in self.destination_titles)
                            or (label == "ORG" and kind in _HOME_KINDS)):
            # "Defence Minister X", "the Interior Ministry", "Acme Inc" with no country: an office, a body or a firm
            # of the country the article is about, if one stands out (a state's official: _official_country; a firm
            # or another body only where the story's dateline is in that country, or it has none), else
            # a state body's, or an organisation's in a one-country wire story (_single_country), the dateline's; never
            # an envoy's (sent abroad), never an international body's official ("X, Director General of the OECD"),
            # never from a place merely near the name, never for a person's name without a title; a name that says
            # its body is international takes no dateline ("World Coffee Council"), unless a legal form ends it: a
            # firm's ("Acme International Inc").
            # "GOVAGR": a state's too; another body's officer ("Mining Council president X") as a state's official
            official = label == "PERSON" and ((sector or "")[:3] in STATE_SECTORS or officer == "body")
            if officer == "firm":  # a firm's officer named by title alone: the lede's firm's, else a one-country story's
                country = self._lede_firm_country(span.doc, token_actor) or (
                    self._home if self._single and not self._market else None)
            elif label == "ORG" and kind != "government" and not forms and self._many_states_body(span):
                country = None  # "the International Tea Organisation", "the ITO Council": no story's state's body
            elif label == "ORG" and kind != "government" and self._market:
                country = None  # "ZURICH - Acme Co has launched a bond, lead manager X said": a foreign borrower
            elif label == "ORG" and kind != "government" and self._home and self._dominant not in (None, self._home):
                country = None  # "GENEVA - ... sold in West Germany ... Dodge cars": a story told from another state
            elif alone == "generic" and self._capital and not self._section_country(span):
                # "WASHINGTON - The House voted to cut aid to Nicaragua's rebels": a chamber or court named by a noun
                # any state's may bear is the one of the capital the story is told from, whatever states it names
                country = self._capital
            elif label == "ORG" and kind == "government" and (section := self._section_country(span)) is not None:
                country = section  # "…\nJAKARTA — … The Health Ministry reported": the section's state, not the page's
            elif label == "ORG" and kind == "government" and self._capital and (
                    (capital_alone() if callable(capital_alone) else capital_alone) if capital_alone is not None
                    else not (self._sentence_countries(span, token_actor) - {self._capital})):
                country = self._capital  # "WASHINGTON - ... the Treasury said" in a story about Brazil: the US's
            else:
                country = (self._official_country(span, token_actor, body_officer=officer == "body") if official
                           else self._dominant or (self._subject_state() or self._home or (
                               self._lede if kind == "government" else None) if kind == "government" or (
                               label == "ORG" and self._single and not self._market
                               and not (self._international(span) and not forms)) or (
                               label == "PERSON" and self._single and not self._market) else None))
            if forms and country not in forms:
                country = None  # "Sandoz AG" in a story about the Soviet Union: no Soviet firm
        elif fallback and not country and label == "PERSON" and not (sector or officer) \
                and (title_word is None or title_word in self.firm_titles) \
                and body is None and self._single and not self._market and _full_name(span):
            # "CLEVELAND - ... Jane Roe, who resigned in December": a person named in full without a title, or with a
            # firm's or an association's title no body of the story stands by ("Employers organization chairman, Jan
            # Roe,"), in a one-country wire story (its dateline's state the only one it names) is of that state, as
            # its firms and their officers are (presumed: _described_at); not a one-word name ("Revs", "Easter", a
            # firm's short form)
            country = self._home
        name = span.text.translate(_APOSTROPHES)
        if country and sector and (not cameo or cameo == country):  # "Portuguese Ambassador X": PRTGOV
            cameo = f"{country}{sector}"
        roles = [Role(title=f"official of {body.name}", organisation=body.id)] if body and not country else []
        return Entity(id=f.ident, name=name, type=label, kind=kind, country=country,
                      cameo=cameo or (for_kind(country, kind) if country else None), known=False, roles=roles)

    def _pronoun_owner(self, span: Span, neighbours: list[Token], token_actor: dict[int, str]) -> str | None:
        """The state a possessive pronoun before a person's title stands for ("Ruritania backs the plan, its envoy to
        Oslo, X, said": Ruritanian): the state named as the last clause's subject before the pronoun in its sentence
        (not "Ruritania's firm", whose "its" is the firm's, nor a relative pronoun); None where no title takes "its" or
        "their", or that subject is no state ("Ruritania said the bank lost its chairman"). The pronoun is one
        describing the name, or, however parsed, one opening the title set right before it (`_pronoun_before`)."""
        pronoun = next((t for t in neighbours if t.lower_ in ("its", "their") and t.dep_ == "poss"
                        and self._titled(t.head)), None) or self._pronoun_before(span)
        if pronoun is None:
            return None
        subjects = [t for t in pronoun.doc[pronoun.sent.start:pronoun.i] if t.dep_ in ("nsubj", "nsubjpass")
                    and t.lower_ not in ("which", "that", "who")]
        ident = token_actor.get(subjects[-1].i) if subjects else None
        return self._country_on(ident, self._date) if ident in self.state_ids else None

    def _titled(self, tok: Token) -> bool:
        """Whether a word is a state official's title or an envoy's ("minister", "ambassador")."""
        return self._title(tok) is not None or tok.lower_ in self.destination_titles

    def _pronoun_before(self, span: Span) -> Token | None:
        """"its"/"their" opening a title set off right before a name ("its ambassador to Norway, X,"): the pronoun, a
        title word after it, and no verb nor sentence's end before the name (`_TITLE_SPAN` words at most)."""
        doc = span.doc
        for k in range(span.start - 1, max(span.start - _TITLE_SPAN, 0) - 1, -1):
            tok = doc[k]
            if tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";") or tok.is_sent_start:
                return None
            if tok.lower_ in ("its", "their"):
                return tok if k + 1 < span.start and self._titled(doc[k + 1]) else None
        return None

    def _region_opening(self, span: Span) -> str | None:
        """The state of a region of one state (lexicon `dateline_regions`, written out: "Ontario", "New Jersey", not
        "Ont." or "N.J.") that opens an organisation's longer name ("the Ontario Corn Producers Association"); None
        for any other name."""
        regions = getattr(self, "_regions", None)
        if regions is None:
            states: dict[str, set[str]] = {}
            for state, names in self.d.lexicon.dateline_regions.items():
                for name in names:
                    if len(name) > 3 and name.replace(" ", "").isalpha():
                        states.setdefault(name.lower(), set()).add(state)
            regions = self._regions = {name: next(iter(s)) for name, s in states.items() if len(s) == 1}
        words = [t for t in span if t.lower_ != "the"]
        for n in (3, 2, 1):
            if len(words) > n and words[0].text[:1].isupper() and " ".join(t.lower_ for t in words[:n]) in regions:
                return regions[" ".join(t.lower_ for t in words[:n])]
        return None

    def _chamber_named_alone(self, span: Span) -> str | None:
        """Whether an organisation's name is a state's chamber or court named without its state (lexicon
        `bodies_named_alone`): "generic" where the name is a noun any state's such body may bear (a noun of an agent
        of the dictionaries, "the Supreme Court", "the House of Representatives", or a chamber's name of
        `chamber_committees`, "the House"), "own" where it is one state's own name ("the Knesset"); None else."""
        key = " ".join(t.lower_ for t in span if t.lower_ != "the")
        if key not in self.d.lexicon.bodies_named_alone:
            return None
        if tuple(key.split()) in self.d.agents or key in self.d.lexicon.chamber_committees:
            return "generic"
        return "own"

    def _subject_state_before(self, span: Span, token_actor: dict[int, str], named: set[str]) -> str | None:
        """Of two or more states named before "the country's" body, the one that is the subject of the main verb of
        the body's own sentence (before the body) or, failing that, of the sentence before it ("Iraq said its jets hit
        Iran. The country's Revolutionary Command Council warned Tehran": Iraq's, the state that speaks; "Iraqi jets
        bombed Iran. The country's …": the jets' state); None where neither sentence's main verb has a state or a
        state's agent for its subject."""
        doc = span.doc
        if not doc.has_annotation("SENT_START"):
            return None
        sentence = span.sent
        sentences = [sentence] + ([doc[sentence.start - 1].sent] if sentence.start > 0 else [])
        for sent in sentences:
            root = sent.root
            for child in root.children:
                if child.dep_ not in ("nsubj", "nsubjpass") or child.i >= span.start:
                    continue
                for word in [child] + [t for t in child.lefts if t.dep_ in ("amod", "compound", "poss")]:
                    ident = token_actor.get(word.i) or ""  # "Iraqi" of "Iraqi jets bombed …"
                    country = self._country_on(ident, self._date) if ident in self.state_ids else (
                        ident.split(":")[1] if ident.startswith("agent:") else None)
                    if country in named:
                        return country
        return None

    def _state_owned(self, span: Span) -> bool:
        """Whether a name's possessor is a noun by which a story names the state it is about, with "the" ("the
        country's Coal Corporation", "the Asian nation's Board of Trade": lexicon's `state_possessor_nouns`)."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].lower_ not in ("'s", "’s"):
            return False
        owner = doc[span.start - 2]
        return owner.lower_ in self.state_possessors and any(
            t.lower_ == "the" for t in doc[max(owner.sent.start, span.start - 5):owner.i])

    def _district_name(self, span: Span) -> bool:
        """Whether a place's name is a district's by its word (lexicon's `district_words`): "Putnam County", "County
        Kerry", with a capitalised name beside the word."""
        words = [t for t in span if t.lower_ != "the"]
        if len(words) < 2:
            return False
        return (words[-1].lower_ in self.district_words and words[-2].is_title) or (
            words[0].lower_ in self.district_words and words[1].is_title)

    def _many_states_body(self, span: Span) -> bool:
        """Whether a name is a body's that many states join: a body's head (`international_body_heads`: "the World
        Jute Council") after a word that says it is not one country's (`international_words`) or after the acronym
        such a name defines ("the ITO Council" after "the International Tea Organisation (ITO)"); not a body a
        possessive makes another's part ("the union's International Policy Council")."""
        if span.start and span.doc[span.start - 1].lower_ in ("'s", "’s", "'"):
            return False
        if len(span) == 1 and span[0].text in self._many_states_acronyms:
            return True  # "INRO" itself
        words = [t.lower_ for t in span]
        if not (words[-1] in self.international_heads or " ".join(words[-2:]) in self.international_heads):
            return False
        return self._international(span) or any(t.text in self._many_states_acronyms for t in span)

    def _acronyms_of_many_states_bodies(self, doc: Doc, spans: dict[str, list[Found]]) -> frozenset[str]:
        """The acronyms a story writes for the unknown bodies of many states it names ("ITO" of "the International
        Tea Organisation (ITO)": a mention in capitals of the same actor as a `_many_states_body` name, or the word
        in capitals in brackets right after such a name, whatever its letters)."""
        acronyms: set[str] = set()
        for fs in spans.values():
            bodies = [f for f in fs if self._many_states_body(doc[f.start:f.end])]
            if not bodies:
                continue
            acronyms |= {doc[f.start].text for f in fs if f.end - f.start == 1 and doc[f.start].is_upper
                         and len(doc[f.start]) > 1}
            for f in bodies:
                after = [t for t in doc[f.end:f.end + 5] if not t.is_space][:3]
                if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].is_upper \
                        and after[1].is_alpha and len(after[1]) > 1:
                    acronyms.add(after[1].text)
        return frozenset(acronyms)

    def _tagged_namesake(self, span: Span, ident: str) -> bool:
        """Whether a dictionary person of another state than the US is written with a US politician's party and
        state tag after the name ("Rep. X Serrano (D-N.Y.)": a member of the US Congress, not an Ecuadorian minister
        of the same name): the name is read as that politician instead (`_party_tagged`)."""
        if not self._is_person(ident) or self.d.entities[ident].country in (None, "USA"):
            return False
        return _CONGRESS_TAG.match(_after(span)) is not None

    def _party_tagged(self, span: Span, ident: str) -> Entity | None:
        """A US politician tagged with party and state after the name ("X (D-Okla.)", "X, R-Texas,"), or with the
        party alone after a title ("Gov. X (R)"): a member of Congress, or of the US government after a title of a
        state's or a city's office (lexicon's `party_tag_executive_titles`: "Gov.", "Mayor"); None untagged."""
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start else ""
        executive = before in self.executive_tag_titles
        tag = _CONGRESS_TAG.match(_after(span)) or (
            _PARTY_TAG.match(_after(span)) if executive or before in self.legislator_tag_titles else None)
        if tag is None:
            return None
        party = _CONGRESS_PARTIES[tag.group(1)]
        where = f"{party}, {tag.group(2)}" if tag.re is _CONGRESS_TAG else party
        title = f"{before if before != 'gov' else 'governor'} ({where})" if executive \
            else f"member of the US Congress ({where})"
        return Entity(id=ident, name=span.text.translate(_APOSTROPHES), type="PERSON", kind="person", country="USA",
                      cameo="USAGOV" if executive else "USALEG", known=False, roles=[Role(title=title, country="USA")])

    def _office_owner(self, span: Span, token_actor: dict[int, str]) -> Entity | None:
        """The state's official or body whose office a name opened by an office's noun is, written right after the
        owner's possessive ("the U.S. Attorney's Office for Nevada": the US judiciary; lexicon's
        `possessed_office_heads`); None for any other name, or an owner of no state ("Acme's Office of X")."""
        doc = span.doc
        if span[0].lower_ not in self.office_heads or span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
            return None
        ident = token_actor.get(span.start - 2)
        owner = self._agents.get(ident) or self.d.entities.get(ident) if ident else None
        return owner if owner is not None and owner.kind == "government" and owner.country else None

    def _business_body(self, span: Span) -> bool:
        """Whether an organisation's name is a business body's (`business_body_names` in the lexicon: "Chamber of
        Commerce", "Federation of Industries"), or a demonym or state before "Chamber" alone ("the American
        Chamber")."""
        words = span.text.translate(_APOSTROPHES).split()
        if words and words[0].lower() == "the":
            words = words[1:]
        text = " ".join(words).lower()
        if any(name in text for name in self.d.lexicon.business_body_names):
            return True
        return len(words) >= 2 and words[-1].lower() == "chamber" and (
            self._country_word(" ".join(words[:-1])) is not None)

    def _of_an_unnamed_body(self, span: Span, neighbours: list[Token], token_actor: dict[int, str]) -> bool:
        """Whether a person is set beside a title "of" a public body named by its common noun alone ("X, vice-chairman
        of the council for economic planning", "X, a director of the agency"): a definite noun of a state's or an
        organisation's kind (`kind_nouns` in the lexicon) that no name, demonym or possessive describes, reached
        through "of" from a noun the name stands beside. Such a body is one of the country the story is about, as an
        unknown organisation is; a body some name describes ("the coffee body's council", "the ICO council") is
        read through that name instead, and so is a noun that stands back for a body the story names ("the union" after
        "the National Union of Mineworkers")."""
        for tok in neighbours:
            if tok.pos_ != "NOUN" or not tok.is_lower or tok.i in token_actor or tok.dep_ != "pobj" \
                    or tok.head.lower_ != "of" or self.noun_kinds.get(tok.lower_) not in ("government", "organisation"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            if any(c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and (
                    c.i in token_actor or c.pos_ == "PROPN" or c.ent_type_)) for c in tok.children):
                continue  # "the coffee body's council", "the ICO council", "the Japanese agency": whose it is told
            if any(t.lower_ == tok.lower_ and t.i in token_actor for t in span.doc):
                continue  # "the organisation" after "the Organization of Petroleum Exporting Countries": that body
            return True
        return False

    def _lede_firm_country(self, doc: Doc, token_actor: dict[int, str]) -> str | None:
        """The country of the firm a story's first sentence names by its legal form ("Harwell Mills Inc said ...,
        chairman X said": X is that firm's officer), where the firms it so names have one country between them;
        else None (two firms of two states, or a firm of no known country)."""
        first = next(iter(doc.sents)) if doc.has_annotation("SENT_START") else doc[:0]
        countries = set()
        for ent in doc.ents:
            if ent.start >= first.end:
                break
            if ent.label_ not in ("ORG", "PERSON") or not self._legal_form(ent):
                continue
            ident = next((token_actor[i] for i in range(ent.start, ent.end) if i in token_actor), None)
            other = (self.d.entities.get(ident) or getattr(self, "_described", {}).get(ident)) if ident else None
            if other is None or not other.country:
                return None  # a firm of no known country: its officer's is not told
            countries.add(self._country_on(ident, self._date) if ident in self.d.entities else other.country)
        return countries.pop() if len(countries) == 1 else None

    def _state_before_title(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state named right before a state official's title in lower case written before the name ("West German
        minister X", "Japan's trade minister X", however parsed, a line break between): the title's country, else
        None. The title's portfolio words may stand between ("farm", "foreign")."""
        doc, j = span.doc, span.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        title = self.d.agents.get((doc[j].lower_,)) if j >= 0 and doc[j].is_lower else None
        if title is None or title.kind not in ("government", "officials") or title.sector[:3] not in STATE_SECTORS \
                or doc[j].lower_ in self.any_body_titles or doc[j].lower_ in self.destination_titles:
            return None  # "the Ukraine envoy X": an envoy is named after the state he is sent to
        k = j - 1
        while k >= 0 and (doc[k].is_space or doc[k].lower_ in self._portfolio_words or doc[k].lower_ == "and"):
            k -= 1
        if k >= 1 and doc[k].lower_ in ("'s", "’s"):
            k -= 1
        state = self.d.entities.get(token_actor.get(k, "")) if k >= 0 else None
        return state.country if state is not None and state.kind == "government" and state.id in self.state_ids \
            else None

    def _state_after_name(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state an "of" phrase on a person's name, or right after it, or on the title written before it names
        ("Defence Minister Jorge Ruiz of Peru", whatever the parser hung the name on: a U.S. envoy it lists him with):
        the country of the one state so named, else None. Not a state owning the phrase's noun ("X of Peru's central
        bank": the bank's, read through the neighbours), nor a city ("X of Lima")."""
        doc = span.doc
        if not doc.has_annotation("DEP"):
            return None
        holders = [span.root]
        if (phrase := self._title_phrase(doc, span.start)) is not None:
            holders += list(doc[phrase[0]:phrase[1] + 1])
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            holders.append(doc[span.end].head)  # "X of Peru" parsed with "of" on the title the name is beside
        states = self.state_ids
        found = set()
        for tok in holders:
            for prep in tok.children:
                if prep.dep_ != "prep" or prep.lower_ != "of":
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and (ident := token_actor.get(obj.i)) in states:
                        found.add(self._country_on(ident, self._date))
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _described_at(self, doc: Doc, mentions: list[Found], token_actor: dict[int, str]) -> Entity:
        """An unknown actor as its mentions describe it: the first mention whose own words give a country ("Seixas,
        director of the Brazilian central bank" after "Antonio Padua de Seixas"), under the first mention's name;
        only when none does, what the first mention is given without such words (the country the article is about)."""
        first = doc[mentions[0].start:mentions[0].end]
        for f in mentions:
            entity = self._describe(doc[f.start:f.end], f, token_actor, fallback=False)
            if entity.country:
                return entity.model_copy(update={"name": first.text.translate(_APOSTROPHES)})
        # a state body the dateline's capital gives a country (_dateline_capital): where one of its mentions stands in
        # a sentence naming no other state ("the Treasury said" after "the Treasury criticised Brazil's moratorium"),
        # or none but the states it acts on ("MANILA - the foreign ministry summoned the Japanese ambassador")
        def alone() -> bool:  # read only for a state body without a country (a sentence read for each mention)
            return any(not (self._sentence_countries(span, token_actor) - {self._capital}
                            - self._acted_on_countries(span, token_actor))
                       for f in mentions for span in (doc[f.start:f.end],))

        self._mentions = mentions  # an official's partners in any mention (_partner_country)
        try:
            entity = self._describe(first, mentions[0], token_actor,
                                    capital_alone=alone if self._capital is not None else False)
        finally:
            self._mentions = None
        if entity.country:
            self._presumed.add(entity.id)
        return entity

    def _neighbours(self, span: Span, places: set[int] = frozenset(), strict: bool = False) -> list[Token]:
        """Words that describe a name, nearest first: its modifiers and appositions, the noun it stands beside, and
        the words describing those in turn ("Turkish Foreign Ministry spokesman X", "X, director-general of the
        Israeli Foreign Ministry"), through "of"/"from" (and "for" after a title: "X, a spokesman for the Czech
        Foreign Ministry"; "to" or "for" after a staff noun: "X, an aide to President Y") but no other preposition:
        "the envoy to Ukraine" and "talks in Kiev" say nothing of whose a person is."""
        if not span.doc.has_annotation("DEP"):
            return []

        def place(tok: Token) -> bool:  # tagged a place, or a place name the dictionary resolved ("Peking")
            # not a demonym the tagger read as a proper noun ("A Briton, X,": the nationality the name is set beside)
            return tok.ent_type_ in ("GPE", "LOC") or (tok.i in places and tok.pos_ == "PROPN"
                                                       and tok.text not in self.d.demonyms)

        root = span.root
        person = span.label_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in span)
        heads = [root]
        sent_to = self._destination_before(span)
        if sent_to is not None:
            # "U.S. Ambassador to the European Union X", however parsed: the title describes X, the body or state
            # it is sent to does not
            heads.append(sent_to[0])
        if root.dep_ in ("appos", "compound") and root.head.i not in range(span.start, span.end):
            if not self._tied_to(self._apposed_to(root)):
                heads.append(self._apposed_to(root))
        elif root.dep_ == "pobj" and root.head.head.lower_ in self.destination_titles:
            heads.append(root.head.head)  # "the Belgian ambassador to Tokyo Pieter Janssens", parsed as "to ... Janssens"
        elif person and (title := self._office_before(span)) is not None:
            heads.append(title)  # "the Nigerian minister of mines and power X", parsed as "of ... X"
        elif person and (title := self._listed_beside_title(span)) is not None:
            heads.append(title)  # "Kenya's envoy, Ambassador X, and ...", X parsed as the next item of a list
        # "X, Y and Japanese Finance Minister Z": Z parsed as set beside X is the list's last item, another person
        others = {c.i for c in root.children if person and c.dep_ == "appos" and c.ent_type_ == "PERSON"
                  and any(k.dep_ == "conj" and k.i < c.i for k in root.children)}
        # "X and Y, World Bank vice-president": a singular noun set off after the last of two joined names, parsed as
        # beside the first, is the last one's only (`_set_off_after_last`)
        others |= {c.i for c in root.children if person and c.dep_ == "appos" and c.tag_ in ("NN", "NNP")
                   and c.ent_type_ != "PERSON" and c.i > span.end and any(
                       k.dep_ == "conj" and k.ent_type_ == "PERSON" and k.i < c.i for k in root.children)}
        if person and (last := self._set_off_after_last(root)) is not None:
            heads.append(last)
        heads += [c for c in root.children if c.dep_ == "appos" and not span.start <= c.i < span.end
                  and c.i not in others]
        if person or strict:
            # A place written against a person's name ("Tokyo Pieter Janssens", "Sudan, Mark Ellison") is a parse
            # of a title's object, not the person's country.
            heads = [h for h in heads if h is root or not place(h)]
        # "X, who is Norwegian,", "X, who is a Norwegian diplomat,": what a relative clause says the name is (a
        # demonym there, which names a state, is no place written against the name)
        heads += [a for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"
                  and any(w.dep_ == "nsubj" and w.lower_ in ("who", "which", "that") for w in c.children)
                  for a in c.children if a.dep_ in ("attr", "acomp") and (a.ent_type_ == "NORP" or not place(a))]
        # "X, who heads Mexico's tax agency,", "X, who chairs the Senate committee,": the body a relative clause says
        # the name leads (not a state itself: "X, who runs Peru" says nothing of whose X is)
        heads += [o for c in root.children if c.dep_ == "relcl" and c.lemma_ in _LEADING_VERBS
                  and any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)
                  for o in c.children if o.dep_ == "dobj" and not place(o)]
        out: list[Token] = []
        seen = {t.i for t in heads} | others | (set(sent_to[1]) if sent_to is not None else set())
        frontier = list(heads)
        for _ in range(_DESCRIBING_DEPTH):
            following = []
            for tok in frontier:
                out.append(tok)
                for child in tok.children:
                    if span.start <= child.i < span.end or child.i in seen:
                        continue
                    if person and tok.i == root.i and place(child) and child.dep_ == "compound":
                        continue
                    if person and tok.lower_ in self.subject_titles and place(child) and child.dep_ in (
                            "compound", "nmod") and not _abbreviation(child):
                        # "Russia expert X", "a China analyst": the state studied, not X's own; a body named before
                        # it is still X's ("the White House Ukraine expert": the White House's)
                        following.extend(c for c in child.children if c.dep_ == "compound" and c.i < child.i
                                         and not place(c) and c.i not in seen)
                        continue
                    if tok.lower_ in self.relation_nouns and child.dep_ in ("poss", "prep"):
                        continue  # "X, a friend of the French envoy", "the envoy's wife, X": the other person's
                    if child.dep_ in _DESCRIBING_DEPS:
                        following.append(child)
                    elif child.dep_ == "prep" and (child.lower_ in _OF or (child.lower_ == "for" and (
                            self.noun_kinds.get(tok.lower_) == "person" or (tok.lower_,) in self.d.agents))
                            or (child.lower_ in ("to", "for") and tok.lower_ in self.staff_nouns)):
                        # "director of the Israeli Foreign Ministry", "a spokesman for the Czech Foreign Ministry",
                        # "an aide to Chancellor X" (`staff_nouns`: whom the staff serve)
                        following.extend(p for p in child.children if p.dep_ == "pobj")
                seen.update(t.i for t in following)
            frontier = following
        out.extend(frontier)
        out = [t for t in out if not span.start <= t.i < span.end]
        if any(t.lower_ in self.destination_titles for t in out):
            # "the envoy to Ukraine", "Ukraine envoy": the country an envoy is sent to is not theirs; only a
            # demonym or a possessive says whose envoy it is, or a state's name before a title whose "to"/"in" names
            # the destination ("the U.S. ambassador to Ukraine": the United States sends, Ukraine receives).
            # A portfolio's word before the title makes it a state's own office ("an assistant U.S. trade
            # representative": the United States'), as a "to" does the sender's.
            sent = {t.i for t in out if t.lower_ in self.destination_titles and any(
                (c.dep_ == "prep" and c.lower_ in ("to", "in")) or (c.dep_ == "compound" and c.i < t.i
                                                                   and c.lower_ in self._portfolio_words)
                for c in t.children)}
            # A state's name abbreviated as its adjective before the title and the title's own modifiers ("U.S. envoy
            # X", "UK special envoy X") is the sender, as a demonym is: a destination is written in full ("the Ukraine
            # envoy").
            out = [t for t in out if t.dep_ == "poss" or t.pos_ == "ADJ" or t.lower_ in self.destination_titles
                   or (t.ent_type_ in ("NORP", "ORG", "") and not place(t))
                   or (t.dep_ in ("compound", "amod") and t.head.i in sent)
                   or (t.dep_ in ("compound", "nmod") and _abbreviation(t)
                       and t.head.lower_ in self.destination_titles
                       and all(w.dep_ in ("amod", "compound") and w.head.i == t.head.i
                               for w in t.doc[t.i + 1:t.head.i]))]
        return out

    def _body_before_title(self, span: Span, token_actor: dict[int, str]) -> Entity | None:
        """The international body whose name opens the capitalised title written right before a person's name ("EC
        Industrial Policy Director X", "OPEC Research Director X"): the title's last word one of the lexicon's
        `body_official_titles`, the words between capitalised; None otherwise."""
        doc, j = span.doc, span.start - 1
        if j < 1 or doc[j].lower_ not in self.d.lexicon.body_official_titles or not doc[j].is_title:
            return None
        for k in range(j - 1, max(j - 6, -1), -1):
            ident = token_actor.get(k)
            if ident is not None:
                body = self.d.entities.get(ident)
                return body if body is not None and (body.kind == "igo" or (body.cameo or "").startswith("IGO")) \
                    and (k == 0 or doc[k - 1].ent_type_ != doc[k].ent_type_ or doc[k - 1].ent_iob_ != "I") else None
            if not (doc[k].is_title and doc[k].is_alpha):
                return None
        return None

    def _body_described_after(self, span: Span) -> tuple[str, str] | None:
        """(country, kind) of a name set off by a comma before a description of a state's body with "the", one
        demonym and lower-case words, ended by a comma or the sentence's end ("Credo, the Ruritanian credit insurance
        agency,"): the demonym's state and the kind of the description's last noun (`kind_nouns`: agency, a state's
        body); None otherwise, or where that noun is a person's or a firm's ("X, the French company": read as before)."""
        doc, i = span.doc, span.end
        if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "the":
            return None
        states, j = set(), i + 2
        while j < len(doc) and j < i + 8 and doc[j].text not in (",", ".", ";"):
            word = doc[j]
            if word.is_title and (state := self._country_word(word.text)) is not None:
                states.add(state)
            elif not word.is_lower:
                return None
            j += 1
        if j >= len(doc) or doc[j].text not in (",", ".", ";") or len(states) != 1 or j - 1 <= i + 2:
            return None
        kind = self.noun_kinds.get(doc[j - 1].lower_)
        if kind not in ("government", "organisation"):
            return None
        state = self.d.entities.get(states.pop())
        return (state.country, kind) if state is not None and state.country else None

    def _counterpart_state(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The state of a person named as another's counterpart ("his southern counterpart X", "X, his counterpart"):
        the one state the story names other than those of the people of known country named in the same sentence (the
        one whose counterpart he is); None where it names no other or several."""
        sentence = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        theirs = {self._person_country(i) for t in sentence if not span.start <= t.i < span.end
                  and (i := token_actor.get(t.i)) and self._is_person_id(i)} - {None}
        if not theirs:
            return None
        others = {state for _, state in self._states} - theirs
        return others.pop() if len(others) == 1 else None

    @staticmethod
    def _set_off_after_last(root: Token) -> Token | None:
        """The singular noun set off by a comma right after a name that is the last of two joined names, which the
        parser hung beside the first ("X and Y, World Bank vice-president": "Bank" set beside X); None otherwise."""
        if root.dep_ != "conj" or root.ent_type_ != "PERSON" or root.head.ent_type_ != "PERSON":
            return None
        end = root.i
        if end + 1 >= len(root.doc) or root.doc[end + 1].text != ",":
            return None
        return next((c for c in root.head.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNP")
                     and c.ent_type_ != "PERSON" and c.left_edge.i >= end + 2
                     and not any(k.dep_ == "conj" and root.i < k.i < c.i for k in root.head.children)), None)

    def _destination_before(self, span: Span) -> tuple[Token, range] | None:
        """The title of someone sent and the words of the state or body they are sent to, where a name follows
        them right after "to"/"in" ("U.S. Ambassador to the European Union X", "the French envoy in Tokyo X"),
        whatever the parse; None otherwise."""
        doc, j = span.doc, span.start - 1
        while j >= 0 and doc[j].ent_type_ not in ("", "PERSON") and doc[j].ent_iob_ in ("B", "I"):
            j -= 1
        if j >= 0 and doc[j].lower_ == "the" and j < span.start - 1:
            j -= 1
        if j == span.start - 1 or j < 1 or doc[j].lower_ not in ("to", "in") \
                or doc[j - 1].lower_ not in self.destination_titles:
            return None
        return doc[j - 1], range(j + 1, span.start)

    def _tied_to(self, tok: Token) -> bool:
        """Whether a noun a name is set beside is the other person of a tie between two ("a friend of the French
        envoy, Tom Hale,", "a lawyer for the Russian ambassador, X,": `relation_nouns` in the lexicon): the object of
        a preposition, or the possessor, on a noun of such a tie, so that the name may be either person's."""
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            return tok.head.head.lower_ in self.relation_nouns
        return tok.dep_ == "poss" and tok.head.lower_ in self.relation_nouns

    @staticmethod
    def _apposed_to(root: Token) -> Token:
        """The noun a name stands beside: its head, or, where that head's list goes on between the two ("China's
        envoy, Ambassador X, and the head of the Israeli delegation, Y" parsed with Y beside "envoy"), the last item of
        the list before the name, which the name follows, when that is a noun phrase of its own ("the director")."""
        head = root.head
        if root.dep_ != "appos":
            return head
        items, todo = [], [head]
        while todo:
            tok = todo.pop()
            items.append(tok)
            todo.extend(c for c in tok.children if c.dep_ in ("conj", "appos") and c.i < root.i)
        last = max(items, key=lambda t: t.i)
        # not "Acme and Zenco, two Japanese firms" (both of them), nor "the government's aid and review body, the X"
        # (one phrase, parsed as a list: the body is the government's)
        return last if last.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in last.children) else head

    @staticmethod
    def _set_off(span: Span) -> Token | None:
        """The noun a name is set beside between commas, right after it ("the port union, FNV, agreed"), which the
        parser may not call an apposition; None otherwise."""
        doc = span.doc
        head = span.root.head
        if span.start < 2 or doc[span.start - 1].text != "," or head.i != span.start - 2 or head.pos_ not in (
                "NOUN", "PROPN") or (span.end < len(doc) and doc[span.end].text not in (",", ".")):
            return None
        return head

    def _state_in_name(self, span: Span, token_actor: dict[int, str]) -> str | None:
        """The one state a name's own words name (a state's name or demonym the dictionary resolved, or a demonym the
        matcher left inside a longer name or missed for its case: "SWEDISH Match"), if exactly one."""
        states = self.state_ids
        found = {self._country_on(i, self._date) for t in span if (i := token_actor.get(t.i)) in states}
        found |= {self._country_on(c, self._date) for t in span
                  if token_actor.get(t.i) not in states and (c := self._demonym(t.text))}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def _unknown_id(self, span: Span, label: str) -> str:
        """'unk:<label>:<slug>'; within one article a name keeps the label it was first given."""
        name = slug(span.text.translate(_APOSTROPHES))
        return self._unknown.setdefault(name, f"unk:{label}:{name}")
