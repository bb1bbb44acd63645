"""Proposal labels in an agenda whose line breaks were lost (parse/partlabels.py ``title_parts``): the heading runs
on into the case number, the label and the proposal ("2. Taxa för avfall 2022 Dnr TN 2021/88 Beslutsförslag Nämnden
..."), or the heading was cut before the proposal's first word and kept the label at its end ("... Presidiets
förslag" / "Nämnden ..."). The label opens the item's parts again, so the proposal is read."""

from protokoll.parse import parse_text

HEAD = ("Kallelse Tekniska nämnden Tid: Torsdagen den 16 september 2021 kl. 17.30 Plats: Stadshuset Ärenden "
        "1. Val av protokollsjusterare 2. Taxa för avfall 2022 ")
TAIL = " 3. Anmälan av delegationsbeslut\n"


def _second(middle: str):
    items = {i.number: i for i in parse_text(HEAD + middle + TAIL, "x.txt").items}
    return items["2"].title, items["2"].proposed_decision


def test_a_plain_label_after_the_case_number():
    assert _second("Dnr TN 2021/88 Beslutsförslag Nämnden fastställer avfallstaxan.") == \
        ("Taxa för avfall 2022", "Nämnden fastställer avfallstaxan.")
    assert _second("Dnr TN 2021/88 Förslag: Nämnden fastställer avfallstaxan.") == \
        ("Taxa för avfall 2022", "Nämnden fastställer avfallstaxan.")


def test_a_label_left_at_the_end_of_the_heading():
    for label in ("Föreslaget beslut:", "Presidiets förslag", "Arbetsutskottets förslag", "Förvaltningens förslag"):
        assert _second(f"{label} Nämnden fastställer avfallstaxan.") == \
            ("Taxa för avfall 2022", "Nämnden fastställer avfallstaxan."), label


def test_a_partys_proposal_in_a_heading_is_part_of_the_title():
    """The party's proposal is the heading's subject, not the item's label: the title keeps it; the sentence
    after it, in an agenda, is what the meeting is asked to decide (parse.kindkeep), not a labelled proposal."""
    title, proposal = _second("om Vänsterpartiets förslag Nämnden fastställer avfallstaxan.")
    assert title.endswith("Vänsterpartiets förslag") and proposal == "Nämnden fastställer avfallstaxan."


def test_a_heading_that_is_a_proposal_keeps_its_words():
    items = parse_text("Kallelse Tekniska nämnden Tid: Torsdagen den 16 september 2021 kl. 17.30 Plats: Stadshuset "
                       "Ärenden 1. Val av protokollsjusterare 2. Förslag till ny avfallstaxa 3. Anmälan av "
                       "delegationsbeslut\n", "x.txt").items
    assert [i.title for i in items if i.number == "2"] == ["Förslag till ny avfallstaxa"]
