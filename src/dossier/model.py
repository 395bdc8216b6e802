"""The data model: the one source of truth for documents, entities, events, facts, conflicts and stories.

The store derives its tables from these classes, the exports and the JSON Schema are generated from them,
and the API and the page serve them as they are.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

Precision = Literal["day", "month", "year", "decade", "vague"]
Status = Literal["occurred", "planned", "hypothetical", "negated"]


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A sentence that supports an item, with its character offsets in the document's text."""

    doc: str = Field(description="Document id.")
    text: str = Field(description="The sentence, as it stands in the document.")
    start: int | None = Field(default=None, description="Character offset of the sentence in the document text.")
    end: int | None = None
    # What one report says of a merged event (null on a document's own events and on facts).
    status: Status | None = Field(default=None, description="The event's status as this report tells it.")
    date: DateValue | None = Field(default=None, description="The event's date as this report gives it.")
    attribution: str | None = Field(default=None, description="Who this report says said so.")
    published: str | None = Field(default=None, description="The date of the report's document, 'YYYY-MM-DD'.")


class DateValue(_Model):
    """A calendar value with its precision: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' for start and end."""

    start: str | None = None
    end: str | None = None
    precision: Precision | None = None
    text: str | None = Field(default=None, description="The phrase the value was read from.")
    inferred: bool = Field(default=False, description="True when the value is inferred, not stated.")


class Document(_Model):
    id: str = Field(description="Stable id: a hash of the normalised text.")
    source: str = Field(description="The file name or URL the text came from.")
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(default=None, description="'YYYY-MM-DD' or null.")
    published_inferred: bool = Field(default=False, description="True when the date is inferred, not stated.")
    published_basis: Literal["stated", "dateline", "content"] | None = Field(
        default=None, description="Where the date comes from: stated in the header or metadata; the dateline's "
        "day with the year read from the content; or a lower bound inferred from the content.")
    dateline: str | None = Field(default=None, description="The place in the dateline, with the region written after "
                                                       "its town, e.g. 'LIMA', 'SAN JOSE, Calif.'.")
    genre: str | None = Field(default=None, description="What the page declares itself to be (ingest/genre.yaml): "
                              "opinion, analysis, review, blog, liveblog; null for news and for text that declares "
                              "nothing.")
    text: str = ""
    duplicate_of: str | None = Field(default=None, description="Id of a near-duplicate document read earlier.")

    @field_validator("published")
    @classmethod
    def _a_day(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                if not _DAY.fullmatch(value):
                    raise ValueError
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"published={value!r} is not a date like 2024-06-28") from None
        return value


class Role(_Model):
    """An office held by an actor, bounded by dates ('YYYY-MM-DD'; end null while it lasts)."""

    title: str
    country: str | None = None
    organisation: str | None = Field(default=None, description="Entity id of the body the office is in (an international body's official).")
    start: str | None = None
    end: str | None = None

    def holds(self, date: str) -> bool:
        """Whether the office is held on a date ('YYYY-MM-DD'): begun by then and not yet ended."""
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


class Mention(_Model):
    """One place in one document where an entity is named or described."""

    entity: str
    doc: str
    start: int
    end: int
    text: str


Kind = Literal["person", "government", "company", "party", "igo", "place", "organisation", "group", "other"]


class Entity(_Model):
    id: str
    name: str
    type: str = Field(description="spaCy-style label: PERSON, ORG, GPE, LOC, FAC, NORP…")
    kind: Kind | None = Field(default=None, description="person, government, company, party, igo, place…")
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 code, or null.")
    cameo: str | None = Field(default=None, description="CAMEO actor code, e.g. PERGOV, CHNBUS.")
    wikidata: str | None = None
    roles: list[Role] = Field(default_factory=list)
    lat: float | None = Field(default=None, description="Latitude, for places (from the gazetteer).")
    lon: float | None = Field(default=None, description="Longitude, for places (from the gazetteer).")
    known: bool = Field(default=False, description="True when the actor comes from an actor dictionary.")


class Event(_Model):
    id: str
    type: str = Field(description="PLOVER event type: " + ", ".join(PLOVER_TYPES))
    mode: str | None = Field(default=None, description="PLOVER mode: visit, meet, sign, invest…")
    cameo: str | None = Field(default=None, description="Nearest CAMEO event code.")
    goldstein: float | None = None
    quad_class: int | None = Field(default=None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")
    source: list[str] = Field(default_factory=list, description="Entity ids of who acts.")
    target: list[str] = Field(default_factory=list, description="Entity ids of whom it is done to.")
    inferred: list[Literal["source", "target"]] = Field(
        default_factory=list, description="The sides taken from the story around the sentence (the country of its "
        "dateline, the countries its first sentence names), not stated in the sentence itself.")
    date: DateValue | None = None
    location: str | None = Field(default=None, description="Entity id of the place, or null.")
    status: Status | None = None
    attribution: str | None = Field(default=None, description="Entity id (or name) of who said so, when it is reported speech.")
    issue: str | None = Field(default=None, description="What was agreed, asked, criticised: the object phrase.")
    trigger: str | None = Field(default=None, description="The word(s) that name the event.")
    confidence: float | None = None
    prominence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="How much the event is one of its story's main acts, 0 to 1, "
        "read from how the news tells it (events/data/prominence.yaml): told in the lede or the first paragraphs, "
        "told again, named by the title, told as the sentence's own act rather than as background, done or "
        "planned rather than hypothetical; a merged event keeps its most prominent report's. Orders and selects "
        "events (`dossier events --main`); removes none.")
    evidence: list[Evidence] = Field(default_factory=list)


class Fact(_Model):
    id: str
    subject: list[str] = Field(default_factory=list, description="Entity ids the figure concerns.")
    measure: str | None = Field(default=None, description="What is measured, e.g. 'bilateral trade'.")
    value: float
    unit: str = Field(description="ISO 4217 currency code, 'percent', 'people', 'count', …")
    time: DateValue | None = Field(default=None, description="The time the figure refers to, not the article date.")
    qualifier: str | None = Field(default=None, description="'about', 'more than', 'up to', 'vague'…; null when exact.")
    text: str | None = Field(default=None, description="The phrase the figure was read from.")
    evidence: list[Evidence] = Field(default_factory=list)


class ConflictValue(_Model):
    value: str
    doc: str


class Conflict(_Model):
    """Two or more sources that disagree about one field of one event or fact."""

    about: str = Field(description="Event or fact id.")
    field: str
    values: list[ConflictValue]


class Story(_Model):
    """A thread of events that belong together (e.g. one visit: announcement, talks, signings)."""

    id: str
    title: str
    events: list[str] = Field(default_factory=list)


class Dossier(_Model):
    """Everything the store holds, in the shape of the JSON export."""

    documents: list[Document] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Timex(_Model):
    """A temporal expression found in a document, with its normalised value."""

    start: int = Field(description="Character offset in the document text.")
    end: int
    text: str
    value: DateValue
