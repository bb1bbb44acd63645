"""An association's minutes write each point as a short title, a colon and what happened: "7. Rapporter: (KL) och
(PE) rapporterade från mötet i Ekby.", "5. Tidsuppgifter Skogsverket: Sammanställningen lämnas till Lisa i juni.".
The title is the part before the colon when the rest is a sentence of what happened (a verb in the past or the
passive, or one minutes are written with); a title whose colon goes on with more title ("Remiss: Nationell plan
för vägar") stays whole (inline ``_first_sentence``)."""

from protokoll.parse import parse_text
from protokoll.parse.inline import heading_and_rest

TEXT = ("Protokoll styrelsemöte nr 12, 2021-05-12\n\nNärvarande: Klas Lundmark, Pia Ekström, Lisa Nordahl\n\n"
        "  1. Ekonomi: Kassarapport, (KL) har sänt in underlaget. Kassan är 4 200 kr.\n"
        "  2. Tidsuppgifter Skogsverket: Sammanställningen lämnas till Lisa i början av juni.\n"
        "  3. Rapporter: (KL) och (PE) rapporterade från mötet i Ekby med ortens föreningar.\n"
        "  4. Remiss: Nationell plan för vägar och broar.\n")


def test_the_title_before_the_colon_when_a_sentence_follows():
    titles = [i.title for i in parse_text(TEXT, "x.txt").items]
    assert titles[:3] == ["Ekonomi", "Tidsuppgifter Skogsverket", "Rapporter"]


def test_a_colon_that_goes_on_with_the_title():
    assert [ln.text for ln in heading_and_rest("Remiss: Nationell plan för vägar och broar.", 0)] == [
        "Remiss: Nationell plan för vägar och broar."]
