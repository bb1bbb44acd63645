"""Small minutes written for the correction tests (not from any real document), and an archive of them."""

from __future__ import annotations

from pathlib import Path

ORG = "Kollektivtrafikförbundet Norr"

MINUTES = """Minnesanteckningar
Styrelsen för Kollektivtrafikförbundet Norr
Datum: {date}
Plats: Stadshuset, sal 3

Närvarande:
Anna Berg, Lund
Per Lind, Malmö

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Nya busslinjer
Styrelsen ger Anna Berg i uppdrag att ta fram ett förslag till linjenät senast den {due}.
{extra}"""


def write(folder: Path, date: str = "2024-03-14", due: str = "2024-05-02", extra: str = "",
          name: str = "styrelsen.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(MINUTES.format(date=date, due=due, extra=extra), encoding="utf-8")
    return path


def ingest(url: str, *paths: Path):
    """Ingest as `protokoll ingest` does; -> the report."""
    from protokoll.ingest import ingest_paths
    from protokoll.read import DEFAULT_MAX_BYTES
    from protokoll.store.db import open_sessions

    return ingest_paths(open_sessions(url), list(paths), DEFAULT_MAX_BYTES)
