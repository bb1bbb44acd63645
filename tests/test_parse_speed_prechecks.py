"""Cheap tests put in front of this session's rules for speed (issue 12) change nothing they read: the record's
kinds of body read only when asked, words tested for a kind before their stems, the posting box's labels
looked for before its pattern."""

import re

from protokoll.parse import meetingkind
from protokoll.parse.meetingkind import BODY_KINDS, Later, body_kind, held_by_other, names_other_body, own_kinds
from protokoll.parse.orgsigns import posting_box


def _reference_kinds(text: str) -> set[str]:
    """own_kinds' word rule as it was written before the cheap test: every word's stems tried."""
    kinds = set()
    for word in re.findall(r"[a-zåäöé]{4,}", text.casefold()):
        for bare in (word, word[:-1], word[:-2]):
            if kind := body_kind(bare):
                kinds.add(kind)
        kinds.update(k for k in BODY_KINDS if len(k) > 4 and k in word)
    return kinds


def test_own_kinds_found_as_when_every_word_was_tried():
    titles = ["Styrelsen", "Regionrådet", "Kommundirektörsgruppen", "Protokoll arbetsmöte", "Årsmötet 2024",
              "Medlemsmöte i föreningen", "Nätverksträff", "Socialnämndens arbetsutskott", "Ledningsgruppen",
              "Minnesanteckningar telefonmöte", "Förbundsdirektionen", "Ombudsstämma", "Ett möte om året",
              "Beredningen för välfärd", "Presidiet", "Bolagsstämma", "Kommittén för kultur"]
    for title in titles:
        words_only = _reference_kinds(title)
        compounds = {k for m in meetingkind.COMPOUND.finditer(title.casefold()) if (k := body_kind(m.group(1)))}
        assert own_kinds(None, title) == words_only | compounds, title
    assert own_kinds(None, "Protokoll arbetsmöte") == set()
    assert own_kinds("Styrelsen", "Protokoll") == {"styrelse"}


def test_kinds_read_only_when_a_meeting_of_a_kind_of_body_is_named():
    asked = []
    own = Later(lambda: asked.append(1) or {"styrelse"})
    assert not names_other_body("Nästa möte den 3 mars kl 13", own)
    assert not held_by_other(" den 3 mars", own)
    assert asked == []  # no compound, no "i <body>": the title never read
    assert names_other_body("Årsmöte den 17 februari", own)
    assert not names_other_body("Styrelsemöte den 18 december", own)
    assert held_by_other(" i kommunfullmäktige", own)
    assert asked == [1]  # read once, kept
    assert not names_other_body("Årsmöte den 17 februari", Later(set))  # no kinds of its own: nothing excluded
    assert not held_by_other(" i kommunfullmäktige", Later(set))
    assert {"styrelse", "år"} & own == {"styrelse"} and len(own) == 1 and "styrelse" in own


def test_posting_box_read_only_where_its_label_is_written():
    assert posting_box("ANSLAG/BEVIS\nBeslutsinstans, Umeå kommun\nDatum 2024-03-05") == "Umeå kommun"
    assert posting_box("Instans: Region Skåne") is not None
    assert posting_box("Organ och §§: Samordningsförbundet Norrby Älv") == "Samordningsförbundet Norrby Älv"
    assert posting_box("Beslut fattade av organet Umeå kommun") is None  # no label: lower-case "organet"
    assert posting_box("instans: Umeå kommun") is None  # the label is written with its capital


def test_time_slots_still_taken_off_whatever_they_end_with():
    from protokoll.parse.presenterslot import _without_tail
    assert _without_tail("Budget Anna Berg kl. 13.30–14.00") == "Budget Anna Berg"
    assert _without_tail("Budget Anna Berg (15 min)") == "Budget Anna Berg"
    assert _without_tail("Budget Anna Berg ca 20 min.") == "Budget Anna Berg"
    assert _without_tail("Budget Anna Berg 20 MINUTER") == "Budget Anna Berg"
    assert _without_tail("Budget Anna Berg 13.30 \n") == "Budget Anna Berg"
    assert _without_tail("Budget 2025 Anna Berg") == "Budget 2025 Anna Berg"  # no slot at its end


def test_year_paragraphs_cut_only_on_a_line_opening_with_one():
    from protokoll.parse.lines import Line
    from protokoll.parse.yearparagraphs import cut_year_paragraphs
    run = [Line("Innehåll", 0), Line("§ 71/20 Budget § 72/20 Taxor § 73/20 Val", 9)]
    assert [ln.text for ln in cut_year_paragraphs(run)] == ["Innehåll", "§ 71/20 Budget", "§ 72/20 Taxor",
                                                            "§ 73/20 Val"]
    inside = [Line("Se § 71/20 Budget § 72/20 Taxor", 0)]
    assert cut_year_paragraphs(inside) is inside


def test_run_on_presenter_read_only_with_its_phrase():
    from protokoll.parse.presenterrunon import run_on_presenters
    assert run_on_presenters("Budget Ärendet föredras av ekonomichef", "Anna Berg. Budgeten är i balans.") \
        == ("Budget", ["Anna Berg"])
    assert run_on_presenters("Information av förvaltningschef", "Anna Berg. Läget är gott.") \
        == ("Information av förvaltningschef", ["Anna Berg"])
    assert run_on_presenters("Budget för året", "Anna Berg. Budgeten är i balans.") == ("Budget för året", [])


def test_genitive_body_read_only_where_a_body_word_is_written():
    from protokoll.parse.lines import Line
    from protokoll.parse.orgsigns import genitive_body
    assert genitive_body([Line("Protokoll", 0), Line("Umeå socialnämnd", 10)]) == "Umeå kommun"
    assert genitive_body([Line("Umeås kommunstyrelse", 0)]) == "Umeå kommun"
    assert genitive_body([Line("Umeå styrelse", 0)]) is None


def test_site_frame_split_only_where_a_frame_word_is_written():
    from protokoll.repair.siteframe import split_frame
    framed = "Ladda ner \"Protokoll\" Save this PDF as: WORD PNG TXT JPG Storlek: px Transkript 1 Protokoll Kommunstyrelsen"
    assert split_frame(framed) != framed and "\n" in split_frame(framed)
    plain = "Protokoll\nKommunstyrelsen\nTranskriptet läses 2 gånger"
    assert split_frame(plain) is plain
