"""The read side: the archive's data in the shapes the web pages and the CLI's ``--json`` share.

Both front doors import from here, never from each other (the web imports
nothing from :mod:`protokoll.cli`).
"""
