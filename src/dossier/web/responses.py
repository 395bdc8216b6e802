"""The shapes the API answers with: the data model's own classes, in envelopes that add paging and the names
of the entities the items refer to. No field of an item is redefined here."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from dossier.model import Conflict, Document, Entity, Event, Fact, Story

T = TypeVar("T")


class Problem(BaseModel):
    """Why a request got no answer: an unknown id (404) or a store that cannot be opened now (503)."""

    detail: str


NOT_FOUND = {404: {"model": Problem, "description": "No item has this id."}}
UNAVAILABLE = {503: {"model": Problem, "description": "The store cannot be opened now (a build is writing it)."}}


class Page(BaseModel, Generic[T]):
    """One page of a filtered list, with the total that matched."""

    items: list[T]
    total: int = Field(description="How many items match the filters in all.")
    limit: int
    offset: int
    names: dict[str, str] = Field(default_factory=dict, description="Entity id -> name, for the ids in items.")
    documents: dict[str, Document] = Field(default_factory=dict, description="For figures: the documents of their "
                                           "reports, by id, without their text.")


class ConflictPage(Page[Conflict]):
    """Disagreements, with the events or facts they are about and the documents their values come from, so that
    each value can be shown with its outlet and sentence."""

    about: dict[str, Event | Fact] = Field(default_factory=dict)


class EventDetail(BaseModel):
    item: Event
    names: dict[str, str]
    documents: dict[str, Document] = Field(description="The documents of its reports, without their text.")
    conflicts: list[Conflict]
    stories: list[Story]


class FactDetail(BaseModel):
    item: Fact
    names: dict[str, str]
    documents: dict[str, Document]
    conflicts: list[Conflict]


class EntityDetail(BaseModel):
    item: Entity
    mentions: int
    events: list[Event] = Field(description="Up to 200 events in which it acts or is acted upon, in date order.")
    names: dict[str, str]


class StoryDetail(BaseModel):
    item: Story
    events: list[Event]
    names: dict[str, str]


class TimelineRow(BaseModel):
    period: str = Field(description="First day of the period, YYYY-MM-DD.")
    type: str
    count: int
    planned: int = Field(description="How many of them are planned, not (yet) done.")
    goldstein: float = Field(description="Sum of the Goldstein scores: above 0 cooperation, below 0 conflict.")


class TimelinePoint(BaseModel):
    period: str
    count: int
    goldstein: float


class Timeline(BaseModel):
    bucket: str
    rows: list[TimelineRow]
    line: list[TimelinePoint] = Field(description="The Goldstein sum per period, all types together.")


class Node(BaseModel):
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    events: int


class Edge(BaseModel):
    source: str
    target: str
    total: int
    goldstein: float
    types: dict[str, int] = Field(description="Events from source to target, by PLOVER type.")


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class Dyad(BaseModel):
    source: str = Field(description="The acting country's ISO 3166 alpha-3 code.")
    target: str
    source_name: str
    target_name: str
    period: str | None = Field(None, description="Counted by period (`by`): the period's first day (ISO), null for "
                                                 "events neither dated nor reported on a known date.")
    by_report: int | None = Field(None, description="Counted by period: how many events were placed by their first "
                                                    "report's publication date (their own date is missing or spans "
                                                    "more than one period).")
    events: int
    planned: int = Field(description="How many of them are planned, not (yet) done.")
    goldstein: float = Field(description="Sum of the Goldstein scores: above 0 cooperation, below 0 conflict.")
    types: dict[str, int] = Field(description="Events per PLOVER type, the commonest first.")
    verbal_cooperation: int = Field(description="Events of CAMEO quad class 1 (statements, appeals, talks).")
    material_cooperation: int = Field(description="Events of quad class 2 (cooperation, aid, concessions).")
    verbal_conflict: int = Field(description="Events of quad class 3 (demands, accusations, rejections, threats).")
    material_conflict: int = Field(description="Events of quad class 4 (protests, sanctions, coercion, force).")


class Dyads(BaseModel):
    pairs: list[Dyad] = Field(description="Pairs of countries, most events first; a country's officials, bodies "
                                          "and firms count as the country, each event once per pair.")
    events: int = Field(description="How many events match the filters.")
    with_pair: int = Field(description="How many of them have a country on both sides.")


class Meta(BaseModel):
    """What the page needs to draw its filters: the types and statuses, counts, the dated span, the outlets."""

    types: list[str]
    statuses: list[str]
    counts: dict[str, int]
    first: str | None
    last: str | None
    outlets: list[str]
