"""A batch with broken, hostile and oversized files through the real `protokoll ingest`."""

from __future__ import annotations

import random
from pathlib import Path

from test_read_docx import agenda_docx, zip_bomb
from test_read_pdf import encrypted_pdf, scanned_pdf, two_page_pdf

GOOD_TXT = {
    "styrgrupp-2025-01-15.txt": "Minnesanteckningar\nStyrgruppen, Ängsö kommunförbund\n"
                                "Datum: 2025-01-15\nNärvarande: Åsa Öberg, Växjö\n"
                                "§ 1 Föregående protokoll\n",
    "styrgrupp-2025-02-12.txt": "Minnesanteckningar\nStyrgruppen, Ängsö kommunförbund\n"
                                "Datum: 2025-02-12\nNärvarande: Örjan Ärlig, Åre\n§ 1 Budget\n",
    "kallelse-2025-03-12.txt": "Kallelse till styrgruppen\n1. Mötets öppnande\n2. Val av justerare\n",
}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def bad_files() -> dict[str, tuple[bytes, str]]:
    """name -> (bytes, the reason `ingest` must give)."""
    rng = random.Random(3)
    return {
        "tom.txt": (b"", "empty file"),
        "trasig.pdf": (two_page_pdf()[:2500], "damaged PDF file (data format error)"),
        "slump.pdf": (b"\x01" + rng.randbytes(5000), "not a readable PDF (binary content without its header)"),
        "slump.jpg": (b"\x01" + rng.randbytes(5000), "not a readable image (binary content without its header)"),
        "slump.docx": (b"PK\x03\x04" + rng.randbytes(5000),
                       "damaged DOCX file (truncated or not a zip archive)"),
        "binär.txt": (bytes(range(256)) * 20, "not a text document (binary content)"),
        "bomb.docx": (zip_bomb(), "DOCX looks like a zip bomb"),
        "stor.txt": (b"Protokoll\n" * 200_000, "file is 2.0 MB, over the limit of 1 MB"),
        "låst.pdf": (encrypted_pdf(), "password-protected PDF"),
        "skannad.pdf": (scanned_pdf(), "no text found in document"),  # OCR'd: grey noise only
        "krypterad.docx": (OLE + bytes(600) + "EncryptedPackage".encode("utf-16-le") + bytes(600),
                           "password-protected document"),
    }


def _write(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def _exported(cli, out: Path) -> dict[str, bytes]:
    result = cli("export", "--out", str(out))
    assert result.exit_code == 0, result.output
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_bad_files_are_named_once_and_good_files_are_all_stored(cli, tmp_path):
    earlier = tmp_path / "tidigare"
    _write(earlier, {"styrelse-2024-12-01.txt": "Protokoll\nStyrelsen, Ängsö kommunförbund\n".encode()})
    assert cli("ingest", str(earlier)).exit_code == 0
    before = _exported(cli, tmp_path / "ut0")

    inbox = tmp_path / "inkorg"
    bad = bad_files()
    good = {name: text.encode() for name, text in GOOD_TXT.items()}
    good |= {"dagordning.docx": agenda_docx(), "minnen.pdf": two_page_pdf()}
    _write(inbox, good | {name: data for name, (data, _reason) in bad.items()})

    result = cli("ingest", "--max-size", "1", str(inbox))
    lines = result.output.splitlines()
    assert result.exit_code == 1
    for name, (_data, reason) in bad.items():
        path = str(inbox / name)
        assert [line for line in lines if line.startswith(path + ":")] == [f"{path}: {reason}"]
    summary = f"{len(good)} inserted, 0 updated, 0 unchanged, 0 skipped, {len(bad)} failed"
    assert result.stdout.splitlines()[-1] == summary
    assert "Traceback" not in result.output and "internal error" not in result.output

    after = _exported(cli, tmp_path / "ut1")
    assert sorted(after) == sorted([f"{Path(n).stem}.json" for n in good] + list(before))
    assert after["styrelse-2024-12-01.json"] == before["styrelse-2024-12-01.json"]

    again = cli("ingest", "--max-size", "1", str(inbox))
    assert again.exit_code == 1
    assert again.stdout.splitlines()[-1] == f"0 inserted, 0 updated, {len(good)} unchanged, 0 skipped, {len(bad)} failed"
    assert _exported(cli, tmp_path / "ut2") == after
