"""Stage `web`: the archive as a web site and a JSON API (FastAPI, Jinja2, htmx).

Every page is also data: ``/x`` and ``/x.json`` render one context dict.
Start it with ``protokoll serve``; build it with :func:`protokoll.web.app.create_app`.
"""
