"""Text that XML 1.0 (Atom feeds) and iCalendar can hold.

XML 1.0 allows tab, newline, carriage return and the code points from U+0020
up, except the surrogates (U+D800-U+DFFF, which alone are no character) and
the non-characters U+FFFE and U+FFFF; lxml refuses a string with any other.
Search queries and stored documents (damaged files, odd encodings) can carry
them, so everything written into a feed or a calendar goes through
:func:`xml_safe`: those code points are dropped, nothing else changes.
"""

from __future__ import annotations

import re

#: What XML 1.0's ``Char`` production excludes.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the code points XML 1.0 cannot hold."""
    return _UNSAFE.sub("", text)
