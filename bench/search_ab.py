"""Search A/B: Protokoll's search against its floors (raw FTS5, tantivy) on the same units, in one run.

Issue 12 asks for a search engine made for the job, chosen by measurement:
tantivy embedded beside the database, or SQLite FTS5 made lean. This script
measures, over one archive built by ``bench/web.py`` (its 20 bench queries):

* **Protokoll**: ``protokoll.store.search.search`` (the engine the web app and
  the CLI call): top-20 hits with snippets, the exact total and the five facets;
* **raw FTS5**: one ``bm25()`` statement on our own FTS table (top 20) and a
  ``count(*)`` -- the floor of SQLite;
* **tantivy** (the Rust engine's Python binding): the same units, indexed
  under our own analysed terms (``title_terms`` boosted like our title
  weight, ``terms``) with a whitespace tokenizer, so its hit sets equal ours;
  top-20 + count, and top-20 + count + the four exact facet aggregations
  (organisation, body, year, kind) plus municipalities.

It checks that the three engines count the same hits for every query, and
measures index build time and size (our ``search*`` tables and FTS shadow
tables against tantivy's index directory). tantivy is a bench-only extra
(``pip install .[bench]``); without it only our numbers are written.

    python bench/search_ab.py --db /tmp/web2k.sqlite          # an archive from bench/web.py --db
    python bench/search_ab.py --db /tmp/web2k.sqlite --meetings 2000 --no-write

The section "## Search A/B" of bench/results.md is rewritten (other sections kept).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from results import write_section  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
SECTION = "## Search A/B"
TOP = 20
FACET_FIELDS = ("organization", "body", "year", "kind")


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed_together(engines: dict, queries: list[str], rounds: int, clock=time.perf_counter) -> tuple[dict, dict]:
    """Milliseconds per call of each engine and each engine's totals, the engines taking turns on each
    query (so a busy machine weighs on all of them alike); one warm pass first. ``clock``: wall clock, or
    ``time.thread_time`` for the CPU time of the calling thread (which a shared machine's load inflates less)."""
    totals = {name: {q: fn(q) for q in queries} for name, fn in engines.items()}
    times: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(rounds):
        for q in queries:
            for name, fn in engines.items():
                t0 = clock()
                fn(q)
                times[name].append((clock() - t0) * 1000)
    return times, totals


def timed(fn, queries: list[str], rounds: int) -> tuple[list[float], dict[str, int]]:
    """Milliseconds per call over ``rounds`` passes of ``queries`` (one warm pass first), and the totals."""
    totals = {q: fn(q) for q in queries}
    times: list[float] = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t0) * 1000)
    return times, totals


# --- ours ------------------------------------------------------------------------------------

def protokoll_engine(url: str):
    from protokoll.store.db import session_factory
    from protokoll.store.search import search

    from protokoll.store.search_engine import engine_for

    session = session_factory(url)()
    engine = engine_for(session)
    if engine is not None:
        engine.sync(session)  # the first search waits for this (a full build: measured apart, embedded_build)

    def run(q: str) -> int:
        return search(session, q, limit=TOP).total

    return run


def protokoll_find(url: str):
    """The embedded engine alone: the ids of the top 20, the exact total and the five exact facets."""
    from protokoll.store.search_parse import parse
    from protokoll.store.db import session_factory
    from protokoll.store.search_engine import engine_for
    from protokoll.store.search_query import FACETS

    session = session_factory(url)()
    engine = engine_for(session)
    if engine is None or not engine.sync(session):
        return None
    nothing = {name: None for name in FACETS}

    def run(q: str) -> int:
        return engine.find(parse(q), nothing, TOP).total

    return run


def embedded_build(url: str, clock=time.perf_counter) -> tuple[float, int] | None:
    """Seconds and bytes of a full build of the embedded index (in a fresh directory). ``clock``: wall clock,
    or ``time.process_time`` for the CPU time of the process's threads (tantivy indexes in its own)."""
    from protokoll.store.db import session_factory
    from protokoll.store.search_engine import Engine, tantivy

    if tantivy is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="search-ab-engine-"))
    try:
        with session_factory(url)() as session:
            t0 = clock()
            assert Engine(folder).sync(session)
            return clock() - t0, folder_bytes(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def raw_fts5(db: Path):
    from protokoll.swedish.stems import query_terms
    from protokoll.store.search_query import TITLE_WEIGHT

    conn = sqlite3.connect(db)
    top = (f"SELECT rowid, bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS s FROM search_fts "
           "WHERE search_fts MATCH ? ORDER BY s LIMIT ?")
    count = "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?"

    def run(q: str) -> int:
        match = " ".join(f'"{t}"' for t in query_terms(q))
        if not match:
            return 0
        conn.execute(top, (match, TOP)).fetchall()
        return conn.execute(count, (match,)).fetchone()[0]

    return run


def sqlite_index_bytes(db: Path) -> int:
    """Bytes of the search tables, their indexes and the FTS5 shadow tables (dbstat)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()
    return sum(size for name, size in rows if name.startswith(("search_", "ix_search_", "sqlite_autoindex_search_")))


def reindex_seconds(url: str) -> float:
    """Our own full rebuild of the index (``protokoll search --reindex``), in a copy of the archive."""
    from protokoll.store.db import session_factory
    from protokoll.store.search import reindex

    sessions = session_factory(url)
    t0 = time.perf_counter()
    with sessions() as session:
        reindex(session)
        session.commit()
    return time.perf_counter() - t0


# --- tantivy ---------------------------------------------------------------------------------

def load_units(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    places: dict[int, list[str]] = {}
    for unit_id, place in conn.execute("SELECT unit_id, municipality FROM search_places"):
        places.setdefault(unit_id, []).append(place)
    rows = conn.execute("SELECT id, kind, year, organization, body, meeting_date, title_terms, terms "
                        "FROM search_units").fetchall()
    conn.close()
    return [(*row, places.get(row[0], [])) for row in rows]


def tantivy_build(units: list[tuple], folder: Path):
    import tantivy

    schema = tantivy.SchemaBuilder()
    schema.add_unsigned_field("id", stored=True, fast=True)
    for name in ("kind", "organization", "body", "municipality"):
        schema.add_text_field(name, fast=True, tokenizer_name="raw")
    schema.add_integer_field("year", fast=True)
    schema.add_text_field("date", fast=True, tokenizer_name="raw")
    schema.add_text_field("title_terms", tokenizer_name="whitespace", index_option="freq")
    schema.add_text_field("terms", tokenizer_name="whitespace", index_option="freq")
    index = tantivy.Index(schema.build(), path=str(folder))
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for unit_id, kind, year, org, body, day, title_terms, terms, places in units:
        doc = tantivy.Document()
        doc.add_unsigned("id", unit_id)
        doc.add_text("kind", kind)
        doc.add_text("title_terms", title_terms)
        doc.add_text("terms", terms)
        for place in places:
            doc.add_text("municipality", place)
        for name, value in (("organization", org), ("body", body), ("date", day)):
            if value is not None:
                doc.add_text(name, value)
        if year is not None:
            doc.add_integer("year", year)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


def tantivy_engine(index, facets: bool):
    from protokoll.swedish.stems import query_terms
    from protokoll.store.search_query import TITLE_WEIGHT

    searcher = index.searcher()
    aggs = {name: {"terms": {"field": name, "size": 10_000}} for name in (*FACET_FIELDS, "municipality")}

    def run(q: str) -> int:
        terms = query_terms(q)
        if not terms:
            return 0
        query = index.parse_query(" AND ".join(terms), ["title_terms", "terms"],
                                  field_boosts={"title_terms": TITLE_WEIGHT})
        found = searcher.search(query, TOP, count=True)
        if facets:
            searcher.aggregate(query, aggs)
        return found.count

    return run


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- the run ---------------------------------------------------------------------------------

def row(label: str, times: list[float]) -> str:
    return f"| {label} | {statistics.median(times):.2f} | {pct(times, 95):.2f} |"


def replicate(db: Path, times: int) -> Path:
    """A copy of ``db`` whose search units (and their municipalities) are there ``times`` times.

    Each copy gets new unit ids, a meeting id offset and its own organisation
    name (the facet values multiply as in a larger archive); the terms stay,
    so each query's hits multiply by ``times``. A stand-in for a larger
    archive when building one with bench/web.py (15+ CPU minutes at 20,000)
    is out of reach; the results say which was measured.
    """
    target = db.with_name(f"{db.stem}-x{times}.sqlite")
    if target.exists():
        return target
    with sqlite3.connect(db) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    conn = sqlite3.connect(target)
    top_unit, top_meeting = conn.execute("SELECT max(id), (SELECT max(id) FROM meetings) FROM search_units").fetchone()
    columns = "meeting_id, document_id, kind, meeting_date, year, organization, body, item_number, title, text, " \
              "title_terms, terms"
    for k in range(1, times):
        conn.execute(f"INSERT INTO search_units (id, {columns}) SELECT id + {k * top_unit}, meeting_id + {k * top_meeting}, "
                     f"document_id, kind, meeting_date, year, organization || ' {k}', body, item_number, title, text, "
                     f"title_terms, terms FROM search_units WHERE id <= {top_unit}")
        conn.execute(f"INSERT INTO search_places (unit_id, municipality) SELECT unit_id + {k * top_unit}, municipality "
                     f"FROM search_places WHERE unit_id <= {top_unit}")
    conn.execute("INSERT INTO search_changes (meeting_id) VALUES (NULL)")
    conn.commit()
    conn.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="an archive built by bench/web.py")
    parser.add_argument("--rounds", type=int, default=10, help="passes over the 20 queries")
    parser.add_argument("--no-reindex", action="store_true", help="skip timing our own full reindex")
    parser.add_argument("--replicate", type=int, default=1,
                        help="measure a copy with the search units there this many times (see replicate())")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "bench"))
    from web import CYCLES, Material

    db = args.db.resolve()
    meetings = sqlite3.connect(db).execute("SELECT count(*) FROM documents WHERE current").fetchone()[0]
    material = Material.load()
    material.org(meetings // (CYCLES * len(material.templates)))  # as bench/web.py, so the queries match
    queries = material.queries()
    archive = f"archive of {meetings:,} generated meetings (bench/web.py)"
    if args.replicate > 1:
        db = replicate(db, args.replicate)
        archive = (f"the search units of an archive of {meetings:,} generated meetings (bench/web.py) copied "
                   f"{args.replicate} times (`--replicate`, a stand-in for {meetings * args.replicate:,} meetings)")
    url = f"sqlite:///{db}"
    lines: list[str] = []
    counts: dict[str, dict[str, int]] = {}

    OURS, ALONE = ("Protokoll `search()` (top 20 with rows + snippets, exact total, 5 exact facets)",
                   "Protokoll engine alone (top 20 ids + exact total + 5 exact facets)")
    t0 = time.perf_counter()
    engines = {OURS: protokoll_engine(url)}
    first = time.perf_counter() - t0  # bringing the embedded index up to date (a full build here)
    finder = protokoll_find(url)
    if finder is not None:
        engines[ALONE] = finder
    engines["raw FTS5 (bm25 top 20 + count(*))"] = raw_fts5(db)
    ours_bytes = sqlite_index_bytes(db)
    sizes = [("Protokoll: `search*` tables, indexes and FTS5 shadow tables, MB", ours_bytes / 1e6)]
    builds: list[tuple[str, float]] = []
    built = embedded_build(url)
    if built:
        builds.append(("Protokoll: embedded index, full build from the stored units, s", built[0]))
        sizes.append(("Protokoll: embedded index directory, MB", built[1] / 1e6))

    try:
        import tantivy  # noqa: F401
    except ImportError:
        tantivy_ok = False
    else:
        tantivy_ok = True
    folder = Path(tempfile.mkdtemp(prefix="search-ab-"))
    try:
        if tantivy_ok:
            units = load_units(db)
            t0 = time.perf_counter()
            index = tantivy_build(units, folder)
            builds.append(("tantivy: index the units' analysed terms + facet fields, s", time.perf_counter() - t0))
            sizes.append(("tantivy: index directory, MB", folder_bytes(folder) / 1e6))
            engines["tantivy top 20 + count"] = tantivy_engine(index, False)
            engines["tantivy top 20 + count + 5 facet aggregations"] = tantivy_engine(index, True)
        times, totals = timed_together(engines, queries, args.rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    timings = list(times.items())
    counts["Protokoll"] = totals[OURS]
    counts["raw FTS5"] = totals["raw FTS5 (bm25 top 20 + count(*))"]
    if tantivy_ok:
        counts["tantivy"] = totals["tantivy top 20 + count"]
    ours = times[OURS]
    raw = times["raw FTS5 (bm25 top 20 + count(*))"]

    if not args.no_reindex:
        copy = Path(tempfile.mkdtemp(prefix="search-ab-db-")) / "copy.sqlite"
        try:
            source = sqlite3.connect(db)
            target = sqlite3.connect(copy)
            source.backup(target)
            source.close()
            target.close()
            builds.insert(0, ("Protokoll: `protokoll search --reindex` (analysis + units + term index), s",
                              reindex_seconds(f"sqlite:///{copy}")))
            builds.insert(1, ("Protokoll: the term index alone (FTS5 'rebuild' of stored terms), s",
                              fts_rebuild_seconds(copy)))
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)

    differ = [q for q in queries if len({c[q] for c in counts.values()}) > 1]
    section = SECTION if args.replicate == 1 else f"{SECTION} (search units x{args.replicate})"
    lines.append(section)
    lines.append("")
    lines.append(f"Measured {date.today().isoformat()} with `python bench/search_ab.py` on {platform.system()} "
                 f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, SQLite "
                 f"{sqlite3.sqlite_version}; {archive}, the 20 bench queries x {args.rounds} rounds, in process, one thread, result cache off; the engines take turns on each query.")
    lines.append("")
    lines.append("| Engine (in process) | p50 ms | p95 ms |")
    lines.append("| --- | --- | --- |")
    lines += [row(label, times) for label, times in timings]
    lines.append("")
    if tantivy_ok:
        floor = timings[-1][1]
        for label, times in timings[:2]:
            lines.append(f"- {label.split(' (')[0]} / tantivy with facets: p50 "
                         f"{statistics.median(times) / statistics.median(floor):.1f}x, "
                         f"p95 {pct(times, 95) / pct(floor, 95):.1f}x (target within 2x)")
    lines.append("- The two Protokoll lines differ by the page: the 20 hits' rows read from the database and "
                 "their snippets, which no floor here makes.")
    lines.append(f"- Protokoll / raw FTS5: p50 {statistics.median(ours) / statistics.median(raw):.1f}x, "
                 f"p95 {pct(ours, 95) / pct(raw, 95):.1f}x")
    if tantivy_ok:
        floor = dict(timings)["tantivy top 20 + count + 5 facet aggregations"]
        lines.append(f"- The choice: raw FTS5 alone (one bm25 statement and a count, no facets) costs "
                     f"{statistics.median(raw) / statistics.median(floor):.1f}x (p50) tantivy's top 20 + count + "
                     "facets, so no FTS5 made lean can come within 2x of it: a SQLite archive in a file is "
                     "searched by the embedded engine (`protokoll.store.search_engine`); FTS5 stays its fallback "
                     "and PostgreSQL's full-text search the multi-machine path. The second store is derived: the "
                     "database logs changed meetings in their own transaction, the index commits atomically "
                     "with the change it reached and is rebuilt when it is not the database's "
                     "(tests/test_search_engine.py, a SIGKILLed writer included).")
    lines.append("")
    lines.append("| Index | Value |")
    lines.append("| --- | --- |")
    lines += [f"| {label} | {value:.2f} |" for label, value in builds + sizes]
    lines.append(f"| Protokoll: bringing the embedded index up to date before the first search (a full build "
                 f"when it is new), s | {first:.2f} |")
    lines.append("")
    lines.append("Hits per query (" + ", ".join(counts) + "): "
                 + ("identical for all 20" if not differ else "DIFFERENT for " + ", ".join(differ)) + ".")
    lines.append("")
    lines.append("| Query | " + " | ".join(counts) + " |")
    lines.append("| --- |" + " --- |" * len(counts))
    for q in queries:
        lines.append(f"| {q} | " + " | ".join(str(c[q]) for c in counts.values()) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.no_write:
        write_section(args.results, section, text)
    return 1 if differ else 0


def fts_rebuild_seconds(db: Path) -> float:
    conn = sqlite3.connect(db)
    t0 = time.perf_counter()
    conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    conn.commit()
    seconds = time.perf_counter() - t0
    conn.close()
    return seconds


if __name__ == "__main__":
    raise SystemExit(main())
