"""The per-file reasons of an ingest, in Swedish for the upload page (the web is the Swedish UI).

The reading stages and ``protokoll ingest`` give their reasons in English (the operator's
language); the page says the same in Swedish. A reason's fixed words are translated, the
details a library or the OS gives (in parentheses) are kept as given; a reason not known
here is shown as it is.
"""

from __future__ import annotations

import re

#: (English pattern, Swedish), tried in order; ``\g<d>`` keeps a detail as given
_REASONS = [
    (r"empty file", "tom fil"),
    (r"no text in file", "ingen text i filen"),
    (r"no text found in document", "ingen text i dokumentet"),
    (r"file is (?P<d>[\d.]+ MB), over the limit of (?P<e>[\d.]+ MB)", r"filen är \g<d>, över gränsen \g<e>"),
    (r"file is over the limit of (?P<d>[\d.]+ MB)", r"filen är över gränsen \g<d>"),
    (r"password-protected document", "lösenordsskyddat dokument"),
    (r"password-protected PDF(?P<d>.*)", r"lösenordsskyddad PDF\g<d>"),
    (r"legacy binary Word/Office file \(\.doc\): save it as \.docx or PDF",
     "äldre binär Word/Office-fil (.doc): spara den som .docx eller PDF"),
    (r"not a Word document \(\.docx\)", "inte ett Word-dokument (.docx)"),
    (r"damaged DOCX file \(truncated or not a zip archive\)", "skadad DOCX-fil (avkortad eller inget zip-arkiv)"),
    (r"damaged DOCX file(?P<d>.*)", r"skadad DOCX-fil\g<d>"),
    (r"DOCX looks like a zip bomb", "DOCX-filen ser ut som en zip-bomb"),
    (r"damaged PDF file \(no pages\)", "skadad PDF-fil (inga sidor)"),
    (r"damaged PDF file \(page (?P<d>\d+) cannot be loaded\)", r"skadad PDF-fil (sidan \g<d> kan inte läsas)"),
    (r"damaged PDF file(?P<d>.*)", r"skadad PDF-fil\g<d>"),
    (r"damaged image file \(unknown image format\)", "skadad bildfil (okänt bildformat)"),
    (r"damaged image file(?P<d>.*)", r"skadad bildfil\g<d>"),
    (r"image is too large to read \(over 89 million pixels\)", "bilden är för stor att läsa (över 89 miljoner pixlar)"),
    (r"OCR failed on page (?P<d>\d+)(?P<e>.*)", r"OCR misslyckades på sida \g<d>\g<e>"),
    (r"not a text document \(binary content\)", "inte ett textdokument (binärt innehåll)"),
    (r"not a readable image \(binary content without its header\)",
     "inte en läsbar bild (binärt innehåll utan formatets huvud)"),
    (r"not a readable PDF \(binary content without its header\)",
     "inte en läsbar PDF (binärt innehåll utan formatets huvud)"),
    (r"not a readable Word document \(binary content without its header\)",
     "inte en läsbar Word-fil (binärt innehåll utan formatets huvud)"),
    (r"not a regular file: (?P<d>.*)", r"inte en vanlig fil: \g<d>"),
]
_MISSING = {"meeting date": "mötesdatum", "organisation or body": "organisation eller organ",
            "items": "punkter", "attendance list": "närvarolista"}
_NOT_A_MEETING = re.compile(r"no (?P<missing>.*) and no meeting words \((?P<words>[^)]*)\) at the start")


def swedish(reason: str) -> str:
    """``reason`` as the upload page says it."""
    for pattern, said in _REASONS:
        if (m := re.fullmatch(pattern, reason, re.S)) is not None:
            return m.expand(said)
    return reason


def not_a_meeting(reason: str) -> str:
    """Why a file is no meeting document (``parse.confidence.not_a_meeting`` or a README), in Swedish."""
    if reason == "a README file describes the folder":
        return "en README-fil beskriver mappen"
    m = _NOT_A_MEETING.fullmatch(reason)
    if m is None:
        return reason
    missing = [_MISSING.get(part, part) for part in m["missing"].split(", ")]
    return f"saknar {', '.join(missing)} och mötesord ({m['words']}) i början"
