"""The event pattern files: read once into entries, then read back from the start-up cache unchanged; an extra
folder of the user's patterns changes what is read."""

from dossier.events import patterns


def test_entries_read_back_from_the_cache_are_those_built(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", "off")
    built = patterns.load_entries()
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    first, again = patterns.load_entries(), patterns.load_entries()
    assert first == built and again == built
    assert len(list(tmp_path.glob("event-entries-*.pickle"))) == 1


def test_a_users_folder_is_read_and_changes_the_cache_key(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path / "cache"))
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "protest.yaml").write_text(
        "type: PROTEST\nverbs:\n  - {lemmas: [picket], mode: demonstrate, cameo: '141'}\n", encoding="utf-8")
    shipped = patterns.load_entries()
    extended = patterns.load_entries((str(mine),))
    assert len(extended) == len(shipped) + 1 and extended[-1].lemmas == ("picket",)
    (mine / "protest.yaml").write_text(
        "type: PROTEST\nverbs:\n  - {lemmas: [picket, blockade], mode: demonstrate, cameo: '141'}\n", encoding="utf-8")
    assert patterns.load_entries((str(mine),))[-1].lemmas == ("picket", "blockade")
