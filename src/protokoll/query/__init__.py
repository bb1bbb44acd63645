"""The read side: the archive's data in the shapes the web pages and the CLI's ``--json`` share.

Both front doors import from here, never from each other (the web imports
nothing from :mod:`protokoll.cli`).

The assignment register's filters are not here yet: ``protokoll assignments
--assignee`` (``cli/archive.py``, ``_matches``) and the ``/uppdrag`` page's
``uppdragstagare`` (``web/pages/assignments.py``, ``Filters``) differ, so one
function would change one of them: the CLI matches the kind only exactly as
given (``person``) and folds with ``fold_letters``; the page strips the text,
also takes the Swedish labels of the kinds and folds with ``fold_name``
(dashes, dots and spaces evened out). Their status filter is the same.
"""
