"""Which files an ingest reads: regular files only, inside the folders given.

``collect_sources`` turns the paths a user named into ``Source`` entries (a
regular document file to read), ``Refused`` entries (what cannot be read,
with the reason) and ``Skipped`` entries (a README beside the documents), so
every entry that looks like a document is named and counted in the report. A FIFO, device or socket would block or never end; a symbolic link
that leaves the folder given would publish a file nobody meant to ingest
(unless ``follow_links``); a loop, a dangling link or an unreadable folder
are named instead of silently skipped. A file named as an argument counts as
inside the folder that holds it.

File names that are not UTF-8 (Latin-1 names from old file servers) are kept
with each such byte written as ``\\xNN``: no guess at their encoding, and
two different names never become the same text.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

SUFFIXES = {".txt", ".text", ".md", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".doc"}
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Source:
    """A regular file to read."""

    path: Path  #: how to open it (as reached from the argument)
    stored: str  #: its real path as text: what the database keeps
    name: str  #: its file name as text

    @property
    def shown(self) -> str:
        return shown(self.path)


@dataclass(frozen=True)
class Skipped:
    """A file that is read no further because it is no meeting document (a README), and why."""

    shown: str
    reason: str


@dataclass(frozen=True)
class Refused:
    """An entry that is not read, and why."""

    shown: str
    reason: str


def stored_text(path: Path | str) -> str:
    """A path as text: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def shown(path: Path | str) -> str:
    """A path as one safe line of a report: no control or direction characters reach the terminal."""
    return _UNSAFE.sub(lambda m: repr(m[0])[1:-1], stored_text(path))


def collect_sources(paths: list[Path], follow_links: bool = False) -> Iterator[Source | Refused | Skipped]:
    """Every document entry under ``paths``, in the order given (folders recursively, sorted by name)."""
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        if path.is_symlink() or not _is_dir(path):
            root = os.path.realpath(path.parent)
            yield from _entry(path, root, follow_links, seen, named=True)
        else:
            root = os.path.realpath(path)
            yield from _folder(path, root, follow_links, seen, {_dir_id(path)})


def _is_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _dir_id(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


def _entry(path: Path, root: str, follow: bool, seen: set[str], named: bool = False,
           ancestors: set[tuple[int, int]] | None = None) -> Iterator[Source | Refused]:
    """One entry: a file (read when it is a regular file) or a folder reached through a link."""
    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
        st = os.stat(path)
    except OSError as err:
        yield Refused(shown(path), _link_reason(err) if _is_link(path) else _os_reason(err))
        return
    real = os.path.realpath(path)
    if link and not follow and not _inside(real, root):
        yield Refused(shown(path), "symbolic link to a place outside the folder given "
                                   "(not followed; --follow-links allows it)")
        return
    if stat.S_ISDIR(st.st_mode):
        ancestors = ancestors or set()
        if (st.st_dev, st.st_ino) in ancestors:
            yield Refused(shown(path), "symbolic link loop (a link to a folder that holds it)")
        elif named or real not in seen:
            seen.add(real)
            yield from _folder(path, real if named else root, follow, seen,
                               ancestors | {(st.st_dev, st.st_ino)})
        return
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        yield Refused(shown(path), f"not a regular file: {kind}")
        return
    if real in seen:  # the same file twice (a link to it beside it, or named twice)
        return
    seen.add(real)
    yield Source(path, stored_text(real), stored_text(path.name))


def _folder(folder: Path, root: str, follow: bool, seen: set[str],
            ancestors: set[tuple[int, int]]) -> Iterator[Source | Refused]:
    try:
        with os.scandir(folder) as it:
            names = sorted(e.name for e in it)
    except OSError as err:
        yield Refused(shown(folder), f"cannot read folder ({_os_reason(err)})")
        return
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if _is_dir(path) or (_is_link(path) and _link_to_dir(path)):
            yield from _entry(path, root, follow, seen, ancestors=ancestors)
        elif _readme(name):  # a folder's description, not one of its documents: counted, not read
            yield Skipped(shown(path), "a README file describes the folder")
        elif _wanted(name):
            yield from _entry(path, root, follow, seen, ancestors=ancestors)


def _wanted(name: str) -> bool:
    return Path(name).suffix.lower() in SUFFIXES


def _readme(name: str) -> bool:
    return _wanted(name) and name.upper().startswith("README")


def _is_link(path: Path) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def _link_to_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError as err:  # a loop among folder links is named; a dangling link only when it looks like a document
        return err.errno == errno.ELOOP


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _link_reason(err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if err.errno == errno.ENOENT:
        return "dangling symbolic link (its target does not exist)"
    return _os_reason(err)


def _os_reason(err: OSError) -> str:
    return err.strerror or type(err).__name__


def read_source(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises ``ValueError`` with the reason.

    Opened without blocking (a FIFO swapped in after collecting cannot hang the batch) and
    checked on the open file, then read to at most one byte over the limit.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise ValueError(_link_reason(err) if _is_link(Path(path)) else _os_reason(err)) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = next((name for test, name in _KINDS if test(st.st_mode)), "a folder")
            raise ValueError(f"not a regular file: {kind}")
        if st.st_size > max_bytes:
            raise ValueError(f"file is {st.st_size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.0f} MB")
        try:
            want = min(st.st_size, max_bytes) + 1  # read() sets aside what it is asked for
            data = f.read(want)
            if len(data) == want and want <= max_bytes:  # it grew since (or /proc): the rest, bounded
                data += f.read(max_bytes + 1 - want)
        except OSError as err:
            raise ValueError(_os_reason(err)) from None
    if len(data) > max_bytes:
        raise ValueError(f"file is over the limit of {max_bytes / 1e6:.0f} MB")
    return data
