"""Web benchmark: search and meeting-page latency of a real `protokoll serve` over a large archive.

Builds an archive of 20,000 meetings from the example texts (examples/*.txt):
each copy gets its own fictional organisation, people and member
municipalities, its dates moved back by whole years (2010-2025) and extra
words in some item titles, so searches hit common words, names and rare words.
Every text goes through the normal read -> repair -> parse steps
(``protokoll.pipeline.process``, in a process pool) and is stored with
``protokoll.store.save`` (which also writes the search index), in batches;
then the archive is linked and the answer stored, as ``protokoll ingest`` does
at the end of a batch (``protokoll link``, timed).

`protokoll serve --workers N` (default: one worker process per CPU) then runs
on a free loopback port under an address-space limit per process (so a
runaway server fails alone, not the machine) and is measured with one client
(service time) and with 20 concurrent keep-alive clients (threads, bounded by
request count and time). Before each endpoint is measured, 20 concurrent
connections ask for its first 25 URLs until no answer is an outlier, so each
worker has loaded what it keeps (the linked archive, the day's assignment
register, cached results). The CPU time of the server's processes and of this
client process is recorded per phase: both share the same cores, and the
client's share is what the server did not get. Search needs no linking; the
meeting pages need the linked archive, which each worker loads from the
stored answer; that is tried once (bounded time and memory) and, when it
fails, the meeting pages are measured on a smaller archive (2,000 meetings)
instead. The section "## Web" of bench/results.md is
rewritten (other sections are kept).

    python bench/web.py                               # 20,000 meetings, ~45 min on 2 cores
    python bench/web.py --db /tmp/web.sqlite          # keep the archive; reused on the next run
    python bench/web.py --meetings 96 --fallback-meetings 48 --seconds 3 --no-write   # smoke run
    python bench/web.py --profile                     # and sample the server with py-spy under load
    python bench/web.py --meetings 2000 --db /tmp/web2k.sqlite --only meeting --workers 2 --no-write
    python bench/web.py --db /tmp/web.sqlite --no-relink --only pages   # every page kind of issue 11

With ``--only`` the `protokoll ingest` comparison rate is not measured.

Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import re
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser_server import Server  # noqa: E402

EXAMPLES = ROOT / "examples"
RESULTS = Path(__file__).resolve().parent / "results.md"
SECTION = "## Web"
PAGES_SECTION = "## Web pages"  #: ``--only pages`` writes its own section, the search and meeting one is kept
CYCLES = 8  #: each organisation repeats the example year pair this often, 2 years back each time
CACHE_ENV = "PROTOKOLL_SEARCH_CACHE"  #: entries of the server's search result cache; 0 turns it off
TARGETS = {"search": 50.0, "meeting": 100.0, "person": 100.0, "municipality": 100.0, "case": 100.0,
           "register": 100.0}  #: p95 targets, ms, with 20 concurrent clients (issue 11)

# --- fictional material ---------------------------------------------------------------------

ORG_PREFIX = ("Sjö", "Älv", "Skogs", "Berg", "Dal", "Ås", "Ljung", "Mo", "Ek", "Lid", "Sten", "Hav",
              "Fjäll", "Vik", "Myr", "Tall", "Björk", "Lång", "Norr", "Söder", "Väster", "Öster",
              "Hed", "Back", "Lunda", "Strand", "Kulla", "Rya")
ORG_SUFFIX = ("bygds", "lands", "dals", "stads", "kust", "slätts", "mo", "ås", "sjö", "älvs",
              "skogs", "fjärds", "bergs", "viks", "heds")
ORG_KIND = ("regionen", "förbundet", "samverkan")
FIRST = ("Anna", "Erik", "Karin", "Lars", "Maria", "Johan", "Sofia", "Anders", "Eva", "Mikael", "Lena",
         "Per", "Ingrid", "Olof", "Åsa", "Göran", "Britt", "Nils", "Ylva", "Håkan", "Frida", "Jonas",
         "Malin", "Stefan", "Helena", "Magnus", "Emma", "Daniel", "Linnea", "Oskar", "Sanna", "Viktor",
         "Tove", "Henrik", "Klara", "Rasmus", "Agnes", "Patrik", "Hanna", "Mattias")
LAST = ("Lindqvist", "Bergström", "Sjöberg", "Holm", "Ekström", "Nyberg", "Dahl", "Forsberg", "Lund",
        "Hedlund", "Falk", "Öhman", "Wikström", "Strand", "Ljungberg", "Sandell", "Nordin", "Blom",
        "Hellström", "Åberg", "Engström", "Lundgren", "Mattsson", "Östlund", "Sundberg", "Berglund",
        "Jansson", "Wallin", "Norberg", "Lindahl", "Ahlgren", "Björklund", "Rydén", "Edlund", "Hägglund")
TOPICS = ("kollektivtrafik", "avfallshantering", "digitalisering", "vattenförsörjning", "äldreomsorg",
          "skolskjuts", "bredband", "räddningstjänst", "besöksnäring", "kompetensförsörjning",
          "folkhälsa", "energiomställning", "bostadsförsörjning", "krisberedskap", "näringslivsklimat")
RARE_STEMS = ("utrednings", "projekt", "förstudie", "nätverks", "samråds", "pilot", "dialog", "program")
RARE_ENDS = ("arbetet", "grupp", "dagen", "rådet", "planen", "satsningen")
SYLLABLES = ("bro", "lin", "kar", "vel", "sun", "tor", "mar", "hal", "fors", "gran", "sel", "rum",
             "dal", "vik", "holm", "berg", "ny", "ös", "bäck", "tå")


def _title_cases(found: str, new: str) -> str:
    return new.upper() if found.isupper() else new


@dataclass
class Org:
    """One fictional organisation: its name, people and member municipalities."""

    name: str
    slug: str
    people: dict[str, str]
    places: dict[str, str]
    rare: list[str]


@dataclass
class Material:
    """What the examples hold that each copy replaces, and the fictional values to use."""

    templates: list[tuple[str, str]]  #: (file name, text) of examples/*.txt
    org_name: str
    people: list[str]
    places: list[str]
    municipalities: dict[str, list[str]]  #: county -> its municipalities
    orgs: list[Org] = field(default_factory=list)

    @classmethod
    def load(cls) -> "Material":
        from protokoll.swedish.gazetteer import all_municipalities, find_municipalities, municipality

        templates = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.txt"))]
        records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EXAMPLES / "expected").glob("*.json"))]
        names: set[str] = set()
        for r in records:
            names |= {a["name"] for a in r.get("attendees") or []}
            names |= {r[k] for k in ("chair", "secretary") if r.get(k)}
            for item in r.get("items") or []:
                names |= set(item.get("presenters") or [])
        places = {municipality(t[a:b]) for _, t in templates for a, b, _ in find_municipalities(t)}
        counties: dict[str, list[str]] = {}
        for m in all_municipalities():
            counties.setdefault(m.county, []).append(m.name)
        org = next(r["organization"] for r in records if r.get("organization"))
        return cls(templates, org, sorted(names, key=len, reverse=True), sorted(p for p in places if p),
                   counties)

    def org(self, index: int) -> Org:
        while len(self.orgs) <= index:
            self.orgs.append(self._make_org(len(self.orgs)))
        return self.orgs[index]

    def _make_org(self, index: int) -> Org:
        rng = random.Random(f"org-{index}")
        n = len(ORG_PREFIX) * len(ORG_SUFFIX)
        stem = ORG_PREFIX[index % len(ORG_PREFIX)] + ORG_SUFFIX[(index // len(ORG_PREFIX)) % len(ORG_SUFFIX)]
        name = (stem + ORG_KIND[(index // n) % len(ORG_KIND)]).capitalize()
        used: set[str] = set()
        people = {}
        for old in self.people:
            while (new := f"{rng.choice(FIRST)} {rng.choice(LAST)}") in used:
                pass
            used.add(new)
            people[old] = new
        county = rng.choice([c for c, ms in self.municipalities.items() if len(ms) >= len(self.places)])
        chosen = rng.sample(self.municipalities[county], len(self.places))
        rare = ["".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize() + rng.choice(RARE_STEMS)
                + rng.choice(RARE_ENDS) for _ in range(6)]
        return Org(name, f"o{index:03d}", people, dict(zip(self.places, chosen)), rare)

    def text(self, index: int) -> tuple[str, str]:
        """The ``index``-th generated document: (file name, text)."""
        per_org = CYCLES * len(self.templates)
        org = self.org(index // per_org)
        cycle, which = divmod(index % per_org, len(self.templates))
        name, text = self.templates[which]
        shift = -2 * cycle
        rng = random.Random(f"doc-{index}")

        text = re.sub(rf"(?i){re.escape(self.org_name)}", lambda m: _title_cases(m.group(0), org.name), text)
        people = "|".join(re.escape(p) for p in self.people)  # longest first, one pass
        text = re.sub(people, lambda m: org.people[m.group(0)], text)
        places = "|".join(re.escape(p) for p in sorted(org.places, key=len, reverse=True))
        text = re.sub(rf"\b({places})(s?)\b",
                      lambda m: org.places[m.group(1)] + ("s" if m.group(2) and not org.places[m.group(1)].endswith("s") else ""),
                      text)
        text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(int(m.group(0)) + shift), text)

        def retitle(m: re.Match) -> str:
            if rng.random() > 0.4:
                return m.group(0)
            extra = rng.choice(org.rare) if rng.random() < 0.5 else rng.choice(TOPICS)
            return f"{m.group(1)}{m.group(2)} – {extra}{m.group(3) or ''}"

        text = re.sub(r"(?m)^(§ ?\d+ |\d+\. )(.+?)( \(bil\. \d+\))?$", retitle, text)
        day, rest = name[:10], name[10:]
        year = int(day[:4]) + shift
        return f"{year}{day[4:]}-{org.slug}{rest}", text

    def queries(self) -> list[str]:
        """About twenty searches: common words, names, municipalities and rare words of the archive."""
        first, other = self.org(0), self.org(len(self.orgs) // 2)
        chair = next(iter(first.people.values()))
        return ["beslut", "budget", "teknikdagen", "verksamhetsplan", "studieresa", "kommunerna",
                "remissyttrande transportinfrastruktur", "teknikdagen utvärdering", "justerare",
                "kollektivtrafik", "digitalisering", chair, chair.split()[1],
                list(other.people.values())[3], next(iter(first.places.values())),
                first.rare[0], first.rare[1], other.rare[2], "e-arkivlösning förstudie", "sammanträdesplan"]


# --- building the archive --------------------------------------------------------------------

_MATERIAL: Material | None = None


def _process(index: int):
    """One generated document through read -> repair -> parse (runs in a worker process)."""
    import hashlib

    from protokoll.pipeline import process

    global _MATERIAL
    if _MATERIAL is None:
        _MATERIAL = Material.load()
    name, text = _MATERIAL.text(index)
    data = text.encode("utf-8")
    return process(Path("/bench/archive") / name, data, hashlib.sha256(data).hexdigest())


def build(url: str, meetings: int, batch: int = 250) -> dict[str, str]:
    """Generate, parse and store ``meetings`` documents; returns what it measured."""
    from multiprocessing import get_context

    from protokoll.store import save
    from protokoll.store.db import session_factory

    sessions = session_factory(url)
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    workers = max(1, len(os.sched_getaffinity(0)))
    with get_context("fork").Pool(workers) as pool, sessions() as session:
        for n, incoming in enumerate(pool.imap(_process, range(meetings), chunksize=25), 1):
            status = save(session, incoming)
            statuses[status] = statuses.get(status, 0) + 1
            if n % batch == 0:
                session.commit()
            if n % 2000 == 0:
                print(f"  {n} stored, {n / (time.perf_counter() - started):.0f}/s", file=sys.stderr)
        session.commit()
    seconds = time.perf_counter() - started
    path = url.removeprefix("sqlite:///")
    return {"build (generate + read/repair/parse + store + index), s": f"{seconds:.0f}",
            "build rate, documents/s": f"{meetings / seconds:.1f} ({workers} parsing processes, "
                                               f"commit every {batch})",
            "Store outcome": ", ".join(f"{v} {k}" for k, v in statuses.items()),
            "Database size (with its WAL), MB": f"{sum(os.path.getsize(p) for p in (path, path + '-wal') if os.path.exists(p)) / 1e6:.0f}"}


def pipeline_rate(workdir: Path, count: int = 300) -> str:
    """`protokoll ingest`'s own path (one file and one transaction each) on ``count`` generated files."""
    from protokoll.ingest import ingest_paths
    from protokoll.store.db import open_sessions
    from protokoll.read import DEFAULT_MAX_BYTES

    material = Material.load()
    folder = workdir / "ingest"
    folder.mkdir()
    for i in range(count):
        name, text = material.text(i * 7)
        (folder / name).write_text(text, encoding="utf-8")
    started = time.perf_counter()
    report = ingest_paths(open_sessions(f"sqlite:///{workdir / 'ingest.sqlite'}"), [folder], DEFAULT_MAX_BYTES)
    seconds = time.perf_counter() - started
    assert not report.failures, report.failures[:3]
    return f"{count / seconds:.1f} (on {count} files, from an empty database)"


# --- load ------------------------------------------------------------------------------------

@dataclass
class Phase:
    name: str
    latencies: list[float]  #: ms, successful requests
    errors: int
    seconds: float
    server_cpu: float = float("nan")  #: CPU seconds of all the server's processes during the phase
    client_cpu: float = float("nan")  #: CPU seconds of this process (the client threads) during the phase

    def row(self) -> str:
        lat = sorted(self.latencies)
        return (f"| {self.name} | {len(lat)} | {self.errors} | {pct(lat, 50):.1f} | {pct(lat, 95):.1f} | "
                f"{pct(lat, 99):.1f} | {lat[-1] if lat else float('nan'):.1f} | {len(lat) / self.seconds:.1f} | "
                f"{100 * self.server_cpu / self.seconds:.0f} | {1000 * self.server_cpu / max(1, len(lat) + self.errors):.2f} | "
                f"{100 * self.client_cpu / self.seconds:.0f} |")


HEADER = ("| Phase | Requests | Errors | p50 ms | p95 ms | p99 ms | max ms | requests/s | server CPU % | "
          "server CPU ms/request | client CPU % |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of ``pids`` so far (/proc/PID/stat; processes gone count 0)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / tick


def settle(server: Server, timeout: float = 600) -> float:
    """Wait until the server's workers are idle (they load the linked archive and the day's register
    as they start); returns the seconds waited. Measuring before would measure the warm-up."""
    t0 = time.perf_counter()
    pids = server.pids()
    while time.perf_counter() - t0 < timeout:
        before = cpu_seconds(pids)
        time.sleep(1.0)
        if cpu_seconds(pids) - before < 0.05:
            break
    return time.perf_counter() - t0


def pct(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def load(port: int, name: str, paths: list[str], clients: int, max_requests: int, seconds: float,
         server: Server | None = None, every: bool = False) -> Phase:
    """``clients`` threads, each on its own keep-alive connection, GET random paths until
    ``max_requests`` answers in all or ``seconds`` have passed (with ``server``: and the CPU
    time it and this process used meanwhile; ``every``: each client asks for every path once,
    in turn)."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    issued = [0]
    deadline = time.perf_counter() + seconds

    def client(k: int) -> None:
        rng = random.Random(k)
        mine = iter(paths[k % len(paths):] + paths[:k % len(paths)]) if every else None
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            while time.perf_counter() < deadline:
                with lock:
                    if issued[0] >= max_requests:
                        return
                    issued[0] += 1
                path = next(mine, None) if mine else rng.choice(paths)
                if path is None:
                    return
                t0 = time.perf_counter()
                try:
                    conn.request("GET", path)
                    response = conn.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    ok = False
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    if ok:
                        latencies.append(ms)
                    else:
                        errors[0] += 1
        finally:
            conn.close()

    pids = server.pids() if server else []
    server_cpu, client_cpu = cpu_seconds(pids), time.process_time()
    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return Phase(name, latencies, errors[0], time.perf_counter() - started,
                 cpu_seconds(pids) - server_cpu if server else float("nan"), time.process_time() - client_cpu)


def warm(port: int, paths: list[str], clients: int, rounds: int = 8, slack_ms: float = 50) -> None:
    """Ask for every one of ``paths`` on each of ``clients`` concurrent connections until a round
    has no slow outlier.

    The kernel hands each new connection to one worker process, so one
    connection warms one worker; many concurrent ones reach every worker
    (each loads the linked archive and builds its caches on its first request).
    """
    for _ in range(rounds):
        phase = load(port, "warm", paths, clients, clients * len(paths), 300, every=True)
        lat = sorted(phase.latencies)
        if not phase.errors and lat and lat[-1] < 4 * pct(lat, 50) + slack_ms:  # no worker still filling
            return


def search_paths(queries: list[str]) -> list[str]:
    from urllib.parse import urlencode

    return ["/sok?" + urlencode({"q": q}) for q in queries]


def meeting_paths(url: str, count: int = 2000) -> list[str]:
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT meetings.id FROM meetings JOIN documents "
                                          "ON documents.id = meetings.document_id WHERE documents.current")]
    return [f"/moten/{i}" for i in random.Random(1).sample(ids, min(count, len(ids)))]


def page_paths(url: str, count: int = 500) -> dict[str, list[str]]:
    """The page kinds of ``--only pages`` and up to ``count`` URLs of each, sampled from the archive's rows:
    meeting, person, municipality, case and register pages (the issue-11 targets), the start page and
    the meetings list."""
    from protokoll.web.urls import municipality_url

    path = url.removeprefix("sqlite:///")
    rng = random.Random(1)

    def sample(sql: str) -> list:
        with sqlite3.connect(path) as conn:
            found = [r[0] for r in conn.execute(sql)]
        return rng.sample(found, min(count, len(found)))

    years = sample("SELECT DISTINCT year FROM chain_meetings WHERE year IS NOT NULL")
    statuses = ("", "open", "overdue", "reported", "done")
    return {
        "meeting `/moten/{id}`": meeting_paths(url, count),
        "person `/personer/{id}`": [f"/personer/{k}" for k in sample("SELECT key FROM persons")],
        "municipality `/kommuner/{name}`": [municipality_url(n) for n in
                                            sample("SELECT DISTINCT municipality FROM memberships")],
        "case `/arenden/{id}`": [f"/arenden/{k}" for k in sample("SELECT key FROM cases WHERE item_count > 1")],
        # pages that exist: a status without assignments has one (empty) page, a later one is a 404
        "register `/uppdrag?status=&sida=`": [f"/uppdrag?status={s}&sida={n}" for s in statuses
                                               for n in range(1, 6 if s != "done" else 2)],
        "index `/`": ["/", "/.json"],
        "meetings list `/moten?ar=&sida=`": [f"/moten?ar={y}&sida={n}" for y in years for n in range(1, 4)]
                                            + [f"/moten?sida={n}" for n in range(1, 11)],
    }


def chosen(paths: dict[str, list[str]], kinds: str | None) -> dict[str, list[str]]:
    """The page kinds named in ``kinds`` (comma-separated, as their names begin), or all."""
    if not kinds:
        return paths
    wanted = [k.strip() for k in kinds.split(",") if k.strip()]
    return {name: found for name, found in paths.items() if any(name.startswith(k + " ") for k in wanted)}


def hits_per_query(port: int, queries: list[str]) -> list[tuple[str, int]]:
    from urllib.parse import urlencode

    out = []
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    for q in queries:
        conn.request("GET", "/api/search?" + urlencode({"q": q, "limit": 1}))
        out.append((q, json.loads(conn.getresponse().read())["total"]))
    conn.close()
    return out


# --- profile ---------------------------------------------------------------------------------

def py_spy() -> str | None:
    """The py-spy sampling profiler (``pip install py-spy``), if installed."""
    import shutil

    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.exists() else shutil.which("py-spy")


class Spy:
    """py-spy sampling the server's processes (all their threads) while a phase runs."""

    def __init__(self, server: Server, seconds: float, out: Path) -> None:
        import subprocess

        self.out = out
        self.proc = subprocess.Popen(
            [py_spy(), "record", "--pid", str(server.proc.pid), "--subprocesses", "--rate", "200",
             "--duration", str(int(seconds) + 1), "--format", "raw", "--output", str(out), "--nonblocking"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        time.sleep(2.0)  # attached (to every worker) before the load starts

    def summary(self, title: str) -> list[str]:
        """Where the sampled time went: by package (own time) and by our own functions (inclusive)."""
        import signal

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)  # py-spy writes what it has on Ctrl-C
        self.proc.communicate(timeout=60)
        stacks = []
        for line in self.out.read_text(errors="replace").splitlines() if self.out.exists() else []:
            frames, _, count = line.rpartition(" ")
            ours = [_where(f) for f in frames.split(";") if not f.startswith("process ")]  # --subprocesses
            if ours and count.isdigit():
                stacks.append((ours, int(count)))
        total = sum(n for _, n in stacks) or 1
        own: dict[str, int] = {}
        package: dict[str, int] = {}
        ours: dict[str, int] = {}
        for frames, n in stacks:
            own[frames[-1]] = own.get(frames[-1], 0) + n
            pkg = frames[-1].split("/")[0] if "/" in frames[-1] else frames[-1].split(":")[0]
            package[pkg] = package.get(pkg, 0) + n
            for f in set(frames):
                if f.startswith("protokoll/") and not f.startswith("protokoll/cli/"):
                    ours[f] = ours.get(f, 0) + n
        lines = [f"{title}: {total} samples of the server's busy threads (py-spy, 200/s)",
                 "  own time by package: " + ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in
                                                       sorted(package.items(), key=lambda kv: -kv[1])[:8])]
        lines.append("  own time, top functions:")
        lines += [f"    {100 * v / total:5.1f}%  {k}" for k, v in sorted(own.items(), key=lambda kv: -kv[1])[:10]]
        lines.append("  inclusive, our functions (protokoll/...):")
        lines += [f"    {100 * v / total:5.1f}%  {k}" for k, v in sorted(ours.items(), key=lambda kv: -kv[1])[:14]]
        return lines


def _where(frame: str) -> str:
    """``func (pkg/file.py:12)`` -> ``pkg/file.py:func``."""
    m = re.match(r"(.*) \((.*?):\d+\)$", frame)
    if not m:
        return frame
    func, file = m.groups()
    return f"{file}:{func}"


# --- report ----------------------------------------------------------------------------------

def machine() -> str:
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def write_section(results: Path, text: str, section: str = SECTION) -> None:
    """Replace (or append) this benchmark's section of ``results``, keeping the others."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from results import write_section as write  # bench/results.py, shared by the benchmarks

    write(results, section, text)


def archive(path: Path | None, meetings: int, workdir: Path, numbers: dict[str, str], label: str,
            relink: bool = True) -> str:
    """The URL of an archive of ``meetings`` at ``path``: reused when it holds them, else built."""
    db = path or workdir / f"web{meetings}.sqlite"
    url = f"sqlite:///{db.resolve()}"
    if db.exists():
        with sqlite3.connect(db) as conn:
            have = conn.execute("SELECT count(*) FROM documents WHERE current").fetchone()[0]
        if have != meetings:
            raise SystemExit(f"{db} holds {have} documents, not {meetings}")
        built = Path(f"{db}.build.json")  # what the build that made it measured
        earlier = json.loads(built.read_text(encoding="utf-8")) if built.exists() else {}
        numbers[f"{label}: build"] = "reused, built earlier by this script" + (
            f" ({earlier.pop('date')})" if "date" in earlier else "")
        numbers |= {f"{label}: {k}": v for k, v in earlier.items()}
        if not relink:
            numbers[f"{label}: linking"] = "reused as linked (--no-relink)"
            return url
        numbers[f"{label}: linking at the end of ingest (`protokoll link`)"] = link(url)
        return url
    print(f"building {meetings} meetings into {db}", file=sys.stderr)
    measured = build(url, meetings)
    Path(f"{db}.build.json").write_text(json.dumps({"date": date.today().isoformat(), **measured},
                                                   ensure_ascii=False), encoding="utf-8")
    numbers |= {f"{label}: {k}": v for k, v in measured.items()}
    numbers[f"{label}: linking at the end of ingest (`protokoll link`)"] = link(url)
    return url


def link(url: str) -> str:
    """Link the archive and store the answer as ingest does at the end of a batch (timed, own process).

    Run with ``--force``, so a reused archive is measured too.
    """
    import resource
    import subprocess

    command = [str(Path(sys.executable).parent / "protokoll"), "link"]
    t0 = time.perf_counter()
    done = subprocess.run(command, env={**os.environ, "PROTOKOLL_DB": url}, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"protokoll link failed: {done.stderr.strip()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return f"{time.perf_counter() - t0:.0f} s, peak RSS {peak:,.0f} MB (largest child process so far)"


def peak_rss_mb(server: Server) -> float:
    """The peak resident memory (VmHWM) of the server's processes, added up."""
    total = 0
    for pid in server.pids():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
    return total / 1024 if total else float("nan")


def last_error(log: Path, wait: float = 0.0) -> str:
    """The last exception in the server log and the innermost frame it was raised in
    (waiting up to ``wait`` seconds: the server logs it after it has answered)."""
    deadline = time.monotonic() + wait
    while True:
        lines = log.read_text(errors="replace").splitlines() if log.exists() else []
        for n in range(len(lines) - 1, -1, -1):
            m = re.match(r"(\w+(?:\.\w+)*(?:Error|Exception))\b", lines[n])
            if m:
                frames = [f for f in lines[:n] if f.strip().startswith('File "')]
                where = re.search(r'File "(?:.*/src/)?(.+?)", line (\d+), in (\S+)', frames[-1]) if frames else None
                return m.group(1) + (f" in {where.group(1)}:{where.group(2)} {where.group(3)}" if where else "")
        if time.monotonic() >= deadline:
            return "see the server log"
        time.sleep(0.2)


def try_linking(server: Server, timeout: float) -> tuple[bool, str]:
    """Ask for /-/status.json (which needs the linked archive, loaded from the stored answer) once.

    Returns whether it answered, and how long it took (the workers load the
    archive as they start, so this is mostly that load).
    """
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        conn.request("GET", "/-/status.json")
        response = conn.getresponse()
        body = response.read()
        ok = response.status == 200
        detail = (f"{time.perf_counter() - t0:.0f} s, peak RSS {peak_rss_mb(server):,.0f} MB"
                  + ("" if ok else f"; answered {response.status}: {last_error(server.log, wait=5)}"))
        if ok:
            data = json.loads(body)
            detail += f"; {data['meetings']:,} chain meetings, {data['people']:,} people, {data['cases']:,} cases"
        return ok, detail
    except (OSError, http.client.HTTPException) as err:
        return False, (f"no answer after {time.perf_counter() - t0:.0f} s ({type(err).__name__}), "
                       f"peak RSS {peak_rss_mb(server):,.0f} MB")
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--meetings", type=int, default=20_000)
    parser.add_argument("--db", type=Path, help="SQLite file of the archive (reused when it holds it)")
    parser.add_argument("--fallback-meetings", type=int, default=2_000,
                        help="archive size for the meeting pages when the full archive cannot be linked")
    parser.add_argument("--fallback-db", type=Path, help="SQLite file of the fallback archive")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=3000, help="at most this many requests per phase")
    parser.add_argument("--seconds", type=float, default=60, help="at most this long per phase")
    parser.add_argument("--link-timeout", type=float, default=900, help="seconds the server may take to link")
    parser.add_argument("--memory-gb", type=float, default=8, help="address-space limit of each server process")
    parser.add_argument("--only", choices=("search", "meeting", "pages"),
                        help="measure one endpoint only (pages: meeting, person, municipality, case, register, "
                             "start page and meetings list)")
    parser.add_argument("--kinds", help="with --only pages: the page kinds to measure, comma-separated "
                                        "(meeting,person,municipality,case,register,index,meetings list)")
    parser.add_argument("--no-relink", action="store_true",
                        help="with --db: measure the archive as it was linked, without `protokoll link --force`")
    parser.add_argument("--cache", choices=("both", "off", "on"), default="both",
                        help="search: with the result cache off (every request searches), on (as served), or both")
    parser.add_argument("--workers", type=int, help="`protokoll serve --workers` (default: its own, one per CPU)")
    parser.add_argument("--profile", action="store_true", help="sample the server with py-spy under load")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the results file to update")
    parser.add_argument("--no-write", action="store_true", help="print, do not touch the results file")
    args = parser.parse_args(argv)

    workdir = Path(tempfile.mkdtemp(prefix="protokoll-bench-web-"))
    limit = int(args.memory_gb * 2**30)
    numbers: dict[str, str] = {}
    material = Material.load()
    material.org(args.meetings // (CYCLES * len(material.templates)))
    searches = search_paths(material.queries())

    hot: dict[str, list[str]] = {}
    if args.profile and not py_spy():
        parser.error("--profile needs py-spy (pip install py-spy)")

    def phases(server: Server, label: str, paths: dict[str, list[str]]) -> list[Phase]:
        out = []
        for name, candidates in paths.items():
            warm(server.port, candidates[:25], args.clients)
            out.append(load(server.port, f"{name}, 1 client, {label}", candidates, 1,
                            min(200, max(60, len(candidates))), args.seconds, server))
            spy = Spy(server, args.seconds, workdir / f"spy-{len(hot)}.txt") if args.profile else None
            out.append(load(server.port, f"{name}, {args.clients} clients, {label}", candidates,
                            args.clients, args.requests, args.seconds, server))
            if spy:
                hot[f"{name} {label}"] = spy.summary(f"{name}, {args.clients} clients, {label}")
        return out

    full = f"{args.meetings:,} meetings"
    url = archive(args.db, args.meetings, workdir, numbers, f"Archive of {full}", relink=not args.no_relink)
    if not args.only:
        numbers["`protokoll ingest` path for comparison, documents/s"] = pipeline_rate(workdir)
    from protokoll.cli.serve import default_workers

    workers = args.workers or default_workers()
    numbers["Server processes (`protokoll serve --workers`)"] = str(workers)
    rows: list[Phase] = []
    hits = []
    if args.only not in ("meeting", "pages"):
        # The search result cache off first (every request searches), then as served by default.
        for cache, env in (("result cache off", {CACHE_ENV: "0"}), ("default result cache", {})):
            if args.cache != "both" and (args.cache == "off") != (cache == "result cache off"):
                continue
            server = Server(url, log=workdir / f"serve-search-{len(env)}.log", memory_limit=limit, env=env,
                            workers=workers)
            t0 = time.perf_counter()
            server.start(timeout=300, ready="/api/search?q=budget&limit=1")  # search needs no linking
            numbers[f"Server start to first search answer ({full}, {cache}), s"] = f"{time.perf_counter() - t0:.1f}"
            numbers[f"Server start to idle workers (archive and register loaded; {full}, {cache}), s"] = \
                f"{time.perf_counter() - t0 + settle(server):.1f}"
            try:
                hits = hits or hits_per_query(server.port, material.queries())
                rows += phases(server, f"{full}, {cache}", {"search `/sok?q=`": searches})
            finally:
                server.stop()
    server = Server(url, log=workdir / "serve-full.log", memory_limit=limit, workers=workers)
    server.start(timeout=300, ready="/api/search?q=budget&limit=1")
    try:
        linked_full = True
        if args.only != "search":
            linked_full, detail = try_linking(server, args.link_timeout)
            numbers[f"Server start to the linked archive loaded ({full}, memory limit {args.memory_gb:g} GiB)"] = detail
        meeting_url_ = url
        if linked_full and args.only != "search":
            settle(server)
            rows += phases(server, full, chosen(page_paths(url), args.kinds) if args.only == "pages"
                           else {"meeting `/moten/{id}`": meeting_paths(url)})
    finally:
        server.stop()
    if not linked_full:
        small = f"{args.fallback_meetings:,} meetings"
        meeting_url_ = archive(args.fallback_db, args.fallback_meetings, workdir, numbers, f"Archive of {small}")
        server = Server(meeting_url_, log=workdir / "serve-small.log", memory_limit=limit, workers=workers)
        server.start(timeout=300, ready="/api/search?q=budget&limit=1")
        try:
            ok, detail = try_linking(server, args.link_timeout)
            numbers[f"Server start to the linked archive loaded ({small})"] = detail
            if ok:
                rows += phases(server, small, {"meeting `/moten/{id}`": meeting_paths(meeting_url_)})
        finally:
            server.stop()

    for r in rows:
        print(r.row(), file=sys.stderr)
    verdict = []
    for key, target in TARGETS.items():
        asked = {"search": args.only in (None, "search"), "meeting": args.only != "search"}
        if not asked.get(key, args.only == "pages"):
            continue
        measured = [r for r in rows if r.name.startswith(key + " ") and f"{args.clients} clients" in r.name]
        for row in measured:
            p95 = pct(sorted(row.latencies), 95)
            verdict.append(f"{row.name}: p95 {p95:.0f} ms (target ≤ {target:.0f} ms) "
                           f"{'met' if p95 <= target else 'MISSED'}")
        if not measured:
            verdict.append(f"{key}: not measured")

    command = "python bench/web.py" + (f" --meetings {args.meetings}" if args.meetings != 20_000 else "") + \
        (f" --only {args.only}" if args.only else "") + (f" --workers {args.workers}" if args.workers else "") + \
        (f' --kinds "{args.kinds}"' if args.kinds else "") + (" --no-relink" if args.no_relink else "") + \
        (f" --seconds {args.seconds:g} --requests {args.requests}" if args.only == "pages" else "") + \
        (" --profile" if args.profile else "")
    numbers["Load average at the end (1/5/15 min; other work shares the machine)"] = \
        " / ".join(f"{v:.1f}" for v in os.getloadavg())
    table = "\n".join(r.row() for r in rows)
    section = PAGES_SECTION if args.only == "pages" else SECTION
    text = (f"{section}\n\nMeasured {date.today().isoformat()} with `{command}` on {machine()}; "
            f"`protokoll serve --workers {workers}` (uvicorn worker processes, SQLite), clients (threads of "
            f"one Python process) on the same machine (127.0.0.1), each on its own keep-alive connection. "
            f"Each phase stops at {args.requests} requests or {args.seconds:.0f} s; latency is measured by "
            f"the client, so with {args.clients} clients it includes the wait for the server. CPU % is of "
            f"one core ({len(os.sched_getaffinity(0))} here), server processes and client process apart.\n\n"
            "| Measure | Value |\n| --- | --- |\n" + "\n".join(f"| {k} | {v} |" for k, v in numbers.items()) +
            "\n\n" + HEADER + table + "\n\n" +
            "Targets:\n\n" + "".join(f"- {v}\n" for v in verdict) + "\n" +
            ("Queries (hits): " + ", ".join(f"{q} ({n:,})" for q, n in hits) + ".\n" if hits else ""))
    if hot:
        text += "\n```\n" + "\n".join(line for lines in hot.values() for line in lines) + "\n```\n"
    print(text)
    if not args.no_write:
        write_section(args.results, text, section)
    import shutil

    shutil.rmtree(workdir, ignore_errors=True)  # generated archives not kept with --db / --fallback-db
    return 0


if __name__ == "__main__":
    sys.exit(main())
