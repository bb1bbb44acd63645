"""The meeting's officers written as an association's minutes often write them (issue 10): the offices
shortened ("ordf.", "sekr."), the office's own line ("Sekr. för mötet = Anna Berg"), the chair given the lead
("Till att leda dagens förhandlingar valdes Per Holm, med Anna Berg som sekr.", "Mötet leddes av Per Holm")."""

from protokoll.parse import meetingchair as mc
from protokoll.parse import secretaries
from protokoll.parse.assemble import parse_text


def test_shortened_offices_in_the_election_forms():
    assert mc.elected_chair("Till ordf. för årsmötet valdes Per Holm.")[0] == "Per Holm"
    assert mc.elected_chair("Per Holm valdes till ordf. för mötet och förklarade mötet öppnat.")[0] == "Per Holm"
    assert mc.elected_secretary("Till sekr. för mötet valdes Anna Berg.")[0] == "Anna Berg"
    # the association's chairman, no meeting named: not this meeting's chair
    assert mc.elected_chair("Till ordf. valdes Per Holm.") is None


def test_the_offices_own_line():
    assert mc.elected_secretary("§ 3. Sekr.\nSekr. för årsmötet – Anna Berg.\n")[0] == "Anna Berg"
    assert mc.elected_secretary("Sekr. för mötet = Anna Berg.")[0] == "Anna Berg"
    assert mc.elected_secretary("Sekr. för mötet blev Anna Berg.")[0] == "Anna Berg"
    assert mc.elected_chair("Ordförande för mötet: Per Holm\n")[0] == "Per Holm"
    # inside a sentence it is no line of its own ("... och sekr. för mötet - se nedan")
    assert mc.elected_secretary("Styrelsen föreslog en sekr. för mötet - Anna Berg avböjde.") is None
    # the next meeting's officer is never read
    assert mc.elected_chair("Ordförande för nästa möte: Per Holm\n") is None


def test_the_chair_given_the_lead():
    assert mc.elected_chair("Till att leda dagens förhandlingar valdes Per Holm.")[0] == "Per Holm"
    assert mc.elected_chair("§ 2 Val av ordförande\nPer Holm valdes att leda mötet.")[0] == "Per Holm"
    assert mc.elected_chair("Mötet leddes av ordföranden Per Holm.")[0] == "Per Holm"
    # who leads a project or a walk is no chair of this meeting
    assert mc.elected_chair("Per Holm kommer att leda arbetet med vandringen.") is None
    assert mc.elected_chair("Studiecirkeln leddes av Per Holm.") is None


def test_the_secretary_beside_the_chair_given_the_lead():
    text = "Till att leda dagens förhandlingar valdes Per Holm, med Anna Berg som sekr."
    assert secretaries.elected([("Förhandl. ordf. o. sekr.", text)]) == "Anna Berg"
    assert secretaries.elected([("", text.replace("sekr.", "sekreterare."))]) == "Anna Berg"
    assert secretaries.elected([("", "Till att leda dagens förhandlingar valdes Per Holm, med Anna Berg som "
                                     "kassör.")]) is None


def test_an_annual_meeting_written_in_shorthand():
    text = ("Protokoll fört vid årsmöte med Ekbackens bygdeförening söndagen den 9 mars 2025.\n\n"
            "§ 1. Mötet öppnas.\nOrdf. Lars Ek hälsade ett 40-tal medlemmar välkomna.\n\n"
            "§ 2. Ordf. för mötet.\nTill ordf. för årsmötet valdes Per Holm.\n\n"
            "§ 3. Sekr.\nSekr. för årsmötet – Anna Berg.\n\n"
            "§ 4. Justering.\nTill justerare valdes Eva Lind och Olof Ek.\n\n"
            "§ 5. Styrelse.\nOrdf. Lars Ek, sekr. Stina Sten, kassör Olof Ek omvaldes.\n")
    rec = parse_text(text, "t")
    assert (rec.chair, rec.secretary) == ("Per Holm", "Anna Berg")
