"""The secretary where no "Sekreterare:" field names her: the signature block, flattened or not, and the
opening item that elects the meeting's secretary (issue 10). Documents written for these tests."""

from protokoll.parse import secretaries
from protokoll.parse.assemble import parse_text

HEAD = "PROTOKOLL\nKulturnämnden\nDatum: 2024-03-12\n"


def test_name_directly_after_its_label_in_a_flattened_block():
    text = HEAD + ("Plats och tid Rådhuset kl 18:00-19:30 Sekreterare Paragrafer Linnea Åkerblom Ordförande "
                   "Gustav Rehn (C) Justerare Maja Ekdahl (S)\n"
                   "§ 1 Budget\nNämnden beslutar att godkänna budgeten.\n")
    assert parse_text(text, "t").secretary == "Linnea Åkerblom"


def test_stacked_labels_need_the_clerk_title_elsewhere():
    block = ("Underskrifter Sekreterare Ordförande Justerande Tove Sandqvist Gustav Rehn Maja Ekdahl "
             "ANSLAG/BEVIS Protokollet är justerat.")
    # the names stand in the columns' order, not the labels': without more, no one is read
    assert secretaries.signed(block, [], None) is None
    titled = "Övriga närvarande Tove Sandqvist, nämndsekreterare, Ola Brink, ekonom " + block
    assert secretaries.signed(titled, [], None) == "Tove Sandqvist"


def test_a_member_after_stacked_labels_is_not_the_secretary():
    from protokoll.record import Attendee
    block = "Underskrifter Sekreterare Ordförande Justerande Maja Ekdahl Tove Sandqvist Gustav Rehn"
    member = Attendee("Maja Ekdahl", affiliation="S", group="present")
    assert secretaries.signed(block, [member], "Gustav Rehn") is None


def test_name_above_its_role_with_a_label_after():
    text = "Kallelse Gustav Rehn Ordförande Tove Sandqvist Sekreterare Ersättare Ola Brink (M) Per Sten (S)"
    assert secretaries.signed(text, [], None) == "Tove Sandqvist"
    # a name after the role may be its value: "Ordförande Gustav Rehn Sekreterare Tove Sandqvist"
    assert secretaries.signed("Ordförande Gustav Rehn Sekreterare Tove Sandqvist", [], None) is None


def test_vid_protokollet_with_the_role_under_the_name():
    text = "Vid protokollet, Justeras, Tove Sandqvist Mötessekreterare Ola Brink Justerare"
    assert secretaries.signed(text, [], None) == "Tove Sandqvist"


def test_signature_with_a_clerk_title_after_slash():
    text = "Underskrift: Tove Sandqvist, handläggare/nämndsekreterare"
    assert secretaries.signed(text, [], None) == "Tove Sandqvist"
    assert secretaries.signed("Underskrift: Gustav Rehn, ordförande", [], None) is None


def test_two_different_signed_secretaries_abstain():
    text = "Sekreterare Tove Sandqvist\nProtokollet justerades den 14 mars.\nVid protokollet Ola Brink"
    assert secretaries.signed(text, [], None) is None


def test_clerk_title_does_not_win_over_the_signature_block():
    text = HEAD + ("Övriga deltagande Ola Brink (kommunsekreterare), Eva Lund (ekonom) "
                   "Utses att justera Maja Ekdahl (S) Sekreterare Paragrafer Tove Sandqvist "
                   "Ordförande Gustav Rehn (C)\n"
                   "§ 1 Budget\nNämnden beslutar att godkänna budgeten.\n")
    assert parse_text(text, "t").secretary == "Tove Sandqvist"


def test_elected_in_an_opening_item():
    text = ("Årsmötesprotokoll\nFöreningen Gröna Gårdar\n2024-04-20\n\n1. Mötets öppnande\nMötet öppnades.\n\n"
            "2. Val av mötesordförande\nMötet valde Gustav Rehn till mötesordförande.\n\n"
            "3. Val av mötessekreterare\nMötet valde Tove Sandqvist till mötessekreterare.\n\n"
            "4. Val av justerare\nOla Brink valdes till justerare.\n\n"
            "5. Val av styrelse\nMötet valde Eva Lund till sekreterare och Per Sten till kassör.\n")
    assert parse_text(text, "t").secretary == "Tove Sandqvist"


def test_elected_forms():
    assert secretaries.elected([("Formalia", "Tove Sandqvist valdes enhälligt till sekreterare.")]) == "Tove Sandqvist"
    assert secretaries.elected([("", "Val av mötessekreterare: Tove Sandqvist.")]) == "Tove Sandqvist"
    assert secretaries.elected([("", "Till sekreterare för mötet utsågs Tove Sandqvist.")]) == "Tove Sandqvist"
    # a board election names the association's secretary, not the minute-taker
    assert secretaries.elected([("Val av styrelse", "Mötet valde Eva Lund till sekreterare.")]) is None
    assert secretaries.elected([("Val", "Till styrelse valdes Eva Lund till sekreterare.")]) is None
    # two people: abstain
    assert secretaries.elected([("", "Mötet valde Eva Lund till sekreterare."),
                                ("", "Mötet valde Ola Brink till mötessekreterare.")]) is None


def test_label_after_the_name_is_cut():
    text = HEAD + ("Sammanträdestid kl 09:00-11:00 Paragrafer 1-4 Sekreterare Tove Sandqvist "
                   "Ordföranden Gustav Rehn (C) "
                   "Justerare Maja Ekdahl (S)\n§ 1 Budget\nNämnden beslutar att godkänna budgeten.\n")
    assert parse_text(text, "t").secretary == "Tove Sandqvist"


def test_role_holder_cuts_the_next_label():
    from protokoll.parse.roleholder import role_holder
    found = role_holder("Tove Sandqvist Ordföranden Gustav Rehn (C) Maja Ekdahl (S) BEVIS OM ANSLAG", "other")
    assert (found.name, found.affiliation) == ("Tove Sandqvist", None)


def test_listed_with_the_role_in_lower_case():
    text = "Övriga deltagare Maja Ekdahl Ola Brink Håkan Strömgren Tove Sandqvist sekreterare Eva Lund"
    assert secretaries.signed(text, [], None) == "Tove Sandqvist"
    assert secretaries.signed("Övriga Anna Maria Sandqvist sekreterare", [], None) == "Anna Maria Sandqvist"


def test_the_one_reader_of_an_elected_secretary_reads_every_form():
    from protokoll.parse.secretaries import elected
    assert elected([("Val av sekreterare", "Till sekreterare vid stämman valdes Anna Berg.")]) == "Anna Berg"
    assert elected([("Mötets öppnande", "Anna Berg valdes enigt till sekreterare.")]) == "Anna Berg"
    assert elected([("Val av styrelse", "Anna Berg valdes till sekreterare.")]) is None  # the board's officer


def test_election_said_once_for_both_officers():
    # "Till ordförande valdes X och till sekreterare Y": the verb is not repeated for the secretary
    assert secretaries.elected([("Val av mötesfunktionärer", "Till ordförande valdes Per Holm och till "
                                                            "sekreterare Tove Sandqvist.")]) == "Tove Sandqvist"
    assert secretaries.elected([("", "Till mötesordförande för mötet utsågs Per Holm samt till "
                                     "mötessekreterare Tove Sandqvist.")]) == "Tove Sandqvist"
    # the chair alone: no secretary to read
    assert secretaries.elected([("", "Till ordförande valdes Per Holm och till justerare Tove Sandqvist.")]) is None


def test_elected_with_her_standing_office_before_her_name():
    assert secretaries.elected([("Val av sekreterare", "Till sekreterare för mötet utsågs sittande sekreterare "
                                                       "Tove Sandqvist.")]) == "Tove Sandqvist"
    assert secretaries.elected([("", "Till sekreterare valdes föreningens sekreterare Tove Sandqvist.")]) == \
        "Tove Sandqvist"


def test_a_numbered_point_written_as_one_sentence_is_read_in_its_title():
    # an annual meeting's minutes as numbered sentences: the election is the item's title, its text empty
    assert secretaries.elected([("Till mötesordförande valdes Per Holm och till mötessekreterare valdes "
                                 "Tove Sandqvist.", "")]) == "Tove Sandqvist"
    text = ("Protokoll fört vid årsmöte med Ekbackens bygdeförening 2024-03-10\n\n"
            "1. Ordförande Lars Ek öppnade mötet.\n"
            "2. Till mötesordförande valdes Per Holm och till mötessekreterare valdes Tove Sandqvist.\n"
            "3. Till justerare utsågs Eva Lind och Olof Berg.\n"
            "4. Verksamhetsberättelsen lades till handlingarna.\n")
    rec = parse_text(text, "t")
    assert rec.secretary == "Tove Sandqvist"
    assert rec.chair == "Per Holm"
    # a board election written the same way elects the association's secretary, not the meeting's
    assert secretaries.elected([("Till styrelsens sekreterare valdes Tove Sandqvist.", "")]) is None


def test_a_politician_after_the_signature_label_is_not_the_secretary():
    # columns merged: the signature box's "Sekreterare" runs into the list of those taking part, whose first
    # entry is an alternate member with a party; the clerk listed further on kept the minutes
    text = ("Socialnämnden Plats och tid Kommunhuset, lilla salen, kl 08.30-12.00 Beslutande Per Holm (s), "
            "ordförande Eva Lind (m) Olof Ek (c) Stina Berg (s) tjg ersättare Övriga deltagande Sekreterare Karl "
            "Dahl, (m) icke tjg. ersättare Jan Åberg, socialchef Anna Ström, nämndsekreterare Utses att justera Eva "
            "Lind Justeringens plats och tid Socialkontoret Paragrafer 1-12 Ordförande. Per Holm Justerande Eva "
            "Lind\n\n§ 1 Anmälan av delegeringsbeslut\nNämnden lägger redovisningen till handlingarna.\n")
    rec = parse_text(text, "t")
    assert rec.secretary == "Anna Ström"
    assert rec.chair == "Per Holm"
