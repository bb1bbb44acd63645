"""A worker's job run once in the fork server, on invented documents, so that every worker starts warm (issue 12).

The fork server imports the stages (:data:`.worker_process.PRELOAD`) and forks each worker from itself. What the
stages build on first use — the municipality pattern of running text (a trie of every name and form, ~30 ms to
compile), lookup tables behind ``functools.cache``, the ``re`` module's cache of the patterns written inline — was
built again in every worker, at the start of its first documents: ~70-80 ms of CPU a worker (the first 100 generated
documents of a fresh process take 0.46 s, after a warm-up on other documents 0.38 s). Built once here, the workers
share it from the fork server's memory (copy on write), and a worker started anew (after its memory or time limit)
starts warm as well. An ingest of a few files, an archive's daily update, paid it in full for each worker.

Importing this module runs the warm-up (the fork server only imports the modules it is told of); a document the
stages reject, or an error they raise, is of no concern here: whatever they built before stays built.
"""

from __future__ import annotations

import hashlib

#: invented documents in the forms the stages read: a protocol with its header, lists, paragraphs, decisions,
#: an assignment, a reservation and the next meeting; an agenda with presenters and proposals; notes of a network
DOCUMENTS = (
    """PROTOKOLL
Ekby kommun
Kultur- och fritidsnämnden
Sammanträdesdatum 2031-03-14

Plats och tid: Stadshuset, sal Linden, kl. 13.00-15.30
Beslutande: Anna Lind (S), ordförande, Per Holm (M), Eva Strand (C), Olof Berg (V) ersätter Karin Ek (V)
Övriga deltagande: Mia Sjö, förvaltningschef, Jonas Ask, sekreterare
Utses att justera: Per Holm
Justeringens plats och tid: Stadshuset 2031-03-18
Underskrifter Sekreterare Jonas Ask Paragrafer 12-15
Ordförande Anna Lind Justerande Per Holm

§ 12 Val av justerare
Beslut
Nämnden beslutar att utse Per Holm att justera protokollet.

§ 13 Budgetuppföljning februari 2031
Dnr KFN 2031/14
Föredragande: Mia Sjö, förvaltningschef
Ärendebeskrivning
Förvaltningen redovisar utfallet till och med februari. Prognosen visar ett underskott på 1,2 miljoner kronor.
Beslut
Kultur- och fritidsnämnden beslutar
att godkänna uppföljningen, samt
att ge förvaltningschefen i uppdrag att ta fram en åtgärdsplan till nämndens sammanträde den 12 maj 2031.
Reservation
Olof Berg (V) reserverar sig mot beslutet.

§ 14 Information
Mia Sjö informerar om arbetet med den nya simhallen. Informationen läggs till handlingarna.

§ 15 Nästa sammanträde
Nästa sammanträde hålls den 12 maj 2031 kl. 13.00 i Stadshuset.
""",
    """KALLELSE
Styrelsen för Ekby Energi AB
Tid: Torsdagen den 3 april 2031 kl. 09.00
Plats: Kontoret, Storgatan 4, Ekby

Dagordning
1. Mötets öppnande
2. Val av sekreterare och justerare
3. Godkännande av dagordningen
4. Årsredovisning 2030
Föredragande: Lars Vik, ekonomichef
Förslag till beslut: Styrelsen föreslår att bolagsstämman fastställer resultat- och balansräkningen.
5. Investeringsplan 2031-2035
Bilaga 2
6. Övriga frågor
7. Mötets avslutande

Välkomna!
Karin Ström, ordförande
""",
    """Minnesanteckningar från nätverksträff för skolchefer i Norrdala
Datum: 2031-09-22
Närvarande: Sara Lund (Ekby), Tomas Öst (Sjöby), Lena Berg (Åby), Nils Falk (Region Norrdala)
Ordförande: Sara Lund
Sekreterare: Nils Falk

1. Inledning
Sara hälsade alla välkomna och förklarade mötet öppnat.
2. Lägesrapport
Tomas Öst berättade om arbetet med elevhälsan. Gruppen diskuterade hur kommunerna kan samverka.
Beslutades att Lena Berg sammankallar en arbetsgrupp senast den 15 oktober.
3. Nästa möte
Nästa möte äger rum den 20 november 2031 i Sjöby.
""",
)


def warm() -> None:
    """Each invented document through a worker's job, its answer dropped. Nothing it raises leaves it: the fork
    server stops at an error of a module it preloads (only an ``ImportError`` is let pass), and a warm-up must
    never stop the workers (a bug it meets shows in the job of the document that has it)."""
    from . import pipeline

    for k, text in enumerate(DOCUMENTS):
        data = text.encode("utf-8")
        try:
            pipeline.prepare_stored(f"warm-up-{k}.txt", f"warm-up-{k}.txt", data, hashlib.sha256(data).hexdigest())
        except Exception:  # noqa: BLE001  (see above)
            pass


warm()
