"""When an assignment is due: the deadline written with the task ("senast den 15 mars", "till nästa möte" when
the document dates the next meeting), or in the sentence right after it that says when the task is to be
reported back ("Uppdraget ska redovisas senast den 30 september", "Förslaget ska vara klart till nästa möte").
A deadline is an ISO date only when it is certain (:func:`protokoll.swedish.dates.resolve_deadline`)."""

from __future__ import annotations

import re
from datetime import date

from ..record import Assignment
from ..swedish import dates
from .itemcontext import Context

#: the next meeting as a task's deadline: "till nästa möte", "inför nästa nätverksmöte", "vid nästa träff",
#: "till kommande sammanträde" (not "till ett kommande möte": some later meeting, no date)
NEXT_MEETING_DUE = re.compile(r"\b(?:till|inför|på|vid)\s+(?:nästa\s+[\wåäö]*|kommande\s+)(?:möte|sammanträde|träff)",
                              re.I)
#: a sentence that only says when the task just given is to be reported or done: "Uppdraget ska redovisas ...",
#: "Redovisning sker senast ...", "Förslaget ska vara klart ..."
REPORT_BACK = re.compile(r"^(?:Uppdraget|Uppdragen|Uppdragets\s+resultat|Redovisning(?:en)?|Förslaget|Underlaget|"
                         r"Utredningen|Sammanställningen)\s+(?:ska|skall|sker|görs|ska\s+vara|skall\s+vara)\s+"
                         r"(?:redovisas|återrapporteras|rapporteras|presenteras|lämnas|vara\s+klar[t]?|klar[t]?|"
                         r"senast|till|vid|på|inför)\b")


def due(text: str, ctx: Context) -> date | None:
    if ctx.next_meeting and NEXT_MEETING_DUE.search(text):
        return ctx.next_meeting
    return dates.resolve_deadline(text, ctx.meeting)


def report_back_due(sentence: str, given: list[Assignment], ctx: Context) -> bool:
    """Date the assignments the sentence before gave (those without a deadline) by a report-back sentence;
    whether the sentence was one."""
    if not given or not REPORT_BACK.match(sentence.strip()):
        return False
    when = due(sentence, ctx)
    for a in given if when else ():
        a.due = a.due or when.isoformat()
    return True
