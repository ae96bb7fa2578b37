"""`saidwhat extract` as a user runs it: inputs, bad inputs, exit codes, the record contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from saidwhat.cli import main
from tests.conftest import REPO, SEEDS, needs_shared


def run_extract(*args: str, stdin: str | None = None) -> tuple[int, list[dict], str]:
    got = CliRunner().invoke(main, ["extract", *args], input=stdin)
    records = [json.loads(line) for line in got.stdout.splitlines() if line.strip()]
    return got.exit_code, records, got.stderr


ARTICLE = ('Moscow, Jan. 28, 2022\n\nRussia will not start a war, Foreign Minister Sergei Lavrov '
           'said on Friday.\n\n"We don\'t want a war," Lavrov told reporters.\n')


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owner said it was fine.".encode("latin-1"))
    lines = [json.dumps({"id": "a1", "text": ARTICLE, "date": "2022-01-28", "outlet": "Wire"}),
             "this is not json", json.dumps({"id": "a3", "title": "no text here"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_every_input_gets_a_document_record(corpus):
    code, records, stderr = run_extract(str(corpus))
    assert code == 0
    docs = {r["doc"]: r for r in records if r["kind"] == "document"}
    assert docs["good"]["status"] == "ok"
    for bad in ("empty", "binary", "latin1"):
        assert docs[bad]["status"] == "skipped" and docs[bad]["reason"], bad
    assert docs["a1"]["status"] == "ok" and docs["a1"]["published"] == "2022-01-28"
    assert docs["a1"]["published_source"] == "given" and docs["a1"]["outlet"] == "Wire"
    skipped_jsonl = [d for d in docs.values() if d["doc"].startswith("batch:")]
    assert len(skipped_jsonl) == 1 and skipped_jsonl[0]["status"] == "skipped"
    assert docs["a3"]["status"] == "skipped"
    assert "skipped" in stderr


def test_statements_of_a_small_article(corpus):
    _, records, _ = run_extract(str(corpus / "good.txt"))
    statements = [r for r in records if r["kind"] == "statement"]
    assert {s["actor"]["name"] for s in statements} == {"Sergei Lavrov"}
    direct = [s for s in statements if s["direct"]]
    assert [s["content"]["text"] for s in direct] == ["We don't want a war"]


def test_missing_path_exits_1_and_goes_on(corpus):
    code, records, stderr = run_extract(str(corpus / "nope.txt"), str(corpus / "good.txt"))
    assert code == 1
    docs = [r for r in records if r["kind"] == "document"]
    assert [d["doc"] for d in docs] == ["nope", "good"]
    assert docs[0]["status"] == "skipped"
    assert "nope" in stderr


@pytest.fixture()
def surrogate(tmp_path):
    """A JSON Lines batch whose middle text has a lone surrogate (issue 17): skipped, the run goes on."""
    lines = [json.dumps({"id": "a1", "text": ARTICLE}),
             json.dumps({"id": "bad", "text": "Lavrov said \ud800 it was fine.", "title": "T\udc00"}),
             json.dumps({"id": "a3", "text": ARTICLE})]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="ascii")
    return path


def test_a_lone_surrogate_skips_its_document_without_a_traceback(surrogate):
    code, records, stderr = run_extract(str(surrogate))
    assert code == 0 and "Traceback" not in stderr and "internal error" not in stderr
    docs = {r["doc"]: r for r in records if r["kind"] == "document"}
    assert docs["a1"]["status"] == docs["a3"]["status"] == "ok"
    assert docs["bad"]["status"] == "skipped" and "lone surrogate" in docs["bad"]["reason"]
    assert docs["bad"]["title"] == "T\ufffd"


def test_ingest_stores_a_lone_surrogate_as_skipped_and_resumes(surrogate, tmp_path):
    import sqlite3

    db = tmp_path / "t.db"
    for _ in range(2):  # the rerun meets the same document: unchanged, no crash
        got = CliRunner().invoke(main, ["ingest", "-w", "1", "--db", str(db), str(surrogate)])
        assert got.exit_code == 0 and "Traceback" not in got.stderr, got.stderr
    with sqlite3.connect(db) as con:
        rows = dict(con.execute("SELECT id, status FROM documents").fetchall())
    assert rows == {"a1": "ok", "bad": "skipped", "a3": "ok"}
    assert "3 unchanged" in got.stderr


def test_colliding_ids_from_different_inputs_both_get_records(tmp_path, caplog):
    """A file nul.txt and a JSON Lines record with the id nul: the later one is path-qualified,
    and the same inputs give the same ids again (a resumed ingest finds both unchanged)."""
    import sqlite3

    (tmp_path / "nul.txt").write_text(ARTICLE, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "nul", "text": ARTICLE.replace("Friday", "Monday")}) + "\n"
                    + json.dumps({"id": "nul", "text": ARTICLE.replace("Friday", "Sunday")}) + "\n",
                    encoding="utf-8")
    code, records, stderr = run_extract(str(tmp_path / "nul.txt"), str(feed))
    assert code == 0, stderr
    ids = [r["doc"] for r in records if r["kind"] == "document"]
    assert ids == ["nul", f"{feed}:1#nul", f"{feed}:2#nul"]
    assert "the document id nul is taken by an earlier input" in caplog.text
    db = tmp_path / "t.db"
    for _ in range(2):
        got = CliRunner().invoke(main, ["ingest", "-w", "1", "--db", str(db), str(tmp_path / "nul.txt"), str(feed)])
        assert got.exit_code == 0, got.stderr
    assert "0 new, 0 changed, 3 unchanged" in got.stderr
    with sqlite3.connect(db) as con:
        assert sorted(r[0] for r in con.execute("SELECT id FROM documents")) == sorted(ids)


def test_usage_error_exits_2():
    assert run_extract()[0] == 2


def test_stdin_jsonl():
    code, records, _ = run_extract("-", stdin=json.dumps({"id": "x", "text": ARTICLE}) + "\n")
    assert code == 0 and records[0]["doc"] == "x"
    assert any(r["kind"] == "statement" for r in records)


def test_output_file(tmp_path):
    out = tmp_path / "o.jsonl"
    code, records, _ = run_extract(str(SEEDS / "000_8cf89970d4329c4b.txt"), "-o", str(out))
    assert code == 0 and records == []
    lines = out.read_text("utf-8").splitlines()
    assert json.loads(lines[0])["doc"] == "000_8cf89970d4329c4b"


def test_html_input_carries_its_text(tmp_path):
    page = ("<html><head><title>Talks stall</title></head><body><nav>Home | World | Subscribe</nav>"
            "<article><h1>Talks stall</h1><p>The foreign minister said on Monday that the talks had "
            "stalled and that his country would not give up its claims.</p><p>\u201cWe will not "
            "accept this,\u201d Foreign Minister Anna Berg told reporters in Oslo.</p></article>"
            "<footer>Copyright 2024 Example News</footer></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    code, records, _ = run_extract(str(tmp_path / "page.html"))
    doc = records[0]
    assert code == 0 and doc["status"] == "ok" and "Anna Berg" in doc["text"]
    for rec in records[1:]:
        for key in ("speaker", "cue", "content", "sentence"):
            span = rec.get(key)
            if span:
                assert doc["text"][span["start"]:span["end"]] == span["text"]


def _check_contract(output: Path, *inputs: str) -> str:
    tool = needs_shared("tools", "check_contract.py")
    proc = subprocess.run([sys.executable, str(tool), str(output), *inputs], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-3000:]
    return proc.stdout


def test_contract_on_seeds(tmp_path):
    out = tmp_path / "seeds.jsonl"
    assert run_extract(str(SEEDS), "-o", str(out))[0] == 0
    assert "0 problems" in _check_contract(out, str(SEEDS))


def test_contract_on_voa(tmp_path):
    voa = needs_shared("data", "voa", "voa_all.jsonl")
    out = tmp_path / "voa.jsonl"
    assert run_extract(str(voa), "-o", str(out))[0] == 0
    assert "0 problems" in _check_contract(out, str(voa))


def test_console_script_runs(corpus):
    """The installed `saidwhat` entry point (the one test that starts a process)."""
    script = Path(sys.executable).with_name("saidwhat")
    if not script.exists():
        pytest.skip(f"no console script beside {sys.executable}")
    proc = subprocess.run([str(script), "extract", "-q", str(corpus / "good.txt")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.splitlines()[0])["doc"] == "good"


def test_readme_quickstart_has_two_commands():
    readme = (REPO / "README.md").read_text("utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    assert "make test" in (REPO / ".ci" / "run").read_text("utf-8")


def test_json_lines_escape_line_separators_inside_strings() -> None:
    """U+2028, U+2029 and U+0085 are valid inside JSON strings but break `str.splitlines` (and
    JavaScript readers): the records escape them, so every line splitter reads one record a line."""
    from saidwhat.records import json_line

    rec = {"text": "a\u2028b\u2029c\x85d é"}
    line = json_line(rec)
    assert line.splitlines() == [line]
    assert json.loads(line) == rec and "é" in line
