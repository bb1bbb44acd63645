"""What one ingest run did (:class:`Report`): counts per outcome, every failure and skip named with its
reason as it happens. Split from :mod:`protokoll.ingest`, which gives the same names."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

#: the outcomes in the order the summary names them (English: the operator's language; data stays Swedish)
OUTCOMES = ("inserted", "updated", "unchanged", "skipped", "failed")
SKIPPED = "skipped: not a meeting document"


@dataclass
class Report:
    """What one ingest run did, per outcome; ``emit`` gets each failure line as it happens."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    failures: list[tuple[str, str]] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    emit: Callable[[str], None] | None = None
    linked: object | None = None  #: the relink's ``store.linked.LinkReport``, when the batch linked
    stage: Callable[[str], None] | None = None  #: told "link" when the batch starts linking the archive

    def line(self) -> str:
        """The counts: "3 inserted, 0 updated, 1 unchanged, 0 skipped, 0 failed"."""
        return ", ".join(f"{n} {k}" for k, n in self.counts.items())

    def skip(self, name: str, reason: str) -> None:
        """A file that is no meeting document: counted as skipped, named with the reason."""
        self.counts["skipped"] += 1
        self.skips.append((name, reason))
        if self.emit is not None:
            self.emit(f"{name}: {SKIPPED} ({reason})")

    def count(self, status: str) -> None:
        self.counts[status] += 1

    def fail(self, name: str, reason: str, counted: bool = True) -> None:
        if counted:
            self.counts["failed"] += 1
        self.failures.append((name, reason))
        if self.emit is not None:
            self.emit(f"{name}: {reason}")
