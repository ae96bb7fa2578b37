"""Shared fixtures: the spaCy model and the seed articles' records are built once per session."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from saidwhat.resolve.kb import KnowledgeBase

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = REPO / "examples" / "seeds"


def needs_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the development data is not beside us."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"development data not present: {path}")
    return path


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    """What `saidwhat extract examples/seeds` prints, run as a user would."""
    from click.testing import CliRunner

    from saidwhat.cli import main

    got = CliRunner().invoke(main, ["extract", str(SEEDS)])
    assert got.exit_code == 0, got.stderr
    return [json.loads(line) for line in got.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged actor knowledge base, opened once: the resolve and code stages are handed it."""
    from saidwhat.resolve.kb import KnowledgeBase

    return KnowledgeBase.load()


def count_documents(db: Path) -> int:
    """Documents stored so far in `db`, read while another process writes it (0 before the
    database or its schema exists)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="session")
def run():
    """`extract_text` on a tiny text of a test's own, published on 2022-02-01 (the model loaded
    once for the whole run)."""
    from saidwhat import extract_text
    from saidwhat.parse import load_nlp

    load_nlp()
    return lambda text: extract_text(text, published="2022-02-01")
