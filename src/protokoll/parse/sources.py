"""Which rule gave each header name, and how sure that kind of evidence is (issue 10: abstain with a confidence).

Every way the reader can set the organisation, the body, the chair or the secretary is one *path*, and a
path's confidence comes from the kind of evidence it reads, never from the documents it was written on:

- a label of its own ("Ordförande:", "Nämnd:", "Organ") or a role word beside a name in a labelled
  attendance list is the strongest evidence;
- a letterhead or title line with an organisation-type word, a municipality or region of the gazetteer, an
  election in the opening items ("Till sekreterare utsågs ...") are strong;
- a body named where a title names it, read from a compound ("styrgruppsmöte"), the one body that decides
  in the record's sentences, a lone proper name on a first line, an employer, the municipality a text
  names most often, a signature run whose line breaks were lost are weaker.

``confidence.judge`` combines a path's confidence with where the value was found (a label's value, the text,
or nowhere as written) and the checks of :mod:`.plausible`; a value below ``record.CONFIDENT`` is null and its
evidence says why.
"""

from __future__ import annotations

from ..record import Evidence, MeetingRecord

#: path -> confidence of its kind of evidence
CONFIDENCE = {
    # chair and secretary
    "people.list": 0.9,  # "Ordförande: Anna Berg", "Anna Berg (S), ordförande" in a labelled list
    "people.elected": 0.8,  # "Till sekreterare utsågs Anna Berg", "Ordföranden Anna Berg öppnade mötet"
    "people.role_in_header": 0.7,  # the one person of the header called "ordförande"; "Sekreterare är Anna Berg"
    "people.signatures": 0.6,  # a signature run whose line breaks were lost, its order decided by its ends
    # body
    "body.label": 0.9,  # "Nämnd: Socialnämnden", "Organ Kommunstyrelsen"
    "body.title": 0.8,  # where a title names the group that meets
    "body.specific": 0.7,  # "Styrelsen" made specific by the compound the text writes most often
    "body.posted": 0.8,  # the posting box: "Socialnämndens protokoll har justerats"
    "body.deciding": 0.7,  # "Styrgruppen beslutar ..." at least twice, more than any other body
    # organisation (the rules of meta.organization)
    "meta.organization.body_label": 0.85,  # an organisation written after a body label
    "meta.organization.pattern": 0.85,  # a title line's name with an organisation-type word
    "meta.organization.secretariat": 0.85,  # "sekretariatet Förbundet X"
    "meta.organization.gazetteer": 0.85,  # a municipality or region's official name in a title line
    "meta.organization.page_head": 0.75,  # a running page head in capitals ending like an organisation
    "meta.organization.breadcrumb": 0.75,  # the deepest organisation of a breadcrumb ("Hem > X stad > Y AB > ...")
    "meta.organization.company": 0.85,  # "Protokoll fört vid styrelsemöte i Norrby Energi AB": the company's board
    "meta.organization.heading": 0.75,
    "meta.organization.of_body": 0.75,  # "Styrelsen för X-förbundet"
    "meta.organization.letterhead": 0.85,  # "NORRBY KOMMUN" alone or before "PROTOKOLL" / "ANSLAG/BEVIS"
    "meta.organization.genitive_body": 0.85,  # "Norrby socialnämnd": a municipality's own body
    "meta.organization.posting_box": 0.8,  # "Beslutsinstans, Norrby kommun" in the ANSLAG/BEVIS box
    "meta.organization.title_collaboration": 0.75,  # "Minnesanteckningar Regionrådsmöte Norrbyregionen"
    "meta.organization.compound": 0.7,  # a proper noun ending like an organisation ("Norrdalsregionen")
    "meta.organization.regional_body": 0.65,
    "meta.organization.regional_house": 0.6,  # a region's body in "Regionens hus, ..., <town>": the town's region
    "meta.organization.title": 0.6,  # a lone proper name on one of the first lines
    "meta.organization.secretary": 0.6,  # the secretary's employer
    "meta.organization.named_municipality": 0.6,  # the one municipality a municipal body's text names most
    "meta.organization.postal_footer": 0.75,  # "Norrby kommun Box 801": the page footer's postal address
    "meta.organization.org_number": 0.8,  # "Norrdals gymnasieförbund Box 12 Org.nr 222000-0000": the issuer's footer
    "meta.organization.directorate": 0.8,  # "Direktionen för Räddningstjänsten Norrdal": a direktion is a federation's
    "meta.organization.organ_owner": 0.8,  # "Organ: Direktionen, Kommunalförbundet Norrdal": the organ's organisation
    "meta.organization.storage_place": 0.75,  # "Förvaringsplats för protokollet: Räddningstjänsten Norrdal": its archive
    "meta.organization.domain": 0.6,  # "anna.berg@norrby.se": a municipal body's one municipal address domain
    "meta.organization.body_owner": 0.85,  # "sammanträde med kyrkorådet i Norrby församling"
}
UNKNOWN = 0.6  #: a path not in the table
#: a document that opens with its first item has no title lines: an organisation named in the items' first lines
#: is one the text is about (a presenter's employer, a municipality a decision names), not who meets
HEADLESS = "uncertain: the document has no header before its first item; an organisation in the items is not the meeting's"
FIELDS = ("body", "chair", "secretary")


def confidence(path: str | None) -> float:
    """The confidence of a path's kind of evidence."""
    return CONFIDENCE.get(path or "", UNKNOWN)


def judged(path: str, rule: str) -> Evidence:
    """Provenance of a header value without a single source span: the rule and how sure its kind of evidence is,
    or why the reader abstained."""
    return Evidence(path, 0, 0, 0, rule, 0.0 if rule.startswith("uncertain:") else confidence(rule))


class Paths:
    """The path that set each of ``FIELDS``, noted after each reading step of the assembly."""

    def __init__(self, rec: MeetingRecord, path: str) -> None:
        self.path: dict[str, str] = {}
        self.value: dict[str, str] = {}
        self.note(rec, path)

    def note(self, rec: MeetingRecord, path: str, changed: bool = False) -> None:
        """``path`` set every field that has a value now and had none (or, ``changed``, another) before."""
        for f in FIELDS:
            value = getattr(rec, f)
            if value and (f not in self.path or (changed and value != self.value[f])):
                self.path[f], self.value[f] = path, value

    def of(self, field: str) -> str | None:
        return self.path.get(field)
