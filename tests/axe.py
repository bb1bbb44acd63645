"""axe-core for the browser tests, loaded in a way the site's CSP allows.

The script is not vendored (about 550 kB): the first run takes it from the
npm registry with ``npm pack axe-core@VERSION`` into ``.cache/`` (git-ignored)
and later runs reuse it. In the browser, Playwright answers requests for
``/static/axe.min.js`` with that file, so the page loads it from its own
origin as ``script-src 'self'`` demands; the app itself never serves it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION = "4.14.1"
CACHE = ROOT / ".cache" / f"axe-core-{VERSION}"
SCRIPT_PATH = "/static/axe.min.js"


def axe_file() -> Path | None:
    """The path of axe.min.js, fetched once with npm; None without npm or the registry."""
    target = CACHE / "axe.min.js"
    if target.exists():
        return target
    if shutil.which("npm") is None:
        return None
    CACHE.mkdir(parents=True, exist_ok=True)
    # Each process packs into its own folder and renames the file into place: test workers running at
    # once (pytest-xdist) never read a half-written axe.min.js.
    with tempfile.TemporaryDirectory(dir=CACHE) as work:
        done = subprocess.run(["npm", "pack", f"axe-core@{VERSION}", "--silent"], cwd=work, capture_output=True,
                              text=True, timeout=180)
        packed = Path(work) / f"axe-core-{VERSION}.tgz"
        if done.returncode != 0 or not packed.exists():
            return None
        with tarfile.open(packed) as tar:
            member = tar.extractfile("package/axe.min.js")
            (Path(work) / "axe.min.js").write_bytes(member.read())
        os.replace(Path(work) / "axe.min.js", target)
    return target


def serve_axe(context, script: Path) -> None:
    """Answer the browser's requests for SCRIPT_PATH with axe (same origin, so the CSP lets it run)."""
    body = script.read_bytes()
    context.route(f"**{SCRIPT_PATH}", lambda route: route.fulfill(
        status=200, body=body, headers={"content-type": "text/javascript"}))


def run_axe(page) -> list[dict]:
    """axe's violations on the page as loaded: [{"id", "impact", "nodes": [targets]}]."""
    page.add_script_tag(url=SCRIPT_PATH)
    found = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}));
    }""")
    return found
