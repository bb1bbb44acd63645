"""The OpenAPI description in Swedish: every parameter described, no English boilerplate.

FastAPI writes "Successful Response" and "Validation Error" and leaves
parameters without a description unless each route names one; this fills
both in once, when the description is first asked for.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PARAMETERS = {
    "q": "Sökord (svensk böjning och sammansättningar hittas; citattecken för fras)",
    "sida": "Sidnummer, från 1", "page": "Sidnummer, från 1 (OParl)",
    "limit": "Antal per svar", "ar": "År (ÅÅÅÅ)", "organisation": "Organisationens namn",
    "organ": "Organ: organisation/organ som i /organ/-adresser", "kommun": "Kommunens namn",
    "typ": "Slag av träff: item (punkt), decision (beslut), assignment (uppdrag), person",
    "uppdragstagare": "Del av uppdragstagarens namn, eller person, kommun, grupp, sekretariat",
    "status": "open (öppet), overdue (försenat), reported (återrapporterat) eller done (klart)",
    "senast": "Tidsgräns senast detta datum (ÅÅÅÅ-MM-DD)",
    "key": "Mötets id, kedje-id (datum-organisation-organ) eller datum",
    "document_id": "Dokumentets id", "case_id": "Ärendets id", "person_id": "Personens id",
    "name": "Namn som i adressen (små bokstäver, bindestreck)", "org": "Organisationen som i adressen",
    "body": "Organet som i adressen", "node_id": "Mötets kedje-id", "meeting_id": "Mötets id",
    "version": "Protokollets version (den som skickades för justering)",
    "modified_since": "Bara objekt ändrade från och med denna tidpunkt (ISO 8601)",
    "tidsgranser": "uppgifter (VTODO) eller handelser (VEVENT)",
    "alla": "true: även ärenden som bara förekommer på ett möte",
    "nasta": "Sidan att gå till efter inloggningen (en adress på webbplatsen)",
    "fran": "Från och med datum (ÅÅÅÅ-MM-DD)", "till": "Till och med datum (ÅÅÅÅ-MM-DD)",
    "sortering": "relevans eller datum",
    "fmt": "Dokumentformat: docx, pdf eller html", "som": "Dokumentets slag: agenda, minutes eller protocol",
    "number": "Punktens nummer", "sha": "Bilagans SHA-256",
}
RESPONSES = {"Successful Response": "Svaret", "Validation Error": "Ogiltiga parametrar (422)"}


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` return the Swedish description (built once, then kept)."""
    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description,
                                 routes=app.routes, servers=app.servers)
            for methods in schema.get("paths", {}).values():
                for operation in methods.values():
                    describe(operation)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi


def describe(operation: dict) -> None:
    for parameter in operation.get("parameters", []):
        if not parameter.get("description"):
            parameter["description"] = PARAMETERS.get(parameter["name"], parameter["name"])
    for response in operation.get("responses", {}).values():
        response["description"] = RESPONSES.get(response.get("description", ""), response.get("description", ""))
