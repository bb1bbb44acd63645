"""The import graph of ``protokoll`` shows the design: floors that import only downwards, and no circles.

Every module's imports are read with :mod:`ast` (function-local ones too, so a
loop hidden inside a function counts), turned into edges between
``protokoll.*`` modules, and checked:

* no import circles: every strongly connected component is one module, except
  those listed in :data:`KNOWN_CIRCLES` (none today);
* the floors: a module imports only from its own floor or the ones below
  (ground floor first: language and the record contract, then read and
  repair, parse, link and store, the libraries over them, the web, the CLI);
* the stage rules that the floors alone do not say: store knows no linker
  and no parser, linkers know no parser and no store.

Known exceptions are listed by edge with the reason and the issue that removes
them; a listed exception that no longer exists fails too, so the lists shrink.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

SRC = ROOT / "src"

#: Each top-level module or package of ``protokoll`` and its floor: imports go to the same floor or lower.
FLOORS = {
    "protokoll": 0, "record": 0, "swedish": 0, "corrections": 0,  # language and places; the record contract
    "read": 1, "repair": 1,
    "parse": 2,
    "link": 3, "store": 3, "render": 3,
    "stored_form": 3, "search_units": 3,  # what the store keeps, made without the database (in the parse workers)
    "pipeline": 4, "sources": 4, "workers": 4, "worker_process": 4, "worker_warmup": 4, "ingest": 4, "ingest_batch": 4,
    "ingest_report": 4, "collector": 4, "linking": 4, "linking_parts": 4, "export": 4, "query": 4,
    "reminders": 4, "invitations": 4,
    "web": 5,
    "cli": 6, "__main__": 6,
}

#: Stage pairs that must not import each other even where the floors allow it: (importer, imported).
FORBIDDEN = {
    ("store", "link"): "storage knows records and its own tables, not the linkers",
    ("store", "parse"): "storage never parses (an item's text is stored)",
    ("link", "parse"): "linkers read records; Swedish dates and names belong on the ground floor (swedish/)",
    ("link", "store"): "linkers are pure: records in, links out",
    ("read", "repair"): "read gives text; repair comes after it",
}

#: Edges that break a rule today, each with the issue that removes it (none today: Swedish dates and given
#: names moved to swedish/, a person correction to protokoll/corrections.py).
ALLOWED: dict[str, str] = {}

#: Import circles inside one package: a module hands work to another (imported in the function that needs
#: it), which imports something of the first back. None is left: each went once what both need got a module of
#: its own (read/text.py, repair/change.py, render/errors.py, web/pages/drafts.py, parse/fields.py,
#: parse/headings.py). A new one fails the test.
KNOWN_CIRCLES: list[set[str]] = []


# --- the graph ---------------------------------------------------------------------------------

def module_name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> list[str]:
    """The modules an import statement names, absolute (``from . import x`` names module ``x`` if it is one)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[:len(package) - node.level + 1]
        base = ".".join(package + ([node.module] if node.module else []))
    return [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]


def import_graph(src: Path, package: str = "protokoll") -> dict[str, set[str]]:
    """Module -> the modules of ``package`` it imports (anywhere in its code), from the files under ``src``."""
    files = {module_name(p, src): p for p in sorted((src / package).rglob("*.py"))}
    known = set(files)
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in imported(node, module, path.name == "__init__.py", known):
                    while target and target not in known:  # protokoll.x.Name -> protokoll.x
                        target = target.rpartition(".")[0]
                    if target and target != module:
                        edges.add(target)
        graph[module] = edges
    return graph


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            target = next(edges, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def unit(module: str) -> str:
    """The top-level module or package a module belongs to (``protokoll.web.pages.x`` -> ``web``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def broken_rules(graph: dict[str, set[str]], floors: dict[str, int], forbidden) -> dict[str, str]:
    """Every edge that runs up the floors or joins a forbidden pair: ``"a -> b"`` -> why it is wrong."""
    broken = {}
    for module, targets in graph.items():
        for target in targets:
            a, b = unit(module), unit(target)
            if a == b:
                continue
            if floors[b] > floors[a]:
                broken[f"{module} -> {target}"] = f"{a} (floor {floors[a]}) imports {b} (floor {floors[b]})"
            elif (a, b) in forbidden:
                broken[f"{module} -> {target}"] = forbidden[a, b]
    return broken


# --- the checks --------------------------------------------------------------------------------

def test_every_top_level_module_has_a_floor():
    units = {unit(m) for m in import_graph(SRC)}
    assert not units - set(FLOORS), f"give these a floor in FLOORS: {sorted(units - set(FLOORS))}"


def test_no_import_circles():
    found = sorted(sorted(c) for c in circles(import_graph(SRC)))
    new = [c for c in found if set(c) not in KNOWN_CIRCLES]
    assert not new, f"import circles: {new}"
    gone = [sorted(c) for c in KNOWN_CIRCLES if sorted(c) not in found]
    assert not gone, f"these circles are gone: take them off KNOWN_CIRCLES: {gone}"


def test_imports_go_down_the_floors_and_keep_the_stage_rules():
    broken = broken_rules(import_graph(SRC), FLOORS, FORBIDDEN)
    new = {edge: why for edge, why in broken.items() if edge not in ALLOWED}
    assert not new, "imports against the layers:\n" + "\n".join(f"  {e}: {w}" for e, w in sorted(new.items()))
    gone = sorted(set(ALLOWED) - set(broken))
    assert not gone, f"these exceptions are gone: take them off ALLOWED: {gone}"


def test_the_web_imports_nothing_from_the_cli_and_libraries_nothing_from_either():
    graph = import_graph(SRC)
    for module, targets in graph.items():
        above = {"web", "cli"} if FLOORS[unit(module)] < FLOORS["web"] else {"cli"} if unit(module) == "web" else set()
        assert not {unit(t) for t in targets} & above, f"{module} imports {sorted(targets)}"


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "protokoll" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_the_check_sees_a_circle_an_upward_import_and_a_forbidden_pair_even_inside_functions(tmp_path):
    src = _package(tmp_path, {
        "__init__.py": "",
        "store/__init__.py": "from ..link import chain\n",  # forbidden pair, at the top
        "link/__init__.py": "",
        "link/chain.py": "def f():\n    from ..web import app\n",  # upward, inside a function
        "web/__init__.py": "",
        "web/app.py": "from . import pages\nimport protokoll.record\n",
        "web/pages.py": "from .app import state\n",  # a circle with app
        "record.py": "",
    })
    graph = import_graph(src)
    assert graph["protokoll.store"] == {"protokoll.link.chain"}
    assert graph["protokoll.link.chain"] == {"protokoll.web.app"}
    assert graph["protokoll.web.app"] == {"protokoll.web.pages", "protokoll.record"}
    assert circles(graph) == [{"protokoll.web.app", "protokoll.web.pages"}]
    broken = broken_rules(graph, FLOORS, FORBIDDEN)
    assert set(broken) == {"protokoll.store -> protokoll.link.chain", "protokoll.link.chain -> protokoll.web.app"}


# --- the web asks query/ and builds no SQL of its own ------------------------------------------------

#: What builds a statement; a web module may still import sessions, engines and error types.
SQL_BUILDERS = {"select", "func", "and_", "or_", "not_", "text", "insert", "update", "delete", "case", "exists",
                "literal", "union", "union_all", "tuple_", "distinct", "cast", "bindparam"}

#: Web modules that still build SQL, each with the issue that removes it (none today).
SQL_IN_WEB: dict[str, str] = {}


def sql_builders(src: Path, package: str = "protokoll") -> dict[str, set[str]]:
    """Module of ``package.web`` -> the SQL-building names it imports from SQLAlchemy (anywhere in its code)."""
    found = {}
    for path in sorted((src / package / "web").rglob("*.py")):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlalchemy":
                names |= {a.name for a in node.names if a.name in SQL_BUILDERS or a.name == "*"}
            elif isinstance(node, ast.Import):
                names |= {a.name for a in node.names if a.name in ("sqlalchemy", "sqlalchemy.sql")}
        if names:
            found[module_name(path, src)] = names
    return found


def test_the_web_builds_no_sql_it_asks_the_query_layer():
    found = sql_builders(SRC)
    new = {m: sorted(n) for m, n in found.items() if m not in SQL_IN_WEB}
    assert not new, f"web modules building SQL (put the statement in query/): {new}"
    gone = sorted(set(SQL_IN_WEB) - set(found))
    assert not gone, f"these web modules build no SQL any more: take them off SQL_IN_WEB: {gone}"


def test_the_sql_check_sees_builders_but_not_sessions_or_errors(tmp_path):
    src = _package(tmp_path, {
        "web/a.py": "from sqlalchemy import select, func\n",
        "web/pages/b.py": "def f():\n    from sqlalchemy.sql import and_\n",
        "web/c.py": "from sqlalchemy.orm import Session\nfrom sqlalchemy.exc import IntegrityError\n",
        "web/d.py": "import sqlalchemy\n",
    })
    assert sql_builders(src) == {"protokoll.web.a": {"select", "func"}, "protokoll.web.pages.b": {"and_"},
                                 "protokoll.web.d": {"sqlalchemy"}}
