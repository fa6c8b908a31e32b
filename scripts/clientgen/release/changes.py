"""What the spec diff reports: one classified change, and the severities it can have.

Kept apart from the walkers that find the changes so that the release plan
(:mod:`clientgen.release.versions`) and the command line can hold and print changes without
the comparison rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

__all__ = ["Change", "Severity"]


class Severity(enum.IntEnum):
    """How a change affects users of the client, ordered: the bump is the highest one."""

    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3

    @property
    def label(self) -> str:
        """``none``, ``patch``, ``minor`` or ``major``."""
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Change:
    """One classified change of one vendor's spec."""

    vendor: str
    severity: Severity
    operations: tuple[str, ...]  # ("GET /v1/voices", ...); () for document-level changes
    pointer: str  # JSON pointer into the new document (the old one for what was removed)
    text: str  # what changed, without the operations

    @property
    def description(self) -> str:
        """One line: the operations it affects, then what changed."""
        return f"{', '.join(self.operations)}: {self.text}" if self.operations else self.text

    def __str__(self) -> str:
        return f"{self.severity.label}: {self.description} (#{self.pointer})"
