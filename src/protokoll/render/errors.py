"""The one error of rendering, in a module of its own so that every renderer can raise it
without importing the package that dispatches to them."""

from __future__ import annotations


class RenderError(Exception):
    """A record or template that cannot be rendered; ``str`` is the user-facing reason."""
