"""A missing or corrupt resource is reported by name and ends the command with status 1.

The package's data folder is never touched: a copy in tmp_path, broken on purpose, is given to
the commands through SAIDWHAT_DATA_DIR (or to `load_resources` through its settings).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from saidwhat.resources import DATA_DIR_ENV, PACKAGED_DATA, ResourceError, Settings, load_resources

ARTICLE = 'Russia will not start a war, Foreign Minister Sergei Lavrov said on Friday.\n'
FILES = ("actors.sqlite", "cue_model.json", "cue_lexicon.json")


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    """A data folder like the package's: links to its files, to be replaced one by one."""
    folder = tmp_path / "data"
    folder.mkdir()
    for name in FILES:
        (folder / name).symlink_to(PACKAGED_DATA / name)
    return folder


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def replace(folder: Path, name: str, content: str | bytes | None) -> Path:
    """The file `name` of `folder` with `content` instead (None: no file at all)."""
    path = folder / name
    path.unlink()
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_bytes(content)
    return path


def invoke(data: Path, *args: str) -> tuple[int, str]:
    got = CliRunner().invoke(main, list(args), env={DATA_DIR_ENV: str(data)})
    return got.exit_code, got.stderr


def test_the_packaged_resources_load() -> None:
    res = load_resources(Settings())
    assert res.nlp is not None and res.kb.agents and res.cue_model.available() and res.cue_lexicon["verbs"]


def test_settings_read_the_data_folder_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                            data: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    assert Settings().cue_model == data / "cue_model.json"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert Settings().cue_model == PACKAGED_DATA / "cue_model.json"


def test_missing_cue_model_is_reported_by_extract(data: Path, article: Path) -> None:
    path = replace(data, "cue_model.json", None)
    code, err = invoke(data, "extract", "-w", "1", str(article))
    assert code == 1
    assert f"cue model not found: {path}" in err and "Traceback" not in err


def test_corrupt_cue_lexicon_is_reported_by_extract_from_a_worker(data: Path, tmp_path: Path) -> None:
    path = replace(data, "cue_lexicon.json", "{not json")
    # enough articles for two batches, so that they go to worker processes
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"a{i}", "text": ARTICLE}) + "\n" for i in range(40)),
                      encoding="utf-8")
    code, err = invoke(data, "extract", "-w", "2", str(corpus))
    assert code == 1
    assert f"cue lexicon is not valid JSON: {path}" in err


def test_corrupt_knowledge_base_is_reported_by_ingest(data: Path, article: Path, tmp_path: Path) -> None:
    path = replace(data, "actors.sqlite", b"not a database" * 100)
    code, err = invoke(data, "ingest", "-w", "1", "--db", str(tmp_path / "t.db"), str(article))
    assert code == 1
    assert f"actor knowledge base is corrupt: {path}" in err


def test_missing_cue_model_is_reported_by_eval(data: Path, tmp_path: Path) -> None:
    replace(data, "cue_model.json", None)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": ARTICLE, "attributions": []}) + "\n", encoding="utf-8")
    code, err = invoke(data, "eval", str(gold))
    assert code == 1 and "cue model not found" in err


@pytest.mark.parametrize(("content", "problem"), [
    ('{"thresholds": {}}', "no weights object"),
    ('{"weights": {"index": "AAAAAA==", "milli": ""}, "thresholds": {}}', "bad weights"),
    ("[1, 2]", "no weights, thresholds object"),
])
def test_corrupt_cue_model(data: Path, content: str, problem: str) -> None:
    path = replace(data, "cue_model.json", content)
    with pytest.raises(ResourceError, match="cue model is corrupt") as e:
        load_resources(Settings(cue_model=path))
    assert str(path) in str(e.value) and problem in str(e.value)


def test_knowledge_base_without_its_tables(tmp_path: Path) -> None:
    path = tmp_path / "actors.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE actors(id TEXT)")
    con.close()
    with pytest.raises(ResourceError, match="no table aliases, roles, agents, fuzzy_blocks"):
        load_resources(Settings(kb=path))


def test_missing_spacy_model() -> None:
    with pytest.raises(ResourceError, match="spaCy model no_such_model cannot be loaded"):
        load_resources(Settings(spacy_model="no_such_model"))


def test_a_run_with_user_actors_leaves_the_default_knowledge_base_alone(tmp_path) -> None:
    """`--actors` in one call of the library, then a default call in the same process: the
    default call resolves with the bundled knowledge base, not the user's copy."""
    from dataclasses import replace

    from saidwhat.resolve.user_actors import UserActor, merged_kb
    from saidwhat.resources import Settings, current

    default_kb = current().settings.kb
    user = replace(Settings(), kb=merged_kb(Settings().kb, [UserActor("Jane Roe", country="USA", sector="GOV")]))
    assert current(user).settings.kb != default_kb
    assert current().settings.kb == default_kb
