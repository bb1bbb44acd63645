"""Pages of a long list: which rows a ``sida`` shows and the links to its neighbours."""

from __future__ import annotations

from fastapi import HTTPException

from .urls import with_query


def offset(page: int, size: int) -> int:
    return (page - 1) * size


def pages(path: str, params: dict, page: int, total: int, size: int) -> dict:
    """``{"page", "pages", "previous_url", "next_url"}`` (as the search page's); 404 past the last page."""
    last = max(1, -(-total // size))
    if page > last:
        raise HTTPException(404, f"Sidan {page} finns inte (sista sidan är {last}).")
    return {"page": page, "pages": last,
            "previous_url": with_query(path, {**params, "sida": page - 1 if page > 2 else None}) if page > 1 else None,
            "next_url": with_query(path, {**params, "sida": page + 1}) if page < last else None}
