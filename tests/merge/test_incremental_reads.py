"""The incremental merge's store-wide reads as tuples: the entities `actors_of` reads, the events and entities the
stories are chained over, the renamings kept; each gives what the models gave."""

from types import SimpleNamespace

from dossier.actors.unknown import rename
from dossier.merge.incremental import _Light, _rebuild_stories, _Renamed
from dossier.merge.reports import actors_of
from dossier.merge.stories import build_stories
from dossier.model import DateValue, Document, Entity, Event, Mention
from dossier.pipeline import DocResult
from dossier.store import Store

ENTITIES = [
    Entity(id="gov:NOR", name="Norway", type="GPE", kind="government", country="NOR", cameo="NOR", known=True),
    Entity(id="gov:CHL", name="Chile", type="GPE", kind="government", country="CHL", cameo="CHL", known=True),
    Entity(id="place:bergen", name="Bergen", type="GPE", kind="place", country="NOR"),
    Entity(id="place:andes", name="Andes", type="LOC", kind="place"),
    Entity(id="unk:person:ana-vidal", name="Ana Vidal", type="PERSON", kind="person", country="CHL"),
    Entity(id="unk:org:the-board", name="President", type="ORG"),
]


def _event(ident: str, source: str, target: str, date: DateValue | None, mode: str | None = "meet") -> Event:
    return Event(id=ident, type="CONSULT", mode=mode, source=[source], target=[target], date=date)


EVENTS = [
    _event("e1", "gov:NOR", "gov:CHL", DateValue(start="2021-03-02", precision="day", text="Tuesday")),
    _event("e2", "unk:person:ana-vidal", "place:bergen", DateValue(start="2021-03", precision="month"), mode=None),
    _event("e3", "gov:CHL", "gov:NOR", DateValue(start="2021-04-10", end="2021-04-12", precision="day")),
    _event("e4", "gov:NOR", "gov:CHL", None),
    _event("e5", "gov:NOR", "gov:CHL", DateValue(start="2021", precision="year")),
    _event("e6", "place:andes", "unk:org:the-board", DateValue(start="2021-05-01")),
    _event("e7", "place:andes", "unk:org:the-board", DateValue(start="2021-05-20", inferred=True)),
]


def test_stories_chained_from_tuples_are_those_chained_from_the_models(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store._insert("entities", ENTITIES)
        store._insert("events", EVENTS)
        _rebuild_stories(store)
        rebuilt = store.rows("stories", order="id")
        models = sorted(store.rows("events"), key=lambda e: (e.date.start if e.date and e.date.start else "9", e.id))
        entities = {e.id: e for e in sorted(store.rows("entities"), key=lambda e: (not e.known, e.name.lower()))}
    expected = sorted(build_stories(models, entities), key=lambda s: s.id)
    assert rebuilt == expected
    assert {tuple(s.events) for s in rebuilt} == {("e2", "e1", "e3"), ("e6", "e7")}  # a month starts on its first day
    assert any(s.title.startswith("Chile – Norway: consult, meet (Mar 2021") for s in rebuilt)


def test_entities_as_tuples_give_the_actors_the_models_give():
    rows = [(e.id, e.name, e.type, e.kind, e.country, e.known) for e in ENTITIES]
    light = [_Light._make(r) for r in rows]
    spaced = [SimpleNamespace(id=i, name=n, type=t, kind=k, country=c, known=kn) for i, n, t, k, c, kn in rows]
    assert actors_of(light) == actors_of(spaced) == actors_of(ENTITIES)
    assert actors_of(light).country_of["place:bergen"] == "gov:NOR" and "place:andes" in actors_of(light).vague


def test_a_kept_renaming_as_a_tuple_renames_as_the_model_did():
    doc = Document(id="d1", source="d1.txt", text="Ana Vidal met Norway's envoy.")
    old = Entity(id="unk:person:vidal", name="Vidal", type="PERSON", kind="person", aliases=["A. Vidal"])
    result = DocResult(document=doc, entities=[old, ENTITIES[0]],
                       mentions=[Mention(entity="unk:person:vidal", doc="d1", start=0, end=9, text="Ana Vidal")],
                       events=[_event("d1:e1", "unk:person:vidal", "gov:NOR", None)])
    as_model = rename(result, {"unk:person:vidal": Entity.model_construct(id="unk:person:ana-vidal",
                                                                          name="Ana Vidal", type="PERSON")})
    as_tuple = rename(result, {"unk:person:vidal": _Renamed("unk:person:ana-vidal", "Ana Vidal", "PERSON")})
    assert as_tuple == as_model
    assert as_tuple.events[0].source == ["unk:person:ana-vidal"] and as_tuple.entities[0].name == "Ana Vidal"


def test_the_merge_orders_reports_by_their_documents_place_not_by_the_documents_held():
    from dossier.merge.incremental import _doc_order, _order
    from dossier.merge.reports import document_reports

    dated = Document(id="d1", source="wire/2", text="Norway met Chile.", published="2021-03-02")
    earlier = Document(id="d2", source="wire/9", text="Chile met Norway.", published="2021-03-01")
    undated = Document(id="d3", source="wire/1", text="Norway met Chile.")
    held = {d.id: _doc_order(d) for d in (dated, earlier, undated)}
    reports = {d.id: document_reports(d, [_event(f"{d.id}:e", "gov:NOR", "gov:CHL", None)])[0]
               for d in (dated, earlier, undated)}
    ordered = sorted(reports.values(), key=lambda r: _order(r, held))
    assert [r.doc for r in ordered] == ["d2", "d1", "d3"]  # by date, the undated last
    assert _order(reports["d1"], held) == ((False, "2021-03-02", "wire/2"), "d1:e")
    assert _order(reports["d1"], {}) == ((True, "", "d1"), "d1:e")  # a document not loaded: by its id


def test_candidate_articles_are_read_as_their_events_and_the_bags_the_reports_compare(tmp_path):
    """`increments.article_events` gives, of each stored result, its events only, the document's fields the
    reports read and the bags of its words and names a merge kept (`merge_bags`), in document order,
    near-duplicates left out; no text is read, and the reports made from them are those made from the whole stored
    result, their bags the same Counters in the same order."""
    from pydantic import TypeAdapter

    from dossier.build import finish_merge
    from dossier.merge.reports import document_reports
    from dossier.model import Fact
    from dossier.store import increments

    def result(ident, published, text, events, duplicate_of=None):
        doc = Document(id=ident, source=f"wire/{ident}", text=text, published=published, duplicate_of=duplicate_of,
                       published_basis="stated" if published else None, title="a title left in the store")
        fact = Fact(id=f"{ident}:f1", subject=["gov:NOR"], measure="exports", value=4.5, unit="USD",
                    text="exports of 4.5 dollars")
        return DocResult(document=doc, entities=ENTITIES[:2], events=events, facts=[fact])

    late = result("d1", "2021-03-09", "Oslo told Santiago it would cut its fishing quotas, Oslo said on 9 March.",
                  [_event("d1:e1", "gov:NOR", "gov:CHL", None), _event("d1:e2", "gov:CHL", "gov:NOR", None)])
    early = result("d2", "2021-03-02", "Chile's envoy visited Bergen on Tuesday.", [EVENTS[0]])
    undated = result("d3", None, "Talks between Norway and Chile went on.", [])
    copy = result("d4", "2021-03-03", "Chile's envoy visited Bergen on Tuesday.", [EVENTS[0]], duplicate_of="d2")
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results([late, early, undated, copy])
        finish_merge(store, full=True)
        assert store.con.execute("SELECT doc_id FROM merge_bags ORDER BY 1").fetchall() == [("d1",), ("d2",)]
        read = list(increments.article_events(store.con, ["d1", "d2", "d3", "d4"]))
        whole = list(store.extractions(for_merge=True, ids=["d1", "d2", "d3"]))
        assert list(increments.article_events(store.con, [])) == []
    assert [a.id for a, *_ in read] == [r.document.id for r in whole] == ["d2", "d1", "d3"]
    events = TypeAdapter(list[Event])
    for (article, words, found, stored), full in zip(read, whole):
        assert events.validate_json(stored) == full.events
        assert not hasattr(article, "text")
        assert (article.source, article.published, article.published_basis) == (
            full.document.source, full.document.published, full.document.published_basis)
        mine = document_reports(article, events.validate_json(stored), words, None, found)
        assert mine == document_reports(full.document, full.events)
        for a, b in zip(mine, document_reports(full.document, full.events)):
            assert list(a.words.items()) == list(b.words.items()) and list(a.names.items()) == list(b.names.items())
    assert read[1][1]["oslo"] == 2 and read[1][2]["oslo"] == 1 and read[1][2]["9"] == 1  # a sentence's first word
    assert events.validate_json(read[1][3])[1].source == ["gov:CHL"] and read[2][1:] == (None, None, "[]")


def test_the_rounds_let_go_of_the_articles_met_and_not_joined_before_the_events_are_merged_again():
    from dossier.merge.coref import _sides
    from dossier.merge.incremental import _let_go
    from dossier.merge.reports import document_reports

    docs = {d: Document(id=d, source=f"wire/{d}", text="Norway and Chile signed a fishing pact.") for d in "abc"}
    plain = {d: document_reports(docs[d], [_event(f"{d}:e1", "gov:NOR", "gov:CHL", None)]) for d in "abc"}
    anchored = {r.event.id: r for reports in plain.values() for r in reports}
    actors = actors_of(ENTITIES)
    sides = {d: _sides(plain[d][0].event, actors) for d in "abc"}
    _let_go(plain, anchored, actors, {"a", "c"})
    assert list(plain) == ["a", "c"] and plain["a"][0].event.id == "a:e1"
    assert anchored == {} and actors.sides == {}
    assert _sides(plain["c"][0].event, actors) == sides["c"] == (frozenset({"gov:NOR"}), frozenset({"gov:CHL"}))


def test_an_incremental_merge_keeps_the_bags_of_the_new_articles_with_events(tmp_path):
    """The new documents' bags are kept as a full merge keeps them (`merge_bags`), so that a later merge compares
    them without their text; a document without events keeps none."""
    from dossier.build import finish_merge
    from dossier.merge.incremental import merge_new
    from dossier.merge.reports import names, stems

    def result(ident, published, text, events):
        return DocResult(document=Document(id=ident, source=f"wire/{ident}", text=text, published=published,
                                           published_basis="stated"), entities=ENTITIES[:2], events=events)

    first = [result(f"a{i}", f"2021-0{i}-11", f"Norway and Chile held talks in Valdivia on round {i}.",
                    [_event(f"a{i}:e1", "gov:NOR", "gov:CHL", None)]) for i in range(1, 9)]
    later = [result("b1", "2021-09-14", "Chile's minister met Norway's envoy in Temuco on 14 September.",
                    [_event("b1:e1", "gov:CHL", "gov:NOR", None)]),
             result("b2", "2021-09-15", "Markets in Temuco were calm.", [])]
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results(first)
        finish_merge(store, full=True)
        store.add_results(later)
        assert merge_new(store)
        kept = {d: (w, c, n, k) for d, w, c, n, k in store.con.execute("SELECT * FROM merge_bags").fetchall()}
    assert sorted(kept) == [f"a{i}" for i in range(1, 9)] + ["b1"]
    text = later[0].document.text
    assert kept["b1"] == (list(stems(text)), list(stems(text).values()), list(names(text)), list(names(text).values()))
