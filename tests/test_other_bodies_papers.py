"""Another body's next meeting and another body's paper's attachment are not the record's (parse/meetingkind.py
``owned_by_other``, parse/attachments.py ``OTHER_DOCUMENT``).

Swedish names whose meeting it is in the genitive before "nästa möte": "Kommunstyrelsens nästa möte är den 3
oktober" in a network's notes is the board's meeting, not the network's next one; a kind alone ("Styrelsens",
"Gruppens") is the record's own body when that is its kind. An attachment cited as another body's paper's annex
("bilaga 3 till kommunstyrelsens protokoll", "bilaga 1 till KF:s beslut") is not the item's attachment. All
names, bodies, places and dates are invented."""

from protokoll.parse import parse_text
from protokoll.parse.attachments import find_attachments
from protokoll.parse.meetingkind import owned_by_other, own_kinds

HEAD = ("Minnesanteckningar\nSamverkansnätverket för Åsbygden\nDatum: 2024-02-06\nPlats: Åsby bibliotek\n"
        "Närvarande: Tilda Ekman, Rune Sjöberg, Vera Holmgren\n\n1. Mötets öppnande\nTilda Ekman öppnade mötet.\n\n"
        "2. Läget i kommunerna\nRune Sjöberg berättade om läget.\n\n")


def _next(tail: str, head: str = HEAD):
    found = parse_text(head + tail, "x.txt").next_meeting
    return (found.date, found.start) if found else None


def test_another_bodys_next_meeting_in_the_genitive_is_not_the_records():
    assert _next("3. Övrigt\nKommunstyrelsens nästa möte är den 5 mars.\n") is None
    assert _next("3. Övrigt\nReferensgruppens nästa möte blir den 12 mars.\n") is None


def test_the_records_own_next_meeting_after_another_bodys():
    tail = ("3. Kommande möten\nKommunstyrelsens nästa möte är den 5 mars.\n"
            "Nätverkets nästa träff blir den 9 april kl 13.00 i Åsby.\n")
    assert _next(tail) == ("2024-04-09", "13:00")


def test_the_records_own_body_in_the_genitive_is_its_next_meeting():
    assert _next("3. Övrigt\nNätverkets nästa möte är den 5 mars.\n") == ("2024-03-05", None)
    assert _next("3. Övrigt\nDagens nästa punkt var kort. Nästa möte är den 5 mars.\n") == ("2024-03-05", None)


def test_whose_genitive():
    board = own_kinds("Styrelsen", "")
    assert owned_by_other("Styrelsens ", "Styrelsen", board) is False
    assert owned_by_other("Gruppens ", "Arbetsgruppen", own_kinds("Arbetsgruppen", "")) is False
    assert owned_by_other("Styrelsens ", "Arbetsgruppen", own_kinds("Arbetsgruppen", "")) is True
    assert owned_by_other("Kommunstyrelsens ", "Kommunstyrelsen", own_kinds("Kommunstyrelsen", "")) is False
    assert owned_by_other("Kommunstyrelsens ", "Kommunstyrelsens arbetsutskott",
                          own_kinds("Kommunstyrelsens arbetsutskott", "")) is True
    assert owned_by_other("Styrgruppens ", "Styrgruppen för Åsbyleden", own_kinds("Styrgruppen", "")) is False
    assert owned_by_other("Referensgruppens ", "Styrgruppen för Åsbyleden", own_kinds("Styrgruppen", "")) is True
    assert owned_by_other("Årets ", "Styrelsen", board) is False
    assert owned_by_other("Vi tog upp ", "Styrelsen", board) is False


def test_another_bodys_papers_attachment_is_not_the_items():
    assert find_attachments("Se bilaga 3 till kommunstyrelsens protokoll.", "Kultur- och fritidsnämnden") == []
    assert find_attachments("se bilaga 2 i Åsby kommuns yttrande", "Kommunstyrelsen") == []
    assert find_attachments("bilaga 2 och 3 till regionfullmäktiges beslut", "Regionstyrelsen") == []
    assert find_attachments("bilaga 1 till referensgruppens rapport", "Styrgruppen för Åsbyleden") == []


def test_the_items_own_attachment_stays():
    board = "Kommunstyrelsen"
    assert find_attachments("se bilaga 1 till dagens protokoll", board) == ["bilaga 1"]
    assert find_attachments("Bilaga 2 till protokollet", board) == ["bilaga 2"]
    assert find_attachments("bilaga 1 till nämndens protokoll", "Socialnämnden") == ["bilaga 1"]
    assert find_attachments("Se bilaga 4. Kommunstyrelsens protokoll bifogas.", "Socialnämnden") == ["bilaga 4"]
    # the body's own protocol names its own attachments so (the heading of an attachment page)
    assert find_attachments("Bilaga 2 till kommunstyrelsens protokoll 2024-02-06", board) == ["bilaga 2"]
    assert find_attachments("bilaga 3 till styrgruppens rapport", "Styrgruppen för Åsbyleden") == ["bilaga 3"]
    # initials are not read, and with no body nothing is left out
    assert find_attachments("enligt bilaga 1 till KF:s beslut", board) == ["bilaga 1"]
    assert find_attachments("Se bilaga 3 till kommunstyrelsens protokoll.") == ["bilaga 3"]


def test_an_item_of_a_committee_citing_the_boards_annex():
    text = ("PROTOKOLL\nKultur- och fritidsnämnden\nSammanträdesdatum 2024-02-06\n\n§ 4 Bidragsregler\n"
            "Nämnden antar reglerna enligt bilaga 1. Se även bilaga 3 till kommunstyrelsens protokoll.\n\n"
            "§ 5 Avslutning\nOrdföranden avslutade mötet.\n")
    assert parse_text(text, "x.txt").items[0].attachments == ["bilaga 1"]


GROUP = ("Minnesanteckningar\nArbetsgruppen för Åsbyleden\nDatum: 2024-02-06\nNärvarande: Tilda Ekman, Rune Sjöberg\n\n"
         "1. Läget\nRune Sjöberg informerade.\n\n")


def test_a_meeting_held_with_others_is_not_the_groups_next():
    tail = ("2. Trafikfrågor\nGruppen har nästa möte med Vägverket den 20 februari.\n\n"
            "3. Nästa möte\nNästa möte hålls den 5 mars kl 13.\n")
    assert _next(tail, GROUP) == ("2024-03-05", "13:00")
    assert _next("2. Nästa möte\nNästa möte med referensgruppen blir den 20 februari.\n", GROUP) is None
    assert _next("2. Nästa möte\nNästa möte i kommunstyrelsen blir den 20 februari.\n", GROUP) is None


def test_a_meeting_with_the_group_itself_or_on_teams_is_its_next():
    assert _next("2. Nästa möte\nNästa möte med gruppen blir den 20 februari.\n", GROUP) == ("2024-02-20", None)
    assert _next("2. Nästa möte\nNästa möte med arbetsgruppen blir den 20 februari.\n", GROUP) == ("2024-02-20", None)
    assert _next("2. Nästa möte\nNästa möte med Teams den 20 februari.\n", GROUP) == ("2024-02-20", None)
