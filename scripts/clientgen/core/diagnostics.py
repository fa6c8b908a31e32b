"""Errors and warnings that name the file and the place they are about."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path


def _where(file: Path | str | None, line: int | None, pointer: str | None) -> str:
    parts: list[str] = []
    if file is not None:
        parts.append(str(file) + (f":{line}" if line is not None else ""))
    if pointer is not None:
        parts.append(f"#{pointer}" if pointer.startswith("/") or pointer == "" else pointer)
    return " ".join(parts)


class ClientgenError(Exception):
    """One clear error: what went wrong, in which file, at which line or JSON pointer."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        line: int | None = None,
        pointer: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.pointer = pointer
        where = _where(file, line, pointer)
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class Diagnostic:
    """A warning: something a reader saw but could not use with confidence."""

    message: str
    file: Path | str | None = None
    line: int | None = None
    pointer: str | None = None

    def __str__(self) -> str:
        where = _where(self.file, self.line, self.pointer)
        return f"{where}: warning: {self.message}" if where else f"warning: {self.message}"


def report(warnings: Iterable[Diagnostic]) -> None:
    """Warnings go to standard error, one line each."""
    for warning in warnings:
        print(warning, file=sys.stderr)
