"""Stage 5, release: what changed since the last specs, and the version it calls for.

In: the committed normalized specs and the fresh ones. Out: the classified changes
(``spec_diff``: major, minor or patch), the next version and the CHANGELOG entry
(``versions``).
"""
