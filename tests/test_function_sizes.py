"""No function in src/protokoll grows past the limit scripts/long_functions.py sets (the architecture
review's "Function sizes"): a new long function is a decision, not drift."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "long_functions.py"
spec = importlib.util.spec_from_file_location("long_functions", SCRIPT)
long_functions = importlib.util.module_from_spec(spec)
spec.loader.exec_module(long_functions)


def test_no_function_in_the_package_is_longer_than_allowed():
    assert long_functions.too_long(long_functions.function_lengths()) == []


def test_the_parse_stage_has_no_function_over_the_limit():
    lengths = long_functions.function_lengths()
    assert [w for n, w in lengths if n > long_functions.LIMIT and w.startswith("protokoll/parse/")] == []


def _package(tmp_path: Path, body_lines: int) -> Path:
    root = tmp_path / "protokoll"
    (root / "parse").mkdir(parents=True)
    body = "".join(f"    x{k} = {k}\n" for k in range(body_lines - 1))
    (root / "parse" / "mod.py").write_text(f"def short():\n    return 1\n\n\ndef grown():\n{body}", encoding="utf-8")
    return root


def test_a_new_function_over_the_limit_is_found(tmp_path):
    lengths = long_functions.function_lengths(_package(tmp_path, 41))
    assert lengths[0] == (41, "protokoll/parse/mod.py:5 grown")
    assert long_functions.too_long(lengths, 40, {}) == ["protokoll/parse/mod.py:5 grown: 41 lines (allowed 40)"]


def test_a_listed_function_may_keep_its_length_but_not_grow(tmp_path):
    lengths = long_functions.function_lengths(_package(tmp_path, 45))
    assert long_functions.too_long(lengths, 40, {"protokoll/parse/mod.py grown": 45}) == []
    assert long_functions.too_long(lengths, 40, {"protokoll/parse/mod.py grown": 44}) == [
        "protokoll/parse/mod.py:5 grown: 45 lines (allowed 44)"]


def test_a_function_at_the_limit_passes(tmp_path):
    assert long_functions.too_long(long_functions.function_lengths(_package(tmp_path, 40)), 40, {}) == []


def test_no_module_in_the_package_is_longer_than_300_lines():
    """A module over 300 lines holds more than one idea: split it by meaning (the architecture review's rule)."""
    root = Path(long_functions.SRC)
    long = [f"{p.relative_to(root.parent)}: {n}" for p in sorted(root.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300 and "migrations" not in p.parts]
    assert long == []
