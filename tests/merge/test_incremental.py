"""The incremental merge: documents added to a merged store give the record a full merge gives on that store."""

import pytest

from dossier.build import finish_merge
from dossier.merge.incremental import merge_new
from dossier.store import Store
from dossier.store.versions import set_meta

TABLES = ("events", "event_reports", "entities", "mentions", "facts", "conflicts", "stories")


def _tables(store):
    return {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def _two_steps(path, first, then, incremental: bool):
    with Store(path) as store:
        store.add_results(first)
        assert finish_merge(store)
        store.add_results(then)
        if incremental:
            assert merge_new(store, share=1.0, reach=1.0), "the added documents were merged in full"
        else:
            assert finish_merge(store, full=True)
        assert store.merge_state() == (False, 0)
        return _tables(store)


@pytest.mark.parametrize("later", [lambda i: i % 3 == 2, lambda i: i % 4 == 0])
def test_adding_documents_gives_what_a_full_merge_gives(tmp_path, corpus_results, later):
    first = [r for i, r in enumerate(corpus_results) if not later(i)]
    then = [r for i, r in enumerate(corpus_results) if later(i)]
    steps = _two_steps(tmp_path / "steps.duckdb", first, then, incremental=True)
    full = _two_steps(tmp_path / "full.duckdb", first, then, incremental=False)
    assert len(steps["events"]) > 10 and steps["stories"]
    for table in TABLES:
        assert steps[table] == full[table], table


def test_a_full_merge_after_an_incremental_one_changes_nothing(tmp_path, corpus_results):
    path = tmp_path / "store.duckdb"
    _two_steps(path, corpus_results[:-3], corpus_results[-3:], incremental=True)
    with Store(path) as store:
        before = _tables(store)
        set_meta(store.con, "merge_pending", "yes")
        assert finish_merge(store, full=True)
        assert _tables(store) == before


def test_a_record_written_without_bookkeeping_is_merged_in_full_next(tmp_path, corpus_results):
    from dossier.merge import merge

    with Store(tmp_path / "plain.duckdb") as store:
        store.add_results(corpus_results[:-2])
        store.write_merged(merge(store.extractions()))
        store.add_results(corpus_results[-2:])
        assert not merge_new(store, share=1.0, reach=1.0)
        assert finish_merge(store)
        assert merge_new(store, share=1.0, reach=1.0)  # nothing new, and the bookkeeping is there now


def test_the_votes_counted_in_sql_rename_as_the_votes_over_every_document(tmp_path, corpus_results):
    from dossier.actors.unknown import decide, unknown_ids
    from dossier.model import Entity
    from dossier.store import increments

    # the corpus's unknown actors, and the same names under another label and spelling in two more documents
    extra = []
    for n, result in enumerate(corpus_results[:2]):
        mine = [e for e in result.entities if e.id.startswith("unk:")]
        copies = [Entity(id=f"unk:ORG:{e.id.split(':', 2)[2]}", name=e.name.upper(), type="ORG") for e in mine]
        document = result.document.model_copy(update={"id": f"votes-{n}", "source": f"votes-{n}", "text": f"{n}"})
        extra.append(type(result)(document=document, entities=mine + copies))
    results = corpus_results + extra
    with Store(tmp_path / "votes.duckdb") as store:
        store.add_results(results)
        assert finish_merge(store)
        by_order = {d.id: n for n, d in enumerate(store.documents())}
        ordered = sorted((r for r in results if not r.document.duplicate_of), key=lambda r: by_order[r.document.id])
        expected = unknown_ids(r.entities for r in ordered)
        assert expected and decide(*increments.unknown_votes(store.con)) == expected


def test_bookkeeping_of_an_earlier_version_is_made_again_by_a_full_merge(tmp_path, corpus_results):
    """A store whose bookkeeping tables lack a column of this version (the entity items) is merged in full once,
    which makes them again; then documents are added incrementally with the record a full merge gives."""
    from dossier.store import increments

    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.add_results(corpus_results[:-4])
        assert finish_merge(store)
        store.con.execute("ALTER TABLE merge_entities DROP COLUMN item")
        set_meta(store.con, "incremental", str(int(increments.VERSION) - 1))
        store.add_results(corpus_results[-4:-2])
        assert not merge_new(store, share=1.0, reach=1.0)
        assert finish_merge(store)
        assert "item" in {r[0] for r in store.con.execute("DESCRIBE merge_entities").fetchall()}
        store.add_results(corpus_results[-2:])
        assert merge_new(store, share=1.0, reach=1.0)
        steps = _tables(store)
    with Store(tmp_path / "full.duckdb") as store:  # the same merges, each in full
        for part in (corpus_results[:-4], corpus_results[-4:-2], corpus_results[-2:]):
            store.add_results(part)
            assert finish_merge(store, full=True)
        full = _tables(store)
    for table in TABLES:
        assert steps[table] == full[table], table


@pytest.mark.parametrize("older, newer, one", [
    # a family name alone, and then the full name ending with it
    ([("PERSON", "quillfeather", "Quillfeather")], [("PERSON", "marta-quillfeather", "Marta Quillfeather")],
     "unk:PERSON:marta-quillfeather"),
    # a name with a middle initial first called an organisation, then a person: one with the person without it
    ([("ORG", "dirk-a-quillfeather", "Dirk A. Quillfeather"), ("PERSON", "dirk-quillfeather", "Dirk Quillfeather"),
      ("PERSON", "dirk-quillfeather", "Dirk Quillfeather")],
     [("PERSON", "dirk-a-quillfeather", "Dirk A. Quillfeather")], "unk:PERSON:dirk-quillfeather"),
])
def test_a_new_name_renames_what_older_documents_name_alone(tmp_path, corpus_results, older, newer, one):
    """A new article's name changes how an older article's unknown actor is renamed: the incremental merge decides
    that name again, with the record a full merge gives."""
    from dossier.model import Entity, Mention

    def article(n: int, label: str, slug: str, name: str):
        text = f"{name} spoke to the council on the budget."
        document = corpus_results[0].document.model_copy(update={"id": f"name-{n}", "source": f"name-{n}",
                                                                 "text": text, "duplicate_of": None})
        entity = Entity(id=f"unk:{label}:{slug}", name=name, type=label)
        mention = Mention(entity=entity.id, doc=document.id, start=0, end=len(name), text=name)
        return type(corpus_results[0])(document=document, entities=[entity], mentions=[mention])

    # one article of the corpus beside the names: with the whole corpus, its own reports near the threshold could
    # fall the other way when the new articles move the idf (the drift the module's docstring names)
    first = corpus_results[:1] + [article(n, *a) for n, a in enumerate(older)]
    then = [article(len(older) + n, *a) for n, a in enumerate(newer)]
    steps = _two_steps(tmp_path / "steps.duckdb", first, then, incremental=True)
    full = _two_steps(tmp_path / "full.duckdb", first, then, incremental=False)
    for table in TABLES:
        assert steps[table] == full[table], table
    named = {m[0] for m in steps["mentions"] if m[1].startswith("name-")}
    assert named == {one}


def _figure_result(doc: str, day: str, value: float, text: str, dated: bool = True):
    from dossier.model import DateValue, Document, Evidence, Fact
    from dossier.pipeline import DocResult

    sentence = f"Trade between the two neighbours reached {text} last year."
    time = DateValue(start="2024", end="2024", precision="year") if dated else None
    return DocResult(document=Document(id=doc, source=f"{doc}.txt", published=day, text=sentence),
                     facts=[Fact(id=f"{doc}:f0", subject=["ghana", "togo"], measure="bilateral trade", value=value,
                                 unit="USD", text=text, time=time, evidence=[Evidence(doc=doc, text=sentence)])])


def test_a_new_figure_that_takes_a_member_from_a_stored_one_regroups_both(tmp_path):
    """$2.43 and $2.4 billion were one figure; a more precise $2.361 billion, one figure with $2.4 but not with
    $2.43, takes $2.4 billion: the figure of $2.43 billion alone is new though no new report is in it."""
    first = [_figure_result("d1", "2025-01-10", 2.4e9, "$2.4 billion"),
             _figure_result("d2", "2025-01-11", 2.43e9, "$2.43 billion")]
    then = [_figure_result("d3", "2025-01-12", 2.361e9, "$2.361 billion")]
    steps = _two_steps(tmp_path / "steps.duckdb", first, then, incremental=True)
    full = _two_steps(tmp_path / "full.duckdb", first, then, incremental=False)
    assert len(steps["facts"]) == 2 and steps["conflicts"]
    for table in TABLES:
        assert steps[table] == full[table], table


@pytest.mark.parametrize("later", ["d3", "d1"])
def test_a_figure_conflict_names_and_lists_its_figures_as_a_full_merge_does(tmp_path, later):
    """A figure whose most precise report gives no time takes its time from another report: by the merged figure's
    own precision it ties with a figure as precise that it disagrees with. Built in two steps or at once, the
    conflict names the same figure (the most precise, then the first reported) and lists the values in one order."""
    results = [_figure_result("d1", "2025-01-10", 2.41e9, "$2.41 billion", dated=False),
               _figure_result("d2", "2025-01-11", 2.4e9, "$2.4 billion"),
               _figure_result("d3", "2025-01-12", 2.91e9, "$2.91 billion")]
    first = [r for r in results if r.document.id != later]
    then = [r for r in results if r.document.id == later]
    steps = _two_steps(tmp_path / "steps.duckdb", first, then, incremental=True)
    full = _two_steps(tmp_path / "full.duckdb", first, then, incremental=False)
    assert len(steps["facts"]) == 2 and len(steps["conflicts"]) == 1
    for table in TABLES:
        assert steps[table] == full[table], table
    with Store(tmp_path / "full.duckdb") as store:
        (conflict,) = store.rows("conflicts", "true")
        (named,) = store.rows("facts", "id = ?", [conflict.about])
    assert {e.doc for e in named.evidence} == {"d1", "d2"}  # as precise as d3's and reported first
    assert [v.doc for v in conflict.values] == ["d1", "d2", "d3"]
