"""bench/heldout_overlap.py names a collected page that is a held-out devset document, and nothing else."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, SHARED

TOOL = ROOT / "bench" / "heldout_overlap.py"
sys.path.insert(0, str(ROOT / "bench"))

from heldout_overlap import share, shingles  # noqa: E402


def test_shingles_ignore_case_punctuation_and_line_breaks():
    a = shingles("Mötet öppnades av ordföranden, som hälsade alla välkomna.")
    b = shingles("MÖTET öppnades\nav ordföranden som hälsade  alla välkomna")
    assert a == b and len(a) == 3


def test_share_is_the_part_of_the_documents_runs_the_page_holds():
    document = shingles("ett två tre fyra fem sex sju åtta nio tio")
    assert share(shingles("ett två tre fyra fem sex sju åtta nio tio och mer"), document) == 1.0
    assert share(shingles("sex sju åtta nio tio elva tolv"), document) == 0.0
    assert share(shingles("ett två tre fyra fem sex sju"), document) == 2 / 5
    assert share(set(), set()) == 0.0


@pytest.mark.skipif(not (SHARED / "devset").is_dir(), reason="../shared/devset is not beside the checkout")
def test_a_rewrapped_held_out_document_is_named_and_a_written_page_is_not(tmp_path):
    from extract import devset_groups, load_scorer
    held = sorted(stem for stem, is_held in devset_groups(load_scorer()).items() if is_held)
    page = tmp_path / "page.txt"  # a held-out document as a web page would give it: other line breaks, site chrome
    page.write_text("Hoppa till innehåll\n" + " ".join((SHARED / "devset" / f"{held[0]}.txt").read_text(
        encoding="utf-8").split()), encoding="utf-8")
    written = tmp_path / "written.txt"
    written.write_text("Protokoll fört vid styrelsemöte i Tallbo båtklubb. Närvarande: Vendela Ek, Tor Holm.\n"
                       "1. Mötets öppnande. Ordföranden hälsade alla välkomna och öppnade mötet.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(TOOL), str(page), str(written)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stderr
    named = [ln for ln in done.stdout.splitlines() if "held-out" in ln and "shingles)" in ln]
    assert named == [f"{page}: held-out {held[0]} (100% of its shingles)"]
    clean = subprocess.run([sys.executable, str(TOOL), str(written)], capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0 and "0 overlaps" in clean.stdout
