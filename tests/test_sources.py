"""Which entries `protokoll ingest` reads: regular files inside the folders given; everything
else is named with its reason and the batch goes on (W10, W11, R6)."""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from conftest import said, write_minutes
from protokoll.sources import Refused, Source, collect_sources, shown


def _odd_folder(tmp_path):
    """A folder with two good documents and one entry of each kind that cannot be read."""
    folder = tmp_path / "in"
    write_minutes(folder, "a-2025-01-15.txt", "2025-01-15", "Budget")
    write_minutes(folder / "sub", "b-2025-02-12.txt", "2025-02-12", "Verksamhetsplan")
    outside = write_minutes(tmp_path / "annat", "hemlig-2025-03-01.txt", "2025-03-01", "Hemligt")
    os.mkfifo(folder / "fifo.txt")
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    (folder / "saknas.txt").symlink_to("finns-inte.txt")
    (folder / "ut.txt").symlink_to(outside)
    (folder / "noll.txt").symlink_to("/dev/zero")
    (folder / "sub" / "upp").symlink_to("..")
    (folder / "kopia.txt").symlink_to("a-2025-01-15.txt")  # inside: the same file, read once
    (folder / "anteckning.json").write_text("{}")  # not a document: skipped without a word
    return folder, outside


EXPECTED = {
    "fifo.txt": "not a regular file: a named pipe (FIFO)",
    "loop-a.txt": "symbolic link loop",
    "loop-b.txt": "symbolic link loop",
    "noll.txt": "symbolic link to a place outside the folder given (not followed; --follow-links allows it)",
    "saknas.txt": "dangling symbolic link (its target does not exist)",
    "sub/upp": "symbolic link loop (a link to a folder that holds it)",
    "ut.txt": "symbolic link to a place outside the folder given (not followed; --follow-links allows it)",
}


def test_every_entry_that_cannot_be_read_is_named_once_and_the_rest_is_stored(cli, tmp_path, db):
    folder, _outside = _odd_folder(tmp_path)
    result = cli("ingest", str(folder))
    assert result.exit_code == 1
    assert said(result.stderr) == [f"{folder / name}: {reason}" for name, reason in sorted(EXPECTED.items())]
    assert result.stdout.splitlines()[-1] == f"2 inserted, 0 updated, 0 unchanged, 0 skipped, {len(EXPECTED)} failed"
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        paths = sorted(r[0] for r in conn.execute("SELECT path FROM documents"))
    assert paths == [str(folder / "a-2025-01-15.txt"), str(folder / "sub" / "b-2025-02-12.txt")]


def test_follow_links_reads_outside_but_never_a_device(cli, tmp_path):
    folder, outside = _odd_folder(tmp_path)
    result = cli("ingest", "--follow-links", str(folder / "ut.txt"), str(folder / "noll.txt"))
    assert said(result.stderr) == [f"{folder / 'noll.txt'}: not a regular file: a character device"]
    assert result.stdout.splitlines()[-1] == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed"


def test_a_bad_argument_fails_that_argument_not_the_batch(cli, tmp_path):
    folder, _ = _odd_folder(tmp_path)
    good = folder / "a-2025-01-15.txt"
    args = [folder / "loop-a.txt", folder / "saknas.txt", folder / "fifo.txt", tmp_path / "finns-inte", good]
    result = cli("ingest", *map(str, args))
    assert result.exit_code == 1
    assert said(result.stderr) == [
        f"{folder / 'loop-a.txt'}: symbolic link loop",
        f"{folder / 'saknas.txt'}: dangling symbolic link (its target does not exist)",
        f"{folder / 'fifo.txt'}: not a regular file: a named pipe (FIFO)",
        f"{tmp_path / 'finns-inte'}: No such file or directory",
    ]
    assert result.stdout.splitlines()[-1] == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 4 failed"


def test_a_link_named_as_an_argument_stays_inside_its_own_folder(tmp_path):
    folder, outside = _odd_folder(tmp_path)
    found = list(collect_sources([folder / "ut.txt", folder / "kopia.txt"]))
    assert found[0] == Refused(str(folder / "ut.txt"), EXPECTED["ut.txt"])
    assert isinstance(found[1], Source) and found[1].stored == str(folder / "a-2025-01-15.txt")
    assert [s.stored for s in collect_sources([folder / "ut.txt"], follow_links=True)] == [str(outside)]


def test_unreadable_folders_and_files_are_named(cli, tmp_path):
    folder = tmp_path / "in"
    write_minutes(folder / "stängd", "a.txt", "2025-01-15", "Budget")
    write_minutes(folder, "b.txt", "2025-01-15", "Budget").chmod(0)
    try:
        (folder / "b.txt").read_bytes()
        pytest.skip("this process reads mode-000 files (root with CAP_DAC_OVERRIDE; run it under setpriv "
                    "--inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search)")
    except PermissionError:
        pass
    (folder / "stängd").chmod(0)
    try:
        result = cli("ingest", str(folder))
    finally:
        (folder / "stängd").chmod(0o755)
    assert said(result.stderr) == [f"{folder / 'b.txt'}: Permission denied",
                                          f"{folder / 'stängd'}: cannot read folder (Permission denied)"]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_name_that_is_not_utf8_is_stored_and_reported_with_its_bytes_escaped(cli, tmp_path, db):
    folder = tmp_path / "in"
    write_minutes(folder, "ok.txt", "2025-01-15", "Budget")
    latin1 = os.fsdecode(b"m\xf6te-\xe5\xe4.txt")  # "möte-åä.txt" written by an old Latin-1 system
    (folder / "ok.txt").rename(folder / latin1)
    (folder / os.fsdecode(b"tom-\xf6.txt")).write_bytes(b"")
    result = cli("ingest", str(folder))
    assert said(result.stderr) == [f"{folder}/tom-\\xf6.txt: empty file"]
    assert result.stdout.splitlines()[-1] == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed"
    with sqlite3.connect(db.removeprefix("sqlite:///")) as conn:
        assert conn.execute("SELECT name, path FROM documents").fetchall() == [
            ("m\\xf6te-\\xe5\\xe4.txt", f"{folder}/m\\xf6te-\\xe5\\xe4.txt")]
    again = cli("ingest", str(folder))
    assert again.stdout.splitlines()[-1] == "0 inserted, 0 updated, 1 unchanged, 0 skipped, 1 failed"
    shown_json = cli("show", "m\\xf6te-\\xe5\\xe4", "--json")
    assert shown_json.exit_code == 0 and '"source": "m\\\\xf6te-\\\\xe5\\\\xe4.txt"' in shown_json.output


def test_control_and_direction_characters_in_names_do_not_reach_the_terminal(tmp_path):
    assert shown(tmp_path / "a\nb\x1b[31m\u202ec.txt") == f"{tmp_path}/a\\nb\\x1b[31m\\u202ec.txt"
