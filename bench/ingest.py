"""Ingest benchmark: documents/second through read -> repair -> parse -> store, and PDF pages/second.

Generates fictional Swedish meeting documents (minutes, protocols, agendas)
in a temporary folder, ingests them into a fresh SQLite database with the
same function `protokoll ingest` uses, and writes the section "## Ingest" of
bench/results.md (other sections are kept).

    python bench/ingest.py               # 1080 documents, 20 PDFs of 10 pages
    python bench/ingest.py --quick       # smoke run, a few seconds
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

from protokoll.ingest import ingest_paths
from protokoll.pipeline import collect, load, process
from protokoll.read import DEFAULT_MAX_BYTES, read_document
from protokoll.store.db import session_factory

RESULTS = Path(__file__).resolve().parent / "results.md"
SECTION = "## Ingest"

# --- fictional material -----------------------------------------------------------------

FIRST = ("Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Sofia", "Anders", "Eva", "Mikael",
         "Lena", "Per", "Ingrid", "Olof", "Åsa", "Göran", "Britt", "Nils", "Ylva", "Håkan")
LAST = ("Lindqvist", "Bergström", "Sjöberg", "Holm", "Ekström", "Nyberg", "Dahl", "Forsberg",
        "Lund", "Åkesson", "Hedlund", "Falk", "Öhman", "Wikström", "Strand", "Ljungberg")
TOWNS = ("Björkvik", "Sjöhamn", "Ekeby", "Granås", "Norrmark", "Lövsta", "Älvdal", "Stenby",
         "Furulund", "Hagafors", "Måsön", "Tallmo")
BODIES = ("Samverkansrådet", "Styrelsen", "Beredningsgruppen", "Presidiet", "Arbetsutskottet",
          "Nätverket för kommunchefer", "Ledningsgruppen")
TOPICS = ("kollektivtrafik", "avfallshantering", "digitalisering", "vattenförsörjning",
          "äldreomsorg", "skolskjuts", "bredband", "räddningstjänst", "besöksnäring",
          "kompetensförsörjning", "folkhälsa", "energiomställning")
TITLES = ("Rapport från arbetsgruppen för {t}", "Information om {t}", "Remiss: strategi för {t}",
          "Uppföljning av {t}", "Gemensam upphandling inom {t}", "Budget {y} för {t}",
          "Verksamhetsplan {y}", "Ekonomisk uppföljning", "Delårsrapport", "Aktuellt från kommunerna")
TASKS = ("ta fram ett förslag till handlingsplan", "återkomma med en kostnadsberäkning",
         "sammanställa synpunkterna från kommunerna", "bjuda in berörda förvaltningar",
         "utreda frågan vidare", "skicka ut underlaget till samtliga ledamöter")
ROLES = ("ordförande", "vice ordförande", "sekreterare", None, None, None)
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
KINDS = {
    "minutes": ("Minnesanteckningar", "Anteckningar från möte", "Minnesanteckningar från sammanträde"),
    "protocol": ("Protokoll", "Sammanträdesprotokoll", "Protokoll fört vid sammanträde"),
    "agenda": ("Kallelse", "Dagordning", "Kallelse med föredragningslista"),
}


@dataclass
class Meeting:
    """What one generated document describes."""

    kind: str
    body: str
    town: str
    day: date
    people: list[tuple[str, str, str | None]]  #: name, town, role
    items: list[str]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _date_text(rng: random.Random, day: date) -> str:
    return rng.choice((day.isoformat(), f"{day.day} {MONTHS[day.month - 1]} {day.year}",
                       f"den {day.day} {MONTHS[day.month - 1]} {day.year}", f"{day.day}/{day.month} {day.year}"))


def make_meeting(rng: random.Random) -> Meeting:
    """A random meeting: kind, body, date, 4-12 people, 3-15 items."""
    day = date(2016, 1, 4) + timedelta(days=rng.randrange(3000))
    people = [(_person(rng), rng.choice(TOWNS), ROLES[i] if i < 3 else rng.choice(ROLES[3:]))
              for i in range(rng.randint(4, 12))]
    middle = [rng.choice(TITLES).format(t=rng.choice(TOPICS), y=day.year + 1)
              for _ in range(rng.randint(1, 13))]
    items = ["Mötets öppnande", *middle, "Mötets avslutande"]
    return Meeting(rng.choice(tuple(KINDS)), rng.choice(BODIES), rng.choice(TOWNS), day, people, items)


def _item_body(rng: random.Random, m: Meeting, title: str) -> list[str]:
    """Discussion, decisions and assignments of one item, phrased several ways."""
    if title == "Mötets öppnande":
        return [f"Ordföranden {m.people[0][0]} öppnade mötet och hälsade alla välkomna."]
    if title == "Mötets avslutande":
        return ["Ordföranden tackade för visat intresse och avslutade mötet."]
    who = rng.choice(m.people)[0]
    lines = [f"{who} informerade om {title[0].lower() + title[1:]}."] if rng.random() < 0.7 else []
    if m.kind == "agenda":
        lines.append(f"Förslag till beslut: att {rng.choice(('godkänna', 'notera', 'anta'))} förslaget.")
        return lines
    lines.append(rng.choice((
        f"{m.body} beslutade att godkänna förslaget.",
        "Beslut: Informationen läggs till handlingarna.",
        f"{m.body} beslutar att anta dokumentet med föreslagna ändringar.",
        "Gruppen beslutade att återremittera ärendet.",
        "Beslut\nAtt notera informationen.")))
    if rng.random() < 0.5:
        due = m.day + timedelta(days=rng.choice((14, 30, 60, 90)))
        assignee = rng.choice((rng.choice(m.people)[0], rng.choice(TOWNS), "Sekretariatet"))
        lines.append(rng.choice((
            f"{assignee} får i uppdrag att {rng.choice(TASKS)} till {_date_text(rng, due)}.",
            f"Uppdrag: {assignee} ska {rng.choice(TASKS)} senast {due.isoformat()}.",
            f"Att uppdra åt {assignee} att {rng.choice(TASKS)} till nästa möte.")))
    return lines


def document_text(rng: random.Random, m: Meeting) -> str:
    """The full text of one generated document."""
    title = rng.choice(KINDS[m.kind])
    start, end = rng.choice((("09.00", "11.30"), ("10.00", "12.00"), ("13.00", "15.00"), ("13.30", "16.00")))
    lines = [f"{title}", f"{m.body} i {m.town}", "",
             f"Datum: {_date_text(rng, m.day)}", f"Tid: kl. {start}–{end}",
             f"Plats: {rng.choice(('Kommunhuset', 'Stadshuset', 'Teams', 'Biblioteket'))}, {m.town}", "",
             "Närvarande:"]
    lines += [f"{name}, {town}" + (f", {role}" if role else "") for name, town, role in m.people]
    lines.append("")
    numbered = rng.random() < 0.5
    for n, item in enumerate(m.items, 1):
        lines.append(f"§ {n} {item}" if numbered else f"{n}. {item}")
        lines += _item_body(rng, m, item) + [""]
    if m.kind == "protocol":
        lines += ["Vid protokollet", m.people[2][0], "", "Justeras", m.people[0][0]]
    return "\n".join(lines) + "\n"


def write_documents(folder: Path, count: int, seed: int) -> int:
    """Write ``count`` generated .txt documents (some in cp1252); returns the bytes written."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        m = make_meeting(rng)
        encoding = "cp1252" if rng.random() < 0.1 else "utf-8"
        data = document_text(rng, m).encode(encoding, errors="replace")
        (folder / f"{m.kind}-{m.day.isoformat()}-{i:04d}.txt").write_bytes(data)
        total += len(data)
    return total


def pdf_html(rng: random.Random, meetings: list[Meeting]) -> str:
    """An HTML document of several meetings, one after another (a long PDF)."""
    parts = ["<html><head><style>@page { size: A4; margin: 2cm } body { font: 11pt serif }"
             "</style></head><body>"]
    for m in meetings:
        parts += [f"<p>{escape(line)}</p>" if line else "<br>"
                  for line in document_text(rng, m).splitlines()]
    return "".join(parts + ["</body></html>"])


# --- measurements -----------------------------------------------------------------------


def pool_cpu() -> float:
    """CPU seconds of the worker pool so far: the fork server's own and those of the workers it reaped
    (Linux ``/proc``; 0 before the pool first started or elsewhere). A worker's time counts once it ended;
    ``ingest_paths`` ends its workers before it returns."""
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime


def measure_ingest(folder: Path, workdir: Path) -> dict[str, str]:
    """Documents/s of ``ingest_paths`` into a fresh SQLite database, its CPU and memory; parsing alone.

    The machine is shared, so beside the wall time the CPU seconds per document
    are given (the writing process; parsing alone in this process), which
    other work on the machine changes far less, and the load average.
    """
    files = collect([folder])
    sessions = session_factory(f"sqlite:///{workdir / 'timed.sqlite'}")  # migrations are not timed
    load_before = os.getloadavg()[0]
    cpu, pool = time.process_time(), pool_cpu()
    started = time.perf_counter()
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu
    time.sleep(0.2)  # the fork server reaps the workers ended last
    pool = pool_cpu() - pool
    load_after = os.getloadavg()[0]
    maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    blobs = [(path, *load(path)) for path in files]  # reading is not parsing: read before the clock
    started = time.process_time()
    for path, data, sha in blobs:
        process(path, data, sha)
    process_s = time.process_time() - started
    del blobs

    sessions = session_factory(f"sqlite:///{workdir / 'traced.sqlite'}")
    tracemalloc.start()
    ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "Ingest (read + repair + parse + store + link), documents/s": f"{len(files) / elapsed:.1f}",
        "Ingest wall time, s": f"{elapsed:.2f}",
        "Load average before / after the timed ingest (2 CPUs)": f"{load_before:.1f} / {load_after:.1f}",
        "CPU of the writing process per document (read, store, link; workers parse), ms":
            f"{1000 * cpu / len(files):.2f}",
        "CPU seconds of all processes (writer + fork server + workers), s": f"{cpu + pool:.2f}",
        "Read + repair + parse only, documents per CPU-second (one core)": f"{len(files) / process_s:.1f}",
        "Store outcome": report.line(),
        "Peak RSS after ingest (getrusage maxrss), MB": f"{maxrss_mb:.1f}",
        "tracemalloc peak during a second ingest, MB": f"{peak / 1e6:.1f}",
    }


def render_pdfs(folder: Path, count: int, pages: int, seed: int) -> list[Path]:
    """Render ``count`` PDFs of about ``pages`` A4 pages each with WeasyPrint (not timed)."""
    from weasyprint import HTML

    rng = random.Random(seed + 1)
    out = []
    for i in range(count):
        meetings = [make_meeting(rng) for _ in range(max(1, pages * 2 // 3))]
        path = folder / f"bundle-{i:02d}.pdf"
        HTML(string=pdf_html(rng, meetings)).write_pdf(path)
        out.append(path)
    return out


def measure_pdfs(paths: list[Path]) -> dict[str, str]:
    """Pages/s of ``read_document`` on PDFs already on disk."""
    blobs = [p.read_bytes() for p in paths]
    started = time.perf_counter()
    pages = sum(len(read_document(data).pages) for data in blobs)
    elapsed = time.perf_counter() - started
    return {
        "PDFs read": f"{len(blobs)} ({pages} pages, {sum(map(len, blobs)) / 1e6:.1f} MB)",
        "PDF text pages/s (read_document)": f"{pages / elapsed:.1f}",
    }


def pdf_numbers(workdir: Path, count: int, pages: int, seed: int) -> dict[str, str]:
    """PDF measurements, or why there are none."""
    folder = workdir / "pdf"
    folder.mkdir()
    try:
        paths = render_pdfs(folder, count, pages, seed)
    except (ImportError, OSError) as err:
        return {"PDF text pages/s (read_document)": f"not measured: WeasyPrint unavailable ({err})"}
    try:
        return measure_pdfs(paths)
    except Exception as err:  # the PDF reader may not exist yet or may reject the file
        return {"PDF text pages/s (read_document)": f"not measured: {type(err).__name__}: {err}"}


# --- report -----------------------------------------------------------------------------


def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def section(command: str, numbers: dict[str, str]) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in numbers.items())
    return (f"{SECTION}\n\nMeasured {date.today().isoformat()} with `{command}` on {machine()}.\n"
            "Generated fictional text documents (minutes, protocols, agendas, 3-15 items), "
            "ingested with `protokoll ingest`'s function into a fresh SQLite database (worker processes parse, "
            "one process stores, many files per transaction, then links the archive once).\n\n"
            f"| Measure | Value |\n| --- | --- |\n{rows}\n")


def write_section(results: Path, text: str) -> None:
    """Replace (or append) this benchmark's section of ``results``, keeping the others."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from results import write_section as write  # bench/results.py, shared by the benchmarks

    write(results, SECTION, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1080, help="text documents to ingest (default 1080, issue 12's corpus)")
    parser.add_argument("--pdfs", type=int, default=20, help="PDFs to read (default 20)")
    parser.add_argument("--pages", type=int, default=10, help="about this many pages per PDF (default 10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="smoke run: 40 documents, 1 PDF of 2 pages")
    parser.add_argument("--results", type=Path, default=RESULTS, help=f"Markdown file to update (default {RESULTS})")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.pdfs, args.pages = 40, 1, 2
    command = "python bench/ingest.py " + ("--quick" if args.quick else f"--docs {args.docs}")

    with tempfile.TemporaryDirectory(prefix="protokoll-bench-") as tmp:
        workdir = Path(tmp)
        docs = workdir / "docs"
        docs.mkdir()
        size = write_documents(docs, args.docs, args.seed)
        numbers = {"Documents": f"{args.docs} ({size / 1e6:.1f} MB of text)"}
        numbers |= measure_ingest(docs, workdir)
        numbers |= pdf_numbers(workdir, args.pdfs, args.pages, args.seed)

    write_section(args.results, section(command, numbers))
    for k, v in numbers.items():
        print(f"{k}: {v}")
    print(f"written to {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
