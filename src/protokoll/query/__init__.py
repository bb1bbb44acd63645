"""The read side: the archive's data in the shapes the web pages and the CLI's ``--json`` share.

Both front doors import from here, never from each other (the web imports
nothing from :mod:`protokoll.cli`).

The assignment register has one filter (:mod:`.assignments`, ``RegisterFilter``)
for ``protokoll assignments`` and the ``/uppdrag`` page. They match an assignee
differently, and both ways are kept, as its ``labels`` parameter: the CLI takes
a kind only exactly as given (``person``) and folds with ``fold_letters``; the
page strips the text, also takes the Swedish labels of the kinds and folds with
``fold_name`` (dashes, dots and spaces evened out). Status, deadline, body and
municipality filter the same way for both.
"""
