"""The environment variables `protokoll serve` hands its worker processes (read by :func:`.app.app_from_environment`).

A module of its own, without imports, so that the serving process that only starts workers does not load
the web app, FastAPI or SQLAlchemy to know these names.
"""

RECHECK_ENV = "PROTOKOLL_RECHECK_SECONDS"  #: see :func:`.app.app_from_environment`
RELOAD_ENV = "PROTOKOLL_TEMPLATE_RELOAD"
BASE_URL_ENV = "PROTOKOLL_BASE_URL"  #: the site's public address (``protokoll serve --base-url``)
TODAY_ENV = "PROTOKOLL_TODAY"  #: an ISO date the pages take as today (a demo of an old archive)
