"""docs/cli.md is generated from the code and must stay in step with it."""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import ROOT

SCRIPT = ROOT / "docs" / "make_cli_reference.py"
REFERENCE = ROOT / "docs" / "cli.md"
HOW = "docs/cli.md is out of date with the commands in src/protokoll/cli/: run `make docs` and commit it."


@pytest.fixture(scope="module")
def generator():
    spec = importlib.util.spec_from_file_location("make_cli_reference", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_reference_matches_the_code(generator):
    assert REFERENCE.is_file(), HOW
    assert generator.render() == REFERENCE.read_text(encoding="utf-8"), HOW


def test_rendering_is_deterministic(generator, monkeypatch):
    first = generator.render()
    monkeypatch.setenv("COLUMNS", "37")
    monkeypatch.setenv("PROTOKOLL_DB", "postgresql+psycopg://elsewhere/db")
    assert generator.render() == first


def test_every_command_has_a_section():
    from protokoll.cli import main

    text = REFERENCE.read_text(encoding="utf-8")
    headings = set(re.findall(r"^#+ (protokoll(?: \S+)*)$", text, flags=re.M))
    assert "protokoll" in headings
    for name in main.commands:
        assert f"protokoll {name}" in headings, f"no section for `protokoll {name}`. " + HOW


def test_options_are_listed_with_their_help():
    from protokoll.cli import main

    text = REFERENCE.read_text(encoding="utf-8")
    for name, command in main.commands.items():
        section = text.split(f"protokoll {name}\n", 1)[1].split("\n#", 1)[0]
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("-"):
                    assert opt in section, f"`{opt}` of `protokoll {name}` is missing. " + HOW
