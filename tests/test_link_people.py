"""People, organisations and bodies linked across meetings (link/people.py, link/orgs.py, `people`, `orgs`)."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

import seed_golden
from conftest import ROOT, SHARED, needs_shared
from protokoll.link.orgs import link_orgs, normalise_affiliation
from protokoll.link.people import (NONE, POSSIBLE, SAME, SHORT, Correction, apply_corrections, compare,
                                   link_people)

EXAMPLES = ROOT / "examples"


def record(attendees=(), presenters=(), assignees=(), chair=None, secretary=None, year=None) -> dict:
    """A minimal meeting-record/1 dict; attendees are (name, affiliation) or (name, affiliation, title)."""
    people = [{"name": a[0], "affiliation": a[1], "title": a[2] if len(a) > 2 else None,
               "role": None, "group": "present"} for a in attendees]
    items = [{"number": "1", "title": "Punkt", "presenters": list(presenters),
              "assignments": [{"assignee": a, "task": "göra något", "due": None} for a in assignees]}]
    return {"source": "x.txt", "year": year, "chair": chair, "secretary": secretary,
            "attendees": people, "items": items}


def source(meeting_id, date, rec, org="Samverkan", body="Gruppen", text=""):
    return (meeting_id, date, org, body, rec, text)


def by_name(people) -> dict:
    return {p.name: p for p in people}


def invoke(db: str, *args: str):
    from protokoll.cli import main

    result = CliRunner().invoke(main, list(args), env={"PROTOKOLL_DB": db}, catch_exceptions=False)
    return result


def people_json(db: str, *args: str) -> dict:
    result = invoke(db, "people", "--json", *args)
    assert result.exit_code == 0, result.output
    return {p["name"]: p for p in json.loads(result.output)}


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory) -> str:
    """The bundled example archive ingested once (read-only tests)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('examples') / 'ex.sqlite'}"
    assert invoke(db, "ingest", str(EXAMPLES)).exit_code == 0
    return db


# -- name comparison --------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, kind", [
    ("hanna bjerkstam", "hanna bjorkstam", SAME),  # OCR damage
    ("ulrika varends", "ulrika vaerendts", SAME),  # typing
    ("mathias milsen", "matthias milsen", SAME),  # given name typo
    ("linda kahn", "linda bjornsson kahn", SHORT),
    ("karin ek sandstrom", "karin ek", SHORT),
    ("matthias milsson", "mathias milsen", POSSIBLE),  # 87: may be two people
    ("stefan marsten", "stefan carlsten", NONE),  # a typo seldom changes the initial
    ("thomas hakansson", "tomas johansson", NONE),
    ("christer palsson", "christoffer nilsson", NONE),
    ("per almgard", "per almstrom", NONE),
    ("karin ek", "karin eklov", NONE),
])
def test_compare_names(a, b, kind):
    assert compare(a, b) == kind
    assert compare(b, a) == kind


# -- link_people ------------------------------------------------------------------------------------

def test_variants_join_one_person_with_the_swedish_spelling_as_name():
    people = link_people([
        source(1, "2018-01-18", record([("Hanna Björkstam", "Malmö")])),
        source(2, "2019-06-05", record(presenters=["Hanna Bjérkstam"])),
        source(3, "2019-09-01", record(presenters=["Hanna Bjorkstam"], assignees=["Hanna Bjorkstam"])),
    ])
    assert [(p.id, p.name) for p in people] == [("hanna-bjorkstam", "Hanna Björkstam")]
    assert people[0].variants == ["Hanna Bjorkstam", "Hanna Bjérkstam", "Hanna Björkstam"]  # by count, name
    assert sorted({m.meeting_id for m in people[0].mentions}) == [1, 2, 3]


def test_short_form_joins_the_full_name():
    people = by_name(link_people([
        source(1, "2020-03-25", record(presenters=["Linda Björnsson Kahn"])),
        source(2, "2020-05-27", record(secretary="Linda Kahn")),
    ]))
    assert list(people) == ["Linda Björnsson Kahn"]
    assert set(people["Linda Björnsson Kahn"].variants) == {"Linda Björnsson Kahn", "Linda Kahn"}


def test_two_names_run_together_never_become_the_canonical_name():
    people = link_people([
        source(1, "2021-01-10", record([("Christina Lindehov Gun Rudvall", None)])),
        source(2, "2021-02-10", record([("Christina Lindehov", "Höör")])),
    ])
    assert [(p.name, sorted(p.variants)) for p in people] == [
        ("Christina Lindehov", ["Christina Lindehov", "Christina Lindehov Gun Rudvall"])]


def test_weak_match_is_a_possible_same_person_not_a_merge():
    people = by_name(link_people([
        source(1, "2018-01-18", record(secretary="Mathias Milsen")),
        source(2, "2019-01-29", record(presenters=["Matthias Milsson"])),
    ]))
    assert set(people) == {"Mathias Milsen", "Matthias Milsson"}
    assert people["Mathias Milsen"].possible_same_as == ["matthias-milsson"]
    assert people["Matthias Milsson"].possible_same_as == ["mathias-milsen"]


def test_short_form_with_two_candidates_is_not_guessed_unless_the_affiliation_decides():
    full = [source(1, "2024-01-10", record([("Anna Berg Svensson", "Lund"), ("Anna Lind Svensson", "Malmö")]))]
    people = by_name(link_people(full + [source(2, "2024-02-10", record(presenters=["Anna Svensson"]))]))
    assert people["Anna Svensson"].possible_same_as == ["anna-berg-svensson", "anna-lind-svensson"]
    assert len(people["Anna Berg Svensson"].variants) == 1

    people = by_name(link_people(full + [source(2, "2024-02-10", record([("Anna Svensson", "Lunds kommun")]))]))
    assert "Anna Svensson" not in people
    assert people["Anna Berg Svensson"].variants == ["Anna Berg Svensson", "Anna Svensson"]


def test_different_municipalities_keep_close_names_apart():
    people = by_name(link_people([
        source(1, "2024-01-10", record([("Hanna Björkstam", "Malmö")])),
        source(2, "2024-02-10", record([("Hanna Bjerkstam", "Kiruna")])),
    ]))
    assert people["Hanna Björkstam"].possible_same_as == ["hanna-bjerkstam"]


def test_groups_places_and_organisations_are_not_people():
    rec = record([("Region Skåne", None)], presenters=["Lunds kommun", "Familjen Helsingborg"],
                 assignees=["sekretariatet", "Aneby kommun", "Alla kommuner", "Kommundirektörerna",
                            "Mats Öberg"])
    people = link_people([source(1, "2024-01-10", rec, org="Familjen Helsingborg")])
    assert [p.name for p in people] == ["Mats Öberg"]
    assert people[0].mentions[0].role == "uppdragstagare"


def test_document_text_adds_mentions_of_known_people_only():
    text = "Anmäl till Linda Kahn om lunchen. Ulrika Varends kommer i maj. Ola Okänd ringer."
    people = by_name(link_people([
        source(1, "2019-01-29", record([("Ulrika Vaerendts", "Region Skåne")])),
        source(2, "2020-03-25", record(presenters=["Linda Björnsson Kahn"]), text=text),
    ]))
    assert set(people) == {"Ulrika Vaerendts", "Linda Björnsson Kahn"}
    assert "Linda Kahn" in people["Linda Björnsson Kahn"].variants
    geeraedts = people["Ulrika Vaerendts"]
    assert [(m.name, m.meeting_id, m.role) for m in geeraedts.mentions][1:] == [("Ulrika Varends", 2, "omnämnd")]


def test_linking_is_deterministic():
    sources = [source(i, f"2024-0{i}-01", record([(n, a)])) for i, (n, a) in enumerate(
        [("Karin Ek Sandström", "Habo"), ("Karin Ek", "Habo"), ("Mats Öberg", "Tranås"),
         ("Mats Oberg", "Tranås"), ("Stefan Marsten", "Lund"), ("Stefan Carlsten", None)], start=1)]
    first = [(p.id, p.name, p.variants, p.possible_same_as) for p in link_people(sources)]
    again = [(p.id, p.name, p.variants, p.possible_same_as) for p in link_people(reversed(sources))]
    assert first == again
    assert [p[0] for p in first] == ["karin-ek-sandstrom", "mats-oberg", "stefan-carlsten", "stefan-marsten"]
    assert first[1][1] == "Mats Öberg"


def test_corrections_merge_and_split_in_order():
    sources = [source(1, "2024-01-10", record([("Ida Rosén", "Mullsjö"), ("Karin Ek Sandström", "Habo")])),
               source(2, "2024-02-10", record([("Lars Gunnarsson", "Mullsjö"), ("Karin Ek", "Habo")]))]
    people = apply_corrections(link_people(sources), [
        Correction("merge", "ida-rosen", "lars-gunnarsson", ["Ida Rosén"], ["Lars Gunnarsson"]),
        Correction("split", "karin-ek-sandstrom", "Karin Ek", ["Karin Ek Sandström", "Karin Ek"]),
        Correction("merge", "no-such-person", "ida-rosen"),  # no longer fits: skipped
    ])
    assert {p.id: sorted(p.variants) for p in people} == {  # the longer name is the canonical one
        "lars-gunnarsson": ["Ida Rosén", "Lars Gunnarsson"], "karin-ek": ["Karin Ek"],
        "karin-ek-sandstrom": ["Karin Ek Sandström"]}


# -- organisations ----------------------------------------------------------------------------------

@pytest.mark.parametrize("written, normal", [
    ("Lunds kommun", "Lund"), ("Malmö stad", "Malmö"), ("Malmö", "Malmö"), ("Region Skånes", "Region Skåne"),
    ("Stadsbyggnadskontoret, Malmö stad", "Malmö"), ("Näringsliv och Destination", "Näringsliv och Destination"),
    ("Paragrafer §§ 14-19", None), ("", None), (None, None),
])
def test_affiliations_are_normalised_to_the_gazetteer(written, normal):
    assert normalise_affiliation(written) == normal


def test_organisations_members_over_time_and_body_renamings():
    def attending(*places):
        return record([(f"Person {chr(65 + i)}x Test", p) for i, p in enumerate(places)])
    orgs = link_orgs([
        source(1, "2023-01-10", attending("Lund", "Malmö stad"), org="Samverkan", body="Ledningsgruppen"),
        source(2, "2024-01-10", attending("Lund", "Eslövs kommun"), org="Samverkan",
               body="Styrgruppen (tidigare Ledningsgruppen)"),
        source(3, None, attending("Lund"), org="Samverkan", body="Styrgruppen"),
        source(4, "2024-02-01", attending("Kiruna"), org="Annat", body="Styrelsen"),
    ])
    assert [o.name for o in orgs] == ["Annat", "Samverkan"]
    members = {m.municipality: (m.first_seen, m.last_seen, m.meetings) for m in orgs[1].members}
    assert members == {"Eslöv": ("2024-01-10", "2024-01-10", 1), "Lund": ("2023-01-10", "2024-01-10", 3),
                       "Malmö": ("2023-01-10", "2023-01-10", 1)}
    [body] = orgs[1].bodies
    assert (body.name, body.aliases, body.dates, body.meetings) == (
        "Styrgruppen", ["Ledningsgruppen"], ["2023-01-10", "2024-01-10"], 3)


# -- the CLI on the example archive -----------------------------------------------------------------

def test_people_on_the_example_archive(examples_db):
    people = people_json(examples_db)
    karin = people["Karin Ek Sandström"]
    assert karin["id"] == "karin-ek-sandstrom" and karin["variants"] == ["Karin Ek Sandström", "Karin Ek"]
    assert karin["affiliations"] == [{"affiliation": "Habo", "from": "2024-02-08", "to": "2025-05-22"}]
    tobias = people["Tobias Hägg"]
    assert tobias["affiliations"] == [{"affiliation": "Mullsjö", "from": "2024-02-08", "to": "2024-11-20"},
                                      {"affiliation": "Vaggeryd", "from": "2025-01-30", "to": "2025-05-22"}]
    assert {"date": "2024-11-20", "organization": "Vätterstadsregionen", "group": "other",
            "role": None} == {k: tobias["meetings"][4][k] for k in ("date", "organization", "group", "role")}
    assert people["Elin Fröjd"]["titles"] == [{"title": "sekretariatsledare", "from": "2024-02-08",
                                               "to": "2025-11-19"}]
    assert people["Anders Hultén"]["meetings"][0]["role"] == "ordförande"
    assert all(p["possible_same_as"] == [] for p in people.values())
    assert len({p["id"] for p in people.values()}) == len(people) == 23


def test_people_table_and_name_lookup(examples_db):
    table = invoke(examples_db, "people")
    assert table.exit_code == 0
    lines = table.output.splitlines()
    assert lines[0].split() == ["ID", "NAME", "MEETINGS", "AFFILIATION"]
    assert next(line for line in lines if line.startswith("tobias-hagg")).split() == [
        "tobias-hagg", "Tobias", "Hägg", "8", "Vaggeryd"]
    assert list(people_json(examples_db, "karin ek")) == ["Karin Ek Sandström"]
    assert list(people_json(examples_db, "tobias-hagg")) == ["Tobias Hägg"]
    detail = invoke(examples_db, "people", "hägg")
    assert detail.output.splitlines()[:4] == ["Tobias Hägg  [tobias-hagg]", "  variants: Tobias Hägg",
                                              "  Mullsjö: 2024-02-08 – 2024-11-20",
                                              "  Vaggeryd: 2025-01-30 – 2025-05-22"]
    missing = invoke(examples_db, "people", "Nobody Here")
    assert missing.exit_code == 1 and "no person matches 'Nobody Here'" in missing.output


def test_orgs_on_the_example_archive(examples_db):
    result = invoke(examples_db, "orgs", "--json")
    [org] = json.loads(result.output)
    assert org["name"] == "Vätterstadsregionen"
    assert [m["municipality"] for m in org["members"]] == [
        "Aneby", "Gislaved", "Habo", "Jönköping", "Mullsjö", "Nässjö", "Tranås", "Vaggeryd"]
    assert all(m["first_seen"] == "2024-02-08" and m["last_seen"] == "2025-11-19" for m in org["members"])
    assert [(b["name"], b["meetings"]) for b in org["bodies"]] == [("Kommundirektörsgruppen", 8), ("Styrelsen", 4)]
    text = invoke(examples_db, "orgs").output.splitlines()
    assert text[0] == "Vätterstadsregionen" and text[-1] == "  body: Styrelsen, 4 meetings"


def test_merge_and_split_survive_a_reingest(tmp_path):
    archive = tmp_path / "arkiv"
    shutil.copytree(EXAMPLES, archive)
    db = f"sqlite:///{tmp_path / 'p.sqlite'}"
    assert invoke(db, "ingest", str(archive)).exit_code == 0

    split = invoke(db, "people", "split", "karin-ek-sandstrom", "Karin Ek")
    assert split.output == ("split 'Karin Ek' off karin-ek-sandstrom: karin-ek (Karin Ek) "
                            "and karin-ek-sandstrom (Karin Ek Sandström)\n")
    merge = invoke(db, "people", "merge", "lars-gunnarsson", "gunnar-eklov")
    assert merge.output == "merged lars-gunnarsson and gunnar-eklov: gunnar-eklov (Gunnar Eklöv)\n"

    minutes = archive / "2024-02-08-minnesanteckningar.txt"
    minutes.write_text(minutes.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "\n0 inserted, 1 updated" in invoke(db, "ingest", str(archive)).output

    people = people_json(db)
    assert people["Karin Ek"]["variants"] == ["Karin Ek"]
    assert people["Karin Ek Sandström"]["variants"] == ["Karin Ek Sandström"]
    assert sorted(people["Gunnar Eklöv"]["variants"]) == ["Gunnar Eklöv", "Lars Gunnarsson"]
    assert "Lars Gunnarsson" not in people


def test_bad_corrections_are_refused(examples_db):
    unknown = invoke(examples_db, "people", "merge", "tobias-hagg", "no-such-id")
    assert unknown.exit_code == 1 and "no person with id 'no-such-id'" in unknown.output
    same = invoke(examples_db, "people", "merge", "tobias-hagg", "tobias-hagg")
    assert same.exit_code == 1 and "already one person" in same.output
    variant = invoke(examples_db, "people", "split", "tobias-hagg", "Tobias Hägg")
    assert variant.exit_code == 1 and "only name" in variant.output
    other = invoke(examples_db, "people", "split", "tobias-hagg", "Ida Rosén")
    assert other.exit_code == 1 and "has no name variant 'Ida Rosén'" in other.output


# -- the seeds (issue 4) ----------------------------------------------------------------------------

@needs_shared
def test_people_on_the_seeds(cli, db):
    """Everyone the golden records name in two or more seeds is one person, in all those meetings,
    with the golden affiliation, and no second person carries a damaged spelling of the name."""
    from protokoll.store import find_meetings
    from protokoll.store.db import session_factory

    assert cli("ingest", str(SHARED / "seeds")).exit_code == 0
    people = people_json(db)
    recurring = {name: docs for name, docs in seed_golden.people_by_document().items() if len(docs) > 1}
    assert len(recurring) >= 10
    with session_factory(db)() as session:
        meeting_of = {doc: find_meetings(session, doc.removesuffix(".txt"))[0].id
                      for docs in recurring.values() for doc in docs}
    affiliations = seed_golden.affiliations()
    for name, docs in recurring.items():
        person = people[name]
        assert {meeting_of[d] for d in docs} <= {m["meeting_id"] for m in person["meetings"]}, name
        twins = [p for p in people.values() if p is not person
                 and any(seed_golden.similar(v, name) for v in p["variants"])]
        assert not twins, (name, [t["variants"] for t in twins])
        if name in affiliations:
            assert {normalise_affiliation(a["affiliation"]) for a in person["affiliations"]} & {
                normalise_affiliation(g) for g in affiliations[name]}, name
