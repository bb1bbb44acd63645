"""OCR repair benchmark: word accuracy before/after ``repair_ocr`` on honestly made OCR text.

Clean Swedish text (examples/*.txt and, when ../shared is present, the clean
seeds 000/001/002/004, read at run time) is rendered to A4 page images with
Pillow (DejaVu Sans 10 pt, 300 dpi; long words hyphenated at line ends) and
read back with ``tesseract -l eng``, an engine without Swedish. The OCR text
is cached under ~/.cache/protokoll/bench-ocr. Word accuracy is measured with
shared/bench/wordacc.py (run as a subprocess) for the raw OCR text and after
repair, with an empty lexicon and with one that learned the other clean
documents (leave-one-out). Also: clean documents must come back unchanged,
repair speed in words/second, and seed 003 (real damage, no clean text):
counts in results.md, some changed lines on stdout only (no seed text is
stored in the project). Writes the section "## Repair" of bench/results.md.

    python bench/repair.py            # everything
    python bench/repair.py --no-write # print only
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from protokoll.repair.diacritics import repair_ocr
from protokoll.repair.lexicon import Lexicon, default_lexicon
from protokoll.repair.signals import signals

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PROTOKOLL_SHARED", ROOT.parent / "shared"))
RESULTS = ROOT / "bench" / "results.md"
SECTION = "## Repair"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DPI, POINTS = 300, 10
CACHE = Path(os.environ.get("PROTOKOLL_CACHE") or Path.home() / ".cache" / "protokoll") / "bench-ocr"


# --- making OCR text ----------------------------------------------------------------------

def _wrap(line: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Break ``line`` to ``width`` pixels; a long word that does not fit is hyphenated."""
    out, cur = [], ""
    for word in line.split(" "):
        trial = f"{cur} {word}" if cur else word
        if font.getlength(trial) <= width:
            cur = trial
            continue
        if len(word) >= 10 and cur:
            cut = max((k for k in range(4, len(word) - 3) if font.getlength(f"{cur} {word[:k]}-") <= width), default=0)
            if cut and word[:cut].isalpha():
                out.append(f"{cur} {word[:cut]}-")
                cur = word[cut:]
                continue
        out.append(cur)
        cur = word
    return out + [cur]


def render(text: str) -> list[Image.Image]:
    """A4 page images of ``text`` at DPI, DejaVu Sans POINTS pt."""
    px = round(POINTS * DPI / 72)
    font = ImageFont.truetype(str(FONT), px)
    width, height, margin = round(8.27 * DPI), round(11.69 * DPI), round(0.8 * DPI)
    lines = [w for raw in text.expandtabs(8).splitlines() for w in _wrap(raw, font, width - 2 * margin)]
    step = round(px * 1.35)
    per_page = (height - 2 * margin) // step
    pages = []
    for first in range(0, len(lines), per_page):
        img = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(img)
        for k, line in enumerate(lines[first:first + per_page]):
            draw.text((margin, margin + k * step), line, font=font, fill=0)
        pages.append(img)
    return pages


def ocr(text: str) -> str:
    """``text`` rendered and read back by ``tesseract -l eng`` (cached by content)."""
    key = hashlib.sha1(f"{DPI}/{POINTS}/v2\n{text}".encode()).hexdigest()
    cached = CACHE / f"{key}.txt"
    if cached.is_file():
        return cached.read_text(encoding="utf-8")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, page in enumerate(render(text)):
            image = Path(tmp) / f"p{n}.png"
            page.save(image, dpi=(DPI, DPI))
            run = subprocess.run(["tesseract", str(image), "-", "-l", "eng"], capture_output=True, text=True, check=True)
            out.append(run.stdout)
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text("".join(out), encoding="utf-8")
    return "".join(out)


# --- measuring ----------------------------------------------------------------------------

def sources() -> dict[str, str]:
    """Clean Swedish documents by name: the examples and, when present, the clean seeds."""
    paths = sorted((ROOT / "examples").glob("*.txt"))
    paths += sorted(p for p in (SHARED / "seeds").glob("00[0124]*.txt")) if (SHARED / "seeds").is_dir() else []
    return {p.stem: p.read_text(encoding="utf-8") for p in paths}


def wordacc(pairs: list[tuple[Path, Path]]) -> tuple[float, float]:
    """(word accuracy, å/ä/ö word accuracy) over ``pairs`` of (clean, candidate) files."""
    script = SHARED / "bench" / "wordacc.py"
    args = [str(p) for pair in pairs for p in pair]
    out = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, check=True).stdout
    total = float(re.search(r"word accuracy = ([\d.]+)", out).group(1))
    swedish = float(re.search(r"total: .*= ([\d.]+)", out).group(1))
    return total, swedish


def learned_without(clean: dict[str, str], name: str) -> Lexicon:
    """A lexicon that learned every clean document except ``name``."""
    lex = Lexicon()
    for other, text in clean.items():
        if other != name:
            lex.learn(text)
    return lex


def speed(texts: list[str], runs: int = 3) -> tuple[float, float, int]:
    """Words/second of repair_ocr with a cold decision cache (best of ``runs`` fresh lexicons) and a warm one."""
    words = sum(len(t.split()) for t in texts)
    cold, lex = 0.0, Lexicon()
    for _ in range(runs):
        lex = Lexicon()
        cold = max(cold, words / _timed(lambda: [repair_ocr(t, lex) for t in texts]))
    warm = words / _timed(lambda: [repair_ocr(t, lex) for t in texts])
    return cold, warm, words


def _timed(work) -> float:
    """CPU seconds ``work`` takes (process time: other jobs on a shared machine do not count)."""
    start = time.process_time()
    work()
    return time.process_time() - start


def seed_003() -> tuple[str, str] | None:
    """Seed 003 (real OCR damage, no clean text) before and after repair, or None without ../shared."""
    path = next((SHARED / "seeds").glob("003_*.txt"), None) if (SHARED / "seeds").is_dir() else None
    if path is None:
        return None
    raw = path.read_text(encoding="utf-8")
    return raw, repair_ocr(raw)[0]


def seed_003_summary(raw: str, fixed: str) -> list[str]:
    """Table rows comparing seed 003 before and after (counts only: no seed text enters results.md)."""
    before, after = signals(raw), signals(fixed)
    changed = sum(a != b for a, b in zip(raw.splitlines(), fixed.splitlines()))
    return [f"| Seed 003: share of å/ä/ö among letters, before -> after | {before.share:.3f} -> {after.share:.3f} |",
            f"| Seed 003: words with damage glyphs, before -> after | {before.glyph_words} -> {after.glyph_words} |",
            f"| Seed 003: lines changed | {changed}/{len(raw.splitlines())} |"]


def print_seed_003_lines(raw: str, fixed: str, limit: int = 12) -> None:
    """Print (not store) some changed lines of seed 003, for a person to judge."""
    pairs = [(a, b) for a, b in zip(raw.splitlines(), fixed.splitlines()) if a != b]
    print("Seed 003, changed lines (stdout only):")
    for a, b in pairs[:: max(1, len(pairs) // limit)][:limit]:
        print(f"- {a}\n+ {b}")


def accuracy(clean: dict[str, str], raw: dict[str, str], tmp: Path) -> dict[str, tuple[float, float]]:
    """Word accuracy of the raw OCR text and of its repairs, keyed by variant name."""
    variants = {
        "raw OCR": lambda name: raw[name],
        "repaired, empty lexicon": lambda name: repair_ocr(raw[name], Lexicon())[0],
        "repaired, lexicon learned from the other documents": lambda name: repair_ocr(
            raw[name], learned_without(clean, name))[0],
    }
    results = {}
    for label, make in variants.items():
        pairs = []
        for name in clean:
            (tmp / "clean").mkdir(exist_ok=True)
            (tmp / label).mkdir(exist_ok=True)
            a, b = tmp / "clean" / f"{name}.txt", tmp / label / f"{name}.txt"
            a.write_text(clean[name], encoding="utf-8")
            b.write_text(make(name), encoding="utf-8")
            pairs.append((a, b))
        results[label] = wordacc(pairs)
    return results


def report() -> str:
    """Run every measurement and return the markdown section."""
    clean = sources()
    with ThreadPoolExecutor(max_workers=2) as pool:
        raw = dict(zip(clean, pool.map(ocr, clean.values())))
    start = time.perf_counter()
    default_lexicon().base
    load = time.perf_counter() - start
    unchanged = sum(repair_ocr(t)[0] == t for t in clean.values())
    with tempfile.TemporaryDirectory() as tmp:
        acc = accuracy(clean, raw, Path(tmp))
    cold, warm, words = speed(list(raw.values()))
    lines = [f"Measured {time.strftime('%Y-%m-%d')} with `python bench/repair.py` on {platform.system()} "
             f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
             f"{_tesseract_version()}.",
             f"{len(clean)} clean documents ({words} words of OCR text): examples/*.txt and the clean seeds, "
             f"rendered (DejaVu Sans {POINTS} pt, {DPI} dpi, A4, long words hyphenated) and read with "
             "`tesseract -l eng`; scored with shared/bench/wordacc.py.", "",
             "| Measure | Words | Words with å/ä/ö/é |", "| --- | --- | --- |"]
    lines += [f"| Word accuracy, {label} | {a:.3f} | {s:.3f} |" for label, (a, s) in acc.items()]
    lines += ["", "| Measure | Value |", "| --- | --- |",
              f"| Clean documents returned byte-identical | {unchanged}/{len(clean)} |",
              f"| Dictionary + frequencies load, s (pickled form table cached) | {load:.2f} |",
              f"| repair_ocr words per CPU second, cold decision cache (best of 3) | {cold:,.0f} |",
              f"| repair_ocr words per CPU second, warm decision cache | {warm:,.0f} |"]
    seed = seed_003()
    if seed:
        lines += seed_003_summary(*seed)
        print_seed_003_lines(*seed)
    return "\n".join(lines + [""])


def _tesseract_version() -> str:
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout
    return out.splitlines()[0] if out else "tesseract"


def write_section(body: str) -> None:
    """Replace the "## Repair" section of bench/results.md (other sections are kept)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    section = f"{SECTION}\n\n{body.rstrip()}\n\n"
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip() + "\n\n" + section
    RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print the results without writing results.md")
    args = parser.parse_args()
    if not shutil.which("tesseract"):
        sys.exit("tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng)")
    if not (SHARED / "bench" / "wordacc.py").is_file():
        sys.exit(f"{SHARED / 'bench' / 'wordacc.py'} is missing")
    body = report()
    print(body)
    if not args.no_write:
        write_section(body)


if __name__ == "__main__":
    main()
