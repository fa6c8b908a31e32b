"""The release that a generation makes: the version bump and the changelog entry.

:func:`plan_release` compares the freshly normalized specs with the committed ones
(:func:`clientgen.release.spec_diff.diff_specs`); when anything changed it bumps the version
(:func:`clientgen.release.spec_diff.next_version`) and prepends an entry to the changelog. The
output is deterministic (no dates): a fresh generation of an unchanged tree changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from clientgen.core.diagnostics import ClientgenError
from clientgen.release.spec_diff import Change, Severity, bump, diff_specs, next_version

CHANGELOG = "CHANGELOG.md"
_HEADER = (
    "# Changelog\n"
    "\n"
    "Each version is decided by comparing the vendors' normalized specs with the previous ones\n"
    "(`clientgen diff`): a breaking change bumps the major number (the minor one below 1.0.0),\n"
    "an addition the minor number (the patch one below 1.0.0), documentation the patch number.\n"
)
_TITLES = {
    Severity.MAJOR: "Breaking changes",
    Severity.MINOR: "Additions",
    Severity.PATCH: "Documentation and other changes",
}


@dataclass(frozen=True)
class Release:
    """What a generation publishes: the version, the changelog, and the changes behind them."""

    version: str
    changelog: str
    changes: tuple[Change, ...]
    severity: Severity


def format_changes(changes: list[Change] | tuple[Change, ...], heading: str = "###") -> str:
    """Markdown: a section per vendor, in it a list per severity, highest first."""
    lines: list[str] = []
    for vendor in sorted({c.vendor for c in changes}):
        lines += [f"{heading} {vendor}", ""]
        for severity in (Severity.MAJOR, Severity.MINOR, Severity.PATCH):
            picked = [c for c in changes if c.vendor == vendor and c.severity is severity]
            if not picked:
                continue
            lines += [f"{_TITLES[severity]} ({severity.label}):", ""]
            lines += [f"- {c.description} (`#{c.pointer}`)" for c in picked]
            lines.append("")
    return "\n".join(lines)


def changelog_entry(version: str, changes: list[Change] | tuple[Change, ...]) -> str:
    """The changelog section for ``version``."""
    body = format_changes(changes) if changes else "Initial release.\n"
    return f"## {version}\n\n{body}".rstrip("\n") + "\n"


def prepend_entry(existing: str | None, entry: str) -> str:
    """The changelog with ``entry`` as its newest version (just below the header)."""
    if not existing:
        return f"{_HEADER}\n{entry}"
    match = re.search(r"^## ", existing, flags=re.MULTILINE)
    if match is None:
        return existing.rstrip("\n") + "\n\n" + entry
    return existing[: match.start()] + entry + "\n" + existing[match.start() :]


def plan_release(
    version: str,
    committed: Mapping[str, Mapping[str, Any]] | None,
    fresh: Mapping[str, Mapping[str, Any]],
    changelog: str | None,
) -> Release:
    """The version and changelog after a generation.

    ``committed`` holds the normalized specs before the run (None: there were none, the first
    generation: nothing to compare, no bump), ``changelog`` the current changelog (None: there
    is none yet: it starts with an entry for the current version).
    """
    changes = diff_specs(committed, fresh) if committed is not None else []
    severity = bump(changes)
    new_version = next_version(version, severity)
    text = changelog
    if text is None:
        text = prepend_entry(None, changelog_entry(version, []))
    if severity is not Severity.NONE:
        if f"\n## {new_version}\n" in f"\n{text}":
            raise ClientgenError(
                f"the changelog has an entry for {new_version} already; "
                "set the version in specs/package.yaml to the latest release"
            )
        text = prepend_entry(text, changelog_entry(new_version, changes))
    return Release(new_version, text, tuple(changes), severity)


def set_version(package_yaml: str, version: str) -> str:
    """``specs/package.yaml`` with its ``version:`` line replaced (its comments kept)."""
    updated, count = re.subn(
        r"^version:.*$", f"version: {version}", package_yaml, count=1, flags=re.MULTILINE
    )
    if count != 1:
        raise ClientgenError("has no top-level 'version:' line", file="specs/package.yaml")
    return updated
