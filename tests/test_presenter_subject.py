"""The shared readers of a presenting sentence's subject (parse.presenters.subject_parts) and of a title
before a name (parse.presenterrun.without_leading_title)."""

from protokoll.parse.givenopen import opens_name
from protokoll.parse.presenterrun import without_leading_title
from protokoll.parse.presenters import subject_parts


def test_the_subject_parts_without_titles_and_employers():
    parts = subject_parts("Ekonomichef Anna Berg och Per Ek från Region Norr")
    assert parts == [["Anna", "Berg"], ["Per", "Ek"]]
    assert subject_parts("Anna Berg, VD Per Ek samt kansliet") == [["Anna", "Berg"], ["Per", "Ek"], ["kansliet"]]


def test_a_title_before_a_name_is_left_out_only_before_a_name():
    assert without_leading_title("Planarkitekt Per Holm (S)", opens_name) == "Per Holm (S)"
    assert without_leading_title("Planarkitekt Holm", opens_name) == "Planarkitekt Holm"
    assert without_leading_title("Kommunstyrelsen Per Holm", opens_name) == "Kommunstyrelsen Per Holm"
