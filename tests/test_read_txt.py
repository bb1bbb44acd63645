import codecs

import pytest

from protokoll.read import ReadError, read_document

SAMPLE = "Minnesanteckningar\nNärvarande: Åsa Öberg, Växjö kommun\n"


@pytest.mark.parametrize("data,encoding", [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("utf-16"), "utf-16"),
    (SAMPLE.encode("utf-16-le"), "utf-16-le"),
    (SAMPLE.encode("cp1252"), "cp1252"),
])
def test_text_encodings_decode_to_the_same_text(data, encoding):
    text = read_document(data)
    assert (text.format, text.encoding, text.text) == ("txt", encoding, SAMPLE)


def test_form_feeds_split_pages():
    text = read_document("sida ett\fsida två".encode())
    assert [(p.number, p.text) for p in text.pages] == [(1, "sida ett"), (2, "sida två")]
    assert text.page_at(text.text.index("två")) == 2


@pytest.mark.parametrize("data,reason", [
    (b"", "empty file"),
    (bytes(range(256)) * 20, "not a text document (binary content)"),
    (b"   \n\n ", "no text in file"),
])
def test_unreadable_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(ReadError) as err:
        read_document(data)
    assert str(err.value) == reason
