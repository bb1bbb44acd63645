"""`protokoll serve`: the archive as a web site and JSON API."""

from __future__ import annotations

import click

from ..cli import db_option, main


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@db_option
def serve(host: str, port: int, db: str | None) -> None:
    """Serve the stored archive: HTML pages (each also as .json), calendars, feeds and CSV.

    Pages: / (start), /moten, /arenden, /personer, /kommuner, /organisationer,
    /uppdrag, /sok; /openapi.json describes every URL. Stop with Ctrl-C.
    """
    run_server(host, port, db)


def run_server(host: str, port: int, db: str | None) -> None:
    """Run the web app on ``db`` until interrupted."""
    import uvicorn

    from ..store.db import database_url
    from ..web.app import create_app

    app = create_app(database_url(db))
    click.echo(f"Protokoll serves http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
