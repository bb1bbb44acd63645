"""Answers of pure text functions kept for the last texts asked (issue 12).

A parser asks for the dates, times, labels or municipality of the same short value or line many times,
and of the same whole document a few times. ``kept`` keeps the answers for the last ``maxsize`` texts of
at most ``limit`` characters and for the last ``long`` longer ones, so that an archive's long texts never
fill the memory. The function's answer must not be changed by its callers (a tuple, a string, a date).
"""

from __future__ import annotations

import inspect
import re
from functools import lru_cache, wraps

try:  # a pattern compiled without a place in ``re``'s own cache (the module ``re`` has since Python 3.11)
    from re._compiler import compile as _compile_uncached
except ImportError:  # pragma: no cover
    _compile_uncached = re.compile

LIMIT = 500  #: the longest text kept among the many
LONG = 4  #: longer texts kept: the document being parsed and its parts


def kept(maxsize: int, limit: int = LIMIT, long: int = LONG):
    """Decorator: ``lru_cache(maxsize)`` for calls whose first argument (a text) is at most ``limit`` long,
    ``lru_cache(long)`` for the others."""
    def decorate(func):
        short_kept, long_kept = lru_cache(maxsize=maxsize)(func), lru_cache(maxsize=long)(func)

        if _text_alone(func):  # called ~50 times a document: no argument tuple and keyword dict packed (issue 12)
            def call(text):
                return (short_kept if len(text) <= limit else long_kept)(text)
        else:
            def call(text, *args, **kwargs):
                return (short_kept if len(text) <= limit else long_kept)(text, *args, **kwargs)
        call = wraps(func)(call)

        def cache_clear() -> None:
            short_kept.cache_clear()
            long_kept.cache_clear()

        call.cache_clear, call.cache_info, call.long_cache_info = cache_clear, short_kept.cache_info, \
            long_kept.cache_info
        return call
    return decorate


def _text_alone(func) -> bool:
    """Whether ``func`` takes one argument, named ``text``, without a default (then its keeper takes the same)."""
    params = list(inspect.signature(func).parameters.values())
    return len(params) == 1 and params[0].name == "text" and params[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD \
        and params[0].default is inspect.Parameter.empty


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` kept for the last 4,096 patterns made from a document's own words and numbers
    (a name, an item's number). Passed to ``re.search`` and its kin, those patterns filled ``re``'s own cache of
    512 on a long real document, which then compiled them and the modules' literal patterns again and again:
    ~600 compilations a pass over 200 real documents, ~5 % of their parse (issue 12). Compiled past ``re``'s cache,
    so that they never take a literal pattern's place there."""
    return _compile_uncached(pattern, int(flags))
