"""The linkers: pure functions from records to chains, cases, people, organisations and the register.

Submodules are imported when used (``from protokoll.link.chain import Node`` loads the chain, not
the people linker and its fuzzy matching); the names below are kept for ``from protokoll.link import``.
"""

import json

#: ``json.dumps(value, ensure_ascii=False)``, the same text, without making an encoder per call: the rows of a
#: linked archive hold tens of thousands of small JSON values, and ``dumps`` with an argument makes a new
#: ``JSONEncoder`` for each (half the cost of a small list's text).
_encode = json.JSONEncoder(ensure_ascii=False).encode


def text_json(value) -> str:
    """``json.dumps(value, ensure_ascii=False)``; an empty list's text at once (most items' assignments and
    dissent, half their decisions: the encoder's call was most of their row's cost)."""
    return "[]" if type(value) is list and not value else _encode(value)

_LAZY = {"link_orgs": "orgs", "apply_corrections": "people", "link_people": "people"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
