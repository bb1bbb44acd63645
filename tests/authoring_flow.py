"""A meeting written through the real forms of ``/-/skriv`` (TestClient), shared by the authoring tests.

The names, places and texts are made up for these tests.
"""

from __future__ import annotations

from web_login import form_token

ORG = "Kommunalförbundet Västkusten"
BODY = "Styrelsen"
MEETING = {"organisation": ORG, "body": BODY, "date": "2025-05-06", "start": "09:00", "end": "11:30",
           "place": "Kommunhuset, sammanträdesrum Tången"}
ITEMS = [
    {"titel": "Val av justerare", "foredragande": "", "forslag": "Styrelsen utser Per Lind att justera protokollet."},
    {"titel": "Budget för nästa år", "foredragande": "Anna Berg, Johan Ek",
     "forslag": "Styrelsen godkänner förslaget till budget."},
    {"titel": "Lokal för räddningsövningar", "foredragande": "Johan Ek", "forslag": ""},
]
ATTENDANCE = {"antal": "0", "ny_namn": "Anna Berg", "ny_ansl": "Strömstad", "ordforande": "Anna Berg",
              "sekreterare": "Eva Sund"}
MINUTES = {
    "1": {"beslut": "att utse Per Lind att jämte ordföranden justera protokollet."},
    "2": {"beslut": "att godkänna förslaget till budget,\natt föra ärendet vidare till förbundsfullmäktige.",
          "reservation": "Per Lind (C): vill vänta på bokslutet",
          "till_organ": "Förbundsfullmäktige", "till_datum": "2025-06-10"},
    "3": {"beslut": "att ge Johan Ek i uppdrag att undersöka två lokaler senast den 1 september 2025.",
          "uppdrag": "Johan Ek; undersöka två lokaler; 2025-09-01"},
}
PDF = b"%PDF-1.4\n% skriven av testet\n"


def write_meeting(client, with_minutes: bool = True) -> int:
    """Create the meeting, its agenda (item 2 with an attached PDF), attendance and minutes; returns its id."""
    token = form_token(client.get("/-/skriv"), "/-/skriv")
    created = client.post("/-/skriv", data={"csrf_token": token, **MEETING}, follow_redirects=False)
    assert created.status_code == 303, created.text
    url = created.headers["location"]
    for n, item in enumerate(ITEMS, 1):
        files = {"bilaga": ("budget.pdf", PDF, "application/pdf")} if n == 2 else None
        fields = {"csrf_token": token, "mote": url.rsplit("/", 1)[1], **item}
        assert client.post("/-/skriv/punkt", data=fields, files=files, follow_redirects=False).status_code == 303
    if with_minutes:
        assert client.post(f"{url}/narvaro", data={"csrf_token": token, **ATTENDANCE, "antal": "2",
                                                   "namn_0": "Per Lind", "ansl_0": "Tanum", "status_0": "present",
                                                   "namn_1": "Lisa Ström", "ansl_1": "Orust",
                                                   "status_1": "absent"},
                           follow_redirects=False).status_code == 303
        for number, fields in MINUTES.items():
            assert client.post(f"{url}/punkt/{number}", data={"csrf_token": token, **fields},
                               follow_redirects=False).status_code == 303
    return int(url.rsplit("/", 1)[1])
