"""Page footers kept out of the searchable item text: :mod:`protokoll.search_units` (the units are
analysed in worker processes, which do not import the database layer)."""

from ..search_units import MAX_FOOTER, PAGE_MARK, footers, without_footers  # noqa: F401
