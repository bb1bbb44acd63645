"""What accounts cost: the argon2 hash, a sign-in, a request with a session, an upload through the browser form.

    PYTHONPATH=src .venv/bin/python bench/accounts.py

Prints a Markdown section for bench/results.md. Runs in-process (FastAPI's
TestClient) on a fresh SQLite database in a temporary folder; medians of
``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

PROTOCOL = """KOMMUNALFÖRBUNDET EXEMPEL
Styrelsen

PROTOKOLL {n}/2025

Sammanträdesdatum: 2025-02-{day:02d}
Plats: Stadshuset

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
"""


def median_ms(run, repeat: int) -> float:
    times = []
    for n in range(repeat):
        started = time.perf_counter()
        run(n)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from protokoll.store.accounts import HASHER
    from protokoll.web.app import create_app
    from web_login import PASSWORD, account_token, add_account, sign_in

    hashed = HASHER.hash(PASSWORD)
    rows = [("argon2id hash (argon2-cffi defaults)", median_ms(lambda n: HASHER.hash(PASSWORD), args.repeat)),
            ("argon2id verify", median_ms(lambda n: HASHER.verify(hashed, PASSWORD), args.repeat))]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.sqlite"
        add_account(url, "sara", {"Kommunalförbundet Exempel": "sekretariat"})
        app = create_app(url)
        app.state.upload_dir = Path(tmp) / "uppladdat"
        client = TestClient(app)
        rows.append(("sign-in (form + POST, one argon2 verify)", median_ms(lambda n: sign_in(client, "sara"),
                                                                           args.repeat)))
        anonymous = TestClient(app)
        rows.append(("GET /-/konto.json, public", median_ms(lambda n: anonymous.get("/-/konto.json"), args.repeat)))
        rows.append(("GET /-/konto.json, signed in (session lookup)",
                     median_ms(lambda n: client.get("/-/konto.json"), args.repeat)))
        token = account_token(client)

        def upload(n: int) -> None:
            body = PROTOCOL.format(n=n + 1, day=n + 1).encode()
            response = client.post("/-/ladda-upp", data={"csrf_token": token},
                                   files=[("filer", (f"protokoll-{n}.txt", body, "text/plain"))])
            assert "tillagt" in response.text, response.text

        rows.append(("upload of one .txt (ingest + linking, growing archive)", median_ms(upload, args.repeat)))
    print("## Accounts and upload\n")
    print(f"Measured {date.today()} with `python bench/accounts.py` on {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}; median of {args.repeat}.\n")
    print("| what | median |\n|---|---|")
    for name, ms in rows:
        print(f"| {name} | {ms:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
