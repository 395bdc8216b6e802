"""A cache of what the actors stage builds from its data (the dictionary, the matcher's patterns, the gazetteer),
so that start-up reads a file instead of rebuilding them.

`cached(name, inputs, build)` returns what `build()` returns, read from a file named by `name` and a digest of
`inputs` (files, whose bytes count, and strings such as library versions) and of the YAML reader (data_files.py)
when one exists, else built and written. A change to any input gives another digest, so a stale file is never
read; older files of the same name are removed. The folder is one for each installed copy of dossier inside the
user's cache folder (platformdirs), named by a digest of where its code lies (two checkouts or environments on one
machine, each with data of its own, would otherwise evict each other's files at every start and rebuild them), or
DOSSIER_CACHE_DIR as given; DOSSIER_CACHE_DIR=off builds every time. A folder that cannot be written, or a file
that cannot be read, only means building again.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_SUFFIX = ".pickle"
KEEP = 3  # files kept per name: a few user dictionaries or models in turn do not rebuild each time
_CODE = Path(__file__).resolve().parents[1]  # this copy's package folder (a checkout's src/dossier, site-packages')
_READER = _CODE / "data_files.py"  # the YAML reader: its rules are part of what every data file reads as


def folder() -> Path | None:
    """Where cache files go: this copy of dossier's own folder in the user's cache folder, or DOSSIER_CACHE_DIR;
    None when caching is off."""
    chosen = os.environ.get("DOSSIER_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "no") else Path(chosen)
    import platformdirs

    copy = hashlib.sha256(str(_CODE).encode("utf-8")).hexdigest()[:12]
    return Path(platformdirs.user_cache_dir("dossier", appauthor=False)) / "start-up" / copy


def versions(*packages: str) -> list[str]:
    """'name==version' of installed packages, to put among a cache's inputs."""
    out = [f"python=={sys.version_info[0]}.{sys.version_info[1]}"]
    for package in packages:
        try:
            out.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            out.append(f"{package}==?")
    return out


def digest(inputs: Iterable[Path | str]) -> str:
    """A digest of files' bytes (a missing file counts as missing) and strings."""
    h = hashlib.sha256()
    for item in inputs:
        if isinstance(item, Path):
            h.update(b"file\0" + str(item.name).encode() + b"\0")
            h.update(item.read_bytes() if item.is_file() else b"(missing)")
        else:
            h.update(b"text\0" + item.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:20]


def cached(name: str, inputs: Iterable[Path | str], build: Callable[[], T]) -> T:
    """`build()`'s value, read from the cache when its inputs are unchanged, else built and stored."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{name}-{digest([*inputs, _READER])}{_SUFFIX}"
    try:
        with open(path, "rb") as fh:
            collecting = gc.isenabled()
            gc.disable()  # reading a file of many small containers: the collector would walk them over and over
            try:
                value = pickle.load(fh)
            finally:
                if collecting:
                    gc.enable()
    except Exception:  # none yet, or a truncated or foreign file: build again and overwrite it
        pass
    else:
        try:
            os.utime(path)  # the most recently used files are the ones kept
        except OSError:
            pass
        return value
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.stem, suffix=".tmp", delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
    except OSError:
        return
    others = sorted((p for p in path.parent.glob(f"{path.name.rsplit('-', 1)[0]}-*{_SUFFIX}") if p != path),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP - 1:]:
        try:
            old.unlink()
        except OSError:
            pass


def clear() -> int:
    """Remove every cache file; the number removed."""
    where = folder()
    if where is None or not where.is_dir():
        return 0
    removed = 0
    for path in where.glob(f"*{_SUFFIX}"):
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed
