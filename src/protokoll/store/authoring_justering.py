"""Justering and publishing of minutes written in the app; every step a row with who and when.

The way of a meeting's minutes, as Swedish bodies keep them:

* ``draft``: the secretariat writes them (:mod:`.authoring`).
* :func:`send`: sent for justering to named accounts of the organisation (the
  chair and the justerare). The version is locked: a change is refused until
  an adjuster returns it (:func:`return_to_draft`, with a comment) or the
  secretariat takes it back (:func:`withdraw`).
* :func:`approve`: each adjuster approves in the app; the row keeps who, when
  and the SHA-256 of the exact document they approved (the web layer renders
  it: the store does not render). When every named adjuster has approved,
  the minutes are ``justerad``.
* :func:`publish`: the secretariat publishes a justerad version. It becomes a
  document and meeting record of the archive (:func:`.authoring_archive.archive`),
  and, for a body under kommunallagen, carries its ANSLAG/BEVIS: the day the
  anslag is posted, the last day of appeal (three weeks later) and the day it
  is taken down.

A change after justering is a new draft version with a justering of its own;
the archive keeps showing the version published last until the new one is
published. Rows are only added (:class:`AuthoredStep`), so the page can show
the whole audit log: the saves (``authored_versions``) and these steps.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from .accounts import LEDAMOT, account_of, find_user, local_day, now, same_organisation
from .authoring import (DRAFT, JUSTERAD, JUSTERING, PUBLISHED, AuthoredMeeting, AuthoringError, current,
                        history, save)
from .models import Base

SENT, APPROVED, RETURNED, WITHDRAWN, DONE, PUBLISH = "sent", "approved", "returned", "withdrawn", "justerad", \
    "published"
APPEAL_DAYS = 21  #: kommunallagen 13 kap. 5 §: an appeal must arrive within three weeks of the anslag


class AuthoredStep(Base):
    """One step of one meeting's justering and publishing (never changed once written)."""

    __tablename__ = "authored_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("authored_meetings.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)  #: the version the step is about
    step: Mapped[str] = mapped_column(String(16))  #: sent | approved | returned | withdrawn | justerad | published
    who: Mapped[str] = mapped_column(String(64))  #: a login
    at: Mapped[datetime] = mapped_column(DateTime)
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)  #: why it was returned
    document_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)  #: the document approved
    #: sent: {"adjusters": [login]}; published: {"anslag": {"posted", "last_appeal", "taken_down", "kept_at"} | null}
    data_json: Mapped[str] = mapped_column(Text)

    @property
    def data(self) -> dict:
        return json.loads(self.data_json)


@dataclass
class Round:
    """The justering in progress (or last done) of a meeting."""

    version: int
    adjusters: list[str]  #: logins, as named when sent
    approvals: list[AuthoredStep]

    @property
    def waiting(self) -> list[str]:
        done = {a.who for a in self.approvals}
        return [login for login in self.adjusters if login not in done]


def steps(session: Session, meeting_id: int) -> list[AuthoredStep]:
    return list(session.scalars(select(AuthoredStep).where(AuthoredStep.meeting_id == meeting_id)
                                .order_by(AuthoredStep.id)))


def _step(session: Session, meeting_id: int, version: int, step: str, who: str, *, comment: str | None = None,
          sha: str | None = None, data: dict | None = None) -> AuthoredStep:
    row = AuthoredStep(meeting_id=meeting_id, version=version, step=step, who=who, at=now(), comment=comment,
                       document_sha256=sha, data_json=json.dumps(data or {}, ensure_ascii=False, sort_keys=True))
    session.add(row)
    session.flush()
    return row


def _in_state(session: Session, meeting_id: int, *states: str):
    """The current version, if in one of ``states``; first the meeting row is locked (written), so two
    steps at once (two adjusters approving) run one after the other, or the later one fails: never both
    on the same state, which would leave the justering unfinished with every approval given."""
    session.execute(update(AuthoredMeeting).where(AuthoredMeeting.id == meeting_id)
                    .values(body=AuthoredMeeting.body))
    version = current(session, meeting_id)
    if version is None:
        raise AuthoringError(f"Mötet {meeting_id} finns inte.")
    if version.state not in states:
        raise AuthoringError(f"Det går inte nu: mötet är {STATE_WORDS[version.state]}.")
    return version


STATE_WORDS = {DRAFT: "ett utkast", JUSTERING: "skickat för justering", JUSTERAD: "justerat",
               PUBLISHED: "publicerat"}


def adjuster_choices(session: Session, organisation: str) -> list[dict]:
    """[{login, name}] of the enabled accounts with a role in ``organisation``: who may be named to justera."""
    from .accounts import User

    users = session.scalars(select(User).where(User.disabled.is_(False)).order_by(User.name)).all()
    return [{"login": u.login, "name": u.name} for u in users
            if account_of(session, u).has_role(LEDAMOT, organisation)]


def send(session: Session, meeting_id: int, adjusters: list[str], who: str) -> AuthoredStep:
    """Send the current draft for justering by ``adjusters`` (logins with a role in the organisation)."""
    version = _in_state(session, meeting_id, DRAFT)
    meeting = session.get(AuthoredMeeting, meeting_id)
    record = version.record
    if record.get("kind") not in ("minutes", "protocol"):
        raise AuthoringError("Bara minnesanteckningar och protokoll justeras: välj sort först.")
    if not record.get("items"):
        raise AuthoringError("Protokollet har inga punkter att justera.")
    allowed = {c["login"]: c["name"] for c in adjuster_choices(session, meeting.organisation)}
    chosen = list(dict.fromkeys(a.strip().lower() for a in adjusters if a.strip()))
    if not chosen:
        raise AuthoringError("Välj vem som ska justera (ordföranden och justerare).")
    unknown = [a for a in chosen if a not in allowed]
    if unknown:
        raise AuthoringError(f"Kan inte justera för organisationen: {', '.join(unknown)}.")
    record["attendees"] = _mark_adjusters(record, [allowed[a] for a in chosen])
    sent = save(session, meeting_id, record, version.notes, who, state=JUSTERING)
    return _step(session, meeting_id, sent.version, SENT, who, data={"adjusters": chosen})


def _mark_adjusters(record: dict, names: list[str]) -> list[dict]:
    """The attendees, those named to justera (other than the chair) with the role ``justerare``."""
    wanted = {" ".join(n.casefold().split()) for n in names}
    chair = " ".join((record.get("chair") or "").casefold().split())
    out = []
    for a in record.get("attendees") or []:
        key = " ".join(a["name"].casefold().split())
        out.append({**a, "role": "justerare"} if key in wanted and key != chair else a)
    return out


def current_round(session: Session, meeting_id: int) -> Round | None:
    """The last justering sent, with the approvals given to it (None: never sent)."""
    rows = steps(session, meeting_id)
    sent = next((r for r in reversed(rows) if r.step == SENT), None)
    if sent is None:
        return None
    approvals = [r for r in rows if r.step == APPROVED and r.id > sent.id and r.version == sent.version]
    return Round(sent.version, sent.data["adjusters"], approvals)


def approve(session: Session, meeting_id: int, who: str, version: int, document_sha256: str) -> AuthoredStep:
    """``who`` approves version ``version`` (the one they read), whose rendered document has that hash."""
    current_version = _in_state(session, meeting_id, JUSTERING)
    if current_version.version != version:
        raise AuthoringError("Protokollet har ändrats sedan du öppnade det. Läs det igen innan du justerar.")
    this = current_round(session, meeting_id)
    if who not in this.adjusters:
        raise AuthoringError("Du är inte utsedd att justera det här protokollet.")
    if who not in this.waiting:
        raise AuthoringError("Du har redan justerat protokollet.")
    row = _step(session, meeting_id, version, APPROVED, who, sha=document_sha256)
    if this.waiting == [who]:
        done = save(session, meeting_id, current_version.record, current_version.notes, who, state=JUSTERAD)
        _step(session, meeting_id, done.version, DONE, who)
    return row


def return_to_draft(session: Session, meeting_id: int, who: str, comment: str) -> AuthoredStep:
    """An adjuster sends the minutes back to the secretariat with what must change."""
    version = _in_state(session, meeting_id, JUSTERING)
    if who not in current_round(session, meeting_id).adjusters:
        raise AuthoringError("Du är inte utsedd att justera det här protokollet.")
    comment = " ".join(comment.split())
    if not comment:
        raise AuthoringError("Skriv vad som ska ändras.")
    row = _step(session, meeting_id, version.version, RETURNED, who, comment=comment)
    save(session, meeting_id, version.record, version.notes, who, state=DRAFT)
    return row


def withdraw(session: Session, meeting_id: int, who: str) -> AuthoredStep:
    """The secretariat takes the minutes back from justering (to change them)."""
    version = _in_state(session, meeting_id, JUSTERING)
    row = _step(session, meeting_id, version.version, WITHDRAWN, who)
    save(session, meeting_id, version.record, version.notes, who, state=DRAFT)
    return row


def anslag_dates(posted: date, kept_at: str | None = None) -> dict:
    """The ANSLAG/BEVIS dates: appeals run three weeks from the anslag, which is taken down the day after."""
    last = posted + timedelta(days=APPEAL_DAYS)
    return {"posted": posted.isoformat(), "last_appeal": last.isoformat(),
            "taken_down": (last + timedelta(days=1)).isoformat(), "kept_at": kept_at or None}


def publish(session: Session, meeting_id: int, who: str, posted: date | None, kept_at: str | None = None,
            rendered: bytes | None = None) -> str:
    """Publish the justerad minutes into the archive; ``posted``: the day of the anslag (None: the body
    posts none, e.g. a tjänstemannagrupp); ``rendered``: the protocol as published (PDF), kept as the
    archive document's file. Returns the archive's inserted | updated | unchanged."""
    from .authoring_archive import archive

    version = _in_state(session, meeting_id, JUSTERAD)
    justerad = justering_done(session, meeting_id)
    if posted is not None and version.record.get("kind") != "protocol":
        raise AuthoringError("Anslag (ANSLAG/BEVIS) hör till protokoll: publicera minnesanteckningar utan anslag.")
    if posted is not None and justerad is not None and posted < local_day(justerad.at):
        raise AuthoringError("Anslaget kan inte sättas upp före justeringen.")
    anslag = anslag_dates(posted, kept_at) if posted else None
    published = save(session, meeting_id, version.record, version.notes, who, state=PUBLISHED)
    _step(session, meeting_id, published.version, PUBLISH, who, data={"anslag": anslag})
    return archive(session, meeting_id, published=True, notice=notice_lines(session, meeting_id), rendered=rendered)


def posts_anslag(session: Session, organisation: str, body: str) -> bool | None:
    """Whether the body's minutes were last published with an anslag (a body under kommunallagen) or
    without (a tjänstemannagrupp); None: none published yet. The publish form proposes the same again."""
    rows = session.execute(select(AuthoredMeeting.organisation, AuthoredMeeting.body, AuthoredStep.data_json)
                           .join(AuthoredStep, AuthoredStep.meeting_id == AuthoredMeeting.id)
                           .where(AuthoredStep.step == PUBLISH).order_by(AuthoredStep.id.desc())).all()
    key = " ".join(body.casefold().split())
    return next((json.loads(data).get("anslag") is not None for org, b, data in rows
                 if same_organisation(org, organisation) and " ".join(b.casefold().split()) == key), None)


def justering_done(session: Session, meeting_id: int) -> AuthoredStep | None:
    return next((r for r in reversed(steps(session, meeting_id)) if r.step == DONE), None)


def published_anslag(session: Session, meeting_id: int) -> dict | None:
    """The anslag of the version published last (None: not published, or without anslag)."""
    found = next((r for r in reversed(steps(session, meeting_id)) if r.step == PUBLISH), None)
    return found.data.get("anslag") if found else None


def signed_by(session: Session, meeting_id: int) -> dict[str, str]:
    """Name -> ISO date of each approval of the last justering sent (the account's name, else its login); the
    day where the server runs (:func:`.accounts.local_day`), as ``date.today()`` gives the anslag's day."""
    this, out = current_round(session, meeting_id), {}
    for a in this.approvals if this else []:
        user = find_user(session, a.who)
        out[user.name if user else a.who] = local_day(a.at).isoformat()
    return out


def notice_lines(session: Session, meeting_id: int) -> list[str]:
    """What the archived document says of its justering and anslag, one line each (Swedish)."""
    lines = [f"Justerat av {name} {day}" for name, day in signed_by(session, meeting_id).items()]
    anslag = published_anslag(session, meeting_id)
    if anslag:
        lines += [f"Datum då anslaget sätts upp: {anslag['posted']}",
                  f"Sista dag för överklagande: {anslag['last_appeal']}",
                  f"Datum då anslaget tas ned: {anslag['taken_down']}"]
        if anslag.get("kept_at"):
            lines.append(f"Förvaringsplats för protokollet: {anslag['kept_at']}")
    return lines


def audit_log(session: Session, meeting_id: int) -> list[dict]:
    """Every change and step of the meeting, oldest first: {at, who, what, version, comment, sha256, ...}.

    A save that changed the record or its notes is "sparad"; a new state is told by its step."""
    rows, before = [], None
    for v in history(session, meeting_id):
        if before is None or (v.record_json, v.notes_json) != (before.record_json, before.notes_json):
            if v.state == DRAFT:
                rows.append({"at": v.saved_at, "who": v.saved_by, "what": "sparad", "version": v.version,
                             "comment": None, "sha256": None, "adjusters": None, "anslag": None, "order": 0})
        before = v
    rows += [{"at": s.at, "who": s.who, "what": s.step, "version": s.version, "comment": s.comment,
              "sha256": s.document_sha256, "adjusters": s.data.get("adjusters"), "anslag": s.data.get("anslag"),
              "order": 1} for s in steps(session, meeting_id)]
    return sorted(rows, key=lambda r: (r["at"], r["version"], r["order"]))
