"""OCR benchmark: pages per minute (sequential and parallel) and word accuracy of Tesseract's Swedish model.

Renders the first page of each example text (examples/*.txt) and, when
../shared is beside the checkout, of the clean seed texts 000, 001, 002 and
004, as 300-dpi A4 images (DejaVu Sans 11 pt), reads them back with
``protokoll.read.ocr`` and writes the section "## OCR" of bench/results.md.
Word accuracy is computed as shared/bench/wordacc.py does (difflib alignment
of letter/digit words, case-sensitive), and cross-checked with that script
when present.

    python bench/ocr.py               # about 10 pages, 2-3 minutes on 2 cores
    python bench/ocr.py --quick       # 1 page, smoke run
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROTOKOLL_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results.md"
SECTION = "## OCR"
SEEDS = ("000", "001", "002", "004")  #: the clean seed texts
FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf")
WORD = re.compile(r"[^\W_]+")
SWEDISH = re.compile(r"[åäöÅÄÖé]")

# --- rendering ---------------------------------------------------------------------------


def font_path() -> str:
    """A DejaVu Sans font file on this system (Debian's fonts-dejavu-core)."""
    for path in FONTS:
        if Path(path).is_file():
            return path
    raise FileNotFoundError("DejaVu Sans not found: apt-get install fonts-dejavu-core")


def render_pages(text: str, dpi: int = 300, points: float = 11) -> list[tuple[Image.Image, str]]:
    """``text`` typeset on white A4 pages: (greyscale image, the text that page shows)."""
    width, height, margin = round(8.27 * dpi), round(11.69 * dpi), round(0.8 * dpi)
    font = ImageFont.truetype(font_path(), round(points * dpi / 72))
    step = round(points * dpi / 72 * 1.45)
    lines = [line for para in text.expandtabs(4).split("\n") for line in _wrap(para, font, width - 2 * margin)]
    per_page = (height - 2 * margin) // step
    pages = []
    for start in range(0, len(lines), per_page):
        chunk = lines[start:start + per_page]
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(chunk):
            draw.text((margin, margin + row * step), line, font=font, fill=0)
        image.info["dpi"] = (dpi, dpi)
        pages.append((image, "\n".join(chunk)))
    return pages


def _wrap(paragraph: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``paragraph`` broken into lines no wider than ``width`` pixels."""
    lines, line = [], ""
    for word in paragraph.split(" "):
        candidate = f"{line} {word}" if line else word
        if line and font.getlength(candidate) > width:
            lines.append(line)
            candidate = word
        line = candidate
    return lines + [line]


# --- scoring -----------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Letter/digit words; a word broken by a hyphen at a line end counts as one."""
    return WORD.findall(re.sub(r"-\s*\n\s*", "", text))


def word_accuracy(clean: str, candidate: str) -> tuple[int, int, int, int]:
    """(right, total, right å/ä/ö/é words, total å/ä/ö/é words) of ``candidate`` against ``clean``."""
    a, b = words(clean), words(candidate)
    right = [False] * len(a)
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        right[block.a:block.a + block.size] = [True] * block.size
    swedish = [i for i, w in enumerate(a) if SWEDISH.search(w)]
    return sum(right), len(a), sum(right[i] for i in swedish), len(swedish)


def sections(pages: list[tuple[str, Image.Image, str]], read: list) -> int:
    """How many of the source pages' "§" signs the OCR text has (counted per page, capped)."""
    return sum(min(text.count("§"), page.text.count("§")) for (_, _, text), page in zip(pages, read))


def shared_wordacc(pairs: list[tuple[str, str]]) -> str | None:
    """The last line of shared/bench/wordacc.py over (clean, OCR) text pairs, when present."""
    script = SHARED / "bench" / "wordacc.py"
    if not script.is_file():
        return None
    with tempfile.TemporaryDirectory() as tmp:
        args = []
        for i, (clean, ocr) in enumerate(pairs):
            for kind, text in (("clean", clean), ("ocr", ocr)):
                (Path(tmp) / f"{i}.{kind}.txt").write_text(text, encoding="utf-8")
            args += [f"{tmp}/{i}.clean.txt", f"{tmp}/{i}.ocr.txt"]
        run = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=True)
    return run.stdout.strip().splitlines()[-1]


# --- measuring ---------------------------------------------------------------------------


def sources(limit: int) -> list[tuple[str, Image.Image, str]]:
    """(name, image, page text) for the first rendered page of each source text, up to ``limit``."""
    files = sorted((ROOT / "examples").glob("*.txt"))
    files += [f for s in SEEDS for f in sorted((SHARED / "seeds").glob(f"{s}_*.txt"))]
    out = []
    for path in files[:limit]:
        image, text = render_pages(path.read_text(encoding="utf-8"))[0]
        out.append((path.name, image, text))
    return out


def _ocr_in_process(png: bytes) -> str:
    """Worker of the process-pool comparison: OCR one PNG page."""
    from protokoll.read.ocr import ocr_image

    return ocr_image(Image.open(io.BytesIO(png)), dpi=300).text


def measure(pages: list[tuple[str, Image.Image, str]], processes: bool) -> dict:
    """Timings of sequential, threaded and (optionally) process-pool OCR of ``pages``."""
    from protokoll.read import read_document
    from protokoll.read.ocr import ocr_image, ocr_pages, workers

    images = [image for _, image, _ in pages]
    ocr_image(images[0], dpi=300)  # load the model once, outside the timings
    result: dict = {"workers": workers()}
    t0, c0 = time.perf_counter(), time.process_time()
    seq = [ocr_image(image, n, 300) for n, image in enumerate(images, 1)]
    result["sequential"], result["cpu"] = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    par = ocr_pages((n, image, 300) for n, image in enumerate(images, 1))
    result["threads"], result["threads_cpu"] = time.perf_counter() - t0, time.process_time() - c0
    result["same_text"] = [p.text for p in seq] == [p.text for p in par]
    if processes:
        pngs = [_png(image) for image in images]
        t0 = time.perf_counter()
        with ProcessPoolExecutor(workers()) as pool:
            list(pool.map(_ocr_in_process, pngs))
        result["processes"] = time.perf_counter() - t0
    pdf = io.BytesIO()
    images[0].save(pdf, "PDF", resolution=300, save_all=True, append_images=images[1:])
    t0 = time.perf_counter()
    scanned = read_document(pdf.getvalue())
    result["pdf"] = time.perf_counter() - t0
    result["pdf_ocr_pages"] = sum(p.method == "ocr" for p in scanned.pages)
    result["pages"] = seq
    return result


def _png(image: Image.Image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(300, 300))
    return buf.getvalue()


# --- report ------------------------------------------------------------------------------


def report(pages: list[tuple[str, Image.Image, str]], r: dict) -> str:
    """The Markdown section for results.md."""
    import tesserocr

    n = len(pages)
    acc = [word_accuracy(text, page.text) for (_, _, text), page in zip(pages, r["pages"])]
    right, total, sw_right, sw_total = (sum(col) for col in zip(*acc))
    check = shared_wordacc([(text, page.text) for (_, _, text), page in zip(pages, r["pages"])])
    per_min = lambda seconds: f"{60 * n / seconds:.1f}"  # noqa: E731
    rows = [
        ("Pages (A4, 300 dpi, DejaVu Sans 11 pt, rendered)", f"{n}: " + ", ".join(name for name, _, _ in pages)),
        ("Sequential, one thread: pages/min (s/page)", f"{per_min(r['sequential'])} ({r['sequential'] / n:.2f})"),
        ("CPU time per page, s: sequential / threads", f"{r['cpu'] / n:.2f} / {r['threads_cpu'] / n:.2f}"),
        (f"Parallel, {r['workers']} threads (`ocr_pages`): pages/min", per_min(r["threads"])),
        ("Parallel speed-up over sequential", f"{r['sequential'] / r['threads']:.2f}x"),
        ("Cores busy during the threaded run (CPU time / wall time)", f"{r['threads_cpu'] / r['threads']:.2f}"),
    ]
    if "processes" in r:
        rows.append((f"Parallel, {r['workers']} processes (PNG handed over): pages/min", per_min(r["processes"])))
    rows += [
        (f"Image-only PDF of the {n} pages through `read_document`: pages/min", per_min(r["pdf"])),
        ("Threads give the same text as sequential", "yes" if r["same_text"] else "NO"),
        ("Word accuracy (all words)", f"{right}/{total} = {right / max(total, 1):.3f}"),
        ("Word accuracy (å/ä/ö/é words)", f"{sw_right}/{sw_total} = {sw_right / max(sw_total, 1):.3f}"),
        ("Mean word confidence", f"{sum(p.confidence for p in r['pages']) / n:.1f}"),
        ("\"§\" signs read (the Swedish model lacks \"§\"; `ocr` restores it with the English one)",
         f"{sections(pages, r['pages'])} of {sum(text.count('§') for _, _, text in pages)}"),
    ]
    if check:
        rows.append(("shared/bench/wordacc.py says", check))
    load = os.getloadavg()[0]
    version = tesserocr.tesseract_version().splitlines()[0]
    head = (f"Measured {time.strftime('%Y-%m-%d')} with `python bench/ocr.py` on {platform.system()} "
            f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {version} "
            f"(tesserocr wheel) with Debian's `swe` model; load average {load:.1f} at the end "
            "(other work on the machine slows the figures).\n\n")
    table = "| Measure | Value |\n| --- | --- |\n" + "".join(f"| {k} | {v} |\n" for k, v in rows)
    return f"{SECTION}\n\n{head}{table}"


def write_section(results: Path, text: str) -> None:
    """Replace (or append) this benchmark's section of ``results``, keeping the others."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from results import write_section as write  # bench/results.py, shared by the benchmarks

    write(results, SECTION, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10, help="pages to OCR (default 10)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 1 page, no process pool")
    parser.add_argument("--results", type=Path, default=RESULTS, help=f"Markdown file to update (default {RESULTS})")
    args = parser.parse_args(argv)
    from protokoll.read.ocr import available

    if not available():
        print("Tesseract's Swedish model is not installed: run scripts/install-system-deps.sh", file=sys.stderr)
        return 1
    pages = sources(1 if args.quick else args.pages)
    section = report(pages, measure(pages, processes=not args.quick))
    write_section(args.results, section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
