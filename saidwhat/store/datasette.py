"""Opening the database in datasette: the metadata file (search on the views, canned queries,
column descriptions) and the command line that serves it.

`datasette.json` is written for a database named `saidwhat` (the file `saidwhat.db`); datasette
names a database after its file, so `metadata(db)` files the same settings under that file's name.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from saidwhat.store.schema import StoreError

__all__ = ["METADATA", "database_name", "metadata", "serve", "serve_args"]

METADATA = Path(__file__).with_name("datasette.json")


def database_name(db: str | os.PathLike[str]) -> str:
    """The name datasette gives the database file `db`: its name without the extension."""
    return Path(db).stem


def metadata(db: str | os.PathLike[str]) -> dict[str, Any]:
    """The metadata for serving the database file `db` (see the module's docstring)."""
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    meta["databases"] = {database_name(db): meta["databases"]["saidwhat"]}
    return meta


def serve_args(db: str | os.PathLike[str], metadata_file: str | os.PathLike[str],
               extra: tuple[str, ...] = ()) -> list[str]:
    """The command that serves `db` with the metadata in `metadata_file` (datasette's own CLI,
    run by this Python, so it is the datasette installed beside saidwhat)."""
    return [sys.executable, "-m", "datasette", "serve", os.fspath(db), "--metadata",
            os.fspath(metadata_file), *extra]


def serve(db: str | os.PathLike[str], extra: tuple[str, ...] = ()) -> int:
    """Run `datasette serve` on `db` with its metadata (and `extra` arguments) until it stops;
    its exit status. StoreError when datasette is not installed."""
    if importlib.util.find_spec("datasette") is None:
        raise StoreError("datasette is not installed: pip install datasette (or, where it is, "
                         "`saidwhat datasette --print-metadata > metadata.json` and "
                         f"`datasette {os.fspath(db)} --metadata metadata.json`)")
    with tempfile.TemporaryDirectory(prefix="saidwhat-") as tmp:
        meta_file = Path(tmp) / "metadata.json"
        meta_file.write_text(json.dumps(metadata(db), ensure_ascii=False), encoding="utf-8")
        try:
            return subprocess.call(serve_args(db, meta_file, extra))
        except KeyboardInterrupt:  # datasette got the Ctrl-C too, and has stopped
            return 0

