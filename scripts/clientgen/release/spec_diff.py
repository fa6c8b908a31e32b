"""Classify the changes between two sets of normalized specs, and the version bump they call for.

:func:`diff_specs` compares ``{vendor: OpenAPI document}`` before and after, and returns every
change with a severity, from the point of view of code that uses the generated client:

- **major** (breaks callers): a removed operation, parameter, request or response field, media
  type, 2xx response or enum value; a narrowed type (``string`` → ``integer``, a request value
  that is no longer nullable, an optional request field or parameter that became required,
  tighter request constraints); a new required parameter or request field or body; a response
  field that may now be absent or ``null``; changed auth (security requirements or schemes); a
  renamed method (``operationId``, ``x-clientgen-name``) or schema (a generated type's name).
- **minor** (adds, breaks nothing): an added operation, optional parameter, field, media type,
  response or enum value; a widened request type, a narrowed response type (now always present,
  never ``null``); a changed default server or error envelope setting.
- **patch**: documentation only — descriptions, summaries, titles, examples, defaults, tags,
  provenance (``x-clientgen-sources``) — and any other difference no rule above covers, so that
  every textual change in a spec is reported somewhere.
- **no change**: a difference with no effect at all. Key order never counts (documents are
  compared as mappings); neither does the order of ``enum`` values, ``required`` names,
  ``type`` lists or security scopes: they are sets, and a ``Literal[...]`` or a ``required``
  list accepts the same values in any order.

``$ref``s are followed into ``components``: a change inside a component is reported at the
operations that use it, once per change, with every such operation listed, the pointer into
the component and the field named after the component (``Voice.name``). A component that no
operation reaches is compared on its own, conservatively (any narrowing or widening is major).

This module is the entry point. The rules live in :mod:`clientgen.release.schema_walker`
(schemas) and :mod:`clientgen.release.document_walker` (operations and the document level); the
forms values are compared in (key order, null, type and enum sets) in
:mod:`clientgen.release.comparable_forms`; :class:`Change` and :class:`Severity` in
:mod:`clientgen.release.changes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from clientgen.core.diagnostics import ClientgenError
from clientgen.release.changes import Change, Severity
from clientgen.release.document_walker import DocumentWalker

__all__ = ["Change", "Severity", "bump", "diff_specs", "next_version"]


def diff_specs(
    old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]
) -> list[Change]:
    """Every change from ``old`` to ``new`` (both ``{vendor: normalized OpenAPI document}``),
    classified, sorted by vendor, then severity (highest first), operations and pointer.

    A pure function: the documents are only read. An empty list means no change with any
    effect (reordered keys or enum values are none).
    """
    changes: list[Change] = []
    for vendor in sorted(set(old) | set(new)):
        if vendor not in new:
            changes.append(Change(vendor, Severity.MAJOR, (), "", f"vendor {vendor} removed"))
        elif vendor not in old:
            changes.append(Change(vendor, Severity.MINOR, (), "", f"vendor {vendor} added"))
        else:
            changes.extend(DocumentWalker(vendor, old[vendor], new[vendor]).changes())
    return sorted(changes, key=lambda c: (c.vendor, -c.severity, c.operations, c.pointer, c.text))


def bump(changes: Iterable[Change]) -> Severity:
    """The version bump that ``changes`` call for: the highest severity, NONE for none."""
    return max((c.severity for c in changes), default=Severity.NONE)


def next_version(version: str, severity: Severity) -> str:
    """``version`` bumped for ``severity`` by semantic versioning.

    Below 1.0.0 a breaking change bumps the minor number and anything else the patch number
    (0.1.0 → 0.2.0 / 0.1.1), the convention of Cargo and of ``~=0.1.0``/``^0.1.0`` pins: in 0.x
    the minor number is the one users pin against, and leaving 0.x says "this API is stable",
    which is a decision for people (edit specs/package.yaml), not a consequence of a vendor
    removing a field.
    """
    if severity is Severity.NONE:
        return version
    parts = version.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ClientgenError(f"cannot bump version {version!r}: expected MAJOR.MINOR.PATCH")
    major, minor, patch = (int(p) for p in parts)
    if major == 0:
        if severity is Severity.MAJOR:
            return f"0.{minor + 1}.0"
        return f"0.{minor}.{patch + 1}"
    if severity is Severity.MAJOR:
        return f"{major + 1}.0.0"
    if severity is Severity.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"
