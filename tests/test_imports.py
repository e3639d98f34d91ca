"""The shape of the code: no import cycle in geo/ (function-level imports included), the
stages import only the stages they build on, and no module grows past 600 lines.

Imports are read from the source (ast), not by importing: an import inside a function
is a dependency too, and hiding a cycle in a function is exactly what this is here to
catch. Imports under ``if TYPE_CHECKING:`` are left out (they never run).
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
GEO = ROOT / "geo"
MAX_LINES = 600


def module_files(package_dir: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every .py file under ``package_dir``."""
    modules = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST):
    """Every Import / ImportFrom node, at any depth, outside ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        children = list(ast.iter_child_nodes(node))
        if isinstance(node, ast.If) and _is_type_checking(node):
            children = node.orelse
        stack.extend(children)


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The module ``name`` names, or the longest known module it lies in."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def import_graph(package_dir: Path) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports."""
    modules = module_files(package_dir)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = node.module or ""
                if node.level:  # relative: from the module's own package upwards
                    package = name if is_package else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}" if base else package
                # ``from pkg import sub`` imports the submodule; ``from mod import f`` the module
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            for target in targets:
                known = _known(target, modules)
                if known and known != name:
                    graph[name].add(known)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each as a
    sorted list: every one of them is an import cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(cycles)


def _describe(cycles: list[list[str]], graph: dict[str, set[str]]) -> str:
    lines = []
    for component in cycles:
        members = set(component)
        edges = [f"{a} -> {b}" for a in component for b in sorted(graph[a]) if b in members]
        lines.append(", ".join(component) + ":\n    " + "\n    ".join(edges))
    return "\n".join(lines)


# --------------------------------------------------------------------- the detector


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, source in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return tmp_path / "pkg"


def test_a_cycle_hidden_in_a_function_is_found(tmp_path):
    pkg = _package(tmp_path, {
        "__init__.py": "from pkg.a import f\n",  # re-exporting a submodule: not a cycle
        "a.py": "import pkg.b\n\ndef f():\n    return pkg.b.g()\n",
        "b.py": "def g():\n    from pkg import a  # the hidden way back\n    return a\n",
        "c.py": "from . import a\n",
    })
    graph = import_graph(pkg)
    assert graph["pkg"] == {"pkg.a"} and graph["pkg.c"] == {"pkg.a"}
    assert find_cycles(graph) == [["pkg.a", "pkg.b"]]


def test_relative_imports_and_type_checking_imports(tmp_path):
    pkg = _package(tmp_path, {
        "__init__.py": "",
        "store/__init__.py": "from .schema import X\n",
        "store/schema.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..viz import Map\nX = 1\n",
        "viz.py": "from .store import X\nfrom pkg.store.schema import X as Y\n",
    })
    graph = import_graph(pkg)
    assert graph["pkg.store"] == {"pkg.store.schema"}
    assert graph["pkg.store.schema"] == set()  # only for type checkers: never runs
    assert graph["pkg.viz"] == {"pkg.store", "pkg.store.schema"}
    assert find_cycles(graph) == []


# --------------------------------------------------------------------- geo/


def test_geo_has_no_import_cycle():
    graph = import_graph(GEO)
    cycles = find_cycles(graph)
    assert not cycles, "import cycles in geo/:\n" + _describe(cycles, graph)


def _importers_of(graph: dict[str, set[str]], prefix: str) -> set[str]:
    return {m for m, targets in graph.items()
            if any(t == prefix or t.startswith(prefix + ".") for t in targets)
            and not (m == prefix or m.startswith(prefix + "."))}


def test_the_runtime_never_imports_the_evaluation_harness():
    graph = import_graph(GEO)
    assert _importers_of(graph, "geo.evaluation") <= {"geo.cli"}  # for the eval subcommand only
    evaluation = {m: t for m, t in graph.items() if m.startswith("geo.evaluation")}
    assert evaluation, "geo.evaluation not found"
    assert not any("geo.cli" in targets for targets in evaluation.values())


def test_the_store_does_not_import_the_stages_it_feeds_or_is_fed_by():
    graph = import_graph(GEO)
    store = {m: t for m, t in graph.items() if m == "geo.store" or m.startswith("geo.store.")}
    assert store, "geo.store not found"
    above = ("geo.ingest", "geo.batch", "geo.review", "geo.cli", "geo.evaluation", "geo.places",
             "geo.gazetteer", "geo.documents", "geo.map", "geo.viz", "geo.app", "geo.report")
    wrong = {m: sorted(t for t in targets if t.startswith(above)) for m, targets in store.items()}
    assert not any(wrong.values()), wrong
    # Of the incidents stage, the store knows the record it stores, not the pipeline.
    pipeline = {m: sorted(t for t in targets if t.startswith("geo.incidents") and t != "geo.incidents.model")
                for m, targets in store.items()}
    assert not any(pipeline.values()), pipeline


def _line_counts() -> dict[str, int]:
    return {str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
            for p in sorted(GEO.rglob("*.py"))}


def test_no_module_in_geo_is_over_600_lines():
    long = {path: n for path, n in _line_counts().items() if n > MAX_LINES}
    assert not long, f"modules over {MAX_LINES} lines: {long}"
