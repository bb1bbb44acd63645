"""Flattened protocol pages whose first point lost its number (h128): a document-sharing site's copy runs each
page into one line, "2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande ... beslutfört. 2 Val av två
protokollsjusterare Till protokollsjusterare valdes ...". Only one or two numbers are left on such a page, so there
is no rising run of numbers to find the items by; a number before a meeting's opening formality ("Val av
justerare", "Godkännande av föredragningslistan") is a heading all the same.

- a pair of numbers one after the other, the first titled with a formality, cuts the page into its items;
- one such number alone, after a sentence's end, is an item too;
- a number before other words (a count, a date, a page index) is still no item.
All names and texts are invented.
"""

import hashlib
from pathlib import Path

from protokoll.pipeline import process

HEADER = ("Måndagen den 3 mars 2014, kl Kommungården, Norrby\n\n"
          "Download \"Måndagen den 3 mars 2014, kl. 16.30 19.00. Kommungården, Norrby\"\n\nTranskript\n\n"
          "1 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdestid: Sammanträdesplats: Beslutande Måndagen den "
          "3 mars 2014, kl Kommungården, Norrby Ersättare Holm, Anna Ek, Per Strand, Lisa Berg, Eva Lind, Jonas "
          "Åberg, Sara Nyström, Olle Dahl, Karin ordf. viceordf. Vik, Tomas Sund, Maja Övriga närvarande Sjö, Bo "
          "Grön, Ulla fullm.ordförande I viceordf., fullm. kommundirektör kanslichef Paragrafer Underskrifter Anna "
          "Holm ordförande Ulla Grön sekreterare Protokollsjustering Norrby Per Ek Lisa Strand Protokollet framlagt "
          "Protokollet har varit framlagt till påseende i kommungården i Norrby , intygar Ulla Grön, kanslichef\n\n")


def _items(page: str) -> dict:
    """The items of the page after the header, read as the pipeline reads a file (the site's frame repaired)."""
    data = (HEADER + page).encode()
    record = process(Path("x.txt"), data, hashlib.sha256(data).hexdigest()).record
    return {it.number: it for it in record.items}


def test_a_formality_pair_on_a_flattened_page_gives_both_items_and_their_decisions():
    items = _items("2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Kommunstyrelsens ordförande "
                   "öppnade sammanträdet och konstaterade att det var lagligt sammankallat. 2 Val av två "
                   "protokollsjusterare Till protokollsjusterare valdes Per Ek och Lisa Strand. 3 Godkännande av "
                   "föredragningslistan Kommunstyrelsen beslutade enhälligt godkänna föredragningslistan.\n\n"
                   "3 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Dnr:")
    assert items["2"].title == "Val av två protokollsjusterare"
    assert items["2"].decisions == ["Till protokollsjusterare valdes Per Ek och Lisa Strand."]
    assert items["3"].title == "Godkännande av föredragningslistan"
    assert items["3"].decisions == ["Kommunstyrelsen beslutade enhälligt godkänna föredragningslistan."]


def test_one_formality_heading_after_a_sentence_is_an_item():
    items = _items("2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Kommunstyrelsens ordförande "
                   "öppnade sammanträdet, hälsade ledamöterna och de närvarande tjänstemännen välkomna samt "
                   "konstaterade att sammanträdet var lagligen sammankallat och beslutfört. "
                   "41 Val av två protokollsjusterare Till protokollsjusterare valdes: Per Ek och Lisa Strand.")
    assert items["41"].title == "Val av två protokollsjusterare"
    assert items["41"].decisions == ["Till protokollsjusterare valdes: Per Ek och Lisa Strand."]


def test_a_number_before_other_words_is_no_item():
    items = _items("2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Kommunstyrelsens ordförande öppnade sammanträdet och "
                   "hälsade alla välkomna samt konstaterade att sammanträdet var beslutfört. 12 Ledamöter var "
                   "närvarande och 3 Ersättare deltog utan rösträtt under hela sammanträdet som pågick till kvällen.")
    assert "12" not in items and "3" not in items


def test_a_formality_title_ends_before_its_decision_whose_subject_was_lost():
    items = _items("2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Kommunstyrelsens ordförande "
                   "öppnade sammanträdet, hälsade ledamöterna och de närvarande tjänstemännen välkomna samt "
                   "konstaterade att sammanträdet var lagligen sammankallat och beslutfört. 14 Godkännande av "
                   "dagordning godkänner föreliggande dagordning med ett tillägg. 15 Arbetsmarknadsläget i länet "
                   "Per Holm informerar om arbetsmarknadsläget i länet.")
    assert items["14"].title == "Godkännande av dagordning"
    assert items["15"].title == "Arbetsmarknadsläget i länet"
    assert items["15"].presenters == ["Per Holm"]


def test_a_preposition_after_a_formality_stays_in_its_title():
    items = _items("2 NORRBY KOMMUN Kommunstyrelsen PROTOKOLL Sammanträdets öppnande Kommunstyrelsens ordförande "
                   "öppnade sammanträdet, hälsade ledamöterna och de närvarande tjänstemännen välkomna samt "
                   "konstaterade att sammanträdet var lagligen sammankallat och beslutfört. 14 Godkännande av "
                   "dagordning efter tillägg Dagordningen godkändes. 15 Arbetsmarknadsläget i länet "
                   "Per Holm informerar om arbetsmarknadsläget i länet.")
    assert items["14"].title == "Godkännande av dagordning efter tillägg"
