"""A meeting written in the app, rendered as DOCX and PDF and read back by our own reader, is the record written.

The score is ../shared/bench/score.py's own (as in tests/test_render.py).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from authoring_flow import ORG, write_meeting
from conftest import needs_shared
from protokoll.web.app import create_app
from protokoll.web.pages.authoring import agenda_of
from test_render import f1, read_back
from web_login import add_account, sign_in


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('authoring') / 'a.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Holm")
    client = TestClient(create_app(url))
    sign_in(client, "sara")
    meeting_id = write_meeting(client)
    return client, meeting_id, client.get(f"/-/skriv/{meeting_id}.json").json()["record"]


@needs_shared
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("kind", ["agenda", "minutes", "protocol"])
def test_a_written_meeting_read_back_scores_one(score, written, kind, fmt):
    client, meeting_id, record = written
    answer = client.get(f"/-/skriv/{meeting_id}/dokument.{fmt}?som={kind}")
    assert answer.status_code == 200
    # minutes and protocols print the proposal before the decision, but their record holds none (the spec
    # keeps proposed_decision for agendas)
    gold = agenda_of(record) if kind == "agenda" else {
        **record, "kind": kind, "items": [{**i, "proposed_decision": None} for i in record["items"]]}
    value, log = f1(score, gold, read_back(answer.content, f"styrelsen-2025-05-06.{fmt}"))
    assert value == 1.0, log


def test_the_agenda_holds_no_decisions(written):
    _, _, record = written
    agenda = agenda_of(record)
    assert agenda["kind"] == "agenda" and agenda["chair"] is None
    assert [i["decisions"] for i in agenda["items"]] == [[], [], []]
    assert [i["proposed_decision"] for i in agenda["items"]] == [i["proposed_decision"] for i in record["items"]]
