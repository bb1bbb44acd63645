"""Shared fixtures. Tests read ../shared (beside the checkout) where it exists."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from pg_template import reset_migrated

#: Fixture modules, so that no test module imports a fixture from another: browser_server (one
#: example-archive server per session, a browser per module) and example_archive (the example archive
#: ingested once per module: ``db_url``, ``client``, ``archive``, ``view``).
pytest_plugins = ["browser_server", "example_archive"]

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROTOKOLL_SHARED", ROOT.parent / "shared"))

needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the checkout")


MINUTES = """Minnesanteckningar
Samverkansgruppen för kollektivtrafik
Datum: {date}
Plats: Stadshuset, sal 3

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 {title}
{body}
"""


def write_minutes(folder: Path, name: str, date: str, title: str,
                  body: str = "Gruppen beslutade att godkänna förslaget.") -> Path:
    """A small minutes document of one organisation (two items) written to ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(MINUTES.format(date=date, title=title, body=body), encoding="utf-8")
    return path


def record_of(folder: Path, name: str, text: str):
    """The record ``protokoll`` reads from ``text`` written to ``folder/name`` (read, repair, parse: the pipeline)."""
    from protokoll.pipeline import load, process
    path = folder / name
    path.write_text(text, encoding="utf-8")
    data, sha256 = load(path)
    return process(path, data, sha256).record


#: the lines `protokoll ingest` writes to standard error (no terminal) when a batch takes 10 s or more
#: (cli/ingest._Lines): on a loaded machine a batch of three files can, so they are no failure
PROGRESS_LINE = re.compile(r"\d+/\d+ documents read|linking the archive \.\.\.|linked the archive in .*")


def said(stderr: str) -> list[str]:
    """The lines of an ingest's standard error other than its progress lines (:data:`PROGRESS_LINE`)."""
    return [ln for ln in stderr.splitlines() if not PROGRESS_LINE.fullmatch(ln)]


@pytest.fixture
def db(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture
def cli(db):
    """Run the real `protokoll` command group on a fresh database."""
    from protokoll.cli import main

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, list(args), env={"PROTOKOLL_DB": db}, catch_exceptions=False)

    return run


@pytest.fixture(scope="module")
def score():
    """../shared/bench/score.py, the scorer of parsed records against golden ones, as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PG_ENV = "PROTOKOLL_TEST_PG"


def pytest_configure(config) -> None:
    """Under pytest-xdist (`make test` runs two workers) each worker gets its own PostgreSQL schema.

    The store tests drop every table before they start: two workers on one
    database would drop each other's. A schema per worker (named after it and
    the run, "gw0_<run>", "gw1_<run>"...) in the one test database needs no right
    beyond owning that database (the test role cannot CREATE DATABASE); the URL
    sets it as the search path, so everything the tests and the servers they
    start create, alembic_version included, lands there. The run's id in the
    name keeps two runs on one database apart (two checkouts, or the lead's run
    beside a helper's, on one machine); the schema is dropped when the worker ends.
    """
    config.addinivalue_line("markers", "pg_empty: the PostgreSQL database_url has no table at all "
                            "(the migrations run from nothing), not the migrated, emptied schema")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    url = os.environ.get(PG_ENV, "").strip()
    if worker and url:
        run = "".join(c for c in os.environ.get("PYTEST_XDIST_TESTRUNUID", "") if c.isalnum())[:12].lower()
        schema = f"{worker}_{run}" if run else worker
        os.environ[PG_ENV] = worker_schema_url(url, schema)
        config.stash[_SCHEMA] = (url, schema)


_SCHEMA = pytest.StashKey[tuple]()


def pytest_unconfigure(config) -> None:
    """The worker's schema dropped (a lock held elsewhere makes it wait 10 s at most, then it is left)."""
    if _SCHEMA not in config.stash:
        return
    from sqlalchemy import create_engine, text

    url, schema = config.stash[_SCHEMA]
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        try:
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL lock_timeout = '10s'"))
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        finally:
            engine.dispose()
    except Exception:  # unreachable, or busy: an empty schema left behind harms no later run
        pass


def worker_schema_url(url: str, schema: str) -> str:
    """``url`` with its search path set to ``schema``, created first when the server can be reached
    (when it cannot, the PostgreSQL tests skip saying why, as without workers)."""
    from sqlalchemy import create_engine, make_url, text

    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        try:
            with engine.begin() as conn:
                conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
        finally:
            engine.dispose()
    except Exception:  # unreachable or refused: database_url() skips and names the reason
        pass
    parsed = make_url(url)
    options = " ".join(filter(None, [parsed.query.get("options", ""), f"-csearch_path={schema}"]))
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


def drop_every_table(url: str, **engine_options) -> None:
    """The PostgreSQL test database emptied: every table dropped (alembic_version too), so the migrations run again."""
    from sqlalchemy import MetaData, create_engine

    engine = create_engine(url, **engine_options)
    try:
        with engine.begin() as conn:
            meta = MetaData()
            meta.reflect(conn)
            meta.drop_all(conn)
    finally:
        engine.dispose()


def _migrate(url: str) -> None:
    """``url``'s schema migrated to the newest revision by the product."""
    from protokoll.store.db import session_factory

    session_factory(url).kw["bind"].dispose()


def postgres_url_or_skip() -> str:
    """$PROTOKOLL_TEST_PG, or the test is skipped saying why."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A SQLAlchemy URL of an empty database: SQLite always, PostgreSQL when $PROTOKOLL_TEST_PG is reachable.

    The PostgreSQL schema is freshly migrated and empty (tests/pg_template.py: set back from what the
    worker's first migration left, not migrated again); a test marked ``pg_empty`` gets it with every
    table dropped (alembic_version too), so the migrations run from nothing.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"{PG_ENV} is not set; run `eval \"$(scripts/start-postgres.sh)\"` as root to test on PostgreSQL")
    try:
        if request.node.get_closest_marker("pg_empty"):
            drop_every_table(url, connect_args={"connect_timeout": 5})
        else:
            reset_migrated(url, _migrate, drop_every_table, connect_args={"connect_timeout": 5})
    except Exception as err:  # unreachable server, bad credentials, missing driver
        pytest.skip(f"PostgreSQL at {PG_ENV} is not usable: {type(err).__name__}: {str(err).splitlines()[0]}")
    return url


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """An empty SQLite archive migrated to the newest schema by the product (``session_factory``), once per
    test process: :func:`sessions` starts each SQLite test from a copy of it. Migrating a new archive costs
    ~0.3 s of CPU; the tests that ask for ``sessions`` want a migrated, empty archive, not the migration
    (a new archive is still migrated from nothing by every test that ingests into, or opens, one of its own,
    and test_migrations replays the migrations themselves)."""
    from protokoll.store.db import session_factory

    path = tmp_path_factory.mktemp("migrated") / "template.sqlite"
    factory = session_factory(f"sqlite:///{path}")
    factory.kw["bind"].dispose()  # the last connection closed: SQLite folds its WAL file into the file
    assert not path.with_name(path.name + "-wal").exists(), "the template's WAL was not folded into it"
    return path


@pytest.fixture
def sessions(database_url, request):
    """A session factory on a freshly migrated, empty database (SQLite, and PostgreSQL when set).

    SQLite starts from a copy of :func:`migrated_sqlite` (the same file a new archive becomes once
    migrated), which ``session_factory`` finds current; PostgreSQL from :func:`database_url`'s migrated, emptied schema.
    """
    from protokoll.store.db import session_factory

    if database_url.startswith("sqlite:///"):
        shutil.copyfile(request.getfixturevalue("migrated_sqlite"), database_url.removeprefix("sqlite:///"))
    factory = session_factory(database_url)
    yield factory
    factory.kw["bind"].dispose()


def migration_before(name: str) -> str:
    """The revision the migration ``*_{name}.py`` revises (read from its file): where a test sets an
    archive back to replay that migration."""
    import re

    from protokoll.store.db import MIGRATIONS

    source = next((MIGRATIONS / "versions").glob(f"*_{name}.py")).read_text(encoding="utf-8")
    return re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M).group(1)


def newest_migration() -> str:
    """The revision an archive is at after it was opened (the newest migration's file name)."""
    from protokoll.store.db import MIGRATIONS

    return max(p.stem for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
