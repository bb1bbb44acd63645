"""What the organisation tests share: a document's items after its header, and the organisation read with the rule
that read it (or the reason it was left open)."""

from protokoll.parse import parse_text

#: two items after a test header, so that the text reads as a whole protocol
ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"


def organisation_and_rule(text: str) -> tuple[str | None, str]:
    """The organisation parsed from ``text`` and its evidence's rule ("uncertain: ..." where none was taken)."""
    rec = parse_text(text, source="x.txt")
    return rec.organization, next(e.rule for e in rec.evidence if e.path == "organization")
