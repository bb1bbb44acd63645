"""Where the bundled example archive lives."""

from __future__ import annotations

from pathlib import Path

import click


def examples_dir() -> Path:
    """The `examples/` folder of the checkout this package was installed from."""
    for base in Path(__file__).resolve().parents:
        candidate = base / "examples"
        if (candidate / "README.md").exists():
            return candidate
    raise click.ClickException("the example archive is not installed: run from a checkout (pip install -e .)")
