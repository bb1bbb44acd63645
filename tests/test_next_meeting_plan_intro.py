"""A plan of meetings decided in a protocol, its list under the sentence that introduces it:

    § 8 Sammanträdesplan 2024
    Styrelsen beslutar att sammanträda följande datum 2024:
    - 8 februari
    - 18 april

The introducing sentence (ending in a colon, naming the body by its kind alone as a protocol names its own) is
skipped, so the list's first date after the meeting is the next meeting (meetingplan.py ``_introduces_own``). A
sentence naming another body ("Kommunfullmäktige sammanträder följande datum:") introduces that body's meetings:
nothing is read."""

from protokoll.parse import parse_text

TEXT = ("PROTOKOLL\nStyrelsen för Ekby Energi AB\nDatum 2023-11-14\n§ 7 Budget 2024\nStyrelsen antar budgeten.\n"
        "§ 8 Sammanträdesplan 2024\n{intro}\n- 8 februari\n- 18 april\n- 13 juni\n§ 9 Mötets avslutande\n")


def _next(intro: str):
    found = parse_text(TEXT.format(intro=intro), "x.txt").next_meeting
    return found.date if found else None


def test_the_list_under_its_introducing_sentence():
    assert _next("Styrelsen beslutar att sammanträda följande datum 2024:") == "2024-02-08"
    assert _next("Följande datum fastställs:") == "2024-02-08"


def test_another_bodys_list_gives_none():
    assert _next("Kommunfullmäktige sammanträder följande datum:") is None
    assert _next("Arbetsutskottet sammanträder följande datum:") is None
