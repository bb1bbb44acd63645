"""A bounded fuzz run: a few thousand mutated invented documents through repair + parse.

Inputs come from scripts/fuzz_inputs.py with a fixed seed, so a failure names an input that
can be made again (``list(fuzz_inputs.inputs(N, SEED))[k]``). Per input: no exception from
``repair_text`` -> ``parse_text`` (again with a year hint when undated, as ``pipeline.process``
does) -> ``to_dict`` -> JSON and the search terms; output sizes linear in the input (checked
exactly); CPU time under a generous per-kB bound, a slow input timed twice (the super-linear cases of the review took
50-250 ms/kB, normal text 2-4 ms/kB).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from protokoll.swedish.stems import index_terms
from protokoll.parse import parse_text
from protokoll.repair import repair_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import fuzz_inputs  # noqa: E402

#: inputs a run of the suite reads: 1,500 keeps CI inside its time (the generator's heavy mutations, NUL bytes and
#: line separators all occur in them: test_inputs_are_deterministic_and_varied); PROTOKOLL_FUZZ_N=20000 runs more
N = int(os.environ.get("PROTOKOLL_FUZZ_N", "1500"))
SEED = 20311204
GROWTH = 8  #: output characters per input character, at most (plus SLACK)
SLACK = 20_000
MAX_MS_PER_KB = 60  #: CPU per kB of input, at most (plus BASE_MS)
BASE_MS = 1_000


def run_one(text: str) -> dict:
    """repair + parse as the pipeline does; the sizes of what came out."""
    repaired, _changes = repair_text(text)
    record = parse_text(repaired, source="fuzz.txt")
    if record.date is None:
        record = parse_text(repaired, source="fuzz.txt", year_hint=2031)
    data = json.dumps(record.to_dict(), ensure_ascii=False)
    return {"repaired": len(repaired), "record": len(data), "terms": sum(len(t) + 1 for t in index_terms(repaired))}


def timed(text: str) -> tuple[dict, float]:
    """:func:`run_one` and its CPU time in ms."""
    start = time.process_time()
    sizes = run_one(text)
    return sizes, (time.process_time() - start) * 1000


def test_inputs_are_deterministic_and_varied():
    a = list(fuzz_inputs.inputs(200, SEED))
    assert a == list(fuzz_inputs.inputs(200, SEED))
    assert len(set(a)) > 190
    assert any(len(t) > 10_000 for t in fuzz_inputs.inputs(N, SEED))  # heavy mutations occur
    assert any("\x00" in t for t in a) and any("\u2028" in t for t in a)


def test_fuzz_repair_and_parse_never_fail_and_stay_linear():
    from protokoll.repair.diacritics import _fixer, _resolve
    from protokoll.repair.lexicon import default_lexicon

    repair_text("Protokoll\n§ 1 Budget\n")
    _resolve("godkanna", _fixer(default_lexicon()))  # the word lists of OCR repair loaded before timing
    failures: list[str] = []
    slowest = (0.0, -1)
    for k, text in enumerate(fuzz_inputs.inputs(N, SEED)):
        try:
            sizes, ms = timed(text)
        except Exception as err:  # noqa: BLE001 - every exception is a finding
            failures.append(f"input {k}: {type(err).__name__}: {err}")
            continue
        kb = max(len(text.encode()) / 1000, 1)
        if ms > BASE_MS + MAX_MS_PER_KB * kb:  # timed again: a super-linear case is slow every time, a pause of
            ms = min(ms, timed(text)[1])  # the machine or a full collection of the test run's heap only once
        slowest = max(slowest, (ms / kb, k))
        if ms > BASE_MS + MAX_MS_PER_KB * kb:
            failures.append(f"input {k}: {ms:.0f} ms for {kb:.1f} kB")
        for what, size in sizes.items():
            if size > GROWTH * len(text) + SLACK:
                failures.append(f"input {k}: {what} of {size} chars from {len(text)}")
    assert not failures, "\n".join(failures[:20])
    print(f"{N} inputs, slowest {slowest[0]:.1f} ms/kB (input {slowest[1]})")
