"""repair.pages: a transcript's page counters go, numbered item headings standing alone stay.

All documents here are invented for the tests.
"""

from protokoll.repair.layout import unflatten

LONG_TEXT = ("Förvaltningen har under våren gått igenom samtliga ansökningar och bedömer att verksamheterna uppfyller "
             "kraven i skollagen. Granskningen har omfattat lokaler, personal, ekonomi och huvudmannens rutiner för "
             "klagomål, och resultatet redovisas i den bifogade tjänsteskrivelsen som nämnden tar del av i dag.")


def test_numbered_headings_between_their_items_text_keep_their_numbers():
    text = "\n\n".join([
        "Sammanträde 2023-05-10", "1 Informationsärende", "Diarienummer 2023/BUN 0101",
        f"Beskrivning av ärendet {LONG_TEXT * 4}", "2 Tillsyn av fristående förskolor", "Diarienummer 2023/BUN 0102",
        f"Beskrivning av ärendet {LONG_TEXT * 4}", "3 Övriga frågor", "Diarienummer 2023/BUN 0103",
        f"Beskrivning av ärendet {LONG_TEXT * 4}"])
    out = unflatten(text)
    assert "1 Informationsärende" in out.split("\n")
    assert "2 Tillsyn av fristående förskolor" in out.split("\n")
    assert "3 Övriga frågor" in out.split("\n")


def test_a_transcripts_pages_lose_their_counters_empty_pages_too():
    text = "\n\n".join(["Delgivningar", "Transkript", f"1 Delgivningar till styrelsen {LONG_TEXT * 2}", "2", "3",
                        f"4 Minnesanteckningar från nätverket {LONG_TEXT * 2}"])
    paragraphs = [p for p in unflatten(text).split("\n\n") if p.strip()]
    assert paragraphs[2].startswith("Delgivningar till styrelsen")
    assert paragraphs[-1].startswith("Minnesanteckningar från nätverket")
