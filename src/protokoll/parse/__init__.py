"""Stage `parse`: a document's text -> a `meeting-record/1` record.

The text is cut into a header zone (before the first item heading), the items
and a signature block; each part is read by its own module, and :mod:`.assemble`
puts the record together: ``header`` (labelled values), ``whenwhere`` (date,
time, place), ``attendance`` and ``names`` (people and organisations),
``items`` and ``itemreader`` (headings, presenters, attachments), ``actions``
(decisions, dissent, assignments, forwarding), ``meta`` (organisation, number),
``body`` (kind, body), ``nextmeeting``, ``confidence`` (how sure each header
value is) and ``dates``.
"""

from __future__ import annotations

from .assemble import parse_text

__all__ = ["parse_text"]
