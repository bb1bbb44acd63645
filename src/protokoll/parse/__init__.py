"""Stage `parse`: text -> meeting record (placeholder, replaced by the full parser)."""
from ..record import MeetingRecord


def parse_text(text: str, source: str) -> MeetingRecord:
    return MeetingRecord(source=source)
