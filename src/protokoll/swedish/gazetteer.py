"""Gazetteer of Swedish municipalities (kommuner) and regions.

The data lives in ``protokoll/data/municipalities.csv`` (290 rows) and
``protokoll/data/regions.csv`` (21 rows). Both are loaded once, lazily.

Lookup rules, shared by :func:`municipality` and :func:`find_municipalities`:

* A *stem* is the short name ("Lund"), its genitive ("Lunds") or the stem of
  the official name ("Falu" from "Falu kommun"). A stem followed by
  ``kommun``/``kommuns``/``stad``/``stads`` (suffix matched case-insensitively)
  is always a municipality mention: "Lunds kommun", "Malmö Stad",
  "Malmö kommun", "Helsingborgs stads".
* The stem itself is case-sensitive ("Lund", not "lund"); an all-upper-case
  mention with a suffix ("LUNDS KOMMUN") is accepted too.
* Spaces and hyphens inside a name are interchangeable ("Dals Ed",
  "Upplands-Väsby"), since documents mix them up.
* "Region Gotland" is both a region and the official name of the municipality
  Gotland; every other "Region X" is a region, never a municipality.

Running text (:func:`find_municipalities`) additionally accepts bare names and
bare genitives ("Malmö", "Malmös"), except for the names in
:data:`AMBIGUOUS_NAMES`, which only count with a kommun/stad suffix.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .kept import kept
from .trie import SEPARATORS, trie_regex

#: Municipality names that are also common Swedish words, surnames or given
#: names ("mark" = ground, "vara" = to be, "boden" = the shed, Berg/Nora/
#: Dorotea/Vilhelmina as person names). In running text they only count when
#: followed by "kommun"/"stad" ("Marks kommun", "Vara kommun").
AMBIGUOUS_NAMES: frozenset[str] = frozenset(
    {"Ale", "Berg", "Boden", "Dorotea", "Eda", "Kil", "Mark", "Nora", "Vara", "Vilhelmina"}
)

_SEPARATOR_RE = re.compile(SEPARATORS)
_SUFFIX_RE = re.compile(r"(?P<stem>.+?) (?P<suffix>kommuns?|stads?)", re.IGNORECASE)
_GOTLAND_RE = re.compile(r"(?i:region)\s+(?:Gotlands?|GOTLANDS?)")
_OFFICIAL_SUFFIXES = (" kommun", " stad", " Stad")


@dataclass(frozen=True)
class Municipality:
    """One Swedish municipality."""

    code: str
    name: str
    official_name: str
    county: str


@dataclass(frozen=True)
class Region:
    """One Swedish region (the regional authority of a county)."""

    code: str
    name: str
    official_name: str


@dataclass(frozen=True)
class _Index:
    """Lookup tables derived from the CSV data."""

    by_name: dict[str, Municipality]
    suffix_stems: dict[str, str]
    bare_names: dict[str, str]
    bare_genitives: dict[str, str]
    text_bare: dict[str, str]


def _read_csv(filename: str) -> list[dict[str, str]]:
    """Read one packaged CSV file into a list of row dicts."""
    text = resources.files("protokoll").joinpath("data", filename).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@cache
def all_municipalities() -> list[Municipality]:
    """All 290 municipalities, ordered by municipality code."""
    rows = [
        Municipality(r["code"], r["name"], r["official_name"], r["county"])
        for r in _read_csv("municipalities.csv")
    ]
    return sorted(rows, key=lambda m: m.code)


@cache
def _official_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for m in all_municipalities():  # the first by code, as a search of the list finds it
        names.setdefault(m.name, m.official_name)
    return names


def official_name(short: str) -> str | None:
    """The official name ("Norrby kommun", "Göteborgs Stad") of a municipality's short name; None for another."""
    return _official_names().get(short)


@cache
def all_regions() -> list[Region]:
    """All 21 regions, ordered by county code."""
    rows = [Region(r["code"], r["name"], r["official_name"]) for r in _read_csv("regions.csv")]
    return sorted(rows, key=lambda r: r.code)


def genitive(name: str) -> str:
    """Swedish genitive of a place name: "Lund" -> "Lunds", "Borås" -> "Borås"."""
    return name if name[-1] in "sxzSXZ" else name + "s"


def _key(text: str) -> str:
    """Normalise a surface form: collapse whitespace and hyphens to one space."""
    return _SEPARATOR_RE.sub(" ", text.strip())


def _official_stem(official_name: str) -> str | None:
    """The stem of an official name ("Falu kommun" -> "Falu"), None for "Region ..."."""
    for suffix in _OFFICIAL_SUFFIXES:
        if official_name.endswith(suffix):
            return official_name[: -len(suffix)]
    return None


def _stems(m: Municipality) -> set[str]:
    """All stems that may precede kommun/stad for one municipality."""
    stems = {m.name, genitive(m.name)}
    official = _official_stem(m.official_name)
    if official:
        stems |= {official, genitive(official)}
    return {_key(s) for s in stems}


def _add_unique(table: dict[str, str], key: str, name: str) -> None:
    """Insert key -> name, refusing a key that would point at two municipalities."""
    if table.setdefault(key, name) != name:
        raise ValueError(f"gazetteer form {key!r} is ambiguous: {table[key]} / {name}")


@cache
def _index() -> _Index:
    """Build (once) the lookup tables (the running-text regex is :func:`_text_pattern`)."""
    by_name: dict[str, Municipality] = {}
    suffix_stems: dict[str, str] = {}
    bare_names: dict[str, str] = {}
    bare_genitives: dict[str, str] = {}
    for m in all_municipalities():
        by_name[m.name] = m
        for stem in _stems(m):
            _add_unique(suffix_stems, stem, m.name)
            _add_unique(suffix_stems, stem.upper(), m.name)
        _add_unique(bare_names, _key(m.name), m.name)
        _add_unique(bare_genitives, _key(genitive(m.name)), m.name)
    text_bare: dict[str, str] = {}
    for table in (bare_names, bare_genitives):
        for key, name in table.items():
            if name not in AMBIGUOUS_NAMES:
                _add_unique(text_bare, key, name)
    return _Index(by_name, suffix_stems, bare_names, bare_genitives, text_bare)


@cache
def _text_pattern() -> re.Pattern[str]:
    """The running-text regex, compiled (once) when text is first searched: it is most of the index's
    cost, and a name looked up as a whole (:func:`municipality`, e.g. on a web page) never needs it."""
    index = _index()
    return re.compile(
        r"(?<!\w)(?<![Rr]egion\s)"
        r"(?:(?P<gotland>" + _GOTLAND_RE.pattern + r")"
        r"|(?P<stem>" + trie_regex(set(index.suffix_stems)) + r")\s+(?P<suffix>(?i:kommuns?|stads?))"
        r"|(?P<bare>" + trie_regex(set(index.text_bare)) + r"))"
        r"(?!\w)(?!\s+(?i:läns?)\b)"
    )


def _lookup_bare(table: dict[str, str], key: str) -> str | None:
    """Exact lookup, falling back to a case-insensitive one for ALL-CAPS input."""
    if key in table:
        return table[key]
    if key.isupper():
        folded = key.casefold()
        return next((name for k, name in table.items() if k.casefold() == folded), None)
    return None


@kept(maxsize=4096)
def municipality(text: str, genitive: bool = False) -> str | None:
    """The short name of the municipality that ``text`` (as a whole) names, else None.

    Accepts "Lund", "Lunds kommun", "Lunds kommuns", "Malmö stad", "Malmö Stad",
    "Malmö kommun", "Falu kommun", "Region Gotland". A bare genitive ("Lunds")
    is accepted only with ``genitive=True``. "Region Skåne" and other
    non-municipalities give None. Ambiguous names ("Mark") are accepted here,
    since the caller has already isolated the mention. Kept for the last texts: the parser asks for the
    same words many times in a document (two in three asks are repeats, issue 12).
    """
    index = _index()
    key = _key(text)
    if not key:
        return None
    if _GOTLAND_RE.fullmatch(key):
        return "Gotland"
    match = _SUFFIX_RE.fullmatch(key)
    if match and (name := index.suffix_stems.get(_key(match["stem"]))):
        return name
    name = _lookup_bare(index.bare_names, key)
    if name is None and genitive:
        name = _lookup_bare(index.bare_genitives, key)
    return name


def is_municipality(text: str) -> bool:
    """True when ``text`` names a municipality (see :func:`municipality`)."""
    return municipality(text) is not None


def county_of(text: str) -> str | None:
    """The county (län) of the municipality ``text`` names, e.g. "Skåne län"."""
    name = municipality(text)
    return _index().by_name[name].county if name else None


def find_municipalities(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, short name)`` of municipality mentions in running text.

    Matches whole words only, longest form first ("Upplands Väsby kommun"),
    including genitives ("Malmös", "Lunds kommun"). Names are case-sensitive,
    so lower-case words ("mark", "ale") never match, and the names in
    :data:`AMBIGUOUS_NAMES` need a kommun/stad suffix. Mentions inside
    "Region X" or "X län" are not municipalities and are skipped.
    """
    index = _index()
    spans: list[tuple[int, int, str]] = []
    for match in _text_pattern().finditer(text):
        if match["gotland"]:
            name = "Gotland"
        elif match["stem"]:
            name = index.suffix_stems[_key(match["stem"])]
        else:
            name = index.text_bare[_key(match["bare"])]
        spans.append((match.start(), match.end(), name))
    return spans


def region(text: str) -> str | None:
    """The official name of the region ``text`` (as a whole) names, else None.

    Accepts "Region Skåne", "Region Skånes", "REGION SKÅNE", "Region Jönköping",
    "Region Jönköpings län", "Region Södermanland" (-> "Region Sörmland"),
    "Region Västra Götaland", "Västra Götalandsregionen". A bare county name
    ("Skåne") is ambiguous and gives None.
    """
    key = _key(text)
    if key.endswith("s") and not key.endswith(" län") and _region_table().get(key[:-1]):
        key = key[:-1]
    return _lookup_bare(_region_table(), key)


@cache
def _region_table() -> dict[str, str]:
    """Surface form -> official region name."""
    table: dict[str, str] = {}
    for r in all_regions():
        forms = {r.official_name, f"Region {r.name}", f"Region {genitive(r.name)} län"}
        if r.official_name.endswith("regionen"):
            forms.add("VGR")
        for form in forms:
            table[_key(form)] = r.official_name
            table[_key(form.replace("Region ", "region ", 1))] = r.official_name
    return table
