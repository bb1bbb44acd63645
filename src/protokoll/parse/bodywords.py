"""The words the readers of a body's or an organisation's name share: the document's kind that opens a title
line before the name ("Protokoll Norrby kommunstyrelse", "Kallelse Sjödalsförbundet") and the nouns a body's
name ends in ("Kommunstyrelsen", "Socialnämnd", "Kommunstyrelsens arbetsutskott")."""

from __future__ import annotations

#: the document's kinds a title line opens with before the name of whoever meets
TITLE_KINDS = ("Protokoll", "Protokollsutdrag", "Sammanträdesprotokoll", "Kallelse", "Dagordning",
               "Föredragningslista", "Minnesanteckningar", "Mötesanteckningar", "Anteckningar")
#: a body's noun in its definite form, as a body is named ("Nämnden", "Kommunfullmäktige", "Pensionärsrådet")
BODY_DEFINITE = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "direktionen", "beredningen", "presidiet",
                 "rådet")
#: a body's noun in its bare form, as a heading or a compound may name it ("Socialnämnd", "arbetsutskott")
BODY_BARE = ("nämnd", "styrelse", "utskott", "direktion", "beredning")


def alternation(words: tuple[str, ...]) -> str:
    """``words`` as a regular-expression alternation (the words are plain letters)."""
    return "|".join(words)
