from .orgs import link_orgs  # noqa: F401
from .people import apply_corrections, link_people  # noqa: F401
