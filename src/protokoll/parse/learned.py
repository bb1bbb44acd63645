"""A learned item-heading segmenter beside the rules (issue 10, point 3).

A linear-chain CRF (python-crfsuite) labels each token of a document ``N`` (an item's number), ``B`` / ``I``
(the first / a following word of an item's title) or ``O``; its features are :mod:`.segfeatures`'. It is
trained by ``make train`` (``scripts/train_segmenter.py``) and ships as ``data/segmenter.crfsuite``.

It is used only where the rules find no item heading at all: there its headings cut the lines (a heading
found inside a flattened line becomes a line of its own) and the items are then read as the rules read
theirs. Where the rules found headings their reading stands, since grouped cross-validation
(``bench/learned.py``) showed the model does not improve on it there.

**Off by default.** A model is kept in the reader only where grouped cross-validation says it helps. Over
the development folds it moved the overall F1 by +0.002 (as written and with paragraphs joined) and -0.003
(one line), and it read items where the rules abstain on purpose (a timetable whose times do not rise, one
numbered sentence in running text); parsing was 3-16 % slower. So ``parse_text`` reads with the rules
alone until :func:`use_model` is given a model (``use_model(SHIPPED)``; ``bench/learned.py`` measures
both), and the model is retrained with ``make train`` as the data grows.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from .items import Heading
from .lines import Line
from .segfeatures import Token, features, tokens

#: the model shipped in the package (``make train``)
SHIPPED = Path(str(resources.files("protokoll").joinpath("data/segmenter.crfsuite")))
#: the model read with: none (rules alone) until ``use_model`` names one (see the module's note)
_model: Path | None = None
_tagger = None
#: fewer headings than this and the model's reading is not taken: one numbered sentence in running text is no
#: list of items (abstain rather than guess; tests/test_review_extraction.py, E3)
MIN_HEADINGS = 2
#: the model's headings replace the rules' when it finds this many times as many (0: only where rules find none)
REPLACE_RATIO = 0.0
MAX_TITLE_TOKENS = 30


def use_model(path: Path | None) -> None:
    """Read with the model at ``path`` from now on; None: rules alone."""
    global _model, _tagger
    _model, _tagger = path, None


def _get_tagger():
    global _tagger
    if _tagger is None and _model is not None and _model.exists():
        import pycrfsuite

        _tagger = pycrfsuite.Tagger()
        _tagger.open(str(_model))
    return _tagger


def tag(lines: list[Line]) -> tuple[list[Token], list[str]]:
    """The tokens of ``lines`` and the model's label of each (all ``O`` without a model)."""
    toks = tokens(lines)
    tagger = _get_tagger()
    if tagger is None or not toks:
        return toks, ["O"] * len(toks)
    return toks, list(tagger.tag(features(lines, toks)))


def spans(toks: list[Token], labels: list[str]) -> list[tuple[list[Token], list[Token]]]:
    """The (number tokens, title tokens) of each heading the labels mark, within one line each."""
    out = []
    k = 0
    while k < len(toks):
        num: list[Token] = []
        while k < len(toks) and labels[k] == "N":
            num.append(toks[k])
            k += 1
        if k < len(toks) and labels[k] == "B" and all(t.line == toks[k].line for t in num):
            title = [toks[k]]
            k += 1
            while k < len(toks) and labels[k] == "I" and toks[k].line == title[0].line:
                title.append(toks[k])
                k += 1
            if len(title) <= MAX_TITLE_TOKENS:
                out.append((num, title))
        elif not num:
            k += 1
    return out


def choose(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The rules' lines and headings, or the model's where the rules found none (or, with
    :data:`REPLACE_RATIO`, far fewer than the model)."""
    if _model is None or (headings and not REPLACE_RATIO):  # no model (the default): nothing to tokenise
        return lines, headings
    cut, found = learned_headings(lines)
    if not headings or len(found) >= REPLACE_RATIO * len(headings) + 2:
        return (cut, found) if found else (lines, headings)
    return lines, headings


def _last_of_each(found: list[tuple[list[Token], list[Token]]]) -> list[tuple[list[Token], list[Token]]]:
    """A title that stands twice (a list of contents, then the item itself): only its last place is the item."""
    key = [" ".join(t.text for t in title).casefold() for _, title in found]
    return [f for k, f in enumerate(found) if key[k] not in key[k + 1:]]


def _number(num: list[Token]) -> str | None:
    digits = re.findall(r"\d+", " ".join(t.text for t in num))
    return (digits[0].lstrip("0") or "0") if len(digits) == 1 else None


def learned_headings(lines: list[Line]) -> tuple[list[Line], list[Heading]]:
    """The lines cut at the headings the model finds, and those headings; ``(lines, [])`` when it finds
    fewer than :data:`MIN_HEADINGS` (or there is no model)."""
    found = _last_of_each(spans(*tag(lines)))
    if len(found) < MIN_HEADINGS:
        return lines, []
    by_line: dict[int, list[tuple[list[Token], list[Token]]]] = {}
    for num, title in found:
        by_line.setdefault(title[0].line, []).append((num, title))
    out: list[Line] = []
    heads: list[Heading] = []
    for i, ln in enumerate(lines):
        pos = 0
        for num, title in by_line.get(i, []):
            start, end = (num or title)[0].start, title[-1].end
            if ln.text[pos:start].strip():
                out.append(_piece(ln, pos, start))
            heads.append(Heading(len(out), _number(num), ln.text[title[0].start:end], "learned", 1.0))
            out.append(Line(ln.text[start:end], ln.start + start, ln.bullet and pos == 0))
            pos = end
        if pos == 0:
            out.append(ln)
        elif ln.text[pos:].strip():
            out.append(_piece(ln, pos, len(ln.text)))
    return out, heads


def _piece(ln: Line, a: int, b: int) -> Line:
    text = ln.text[a:b]
    lead = len(text) - len(text.lstrip())
    return Line(text.strip(), ln.start + a + lead)
