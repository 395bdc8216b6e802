"""The incremental merge reads what it groups and chains, not whole rows: the stored figures' reports as light
tuples taken out of their JSON in SQL (the whole items only for the groups merged again), and the stories over the
events that can be chained and the entities the chaining reads. Each gives what the models and the whole tables
gave."""

from dossier.actors.unknown import rename_facts
from dossier.merge.facts import figure_groups
from dossier.merge.incremental import _Figure, _rebuild_stories, _Renamed, _rename_figures
from dossier.merge.stories import build_stories
from dossier.model import DateValue, Document, Entity, Event, Evidence, Fact
from dossier.pipeline import DocResult
from dossier.store import Store, increments


def _fact(ident: str, value: float, subject: list[str], text: str, time: DateValue | None = None,
          qualifier: str | None = None, measure: str = "wheat exports", unit: str = "t") -> Fact:
    doc = ident.split(":")[0]
    return Fact(id=ident, subject=subject, measure=measure, value=value, unit=unit, time=time, qualifier=qualifier,
                text=text, evidence=[Evidence(doc=doc, text=f"The ministry gave {text} for the season.", start=0,
                                              end=40)])


FACTS = {
    "d1": [_fact("d1:f1", 2_400_000.0, ["gov:NOR"], "2.4 mln tonnes", DateValue(start="2021", precision="year")),
           _fact("d1:f2", 310.5, [], "310.5 tonnes", qualifier="about"),
           _fact("d1:f3", 12.0, ["unk:org:lake-mills"], "12 pct", measure="stake", unit="percent")],
    "d2": [_fact("d2:f1", 2_412_000.0, ["gov:NOR", "gov:NOR"], "2,412,000 tonnes", DateValue(start="2021-03",
                                                                                              end="2021-05")),
           _fact("d2:f2", 2_400_000.0, ["unk:org:oslo-grain"], "2.4 mln tonnes"),
           _fact("d2:f3", 5.0, ["unk:org:lake-mills-inc"], "five pct", measure="stake", unit="percent")],
    "d3": [_fact("d3:f1", 300.0, ["unk:org:oslo-grain"], "300 tonnes", qualifier="more than")],
}


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "s.duckdb")
    store.add_results([DocResult(document=Document(id=d, source=f"{d}.txt", text="Grain figures.",
                                                   published=f"2021-0{n}-01"), facts=facts)
                       for n, (d, facts) in enumerate(FACTS.items(), 1)])
    increments.create(store.con)
    increments.index_documents(store.con, None)
    return store


def _light(rows) -> list[_Figure]:
    return [_Figure(i, s or [], m, float(v), u, (DateValue(start=a, end=b) if t else None), q, x, row)
            for row, _, i, s, m, v, u, t, a, b, q, x in rows]


def test_the_light_reports_hold_what_the_models_hold_and_group_alike(tmp_path):
    figures = ["stake\x1fpercent", "wheat exports\x1ft"]
    with _store(tmp_path) as store:
        rows = list(increments.fact_figures(store.con, figures))
        models = [Fact.model_validate_json(j) for _, j in increments.fact_items(store.con, figures)]
        whole = dict(increments.fact_items_at(store.con, [r[0] for r in rows]))
    light = _light(rows)
    assert [r[1] for r in rows] == [m.evidence[0].doc for m in models]  # the same reports in the same order
    for f, m in zip(light, models):
        assert (f.id, f.subject, f.measure, f.value, f.unit, f.qualifier, f.text) == \
               (m.id, m.subject, m.measure, m.value, m.unit, m.qualifier, m.text)
        assert (f.time is None) == (m.time is None) and (f.time is None or (f.time.start, f.time.end) ==
                                                         (m.time.start, m.time.end))
        assert Fact.model_validate_json(whole[f.row]) == m  # the whole item, read back by its row
    assert [[f.id for f in g] for g in figure_groups(light)] == [[f.id for f in g] for g in figure_groups(models)]
    assert ["d1:f2", "d3:f1"] in [[f.id for f in g] for g in figure_groups(light)]  # "about 310.5", "more than 300"


def test_light_reports_are_renamed_as_the_models_are_and_only_those():
    ids = {"unk:org:lake-mills-inc": _Renamed("unk:org:lake-mills", "Lake Mills", "ORG")}
    facts = [f for fs in FACTS.values() for f in fs]
    light = [_Figure(f.id, f.subject, f.measure, f.value, f.unit, f.time, f.qualifier, f.text, n)
             for n, f in enumerate(facts)]
    renamed, models = _rename_figures(light, ids), rename_facts(facts, ids)
    assert [f.subject for f in renamed] == [m.subject for m in models]
    # a report kept as it was is the same object, as `rename_facts` keeps the model: the merge tells the renamed ones
    assert [f is g for f, g in zip(renamed, light)] == [m is f for m, f in zip(models, facts)]
    assert [f is g for f, g in zip(renamed, light)].count(False) == 2  # a renamed subject, a repeated one
    assert _rename_figures(light, {}) is light


ENTITIES = [
    Entity(id="gov:NOR", name="Norway", type="GPE", kind="government", country="NOR", cameo="NOR", known=True),
    Entity(id="gov:NOR-b", name="Kingdom of Norway", type="GPE", kind="government", country="NOR", cameo="NOR"),
    Entity(id="gov:PER", name="Peru", type="GPE", kind="government", country="PER", cameo="PER", known=True),
    Entity(id="place:tromso", name="Tromso", type="GPE", kind="place", country="NOR"),
    Entity(id="unk:person:luz-rojas", name="Luz Rojas", type="PERSON", kind="person", country="PER"),
    Entity(id="unk:org:fjord-trawlers", name="Fjord Trawlers", type="ORG", kind="company"),
    Entity(id="gov:ISL", name="Iceland", type="GPE", kind="government", country="ISL", cameo="ISL", known=True),
    Entity(id="place:reykjavik", name="Reykjavik", type="GPE", kind="place", country="ISL"),
]


def _event(ident: str, source: list[str], target: list[str], date: DateValue | None) -> Event:
    return Event(id=ident, type="CONSULT", mode="meet", source=source, target=target, date=date)


EVENTS = [
    _event("e1", ["gov:PER"], ["place:tromso"], DateValue(start="2022-06-01", precision="day")),
    _event("e2", ["unk:person:luz-rojas"], ["gov:NOR", "gov:ISL"], DateValue(start="2022-06-20")),
    _event("e3", ["unk:org:fjord-trawlers"], ["gov:PER"], DateValue(start="2022-07", precision="month")),
    _event("e4", ["unk:org:fjord-trawlers"], ["gov:PER"], DateValue(start="2022-07-15")),
    _event("e5", ["gov:ISL"], [], DateValue(start="2022-06-02")),  # one side: never chained
    _event("e6", ["gov:ISL"], ["gov:PER"], None),  # undated: never chained
    _event("e7", ["place:reykjavik"], ["gov:PER"], DateValue(start="2022-06-03", end=None)),
]


def test_stories_over_the_chainable_events_and_the_entities_they_read_are_those_over_all(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store._insert("entities", ENTITIES)
        store._insert("events", EVENTS)
        _rebuild_stories(store)
        rebuilt = store.rows("stories")
        models = sorted(store.rows("events"), key=lambda e: (e.date.start if e.date and e.date.start else "9", e.id))
        entities = {e.id: e for e in sorted(store.rows("entities"), key=lambda e: (not e.known, e.name.lower()))}
    assert rebuilt == build_stories(models, entities)  # the same stories in the same order
    assert [s.events for s in rebuilt] == [["e1", "e2"], ["e3", "e4"]]
    assert rebuilt[0].title.startswith("Norway – Peru: meet")  # the known government names its country's side


def test_a_touched_actor_s_alike_items_are_parsed_once_and_fold_as_copies_would(tmp_path):
    from dossier.actors import merge_entities
    from dossier.merge.incremental import _entity_items

    envoy = Entity(id="unk:person:ines-moll", name="Ines Moll", type="PERSON", kind="person", country="AND")
    named = {"d1": [ENTITIES[0], envoy.model_copy(update={"country": "PRT", "cameo": "PRT"})],
             "d2": [ENTITIES[0], envoy],
             "d3": [envoy, ENTITIES[0].model_copy(update={"aliases": ["Noreg"]})]}
    with Store(tmp_path / "s.duckdb") as store:
        store.add_results([DocResult(document=Document(id=d, source=f"{d}.txt", text="An envoy's visit.",
                                                       published=f"2022-0{n}-01"), entities=entities)
                           for n, (d, entities) in enumerate(named.items(), 1)])
        increments.create(store.con)
        increments.index_documents(store.con, None)
        items = _entity_items(store.con, ["gov:NOR", "unk:person:ines-moll"])
    expected = [e for entities in named.values() for e in entities]
    assert items == expected
    assert items[0] is items[2] and items[3] is items[4] and items[5] is not items[0]  # alike items: one model
    # the unknown envoy's country is the one most documents give (two of three), counted over every document
    assert merge_entities([items]) == merge_entities([[e.model_copy(deep=True) for e in expected]])
    assert next(e for e in merge_entities([items]) if e.id == envoy.id).country == "AND"


def test_the_narrow_figure_columns_hold_what_the_stored_item_gives(tmp_path):
    """`merge_fact_items` keeps the fields the grouping reads in their own columns (`index_documents`), so that
    `fact_figures` reads no JSON item: each column is what the item gives."""
    with _store(tmp_path) as store:
        rows = store.con.execute(f"""
            SELECT fact_id, subject, measure, value, unit, timed, t_start, t_end, qualifier, text,
                   {increments._FIGURE_FIELDS.replace('f.v', 'item')}
            FROM merge_fact_items ORDER BY doc_id, n""").fetchall()
    assert len(rows) == sum(len(facts) for facts in FACTS.values())
    for row in rows:
        assert row[:10] == row[10:]
    assert ("d1:f2", [], "wheat exports", "310.5", "t", False, None, None, "about", "310.5 tonnes") in \
        [r[:10] for r in rows]
