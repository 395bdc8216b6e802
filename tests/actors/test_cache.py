"""The start-up cache: built once, read back while its inputs are unchanged, rebuilt when one changes; and the
dictionary's packed entries, built into actors only when read."""

from dossier.actors import cache
from dossier.actors.dictionary import Entities


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_built_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    source = tmp_path / "names.yaml"
    source.write_text("people: []\n")
    build, calls = _counting({"answer": [1, 2, 3]})
    assert cache.cached("thing", [source, "lib==1"], build) == {"answer": [1, 2, 3]}
    assert cache.cached("thing", [source, "lib==1"], build) == {"answer": [1, 2, 3]}
    assert len(calls) == 1


def test_a_changed_input_is_never_read_stale(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    source = tmp_path / "names.yaml"
    source.write_text("people: []\n")
    assert cache.cached("thing", [source], lambda: "old") == "old"
    source.write_text("people: [{name: Somebody Else}]\n")
    assert cache.cached("thing", [source], lambda: "new") == "new"
    assert cache.cached("thing", [source, "lib==2"], lambda: "newer") == "newer"


def test_old_files_of_a_name_are_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    for n in range(cache.KEEP + 3):
        cache.cached("thing", [f"version {n}"], lambda: n)
    cache.cached("other", ["x"], lambda: 0)
    assert len(list(tmp_path.glob("thing-*.pickle"))) == cache.KEEP
    assert len(list(tmp_path.glob("other-*.pickle"))) == 1
    assert cache.clear() == cache.KEEP + 1


def test_a_damaged_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    cache.cached("thing", ["a"], lambda: "first")
    (path,) = tmp_path.glob("thing-*.pickle")
    path.write_bytes(b"not a pickle")
    assert cache.cached("thing", ["a"], lambda: "second") == "second"
    assert cache.cached("thing", ["a"], lambda: "third") == "second"


def test_off_or_unwritable_means_building_each_time(tmp_path, monkeypatch):
    monkeypatch.setenv("DOSSIER_CACHE_DIR", "off")
    build, calls = _counting(7)
    assert cache.cached("thing", ["a"], build) == 7 and cache.cached("thing", ["a"], build) == 7
    assert len(calls) == 2
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocker / "below"))  # a folder that cannot be made
    assert cache.cached("thing", ["a"], lambda: 8) == 8


def test_packed_entries_become_actors_when_read():
    entities = Entities()
    entities.pack("nld:jan-smit", "Jan Smit", "PERSON", "person", ("J. Smit",), "NLD", None,
                  (("government (NLDGOV)", "NLD", "1990-01-01", "1994-05-01"),))
    assert "nld:jan-smit" in entities and len(entities) == 1
    assert list(entities.named("person")) == [("nld:jan-smit", "Jan Smit")]
    smit = entities["nld:jan-smit"]
    assert (smit.name, smit.country, smit.aliases, smit.known) == ("Jan Smit", "NLD", ["J. Smit"], True)
    assert [(r.title, r.start, r.end) for r in smit.roles] == [("government (NLDGOV)", "1990-01-01", "1994-05-01")]
    assert entities["nld:jan-smit"] is smit
    assert entities.get("nobody") is None
    del entities["nld:jan-smit"]
    assert "nld:jan-smit" not in entities and list(entities) == []


def test_each_installed_copy_has_a_folder_of_its_own(monkeypatch, tmp_path):
    monkeypatch.delenv("DOSSIER_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    here = cache.folder()
    monkeypatch.setattr(cache, "_CODE", tmp_path / "another-checkout" / "src" / "dossier")
    there = cache.folder()
    assert here != there and here.parent == there.parent
    assert str(here).startswith(str(tmp_path))


def test_the_shipped_dictionary_is_keyed_by_all_of_the_stage_code():
    """A cache built by older code of any actors module (a helper that orders a person's dated roles, say) must not
    be read by newer code: every module of the stage is among the dictionary's inputs."""
    from pathlib import Path

    import dossier.actors as stage
    from dossier.actors.dictionary import shipped_inputs

    inputs = {p for p in shipped_inputs() if isinstance(p, Path)}
    modules = set(Path(stage.__file__).parent.glob("*.py"))
    assert modules and modules <= inputs


_DIGEST = """
import hashlib
from dossier.actors.dictionary import _shipped
d = _shipped()
h = hashlib.sha1()
for key in sorted(d.entities._packed):
    h.update(repr((key, d.entities._packed[key])).encode())
for table in (d.tenures, d.holders, d.leaders):
    for key in sorted(table):
        h.update(repr((key, [(x.entity, x.start, x.end, x.cameo) for x in table[key]])).encode())
print(h.hexdigest())
"""


def test_the_shipped_dictionary_is_the_same_whatever_the_hash_seed():
    """Built in two processes with different string hashing (nothing cached), the dictionary's entries, their dated
    roles in order and the offices' holders are the same: the cache a first run writes never decides the output."""
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "DOSSIER_CACHE_DIR": "off"}
        run = subprocess.run([sys.executable, "-c", _DIGEST], env=env, capture_output=True, text=True, check=True)
        digests.add(run.stdout.strip())
    assert len(digests) == 1
