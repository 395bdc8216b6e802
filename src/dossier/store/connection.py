"""Open the DuckDB file: the one place where every way of failing to open a store becomes one sentence.

DuckDB lets one process write a file, or any number read it, never both at once. A build keeps the file open
from batch to batch (opening and closing cost some 30 ms of CPU each) and lets go of it after a batch when
someone waits for it; a reader (`dossier events`, `export`, a web server) holds it only while it reads. Whoever
finds the file held waits and tries again for up to `DOSSIER_LOCK_WAIT` seconds (30 by default), and meanwhile
leaves a mark beside the store (`waiting_mark`: an empty file `<store>.waiting`) that the build looks for after
each batch; the one who gets in removes it.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import duckdb


class StoreError(RuntimeError):
    """The store cannot be opened or is not a dossier store; the message is one sentence naming the file."""


_HELD = re.compile(r"Conflicting lock is held in (.*?) \(PID (\d+)\)")
LOCK_WAIT = 30.0


def lock_wait() -> float:
    """Seconds to wait for a store another process holds (DOSSIER_LOCK_WAIT)."""
    try:
        return max(0.0, float(os.environ.get("DOSSIER_LOCK_WAIT", LOCK_WAIT)))
    except ValueError:
        return LOCK_WAIT


def connect(path: Path | str, *, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the store at `path`, or StoreError with a sentence that says what is wrong."""
    path = Path(path)
    _check_path(path, read_only)
    wait = lock_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.02
    waited = False
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            message = str(exc)
            held = _HELD.search(message)
            if held is None:
                raise StoreError(_sentence(path, message)) from exc
            if time.monotonic() >= deadline:
                raise StoreError(f"{path}: the store is in use by another process (PID {held.group(2)}, perhaps a "
                                 f"running `dossier build`); waited {wait:g} s (DOSSIER_LOCK_WAIT), try again when "
                                 "it has finished.") from exc
            ask(path)  # at every try: another who got in first has removed it
            waited = True
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
            continue
        if waited:
            answered(path)
        return con


def waiting_mark(path: Path | str) -> Path:
    """The empty file whose presence says that a process waits for the store at `path` (`<store>.waiting`)."""
    return Path(f"{path}.waiting")


def ask(path: Path | str) -> None:
    """Say that this process waits for the store (a folder that cannot be written: the holder is not told, and
    lets go of the store at its own pace)."""
    try:
        waiting_mark(path).touch()
    except OSError:
        pass


def asked(path: Path | str) -> bool:
    """Whether a process waits for the store (one stat: cheap enough after every batch)."""
    return waiting_mark(path).exists()


def answered(path: Path | str) -> None:
    """The wait is over: remove the mark (whoever still waits leaves it again at its next try)."""
    try:
        waiting_mark(path).unlink(missing_ok=True)
    except OSError:
        pass


def _check_path(path: Path, read_only: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: this is a folder; --db takes a store file, such as {path / 'dossier.duckdb'}.")
    if read_only:
        if not path.exists():
            raise StoreError(f"{path}: no such store; run `dossier build` first.")
        return
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise StoreError(f"{path}: the folder {folder} does not exist; create it or give another --db.")
    if not folder.is_dir():
        raise StoreError(f"{path}: {folder} is not a folder.")
    if path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the store file is read-only; make it writable or give another --db.")
    if not path.exists() and not os.access(folder, os.W_OK):
        raise StoreError(f"{path}: cannot create the store, the folder {folder} is not writable.")


def _sentence(path: Path, message: str) -> str:
    """DuckDB's error, said for a user."""
    if "not a valid DuckDB database file" in message:
        return f"{path}: this file is not a dossier store (not a DuckDB database); give another --db."
    if "database file with a different configuration" in message:
        return f"{path}: the store is already open in this process in another mode."
    if "Permission denied" in message:
        return f"{path}: permission denied; the store or its folder cannot be written."
    if "No such file or directory" in message:
        return f"{path}: the store or its folder does not exist."
    if "Is a directory" in message:
        return f"{path}: this is a folder; --db takes a store file."
    if "version" in message.lower() and "storage" in message.lower():
        return f"{path}: the store was written by another version of DuckDB ({_first_line(message)})."
    return f"{path}: the store cannot be opened ({_first_line(message)})."


def _first_line(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else "unknown error"
