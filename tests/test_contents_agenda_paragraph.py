"""parse.contents: a flattened protocol's paragraph on the agenda itself ("12 Föredragningslista
Föredragningslistan fastställs ...", "4. Dagordning Dagordningen godkändes ...") opens with a contents label, but
the passive-voice decision after it says it is a paragraph, not the list: its sentences are no items. A page number
before a label that opens a real list ("2 Ärendelista 5 Val av justerare 6 ...") still reads the list."""

from protokoll.parse import parse_text

HEAD = ("Byggnadsnämnden Protokoll 1 (9) Plats och tid Rådhuset, Norrby kl. 18.00 Beslutande Eva Lund (S), "
        "ordförande Per Ek (M) Justerare Per Ek Sekreterare Ola Berg\n\n")


def test_a_numbered_paragraph_approving_the_agenda_is_no_contents_list():
    text = HEAD + ("12 Föredragningslista Ett nytt ärende tillkommer Ansökan om marklov på "
                   "Granen 4. Föredragningslistan fastställs med tillägget.\n")
    titles = [i.title for i in parse_text(text, "t.txt").items]
    assert not any(t and ("tillkommer" in t or "fastställs" in t or t.startswith("Ansökan om marklov")) for t in titles)


def test_a_numbered_dagordning_with_its_decision_is_no_contents_list():
    text = HEAD + ("4. Dagordning Dagordningen godkändes med en ändring Ärendet om Skolgården utgår Ordföranden "
                   "informerade om Vägbygget Nämnden tackade\n")
    titles = [i.title for i in parse_text(text, "t.txt").items]
    assert not any(t and ("godkändes" in t or t.startswith(("Ordföranden", "Ärendet"))) for t in titles)


def test_a_page_number_before_a_real_list_still_reads_the_list():
    text = HEAD + ("2 Ärendelista 5 Val av justerare 6 Godkännande av föredragningslista 7 Budget för 2025 "
                   "8 Taxor för bygglov 9 Meddelanden\n")
    numbers = [i.number for i in parse_text(text, "t.txt").items]
    assert {"5", "6", "7", "8", "9"} <= set(numbers)
