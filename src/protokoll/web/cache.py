"""A small LRU cache, shared by the threads of one process: search results and rendered pages.

Search keys start with the index generation (:func:`protokoll.store.search_index.generation`),
which changes with every change to the index, so a cached result is never
served for another state of the index. Values are shared, not copied:
callers must not change them. Concurrent requests for a key being computed
wait for that one computation instead of repeating it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

DEFAULT_SIZE = 256  #: entries (a result holds one page of hits and the facets; a rendered page 10-100 KB)


class _Pending:
    """One computation in progress; waiters get its value, or None when it failed."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None

    def finish(self, value: Any) -> None:
        self.value = value
        self.done.set()


def weight(value: Any) -> int:
    """Roughly the bytes a cached value holds: its text and bytes (a rendered page's body), one level deep."""
    if isinstance(value, (bytes, bytearray, str)):
        return len(value)
    if isinstance(value, (tuple, list)):
        return sum(len(v) if isinstance(v, (bytes, bytearray, str)) else 100 for v in value)
    return 1000


class SearchCache:
    """Up to ``size`` results by key (and, with ``max_bytes``, at most that many bytes of them by
    :func:`weight`), least recently used dropped first; ``size`` 0 caches nothing."""

    def __init__(self, size: int = DEFAULT_SIZE, max_bytes: int | None = None) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self._bytes = 0
        self._weights: dict[Hashable, int] = {}
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, _Pending] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable | None, compute: Callable[[], Any]) -> Any:
        """The cached value of ``key``, else ``compute()`` (kept under ``key``); a None key is not cached."""
        if key is None or self.size <= 0:
            return compute()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
            pending = self._pending.get(key)
            if pending is None:
                self.misses += 1
                pending = self._pending[key] = _Pending()
                owner = True
            else:
                owner = False
        if not owner:
            pending.done.wait()
            return pending.value if pending.value is not None else compute()
        return self._compute(key, pending, compute)

    def peek(self, key: Hashable) -> Any:
        """The cached value of ``key`` (counted as a hit), or None: nothing is computed."""
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return self._items[key]

    def _compute(self, key: Hashable, pending: _Pending, compute: Callable[[], Any]) -> Any:
        value = None
        try:
            value = compute()
            with self._lock:
                self._items[key] = value
                if self.max_bytes is not None:
                    self._weights[key] = weight(value)
                    self._bytes += self._weights[key]
                while len(self._items) > self.size or (
                        self.max_bytes is not None and self._bytes > self.max_bytes and len(self._items) > 1):
                    old, _ = self._items.popitem(last=False)
                    self._bytes -= self._weights.pop(old, 0)
            return value
        finally:
            with self._lock:
                self._pending.pop(key, None)
            pending.finish(value)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._weights.clear()
            self._bytes = 0

    def __len__(self) -> int:
        return len(self._items)
