"""read/boxes.py: lines, table rows and columns rebuilt from word boxes (synthetic boxes, no OCR)."""

from __future__ import annotations

from protokoll.read.boxes import Fragment, page_layout, page_text

H = 24  #: line height of the synthetic words, pixels
CHAR = 13  #: width of one character
SPACE = 12
PITCH = 44


def words(text: str, x: float, y: float, slope: float = 0.0) -> list[Fragment]:
    """``text``'s words set from ``x`` on the line whose top is ``y`` (falling ``slope`` px per px)."""
    out = []
    for word in text.split():
        width = CHAR * len(word)
        top = y + slope * (x + width / 2)
        out.append(Fragment(word, x, top, x + width, top + H))
        x += width + SPACE
    return out


def row(cells: list[tuple[str, float]], y: float, slope: float = 0.0) -> list[Fragment]:
    return [f for text, x in cells for f in words(text, x, y, slope)]


def test_words_with_wide_gaps_become_tab_joined_cells_and_word_spaces_stay_spaces():
    page = (row([("Närvarande", 100)], 100)
            + row([("Anna Berg", 100), ("Malmö", 500), ("ordförande", 800)], 100 + PITCH)
            + row([("Per Holm", 100), ("Lund", 500)], 100 + 2 * PITCH)
            + row([("Ordföranden öppnade mötet och hälsade alla välkomna.", 100)], 100 + 3 * PITCH))
    assert page_text(page).split("\n") == ["Närvarande", "Anna Berg\tMalmö\tordförande", "Per Holm\tLund",
                                           "Ordföranden öppnade mötet och hälsade alla välkomna."]


def test_a_tilted_table_row_stays_one_row_when_the_slope_is_known():
    slope = 0.014  # 0.8 degrees: the far cell sits 17 px lower than the first, over half a line
    page = (row([("Anna Berg", 100), ("Malmö", 700), ("ordförande", 1250)], 100, slope)
            + row([("Per Holm", 100), ("Lund", 700), ("ledamot", 1250)], 100 + PITCH, slope))
    assert page_text(page, slope).split("\n") == ["Anna Berg\tMalmö\tordförande", "Per Holm\tLund\tledamot"]
    assert len(page_text(page).split("\n")) > 2  # without the slope the rows come apart


def test_a_value_wrapped_inside_its_cell_is_joined_to_its_row():
    page = (row([("Mötesdatum", 100), ("2025-03-12", 450)], 100)
            + row([("Närvarande", 100), ("Anna Berg (Malmö, ordförande), Per Holm", 450)], 100 + PITCH)
            + row([("(Lund), Eva Ek (Eslöv)", 450)], 100 + 2 * PITCH)
            + row([("Vid protokollet", 100), ("Lisa Lind", 450)], 100 + 3 * PITCH))
    assert page_text(page).split("\n") == [
        "Mötesdatum\t2025-03-12", "Närvarande\tAnna Berg (Malmö, ordförande), Per Holm (Lund), Eva Ek (Eslöv)",
        "Vid protokollet\tLisa Lind"]


def test_two_text_columns_are_read_column_by_column():
    left = ["1. Budget för nästa år", "Gruppen gick igenom förslaget till", "budget och beslutade att godkänna",
            "det med de ändringar som framkom", "under mötet och som förvaltningen", "har skrivit in i underlaget.", "",
            "2. Lokaler för verksamheten", "Förvaltningen redovisade läget"]
    right = ["för lokalerna och behovet av fler", "kontorsplatser under nästa höst", "när verksamheten har vuxit.", "",
             "3. Övriga frågor", "Inga övriga frågor anmäldes och", "ordföranden tackade alla för", "ett bra möte."]
    page = row([("Minnesanteckningar", 100)], 100)
    for k in range(max(len(left), len(right))):
        cells = [(text, x) for text, x in ((left[k] if k < len(left) else "", 100),
                                            (right[k] if k < len(right) else "", 620)) if text]
        page += row(cells, 100 + (k + 2) * PITCH)
    assert page_text(page).split("\n") == ["Minnesanteckningar", ""] + left + [""] + right


def test_a_two_column_table_of_short_names_is_not_taken_for_text_columns():
    names = [("Anna Berg", "Malmö"), ("Per Holm", "Lund"), ("Eva Ek", "Eslöv"), ("Bo Ström", "Höör"),
             ("Lisa Lind", "Lomma"), ("Karl Åberg", "Kävlinge")]
    page = [f for k, (name, town) in enumerate(names) for f in row([(name, 100), (town, 620)], 100 + k * PITCH)]
    assert page_text(page).split("\n") == [f"{name}\t{town}" for name, town in names]


def test_a_paragraph_gap_becomes_a_blank_line_and_a_word_space_beside_a_narrow_box_opens_no_cell():
    # Tesseract's boxes of "Mötet börjar kl. 8 den" on a 300-dpi page: the "8" came out as a sliver
    boxes = [("Mötet", 244, 371), ("börjar", 391, 523), ("kl.", 542, 587), ("8", 626, 632), ("den", 653, 733)]
    page = [Fragment(text, left, 314, right, 349) for text, left, right in boxes]
    page += [Fragment(text, 244, 314 + k * 66, 371, 349 + k * 66) for text, k in (("Sedan", 1), ("Nästa", 4))]
    assert page_text(page).split("\n") == ["Mötet börjar kl. 8 den", "Sedan", "", "Nästa"]


def test_with_unwrap_a_line_broken_only_because_the_next_word_did_not_fit_is_joined():
    lines = ["Gruppen diskuterade förslaget om", "budget och beslutade att godkänna", "det med alla de ändringar som",
             "framkom under mötet.", "Beslut: Förslaget godkänns.", "Nästa möte hålls i april och", "då tas frågan upp."]
    page = [f for k, line in enumerate(lines) for f in words(line, 100, 100 + k * PITCH)]
    # the first three lines end at the block's right edge (within a word): the next word did not fit;
    # "då" would have fitted after "och", and a sentence end is a real line end
    assert page_layout(page, unwrap=True)[0].split("\n") == [
        ("Gruppen diskuterade förslaget om budget och beslutade att godkänna det med alla de ändringar som "
         "framkom under mötet."),
        "Beslut: Förslaget godkänns.", "Nästa möte hålls i april och", "då tas frågan upp."]
    assert page_text(page).split("\n") == lines  # without unwrap every line stays
    two = page[:9]  # only two lines reach the edge: no wrapping width is shown, nothing is joined
    assert page_layout(two, unwrap=True)[0].split("\n") == lines[:2]
