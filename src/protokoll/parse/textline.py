"""One line of a document: its cleaned text, its offset in the input, whether it began with a bullet,
and the features rules gate their regexes on (computed once)."""

from __future__ import annotations

from dataclasses import dataclass

from .features import DIGIT, once


@dataclass(frozen=True)
class Line:
    """One line; its features (``blank``, ``digit``, ``folded``) are computed once, when a rule first asks
    (``blank`` when the line is made),
    so that rules gate their regexes on them instead of each scanning the text again."""

    text: str  #: the cleaned line, stripped
    start: int  #: offset of the line in the input text
    bullet: bool = False  #: the line began with a bullet glyph

    def __init__(self, text: str, start: int, bullet: bool = False) -> None:
        """The fields set in the instance's dict: a frozen dataclass's own ``__init__`` calls
        ``object.__setattr__`` per field, and a document makes a Line per line (issue 12)."""
        d = self.__dict__
        d["text"], d["start"], d["bullet"], d["blank"] = text, start, bullet, not text  # ``blank``: asked of every line

    @once
    def blank(self) -> bool:
        return not self.text

    @once
    def digit(self) -> bool:
        """The line has a digit (any script's, as ``\\d`` reads it): no number, date or time without one."""
        return DIGIT.search(self.text) is not None

    @once
    def folded(self) -> str:
        """The text case-folded, for keyword tests."""
        return self.text.casefold()
