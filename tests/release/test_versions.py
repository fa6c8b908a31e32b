"""``release.versions`` on its own: the release plan a generation makes from two sets of specs
(the version, the changelog entry prepended under the header) and the ``version:`` line of
``specs/package.yaml``. The whole run, files and swap included, is tests/pipeline/test_release.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.release.spec_diff import Change, Severity
from clientgen.release.versions import (
    changelog_entry,
    format_changes,
    plan_release,
    prepend_entry,
    set_version,
)


def _spec(*paths: str) -> dict[str, Any]:
    ok = {"responses": {"204": {"description": "done"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": {"operationId": path.strip("/"), **ok}} for path in paths},
    }


FIELD_ADDED = Change("acme", Severity.MINOR, ("GET /a",), "/paths/~1a/get", "operation added")
OP_GONE = Change("acme", Severity.MAJOR, ("GET /b",), "/paths/~1b/get", "operation removed")
WORDS = Change("bolt", Severity.PATCH, (), "/info/description", "description changed")


def test_changes_are_listed_by_vendor_then_severity_highest_first() -> None:
    assert format_changes([WORDS, FIELD_ADDED, OP_GONE]) == (
        "### acme\n"
        "\n"
        "Breaking changes (major):\n"
        "\n"
        "- GET /b: operation removed (`#/paths/~1b/get`)\n"
        "\n"
        "Additions (minor):\n"
        "\n"
        "- GET /a: operation added (`#/paths/~1a/get`)\n"
        "\n"
        "### bolt\n"
        "\n"
        "Documentation and other changes (patch):\n"
        "\n"
        "- description changed (`#/info/description`)\n"
    )
    assert format_changes([WORDS], heading="##").startswith("## bolt\n")


def test_an_entry_without_changes_is_the_initial_release() -> None:
    assert changelog_entry("0.1.0", []) == "## 0.1.0\n\nInitial release.\n"
    assert changelog_entry("0.2.0", [WORDS]).startswith("## 0.2.0\n\n### bolt\n")


def test_a_new_entry_goes_above_the_newest_version_below_the_header() -> None:
    existing = "# Changelog\n\nWords.\n\n## 0.1.0\n\nInitial release.\n"
    assert prepend_entry(existing, "## 0.1.1\n\nMore.\n") == (
        "# Changelog\n\nWords.\n\n## 0.1.1\n\nMore.\n\n## 0.1.0\n\nInitial release.\n"
    )
    assert prepend_entry("# Mine\n", "## 1.0.0\n\nX.\n") == "# Mine\n\n## 1.0.0\n\nX.\n"
    fresh = prepend_entry(None, "## 0.1.0\n\nInitial release.\n")
    assert fresh.startswith("# Changelog\n\nEach version is decided by comparing")
    assert fresh.endswith("\n\n## 0.1.0\n\nInitial release.\n")


def test_changed_specs_bump_the_version_and_prepend_their_entry() -> None:
    changelog = prepend_entry(None, changelog_entry("0.1.0", []))
    release = plan_release("0.1.0", {"acme": _spec("/a")}, {"acme": _spec("/a", "/b")}, changelog)
    assert (release.version, release.severity) == ("0.1.1", Severity.MINOR)
    assert [c.text for c in release.changes] == ["operation added"]
    assert release.changelog == prepend_entry(changelog, changelog_entry("0.1.1", release.changes))

    breaking = plan_release("1.4.2", {"acme": _spec("/a")}, {"acme": _spec()}, changelog)
    assert (breaking.version, breaking.severity) == ("2.0.0", Severity.MAJOR)


def test_unchanged_specs_keep_the_version_and_the_changelog() -> None:
    changelog = "# Changelog\n\n## 0.3.0\n\nInitial release.\n"
    release = plan_release("0.3.0", {"acme": _spec("/a")}, {"acme": _spec("/a")}, changelog)
    assert release.version == "0.3.0"
    assert release.changelog == changelog
    assert (release.changes, release.severity) == ((), Severity.NONE)


def test_the_first_generation_starts_the_changelog_at_the_current_version() -> None:
    release = plan_release("0.1.0", None, {"acme": _spec("/a")}, None)
    assert release.version == "0.1.0"
    assert release.changelog == prepend_entry(None, "## 0.1.0\n\nInitial release.\n")


def test_a_version_the_changelog_has_already_is_an_error() -> None:
    changelog = "# Changelog\n\n## 0.1.1\n\nX.\n\n## 0.1.0\n\nInitial release.\n"
    with pytest.raises(ClientgenError, match=r"has an entry for 0\.1\.1 already"):
        plan_release("0.1.0", {"acme": _spec("/a")}, {"acme": _spec("/a", "/b")}, changelog)


def test_set_version_replaces_the_top_level_line_and_keeps_the_others() -> None:
    text = "# The package.\nname: voiceclone\nversion: 0.1.0  # bumped by generate\n"
    assert set_version(text, "0.2.0") == "# The package.\nname: voiceclone\nversion: 0.2.0\n"
    nested = "name: x\nextra:\n  version: 1\n"
    with pytest.raises(ClientgenError) as error:
        set_version(nested, "0.2.0")
    assert str(error.value) == "specs/package.yaml: has no top-level 'version:' line"
