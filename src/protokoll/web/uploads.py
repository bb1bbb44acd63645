"""Files uploaded in the browser: kept in the upload folder and read by the same ingest as `protokoll ingest`.

Each file is written to ``<upload folder>/<organisation>/<file name>``, so
a corrected file uploaded again under the same name becomes a new version of
the same document, as a changed file at the same path does for the command.
The bytes a new upload replaces are kept under ``.tidigare/`` beside it;
when the new file fails, the earlier one is put back, so nothing stored is
lost. The upload folder is ``app.state.upload_dir``, else
``$PROTOKOLL_UPLOADS``, else ``./protokoll-uppladdat``.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from ..swedish.fold import slug

UPLOAD_ENV = "PROTOKOLL_UPLOADS"
DEFAULT_FOLDER = "protokoll-uppladdat"
MAX_FILES = 20  #: files per upload
MAX_FILE = 25_000_000  #: bytes per file
MAX_REQUEST = MAX_FILES * MAX_FILE // 5  #: bytes per upload request (the body limit of its path)
OUTCOMES = {"inserted": "tillagt", "updated": "ny version", "unchanged": "oförändrat (finns redan)",
            "failed": "misslyckades"}


@dataclass
class FileOutcome:
    """What happened to one uploaded file: its ingest status and, when it failed, why."""

    name: str
    status: str  #: inserted | updated | unchanged | failed
    reason: str | None = None
    note: str | None = None  #: a stored document that names another organisation than the one uploaded for

    def to_dict(self) -> dict:
        return {**asdict(self), "label": OUTCOMES[self.status]}


def upload_folder(app) -> Path:
    configured = getattr(app.state, "upload_dir", None) or os.environ.get(UPLOAD_ENV) or DEFAULT_FOLDER
    return Path(configured).expanduser().resolve()


def safe_name(filename: str | None) -> str | None:
    """The file's own name without any folder part or control characters; None when nothing is left."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    name = name.strip().lstrip(".")
    return name[:200] or None


def refusal(name: str | None, size: int) -> str | None:
    """Why an uploaded file is not read at all (Swedish), or None."""
    if name is None:
        return "filen saknar namn"
    from ..pipeline import SUFFIXES  # the reading pipeline: loaded with the first upload

    if Path(name).suffix.lower() not in SUFFIXES:
        return f"filtypen stöds inte (tillåtna: {', '.join(sorted(SUFFIXES))})"
    if size > MAX_FILE:
        return f"filen är större än {MAX_FILE // 1_000_000} MB"
    if size == 0:
        return "filen är tom"
    return None


def ingest_upload(sessions, folder: Path, organisation: str, name: str, data: bytes) -> FileOutcome:
    """Write one uploaded file in place and ingest it; on failure the earlier bytes (if any) come back."""
    target = folder / slug(organisation) / name
    target.parent.mkdir(parents=True, exist_ok=True)
    earlier = target.read_bytes() if target.is_file() else None
    if earlier is not None and earlier != data:
        kept = target.parent / ".tidigare" / f"{hashlib.sha256(earlier).hexdigest()[:16]}-{name}"
        kept.parent.mkdir(exist_ok=True)
        kept.write_bytes(earlier)
    target.write_bytes(data)
    outcome = _ingest(sessions, target)
    if outcome.status == "failed" and earlier != data:
        if earlier is None:
            target.unlink()
        else:
            target.write_bytes(earlier)
    elif outcome.status != "failed":
        outcome.note = _other_organisation(sessions, hashlib.sha256(data).hexdigest(), organisation)
    return outcome


def _other_organisation(sessions, sha256: str, organisation: str) -> str | None:
    """A note (Swedish) when the stored record was read as another organisation's than ``organisation``.

    The document is stored either way (a misreading of its heading is as
    possible as a misfiling); the secretariat is asked to check it.
    """
    from ..store import find_by_hash
    from ..store.accounts import same_organisation

    with sessions() as session:
        document = find_by_hash(session, sha256)
        named = document.meeting.organization if document is not None and document.meeting else None
    if named and not same_organisation(named, organisation):
        return f"lästes som ett dokument från {named}, inte {organisation}: kontrollera"
    return None


def _ingest(sessions, path: Path) -> FileOutcome:
    """The library's ingest of one file (the function `protokoll ingest` runs), as one outcome."""
    from ..ingest import ingest_paths
    from ..read import DEFAULT_MAX_BYTES
    from .reasons import not_a_meeting, swedish

    report = ingest_paths(sessions, [path], DEFAULT_MAX_BYTES)
    status = next((s for s, n in report.counts.items() if n), "failed")
    reasons = [swedish(reason) for where, reason in report.failures if where != "(linking)"]
    if status == "skipped":  # no meeting document: nothing stored, said like a failure on this page
        status, reasons = "failed", [f"inte ett mötesdokument ({not_a_meeting(reason)})" for _, reason in report.skips]
    return FileOutcome(path.name, status, "; ".join(reasons) or None)
