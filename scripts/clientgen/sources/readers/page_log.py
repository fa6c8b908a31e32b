"""Where the warnings about one page are collected: each with the file and line, each once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clientgen.core.diagnostics import Diagnostic


@dataclass
class PageLog:
    """The warnings about one page, in the order found; a repeated finding is kept once."""

    path: Path
    warnings: list[Diagnostic] = field(default_factory=list)

    def warn(self, message: str, line: int | None) -> None:
        found = Diagnostic(message, file=self.path, line=line)
        if found not in self.warnings:  # items of an array repeat the same finding
            self.warnings.append(found)
