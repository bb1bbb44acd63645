"""A pattern every match of which starts at the text's start (``^`` first, no ``re.M``) is tried there alone
(issue 12): ``sub``, ``search``, ``split`` and ``finditer`` try it at every position of the text, ~7 us an item
heading, ~30 us a place value. ``features.cut_start`` is its ``sub``; ``match`` its ``search``."""

import importlib
import inspect
import pkgutil
import re

import protokoll.parse
from protokoll.parse.features import cut_start

try:
    from re import _parser as sre_parse
    from re._constants import AT, AT_BEGINNING
except ImportError:  # Python < 3.11
    import sre_parse
    from sre_constants import AT, AT_BEGINNING

SCANNING = re.compile(r"\b([A-Z][A-Z0-9_]*)\.(sub|subn|search|split|finditer|findall)\(")


def anchored(pattern: re.Pattern) -> bool:
    """Every match starts at the text's start: the pattern's first item is "^" (a top-level "|" is a branch)."""
    if pattern.flags & re.M:
        return False
    first = sre_parse.parse(pattern.pattern, pattern.flags).data[:1]
    return bool(first) and first[0] == (AT, AT_BEGINNING)


def test_no_pattern_anchored_at_the_start_is_searched_from_every_position():
    scanned = []
    for info in pkgutil.iter_modules(protokoll.parse.__path__):
        module = importlib.import_module(f"protokoll.parse.{info.name}")
        for m in SCANNING.finditer(inspect.getsource(module)):
            pattern = getattr(module, m.group(1), None)
            if isinstance(pattern, re.Pattern) and anchored(pattern):
                scanned.append(f"{info.name}: {m.group(0)}")
    assert scanned == []


def test_anchored_is_read_from_the_pattern():
    assert anchored(re.compile(r"^(?:a|b)c"))
    assert not anchored(re.compile(r"^a|b"))  # the second wording may start anywhere
    assert not anchored(re.compile(r"^a", re.M))
    assert not anchored(re.compile(r"a^"))


def test_cut_start_is_the_pattern_s_sub():
    patterns = [re.compile(r"^(\s*)(?:kl|klockan)\b\.?\s+(?=[A-ZÅÄÖ])", re.I), re.compile(r"^\(?Dnr[.:]?\s*\S*\)?\s*"),
                re.compile(r"^x*"), re.compile(r"^(a)?b")]
    texts = ["kl. 13 Stadshuset", "  Klockan Rådhuset", "Dnr 2024/12 Budget", "(Dnr KS 12) Plan", "xxy", "", "b", "ab",
             "Budget kl. 13", "y"]
    for pattern in patterns:
        for repl in ("", r"\1", "-"):
            if repl == r"\1" and not pattern.groups:
                continue
            for text in texts:
                assert cut_start(pattern, text, repl) == pattern.sub(repl, text), (pattern.pattern, repl, text)
