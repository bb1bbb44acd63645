"""Shared fixtures. Tests read ../shared (beside the checkout) where it exists."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROTOKOLL_SHARED", ROOT.parent / "shared"))

needs_shared = pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared is not beside the checkout")


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
