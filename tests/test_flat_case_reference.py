"""parse.pagelead / parse.flatitems: a flattened page whose paragraph sign and case number's digits were stripped
opens "2 Byggnadsnämnden 1 Dnr B Title ..." (the page's index, its running head, the paragraph's number, "Dnr" and
what is left of the case number) or "NORRBY KOMMUN PROTOKOLL 2 1 Dnr Title ..." (the page's index lost where the
line was split before the head). The paragraph's number and "Dnr" mark the heading; a case title that ends in its
reference in brackets ("(SOU 2031:12)", "(14/31)") ends there, the item's first sentence after it."""

from protokoll.parse import parse_text

FRONT = ("1 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 1 (12) Plats och tid Kommunhuset, Norrby kl Beslutande Eva Lund (s) "
         "Per Ek (m) Utses att justera Per Ek Underskrifter Paragrafer 1-4 Sekreterare Ola Berg Ordförande Eva Lund "
         "ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n\n")
BODY = ("Nämnden beslutade att uppdra åt förvaltningen att upprätta förslag till yttrande över betänkandet i de delar "
        "som rör bygglov och tillsyn. Ändringarna redovisas i bilaga.")


def test_a_page_head_and_a_stripped_case_number_before_a_reference_title():
    text = FRONT + "2 Byggnadsnämnden 1 Dnr B Vem bestämmer? Slutbetänkande av Planutredningen (SOU 2031:12) " + BODY + "\n"
    items = parse_text(text, "t.txt").items
    assert [i.number for i in items] == ["1"]  # the reference itself is left to the title's cleaning
    assert items[0].title.startswith("Vem bestämmer? Slutbetänkande av Planutredningen")
    assert "Nämnden" not in items[0].title


def test_a_capitals_head_whose_page_index_was_lost_and_an_empty_case_number():
    text = FRONT + ("NORRBY KOMMUN PROTOKOLL 2 1 Dnr Motion om fler parkbänkar längs ån i centrala Norrby och vid "
                    "badplatsen (14/31) Ledamoten Eva Berg (C) föreslår i en motion att kommunen ställer ut fler "
                    "bänkar. " + BODY + "\n")
    items = parse_text(text, "t.txt").items
    assert [i.number for i in items] == ["1"]
    assert items[0].title.startswith("Motion om fler parkbänkar längs ån i centrala Norrby och vid badplatsen")
    assert "Ledamoten" not in items[0].title
