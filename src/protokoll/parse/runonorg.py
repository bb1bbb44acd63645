"""A person and the organisation after the name, run together in a list that lost its commas (issue 10).

"Deltagare Anna Berg Tranås kommun Per Holm Region Jönköpings län Eva Lind Trafikverket": the run-on reader
(:func:`.entrywords.people_in_run_on`) takes each run of capitalised words for names; where a run is a name and an
organisation's first words ("Per Holm Region Jönköpings", "Eva Lind Trafikverket") it is no name, and the person was
added to the previous entry's organisation and lost. Such a run is split as a "Name Organisation" entry is
(:func:`.personorg.segment`: a given name the gazetteer knows, one or two family names, an organisation's shape
after them, one reading only), with the lower-case words after the run ("län", "kommun") read as the organisation's
last words where they belong to it. Where the organisation's name goes on in the next run ("Länsstyrelsen i Skåne
län") only the person is read.
"""

from __future__ import annotations

from .personorg import segment

#: a word inside an organisation's name between two capitalised runs ("Länsstyrelsen i Skåne län")
CONNECTORS = frozenset({"i", "för", "och", "på", "av"})


def person_and_org(run: str, after: str) -> tuple[str, str, str] | None:
    """(person, organisation, what is left after them) of a run of capitalised words and the text after it up to the
    next run, or None when the run is no person followed by an organisation."""
    if len(run.split()) < 3:
        return None
    tail = after.strip(" ,;")
    if tail and tail[:1].islower() and (got := segment(f"{run} {tail}")):  # "Per Holm Region Jönköpings" + "län"
        return got[0], got[1], ""
    got = segment(run)
    if got and tail.split()[-1:] and tail.split()[-1] in CONNECTORS:  # "Eva Lind Länsstyrelsen" + "i" + "Skåne län"
        return got[0], "", ""  # the organisation goes on in the next run: the person only
    return (got[0], got[1], tail) if got else None
