"""Damage web extraction does to a document's text, undone before parsing (issue 10, h119).

Every text here is invented: ligatures from a PDF's text layer, a municipal site's frame around the document,
the furniture between two printed pages, words hyphenated where a line ended, runs of spaces in a flattened page.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from protokoll.parse import parse_text
from protokoll.parse.lines import split_lines
from protokoll.parse.sitemenu import menu_line
from protokoll.pipeline import process
from protokoll.repair import repair_text
from protokoll.repair.hyphens import join_hyphenated, join_suspended
from protokoll.repair.pagebreaks import join_page_breaks
from protokoll.repair.spaces import collapse_page_spaces
from protokoll.repair.webchrome import drop_site_frame


def record(text: str):
    data = text.encode("utf-8")
    return process(Path("invented.txt"), data, hashlib.sha256(data).hexdigest()).record


# --- ligatures -------------------------------------------------------------------------------------------

def test_ligatures_are_written_as_their_letters() -> None:
    text, changes = repair_text("Närvarande: Staﬀan Ekvall, Soﬁa Lind\nEkonomiska ﬂöden, oﬃciella siﬀror")
    assert text == "Närvarande: Staffan Ekvall, Sofia Lind\nEkonomiska flöden, officiella siffror"
    assert any("ligature" in c.reason for c in changes)


def test_names_with_ligatures_are_read_as_attendees() -> None:
    rec = record("PROTOKOLL\nFritidsnämnden\nDatum: 2024-05-06\nNärvarande:\nStaﬀan Ekvall (S), ordförande\n"
                 "Soﬁa Lind (M)\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    names = {a.name for a in rec.attendees}
    assert {"Staffan Ekvall", "Sofia Lind"} <= names
    assert rec.chair == "Staffan Ekvall"


# --- a document-sharing site's title line in curly quotes ------------------------------------------------

def test_download_line_in_curly_quotes_is_the_sites_frame() -> None:
    plain = ('Protokoll Byggnadsnämnden 2023-02-14\n\nStorlek: px\nStarta visningen från sidan:\n\n'
             'Download "Protokoll Byggnadsnämnden 2023-02-14"\n\nTranskript\n\n'
             '1 PROTOKOLL Byggnadsnämnden Sammanträdesdatum 2023-02-14 Plats och tid Kommunhuset, kl 18.00-19.30 '
             'Beslutande Per Ekholm (S), ordförande Lena Vik (M) Sekreterare Åsa Holm 1 Val av justerare '
             'Lena Vik utsågs att justera protokollet. 2 Godkännande av dagordning Dagordningen godkändes.')
    curly = plain.replace('"', "”")
    assert not [ln for ln in split_lines(curly) if ln.text.startswith("Download")]
    a, b = record(plain), record(curly)
    assert (b.kind, b.body, b.date, b.chair) == (a.kind, a.body, a.date, a.chair)
    assert a.date == "2023-02-14"


# --- a web site's frame ----------------------------------------------------------------------------------

FRAME_HEAD = ["Hoppa till innehåll", "Meny", "Sök på webbplatsen", "",
              "Startsida > Kommun och politik > Sammanträden > Protokoll", "", "Lyssna", "Skriv ut", "Dela", "",
              "Publicerad 3 april 2024", ""]
FRAME_TAIL = ["", "Dela sidan på Facebook", "Skriv ut sidan", "Senast uppdaterad: 4 april 2024",
              "Var den här sidan till hjälp?", "Ja Nej", "", "Godkänn alla kakor", "Endast nödvändiga",
              "Till toppen av sidan"]
AGENDA = ("KALLELSE\nKulturnämnden\nDatum: 2024-04-10\nTid: 18.00\nPlats: Biblioteket, Ekby\n\n"
          "Ärenden\n1. Val av justerare\n2. Budget 2025 för kulturskolan\n3. Ansökan om bidrag från Ekby hembygdsförening\n")


def test_frame_lines_around_the_document_are_dropped() -> None:
    text = drop_site_frame("\n".join(FRAME_HEAD) + "\n" + AGENDA + "\n".join(FRAME_TAIL) + "\n")
    # the breadcrumbs and the published date stay (they may name the body, the year): the rest goes
    assert text == "Startsida > Kommun och politik > Sammanträden > Protokoll\nPublicerad 3 april 2024\n" + AGENDA


def test_frame_stops_at_the_documents_first_line() -> None:
    inside = AGENDA + "\nDela\nÖvriga frågor\n"
    assert drop_site_frame(inside) == inside
    transcript = "Kallelse Kulturnämnden\n\nStorlek: px\nStarta visningen från sidan:\n\nTranskript\n\n1 KALLELSE ..."
    assert drop_site_frame(transcript) == transcript


def test_breadcrumbs_are_a_menu() -> None:
    assert menu_line("Startsida > Kommun och politik > Sammanträden > Protokoll")
    assert menu_line("Hem / Nämnder / Protokoll")
    assert not menu_line("Kommunstyrelsen > 2024-03-02")


def test_document_in_a_frame_reads_as_without_it() -> None:
    framed = record("\n".join(FRAME_HEAD) + "\n" + AGENDA + "\n".join(FRAME_TAIL) + "\n")
    bare = record(AGENDA)
    assert framed.kind == bare.kind == "agenda"
    assert [i.title for i in framed.items] == [i.title for i in bare.items]
    assert framed.items[-1].title == "Ansökan om bidrag från Ekby hembygdsförening"


# --- page breaks -----------------------------------------------------------------------------------------

PAGE_ONE = ("PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-02-20\nPlats och tid: Rådhuset, kl 13.00-15.00\n"
            "Beslutande:\nKarin Holmgren (C), ordförande\nJonas Ek (S)\nMaria Sand (M)\n")
PAGE_TWO = ("Olle Berglund (L)\nFia Rask (V)\nSekreterare: Nils Ahl\n\n§ 4 Val av justerare\n"
            "Jonas Ek utses att justera protokollet.\n")
FURNITURE = "\nJusterandes signatur\tUtdragsbestyrkande\n\nProtokoll 2024-02-20\nSida 2 av 5\n\n"


def test_furniture_between_pages_is_taken_out() -> None:
    joined = join_page_breaks(PAGE_ONE + FURNITURE + PAGE_TWO)
    assert "Utdragsbestyrkande" not in joined and "Sida 2 av 5" not in joined
    assert "Maria Sand (M)\n\nOlle Berglund (L)" in joined


def test_attendance_list_across_a_page_break_is_read_whole() -> None:
    rec = record(PAGE_ONE + FURNITURE + PAGE_TWO)
    names = {a.name for a in rec.attendees}
    assert {"Karin Holmgren", "Jonas Ek", "Maria Sand", "Olle Berglund", "Fia Rask"} <= names


def test_a_page_count_without_furniture_stays() -> None:
    slides = "Program\n\nInledning av ordföranden\n12 av 16\nAvslutning\n"
    assert join_page_breaks(slides) == slides
    head_only = "Sida 1 av 3\n" + PAGE_ONE  # the first page's head: no text before it
    assert join_page_breaks(head_only) == head_only


# --- words hyphenated where a line ended -----------------------------------------------------------------

def test_hyphenated_words_are_joined_when_known() -> None:
    assert join_hyphenated("Kommun- styrelsen beslutar") == "Kommunstyrelsen beslutar"
    assert join_hyphenated("Anmälan om delegations-\nbeslut. Nästa punkt") == "Anmälan om delegationsbeslut.\nNästa punkt"
    assert join_hyphenated("i samarbete med kultur-\nförvaltningen\n") == "i samarbete med kulturförvaltningen\n"
    assert join_hyphenated("Organ Nämnd Sammanträdes- datum 2024-05-02") == "Organ Nämnd Sammanträdesdatum 2024-05-02"


def test_a_name_cut_after_its_conjunction_is_one_line() -> None:
    assert join_suspended("Plats: Rådhuset, Kultur- och\nfritidsförvaltningen\n") == \
        "Plats: Rådhuset, Kultur- och fritidsförvaltningen\n"
    assert join_suspended("Justering: Kultur- och\n\nfritidsförvaltningen\n") == \
        "Justering: Kultur- och fritidsförvaltningen\n"
    assert join_suspended("Organ Barn-\noch utbildningsnämnden\n") == "Organ Barn- och utbildningsnämnden\n"
    kept = "Punkter om barn- och\nUngdom\n"  # the next line starts anew
    assert join_suspended(kept) == kept


def test_body_cut_after_its_conjunction_is_read_whole() -> None:
    rec = record("PROTOKOLL\nSammanträdesdatum 2024-09-12\nNämnd: Barn- och\nutbildningsnämnden\n"
                 "Plats och tid: Skolhuset, kl 18.00-20.00\n\n§ 1 Val av justerare\nAnna Ek utses att justera.\n")
    assert rec.body == "Barn- och utbildningsnämnden"


def test_hyphens_written_on_purpose_stay() -> None:
    for text in ("Barn- och utbildningsnämnden", "för- eller nackdelar", "IT-\nchefen", "e-\npost",
                 "Anna-\nKarin Ek", "jan- mars", "Ekbe- rgsson"):
        assert join_hyphenated(text) == text


def test_body_hyphenated_in_a_flattened_page_is_read() -> None:
    flat = ("1 PROTOKOLL Sammanträdesdatum 2024-03-05 Kommun- styrelsen Plats och tid Kommunhuset, kl 09.00-11.00 "
            "Beslutande Eva Strand (S), ordförande Ola Berg (M) Sekreterare Tove Lund 12 Val av justerare "
            "Ola Berg utses att justera protokollet. 13 Budgetuppföljning Kommunstyrelsen godkänner rapporten.")
    assert record(flat).body == record(flat.replace("Kommun- styrelsen", "Kommunstyrelsen")).body == "Kommunstyrelsen"


# --- runs of spaces in a flattened page ------------------------------------------------------------------

def test_runs_of_spaces_in_a_flattened_page_become_one() -> None:
    page = "1 KALLELSE Datum och  tid 2024-06-12 kl 18.00 " + "Ärende om detaljplan för Ekby 2:14. " * 8
    short = "Namn  Parti  Roll"
    out = collapse_page_spaces(page + "\n" + short)
    assert "Datum och tid 2024-06-12" in out
    assert out.endswith("\n" + short)


def test_label_cut_by_a_double_space_is_read() -> None:
    page = ("1 2024-06-01 1 (3) KALLELSE Nämnd Tekniska nämnden Datum och  tid 2024-06-12 Kl. 18.00 Plats Ekbysalen "
            "Ärenden 1 Val av justerare 2 Detaljplan för kvarteret Lärkan 3 Taxor för vatten och avlopp 2025 "
            "4 Information från förvaltningen om vinterväghållning och sandupptagning under våren 2024-05-02")
    text = "Föredragningslista\n\nTranskript\n\n" + page + "\n"
    assert record(text).date == "2024-06-12"
    assert parse_text(repair_text(text)[0], source="invented.txt").date == "2024-06-12"
