"""Stages in flow order: no module of `saidwhat` imports from a later stage.

read -> clean -> parse -> extract -> resolve -> code, then everything else (pipeline, run,
store, cli, eval, the package itself), which may import anything. `records`, `rules` and
`lexicons` are shared by every stage. Every import counts: top level, inside a function and
under TYPE_CHECKING.
"""

from __future__ import annotations

import ast
from pathlib import Path

import saidwhat

PACKAGE = Path(saidwhat.__file__).resolve().parent
STAGES = {"read": 0, "clean": 1, "parse": 2, "extract": 3, "resolve": 4, "code": 5}
SHARED = frozenset({"records", "rules", "lexicons"})
AFTER = len(STAGES)  # pipeline, run, store, cli, eval, `saidwhat/__init__`


def stage_of(module: str) -> int | None:
    """The stage of a dotted `saidwhat...` module name; None for a shared one."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else ""
    if top in SHARED:
        return None
    return STAGES.get(top, AFTER)


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """`saidwhat/extract/statements/__init__.py` -> `saidwhat.extract.statements`."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every `saidwhat` module `source` imports, relative imports made absolute; `from a import
    b` counts as `a` and `a.b` (b may be a module; either way it is of `a`'s stage)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            if base != "saidwhat":  # `from saidwhat import x` is `saidwhat.x`: a module or a name of `__init__`
                found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names if a.name != "*")
    return {m for m in found if m == "saidwhat" or m.startswith("saidwhat.")}


def back_edges(module: str, source: str, is_package: bool = False) -> list[str]:
    """`module -> imported` for each import of a later stage than `module`'s own."""
    own = stage_of(module)
    if own is None:  # shared modules must not import any stage either
        own = -1
    edges = []
    for other in sorted(imported(source, module, is_package)):
        theirs = stage_of(other)  # `saidwhat` and its `__init__`'s names come after every stage
        if theirs is not None and theirs > own:
            edges.append(f"{module} -> {other}")
    return edges


def test_no_module_imports_a_later_stage() -> None:
    edges = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        edges += back_edges(module, path.read_text(encoding="utf-8"), path.name == "__init__.py")
    assert not edges, "imports from a later stage:\n" + "\n".join(edges)


def test_the_detector_finds_back_edges() -> None:
    source = '''
from typing import TYPE_CHECKING

from saidwhat.records import Span
from saidwhat.parse import doc_text
from saidwhat import rules

if TYPE_CHECKING:
    from saidwhat.resolve.actors import ActorContext


def f():
    from saidwhat.code import plover
    import saidwhat.pipeline
    from ..resolve.codes import country_of
    from . import quotes
'''
    edges = back_edges("saidwhat.extract.events", source)
    # every kind of import is caught: TYPE_CHECKING, in a function, `import x`, relative
    assert {"saidwhat.extract.events -> saidwhat.resolve.actors",
            "saidwhat.extract.events -> saidwhat.code.plover",
            "saidwhat.extract.events -> saidwhat.pipeline",
            "saidwhat.extract.events -> saidwhat.resolve.codes"} <= set(edges)
    # and only those: records, rules, parse and the own stage are allowed
    assert not [e for e in edges if any(ok in e for ok in ("records", "rules", "parse", "extract.quotes"))]
    # a package's own `__init__` resolves relative imports from itself
    assert back_edges("saidwhat.extract.statements", "from .speakers import x\n", is_package=True) == []
    assert back_edges("saidwhat.clean", "from saidwhat import extract_text\n", is_package=True) == [
        "saidwhat.clean -> saidwhat.extract_text"]
    assert back_edges("saidwhat.parse", "import saidwhat\n", is_package=True) == ["saidwhat.parse -> saidwhat"]
    assert back_edges("saidwhat.cli", "from saidwhat.code.events import code_events\n") == []
    assert "saidwhat.records -> saidwhat.parse" in back_edges("saidwhat.records", "from saidwhat.parse import doc_text\n")


def test_module_names_and_stages() -> None:
    assert module_name(PACKAGE / "extract" / "statements" / "__init__.py") == "saidwhat.extract.statements"
    assert module_name(PACKAGE / "extract" / "statements" / "speakers.py") == "saidwhat.extract.statements.speakers"
    assert stage_of("saidwhat.extract.statements.speakers") == STAGES["extract"]
    assert stage_of("saidwhat.lexicons.events") is None
    assert stage_of("saidwhat.pipeline") == AFTER
