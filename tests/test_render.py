"""Documents out: every template and format, read back by our own reader, gives the record it was rendered from.

The sources are the example archive's hand-made records (examples/expected, fictional and ours);
the score is ../shared/bench/score.py's own, never a copy.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT, needs_shared
from protokoll.pipeline import process
from protokoll.render import FORMATS, Anslag, RenderError, render, view_of

EXPECTED = ROOT / "examples" / "expected"
#: one record per template: agenda (kallelse), minutes, protocol with §§ and justerare
PER_TEMPLATE = {"agenda": "2025-03-13-dagordning", "minutes": "2024-02-08-minnesanteckningar",
                "protocol": "2025-04-03-styrelsen-protokoll"}


def record(name: str) -> dict:
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def read_back(data: bytes, name: str) -> dict:
    """The record our pipeline (read -> repair -> parse) reads from a rendered document."""
    return process(Path(name), data, hashlib.sha256(data).hexdigest()).record.to_dict()


def f1(score, gold: dict, pred: dict) -> tuple[float, list[str]]:
    """score.py's overall F1 (the mean of the per-field F1s) of one record, and its mismatches."""
    tallies, log = {}, []
    score.score_pair(gold, pred, tallies, log)
    rows = [t.prf()[2] for t in tallies.values() if t.tp + t.fp + t.fn]
    return sum(rows) / len(rows), log


def text_of(data: bytes) -> str:
    from protokoll.read import read_document
    return read_document(data).text


@needs_shared
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("kind", sorted(PER_TEMPLATE))
def test_round_trip_per_template_scores_one(score, kind, fmt):
    source = record(PER_TEMPLATE[kind])
    assert source["kind"] == kind
    data = render(source, fmt)
    value, log = f1(score, source, read_back(data, f"{PER_TEMPLATE[kind]}.{fmt}"))
    assert value == 1.0, log


#: records whose round trip loses a value because of how the reader reads (see the report of issue 13); none since
#: the running text dates a decision's assignment and two assignees of one task are both kept (parse.actions.add_found)
READER_GAPS: set[str] = set()


@needs_shared
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("name", sorted(p.stem for p in EXPECTED.glob("*.json")))
def test_round_trip_of_every_example_record_scores_one(score, name, fmt):
    """Every example record of every template (agenda, minutes, protocol), as DOCX and as PDF,
    reads back as itself: score.py's F1 1.000 and no mismatch logged."""
    source = record(name)
    value, log = f1(score, source, read_back(render(source, fmt), f"{name}.{fmt}"))
    if name in READER_GAPS:
        assert value >= 0.94, log
        assert all("due for" in m or "assignment missing" in m for m in log), log
    else:
        assert value == 1.0 and log == [], log


def test_every_template_has_example_records():
    """The per-record round trip above covers each template: the examples hold every kind."""
    kinds = {record(p.stem)["kind"] for p in EXPECTED.glob("*.json")}
    assert kinds == {"agenda", "minutes", "protocol"}


@needs_shared
def test_round_trip_with_the_anslag_block_still_scores_one(score):
    source = record(PER_TEMPLATE["protocol"])
    data = render(source, "docx", anslag=Anslag(date(2025, 4, 10), "Kommunkansliet"))
    assert "ANSLAG/BEVIS" in text_of(data)
    value, log = f1(score, source, read_back(data, "anslag.docx"))
    assert value == 1.0, log


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("kind", ["minutes", "protocol"])
def test_dissent_and_line_breaks_the_decision_does_not_carry_come_back(score, kind, fmt):
    source = record(PER_TEMPLATE[kind])
    item = next(i for i in source["items"] if i["decisions"] and not i["dissent"])
    item["dissent"] = ["Habo"]
    item["title"] = item["title"].replace(" ", "\n", 1)
    value, log = f1(score, source, read_back(render(source, fmt), f"x.{fmt}"))
    assert value == 1.0, log


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_deadline_the_decision_names_without_its_year_is_written_out_and_comes_back(score, fmt):
    """"... presenterar det på mötet den 29 november": the decision says the assignment, but a day
    without its year is no date the reader can be sure of; the render writes the deadline in full."""
    source = record(PER_TEMPLATE["minutes"])
    item = next(i for i in source["items"] if not i["decisions"] and not i["assignments"])
    item["decisions"] = ["Arbetsgruppen tar fram ett förslag till program och presenterar det för gruppen "
                         "på mötet den 29 november."]
    item["assignments"] = [{"assignee": "Arbetsgruppen", "task": "ta fram ett förslag till program",
                            "due": f"{source['date'][:4]}-11-29"}]
    data = render(source, fmt)
    assert f"senast den 29 november {source['date'][:4]}" in " ".join(text_of(data).split())
    value, log = f1(score, source, read_back(data, f"x.{fmt}"))
    assert value == 1.0, log


def test_a_kallelse_lists_who_is_summoned_and_reads_back_as_an_agenda(score):
    source = record(PER_TEMPLATE["agenda"])
    summoned = dict(source, attendees=[{"name": "Mats Öberg", "affiliation": "Tranås", "title": "kommundirektör",
                                        "role": "ordförande", "group": "present"}])
    data = render(summoned, "docx")
    assert "Kallade:\tMats Öberg (Tranås, kommundirektör, ordförande)" in text_of(data)
    value, log = f1(score, source, read_back(data, "kallelse.docx"))
    assert value == 1.0, log


def test_anslag_gives_the_last_day_for_appeal_three_weeks_after_the_anslag():
    view = view_of(record(PER_TEMPLATE["protocol"]), Anslag(date(2025, 4, 10), "Kommunkansliet"))
    rows = {r.label: r.lines[0] for r in view.anslag}
    assert rows["Datum då anslaget sätts upp"] == "2025-04-10"
    assert rows["Sista dag för överklagande"].startswith("2025-05-01")
    assert "13 kap. 5 § kommunallagen" in rows["Sista dag för överklagande"]
    assert rows["Förvaringsplats för protokollet"] == "Kommunkansliet"
    assert rows["Organ"] == "Styrelsen"


def test_no_anslag_block_without_the_date_nor_outside_protocols():
    assert view_of(record(PER_TEMPLATE["protocol"])).anslag == []
    minutes = view_of(record(PER_TEMPLATE["minutes"]), Anslag(date(2024, 2, 15)))
    assert minutes.anslag == [] and minutes.signatures == []
    page = render(record(PER_TEMPLATE["protocol"]), "html").decode()
    assert "ANSLAG" not in page and "justerare" in page


def parse_html(page: bytes):
    import lxml.html
    return lxml.html.document_fromstring(page.decode("utf-8"))


@pytest.mark.parametrize("kind", sorted(PER_TEMPLATE))
def test_html_is_one_template_per_kind_in_swedish(kind):
    source = record(PER_TEMPLATE[kind])
    page = parse_html(render(source, "html"))
    assert page.get("lang") == "sv"
    assert page.findtext(".//h1") == {"agenda": "Kommundirektörsgruppen – dagordning",
                                      "minutes": "Kommundirektörsgruppen – minnesanteckningar",
                                      "protocol": "Styrelsen – protokoll 1/2025"}[kind]
    rows = {tr.findtext("th"): [p.text for p in tr.iter("p")] for tr in page.iter("tr")}
    assert rows["Datum:"] == [source["date"]] and rows["Plats:"] == [source["place"]]
    present = [a for a in source["attendees"] if a["group"] == "present"]
    label = {"agenda": None, "minutes": "Närvarande:", "protocol": "Beslutande:"}[kind]
    assert (len(rows[label]) == len(present)) if label else "Närvarande:" not in rows
    headings = [h.text_content() for h in page.iter("h2")]
    assert len(headings) == len(source["items"])
    mark = "§ " if kind == "protocol" else ""
    dot = "" if kind == "protocol" else "."
    assert all(h.startswith(f"{mark}{i['number']}{dot} {i['title']}") for h, i in zip(headings, source["items"]))


def test_html_escapes_what_the_record_says():
    source = record(PER_TEMPLATE["minutes"])
    source["items"][0]["title"] = "<script>alert(1)</script> & co"
    source["organization"] = 'Regionen "Öst" </style>'
    page = parse_html(render(source, "html"))
    assert page.find(".//script") is None and len(page.findall(".//style")) == 1
    assert page.find(".//h2").text_content().startswith("1. <script>alert(1)</script> & co")
    assert page.find(".//p[@class='organization']").text == 'Regionen "Öst" </style>'


def test_docx_escapes_what_the_record_says():
    source = record(PER_TEMPLATE["minutes"])
    source["items"][0]["title"] = "Avtal <utkast> & bilagor"
    assert "1. Avtal <utkast> & bilagor" in text_of(render(source, "docx"))


def test_pdf_is_a4_with_page_numbers():
    import pypdfium2 as pdfium

    data = render(record("2024-11-20-styrelsen-protokoll"), "pdf")
    pdf = pdfium.PdfDocument(data)
    try:
        width, height = pdf[0].get_size()
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
        pages = len(pdf)
    finally:
        pdf.close()
    text = text_of(data)
    assert pages >= 2 and f"Sida 1 ({pages})" in text and f"Sida {pages} ({pages})" in text


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_renders_are_reproducible(fmt):
    """The same record gives the same bytes, so ingesting a render again changes nothing."""
    source = record(PER_TEMPLATE["agenda"])
    assert render(source, fmt) == render(source, fmt)


def test_shipped_docx_templates_are_what_the_script_builds():
    from protokoll.render.make_templates import HERE, KINDS, build_template

    for kind in KINDS:
        assert build_template(kind) == (HERE / f"{kind}.docx").read_bytes(), \
            f"run `python -m protokoll.render.make_templates` and commit templates/{kind}.docx"


def test_an_organisations_own_docx_template(tmp_path):
    """An organisation copies the default template, adds its letterhead in Word and keeps the tags."""
    import docx

    from protokoll.render.docx import default_template

    document = docx.Document(str(default_template("minutes")))
    document.paragraphs[0].insert_paragraph_before("Samverkansregionens egen brevmall")
    own = tmp_path / "mall.docx"
    document.save(str(own))
    text = text_of(render(record(PER_TEMPLATE["minutes"]), "docx", template=own))
    assert text.startswith("Samverkansregionens egen brevmall")
    assert "Närvarande:\t" in text


def test_an_organisations_own_html_template(tmp_path):
    own = tmp_path / "egen.html"
    own.write_text("<h1>{{ v.title }}</h1>{% for i in v['items'] %}<p>{{ i.heading }}</p>{% endfor %}", encoding="utf-8")
    page = render(record(PER_TEMPLATE["agenda"]), "html", template=own).decode()
    assert page.startswith("<h1>Kommundirektörsgruppen – dagordning</h1><p>1. ")


def test_a_broken_template_is_a_clear_error_naming_it(tmp_path):
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"not a word file")
    with pytest.raises(RenderError, match="trasig.docx"):
        render(record(PER_TEMPLATE["minutes"]), "docx", template=broken)
    bad = tmp_path / "trasig.html"
    bad.write_text("{% for %}", encoding="utf-8")
    with pytest.raises(RenderError, match="trasig.html"):
        render(record(PER_TEMPLATE["minutes"]), "html", template=bad)


def test_a_template_of_the_wrong_kind_is_refused(tmp_path):
    from protokoll.render.docx import default_template

    with pytest.raises(RenderError, match="minutes.docx: PDF is rendered from an HTML"):
        render(record(PER_TEMPLATE["minutes"]), "pdf", template=default_template("minutes"))
    page = tmp_path / "mall.html"
    page.write_text("<p>{{ v.title }}</p>", encoding="utf-8")
    with pytest.raises(RenderError, match="mall.html: DOCX is rendered from a .docx"):
        render(record(PER_TEMPLATE["minutes"]), "docx", template=page)


def test_unknown_format_and_non_records_are_refused():
    with pytest.raises(RenderError, match="unknown format"):
        render(record(PER_TEMPLATE["minutes"]), "odt")
    with pytest.raises(RenderError, match="meeting-record"):
        render({"title": "x"}, "html")


def test_values_the_record_lacks_are_left_out():
    bare = {"source": "x.txt", "kind": "minutes", "items": [{"number": "1", "title": "Inledning"}]}
    view = view_of(bare)
    assert view.rows == [] and view.organization is None and view.next_meeting is None
    assert view.items[0].heading == "1. Inledning" and view.items[0].presenters is None
    import docx

    document = docx.Document(io.BytesIO(render(bare, "docx")))
    assert document.tables == []  # no table without rows (Word refuses those)
    assert [p.text for p in document.paragraphs if p.text] == ["Minnesanteckningar", "1. Inledning"]


def test_formats_listed():
    assert FORMATS == ("docx", "pdf", "html")


def test_a_meeting_record_object_renders_as_its_dict():
    from protokoll.record import MeetingRecord

    source = record(PER_TEMPLATE["protocol"])
    assert render(MeetingRecord.from_dict(source), "html") == render(source, "html")


def test_an_own_html_template_may_extend_the_default(tmp_path):
    own = tmp_path / "brev.html"
    own.write_text('{% extends "protocol.html" %}{% block before_items %}<p class="logo">Vår logga</p>'
                   '{% endblock %}', encoding="utf-8")
    page = parse_html(render(record(PER_TEMPLATE["protocol"]), "html", template=own))
    assert page.find(".//p[@class='logo']").text == "Vår logga" and page.find(".//h1") is not None
