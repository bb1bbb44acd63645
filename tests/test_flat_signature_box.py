"""A flattened signature block keeps its "Underskrifter" label before the first role and the box of paragraph
numbers between the secretary's role and name: "Underskrifter Sekreterare ... Paragrafer 12-30 Anna Berg
Ordförande ... Per Holm Justerande ... Eva Lind" (issue 10). Neither label is a name's part, and neither
hides the order of the run. Every fixture is written for the test."""

from __future__ import annotations

from protokoll.parse import flatsign, parse_text

RUN = ("Justeringens plats och tid Kommunhuset, Åsby Underskrifter Sekreterare... Paragrafer 12-30 Anna Berg "
       "Ordförande... Per Holm Justerande... Eva Lind ANSLAG/BEVIS Protokollet är justerat.")

PAGE = ("Plats och tid Lilla salen, Kommunhuset, Åsby klockan 9:00-12:00 Beslutande: Per Holm (S) Eva Lind (M) "
        "Olle Ek (C) Övriga deltagande Anna Berg, nämndsekreterare Utses att justera Eva Lind " + RUN + "\n"
        "§ 12 Val av justerare\nEva Lind utses att justera protokollet.\n")


def test_the_run_after_the_underskrifter_label_is_read_role_before_name():
    assert flatsign.signers(RUN) == {"secretary": "Anna Berg", "chair": "Per Holm"}


def test_the_chair_of_a_flattened_first_page_is_read_from_its_signatures():
    rec = parse_text(PAGE, "utskott.txt")
    assert rec.chair == "Per Holm"
    assert rec.secretary == "Anna Berg"


def test_a_stack_of_roles_after_the_paragraph_box_pairs_in_order():
    # "Sekreterare Paragrafer 1-14 Anna Berg Ordförande Justerande Per Holm Eva Lind": the box's rows flattened, each
    # run of labels then the run of its names, paired in order where the counts match (h181: five independent
    # protocols of the form, each pairing right); one name too few for its labels, and nothing is read
    run = "Underskrifter Sekreterare Paragrafer 1-14 Anna Berg Ordförande Justerande Per Holm Eva Lind"
    assert flatsign.signers(run) == {"secretary": "Anna Berg", "chair": "Per Holm"}
    assert "chair" not in flatsign.signers("Underskrifter Sekreterare Paragrafer 1-14 Anna Berg Ordförande Justerande "
                                           "Per Holm ANSLAG/BEVIS")


def test_a_paragraph_box_whose_dash_was_lost_is_passed_over(tmp_path):
    import hashlib

    from protokoll.pipeline import process
    text = ("Transkript\n\n1 SAMMANTRÄDESPROTOKOLL 1(20) Byggnadsnämnden Plats och tid Rådhuset, sal B kl. 18:00 20:00 "
            "Beslutande Övriga deltagande Per Holmberg (M) Karin Ström (S) Olle Berg (C) Eva Lindqvist, sekr. Utses att "
            "justera Karin Ström (S) Justeringens plats och tid Rådhuset kl. 09:00 Underskrifter Sekreterare "
            "Paragrafer 1 23 Eva Lindqvist Ordförande Justerande Per Holmberg Karin Ström ANSLAG/BEVIS Protokollet är "
            "justerat.\n\n2 SAMMANTRÄDESPROTOKOLL 2(20) Byggnadsnämnden Innehållsförteckning\n")
    path = tmp_path / "nämnd.txt"
    path.write_text(text, encoding="utf-8")
    data = path.read_bytes()
    rec = process(path, data, hashlib.sha256(data).hexdigest()).record
    assert rec.secretary == "Eva Lindqvist"
