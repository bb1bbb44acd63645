"""Minutes name the presenter in the heading with "av" as well as "från" ("Dragning av Lena Holmgren om ny
översiktsplan", "Information av Kerstin Dahlberg, HR-chef"), but only a person after "av": "Presentation av Region
Västerdal" and a genitive ("Genomgång av Per Ekholms uppdrag") name no presenter (presenterslot ``FROM_PERSON``).
A "Föredragande:" value run on into the next sentence is cut after each listed name, the last one too ("... och
Olle Lindqvist Frågan diskuterades": presenters ``cut_sentence_after_name``)."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import cut_sentence_after_name
from protokoll.parse.presenterslot import slot_presenters


def test_a_heading_naming_who_presents_with_av():
    assert slot_presenters("Dragning av Lena Holmgren om ny översiktsplan")[1] == ["Lena Holmgren"]
    assert slot_presenters("Information av Kerstin Dahlberg, HR-chef")[1] == ["Kerstin Dahlberg"]
    assert slot_presenters("Dragning av Lena Holmgren och Per Ekholm")[1] == ["Lena Holmgren", "Per Ekholm"]


def test_no_presenter_after_av_without_a_person():
    assert slot_presenters("Presentation av Region Västerdal")[1] == []
    assert slot_presenters("Genomgång av Per Ekholms uppdrag")[1] == []
    assert slot_presenters("Redovisning av budget 2023")[1] == []


def test_a_label_value_run_on_after_its_last_name():
    assert cut_sentence_after_name("Sofia Eklöf och Olle Lindqvist Frågan diskuterades.") == "Sofia Eklöf och Olle Lindqvist"
    assert cut_sentence_after_name("Anna Bergström Förvaltningen redovisar") == "Anna Bergström"
    assert cut_sentence_after_name("Per Jordan informerar") == "Per Jordan informerar"


def test_in_flattened_minutes():
    text = ("Minnesanteckningar Nätverket för kommundirektörer i Västerdal Datum 2022-11-03 Plats Kommunhuset, Ekby "
            "Närvarande Karin Ljungberg, Norrby Per Sandelin, Ekby 1. Mötets öppnande Ordföranden öppnade mötet. "
            "2. Dragning av Lena Holmgren om ny översiktsplan Planen ska antas under våren. 3. Kompetensförsörjning "
            "Föredragande: Sofia Eklöf och Olle Lindqvist Frågan diskuterades. 4. Övriga frågor Inga övriga frågor.")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert items["2"].presenters == ["Lena Holmgren"]
    assert items["3"].presenters == ["Sofia Eklöf", "Olle Lindqvist"]
    assert items["1"].presenters == items["4"].presenters == []
