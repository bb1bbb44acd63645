"""The Swedish Hunspell dictionary, expanded into word forms with compound roles.

The dictionary comes from the ``hunspell-sv`` wheel (``<prefix>/share/hunspell``)
or a system install (``/usr/share/hunspell``); ``$PROTOKOLL_HUNSPELL`` may name
the ``.dic`` file. Instead of running Hunspell per word (spylls needs
milliseconds for a compound), the stems of the ``.dic`` file are expanded once
with the suffix rules of the ``.aff`` file into a table ``form -> roles``:

* :data:`WORD`: the form is a word on its own;
* :data:`BEGIN`, :data:`MIDDLE`, :data:`END`: it may open, continue or close a
  compound (flags COMPOUNDBEGIN / COMPOUNDMIDDLE / COMPOUNDEND; a suffixed form
  opens or continues a compound only when its suffix carries COMPOUNDPERMITFLAG).

The table is pickled under the user's cache folder (``$PROTOKOLL_CACHE``,
default ``~/.cache/protokoll``), so only the first process pays for the
expansion (about ten seconds); later ones load it in about a second.
"""

from __future__ import annotations

import os
import pickle
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from ..swedish.fold import fold_ocr as fold

WORD, BEGIN, MIDDLE, END = 1, 2, 4, 8
_CACHE_VERSION = 2

Index = dict[str, tuple[str, ...]]


def build_index(forms) -> Index:
    """fold key -> forms, for the keys where some form is not its own fold (case or diacritics)."""
    index: dict[str, list[str]] = {}
    plain: set[str] = set()
    for form in forms:
        key = form if form.isascii() and form.islower() else fold(form)
        if key == form:
            plain.add(form)
        else:
            index.setdefault(key, []).append(form)
    return {k: tuple(v) + ((k,) if k in plain else ()) for k, v in index.items()}


@dataclass(frozen=True)
class _Suffix:
    flag: str
    strip: str
    add: str
    contflags: str
    condition: re.Pattern[str]


@dataclass(frozen=True)
class _Flags:
    """The few flag letters of the .aff file that the expansion uses."""

    begin: str = "X"
    middle: str = "U"
    end: str = "Y"
    permit: str = "W"
    only_in_compound: str = "Z"
    need_affix: str = "¤"
    forbidden: str = "%"


def dictionary_path() -> Path | None:
    """The Swedish .dic file to use, or None when none is installed."""
    env = os.environ.get("PROTOKOLL_HUNSPELL")
    candidates = [Path(env)] if env else []
    candidates += [Path(sys.prefix) / "share/hunspell/sv_SE.dic", Path("/usr/share/hunspell/sv_SE.dic")]
    return next((p for p in candidates if p.is_file() and p.with_suffix(".aff").is_file()), None)


def _parse_aff(text: str) -> tuple[dict[str, list[_Suffix]], _Flags]:
    """Suffix rules by flag, and the compound flags named in the .aff file."""
    rules: dict[str, list[_Suffix]] = {}
    names = {"COMPOUNDBEGIN": "begin", "COMPOUNDMIDDLE": "middle", "COMPOUNDEND": "end",
             "COMPOUNDPERMITFLAG": "permit", "ONLYINCOMPOUND": "only_in_compound",
             "NEEDAFFIX": "need_affix", "FORBIDDENWORD": "forbidden"}
    flags: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in names:
            flags[names[parts[0]]] = parts[1]
        if len(parts) >= 5 and parts[0] == "SFX":
            add, _, cont = parts[3].partition("/")
            strip = "" if parts[2] == "0" else parts[2]
            rules.setdefault(parts[1], []).append(_Suffix(
                parts[1], strip, "" if add == "0" else add, cont, re.compile(f"(?:{parts[4]})$")))
    return rules, _Flags(**flags)


def _parse_dic(text: str) -> list[tuple[str, str]]:
    """(stem, flags) pairs of the .dic file (the first line is a count)."""
    entries = []
    for line in text.splitlines()[1:]:
        stem, _, flags = line.strip().partition("/")
        if stem:
            entries.append((stem, flags.split()[0] if flags.split() else ""))
    return entries


def _roles(flags: str, suffixed: bool, f: _Flags) -> int:
    """Role bits of one form whose flags (stem's plus suffix's) are ``flags``."""
    if f.forbidden in flags:
        return 0
    roles = 0 if f.only_in_compound in flags else WORD
    if f.end in flags:
        roles |= END
    if not suffixed or f.permit in flags:
        roles |= (BEGIN if f.begin in flags else 0) | (MIDDLE if f.middle in flags else 0)
    return roles


def expand(aff_text: str, dic_text: str) -> dict[str, int]:
    """Every form the dictionary accepts on its own or as a compound part, with its roles."""
    rules, f = _parse_aff(aff_text)
    table: dict[str, int] = {}
    for stem, flags in _parse_dic(dic_text):
        if f.need_affix not in flags:
            table[stem] = table.get(stem, 0) | _roles(flags, False, f)
        for flag in flags:
            for sx in rules.get(flag, ()):
                if stem.endswith(sx.strip) and sx.condition.search(stem):
                    form = stem[: len(stem) - len(sx.strip)] + sx.add
                    table[form] = table.get(form, 0) | _roles(flags + sx.contflags, True, f)
    return {form: roles for form, roles in table.items() if roles}


def _cache_file(dic: Path) -> Path:
    root = Path(os.environ.get("PROTOKOLL_CACHE") or Path.home() / ".cache" / "protokoll")
    stat = dic.stat()
    return root / f"hunspell-{dic.stem}-{stat.st_size}-{int(stat.st_mtime)}-v{_CACHE_VERSION}.pickle"


def load_forms(dic: Path | None = None) -> tuple[dict[str, int], Index]:
    """The form table of ``dic`` (default: :func:`dictionary_path`) and its fold index; empty without one."""
    dic = dic or dictionary_path()
    if dic is None:
        return {}, {}
    cache = _cache_file(dic)
    try:
        with cache.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    table = expand(dic.with_suffix(".aff").read_text(encoding="utf-8"), dic.read_text(encoding="utf-8"))
    tables = (table, build_index(table))
    _write_cache(cache, tables)
    return tables


def _write_cache(cache: Path, tables: tuple) -> None:
    """Pickle ``tables`` to ``cache`` atomically; a read-only cache folder is no error."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass
