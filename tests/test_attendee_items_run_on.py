"""A list flattened into one paragraph with the meeting's first items: the list ends before the first item's
heading, whose words are no one's affiliation or title (issue 10, parse/presence.py). Written for these tests."""

from protokoll.parse.assemble import parse_text

FLAT = ("Protokoll från styrelsemötet i Cykelklubben Framåt 12 mars\n\n"
        "Mötets öppnande Mötet förklarades öppnat. Närvaro Vilma Hedberg (kom efter punkt 4) Axel Norrman "
        "Stina Wallin Albin Frost (adjungerad)   Val av mötesfunktionärer Val av mötesordförande Stina Wallin valdes "
        "till mötesordförande. Val av mötessekreterare Axel Norrman valdes till sekreterare. Val av justerare "
        "Albin Frost valdes till justerare. Godkännande av dagordning Dagordningen godkändes.\n")


def test_the_first_items_are_not_part_of_the_list():
    rec = parse_text(FLAT, "t")
    people = {a.name: a for a in rec.attendees}
    assert set(people) == {"Vilma Hedberg", "Axel Norrman", "Stina Wallin", "Albin Frost"}
    assert all(a.affiliation is None for a in rec.attendees)
    assert not any("valdes" in (a.title or "") or "Val av" in (a.title or "") for a in rec.attendees)
    assert people["Axel Norrman"].title is None and people["Stina Wallin"].title is None


def test_a_list_without_items_after_it_is_read_whole():
    rec = parse_text("Protokoll från styrelsemötet i Cykelklubben Framåt 12 mars\n\nNärvarande: Vilma Hedberg, "
                     "Axel Norrman, Stina Wallin\n\n§ 1 Mötets öppnande\nStina Wallin öppnade mötet.\n", "t")
    assert {a.name for a in rec.attendees} == {"Vilma Hedberg", "Axel Norrman", "Stina Wallin"}


def test_the_attachments_label_ends_the_list():
    rec = parse_text("Protokoll från styrelsemötet i Cykelklubben Framåt 12 mars\n\nNärvarande: Vilma Hedberg, "
                     "Axel Norrman, Stina Wallin, under punkt 6 Bilagor: 1. Budget 2. Verksamhetsplan\n\n"
                     "§ 1 Mötets öppnande\nStina Wallin öppnade mötet.\n", "t")
    people = {a.name: a for a in rec.attendees}
    assert set(people) == {"Vilma Hedberg", "Axel Norrman", "Stina Wallin"}
    assert people["Stina Wallin"].affiliation is None


def test_names_run_together_after_a_double_given_name():
    from protokoll.parse.persons import split_run
    words = "Sven-Alrik Lundh Karin Sjövall Per Ekdahl Jan-Tore Bäck".split()
    assert split_run(words) == [["Sven-Alrik", "Lundh"], ["Karin", "Sjövall"], ["Per", "Ekdahl"],
                                ["Jan-Tore", "Bäck"]]
