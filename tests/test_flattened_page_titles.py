"""A flattened page's item heading after the page's running head and a 'Kfn N' label (h42): the title is the
heading only, not the sentence of the person presenting the item nor the item's first numbered point."""

from protokoll.parse import parse_text

PAGE = ("Sammanträdesprotokoll Miljönämnden\n\n"
        "1 Miljönämnden Plats och tid Rådhuset, kl 13.00 Beslutande Karin Ek (S), ordf. Olle Ahl (M)\n\n"
        "2 Miljönämnden Mn 4 Dnr MN 2016/0012 Vattenplan för sjöarna i Norrby Maja Holmér från "
        "Länsstyrelsen presenterar förslaget till vattenplan för nämnden.\n\n"
        "3 Miljönämnden Mn 5 Ny taxa för tillsyn av livsmedel i Norrby Nils Erik Vallin från förvaltningen "
        "redogör för förslaget till ny taxa.\n\n"
        "4 Miljönämnden Mn 6 Information 1. Förvaltningschefen informerar om budgeten.\n")


def test_the_title_ends_where_the_presenters_sentence_starts():
    items = {it.number: it for it in parse_text(PAGE, "x.txt").items}
    assert items["4"].title == "Vattenplan för sjöarna i Norrby"
    assert items["4"].text.startswith("Maja Holmér från Länsstyrelsen presenterar")
    assert items["5"].title == "Ny taxa för tillsyn av livsmedel i Norrby"


def test_the_first_numbered_point_is_the_items_text_not_its_title():
    items = {it.number: it for it in parse_text(PAGE, "x.txt").items}
    assert items["6"].title == "Information"
    assert items["6"].text.startswith("1. Förvaltningschefen informerar")


def test_a_counted_part_of_the_subject_stays_in_the_title():
    from protokoll.parse.headings import sub_point_cut

    assert sub_point_cut("Delårsrapport tertial 1. Beslut") is None
    assert sub_point_cut("Information 1. Ordföranden informerar") == len("Information")


def test_a_name_after_a_label_is_the_labels_value_not_a_speakers_sentence():
    from protokoll.parse.headings import cut_run_on_title

    line = "Budget för skolan Föredragande: Karin Strandlund Förvaltningen redovisade förslaget i sin helhet."
    assert cut_run_on_title(line).startswith("Budget för skolan Föredragande: Karin")
    speaker = "Budget för skolan i Norrby Karin Strandlund från Förvaltningen redovisade förslaget i sin helhet."
    assert cut_run_on_title(speaker) == "Budget för skolan i Norrby"


def test_a_first_point_whose_text_is_on_the_next_line_is_no_part_of_the_title():
    from protokoll.parse.headings import sub_point_cut

    assert sub_point_cut("Information 1.") == len("Information")
    assert sub_point_cut("Delårsrapport tertial 1.") is None


def test_every_presenting_verb_ends_a_title_before_its_speaker():
    # the title cut and the presenter readers share one list of presenting verbs (headings.PRESENTING_VERBS)
    import re

    from protokoll.parse import presenters
    from protokoll.parse.headings import cut_run_on_title

    verbs = re.findall(r"\w+", presenters.VERBS)
    assert {"rapporterar", "orienterade", "redogjorde"} <= set(verbs)
    for verb in verbs:
        line = f"Budget för skolan i Norrby Anna Berg från Förvaltningen {verb} förslaget i sin helhet."
        assert cut_run_on_title(line) == "Budget för skolan i Norrby", verb


def test_a_number_closing_the_titles_own_parenthesis_is_no_point():
    from protokoll.parse.headings import sub_point_cut
    assert sub_point_cut("Budget 2026-2027 (bilaga 1)") is None
    assert sub_point_cut("Årsplan (avsnitt 1)") is None
    assert sub_point_cut("Information 1.") == len("Information")
    assert sub_point_cut("Information 1) Ordföranden berättar") == len("Information")
