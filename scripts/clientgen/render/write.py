"""Stage generated files, format and check them, and swap them in atomically.

Nothing reaches ``generated/``, ``specs/normalized/`` or ``specs/package.yaml`` until every file
of every output has been compiled (in memory), written to a staging folder (or, for a single
file, a staging file) beside it and formatted by ruff. Then each output is swapped in by renames;
if any swap fails, the ones done are rolled back.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from clientgen.core.diagnostics import ClientgenError


def stage(files: Mapping[str, str], parent: Path, name: str) -> Path:
    """Write ``files`` into a new staging folder under ``parent``; return it."""
    parent.mkdir(parents=True, exist_ok=True)
    # A run that was killed (not interrupted) may have left its staging folder behind.
    for stale in parent.glob(f".{name}.staging-*"):
        _remove(stale)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=parent))
    try:
        write_files(staging, files)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def write_files(root: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` (relative path → text) below ``root``, as UTF-8 bytes."""
    for relative, content in sorted(files.items()):
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8"))  # bytes: the same output on every OS


def stage_file(content: str, parent: Path, name: str) -> Path:
    """Write ``content`` into a new staging file under ``parent``; return it."""
    parent.mkdir(parents=True, exist_ok=True)
    for stale in parent.glob(f".{name}.staging-*"):
        _remove(stale)
    handle, temp = tempfile.mkstemp(prefix=f".{name}.staging-", dir=parent)
    staging = Path(temp)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content.encode("utf-8"))
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return staging


def _remove(path: Path) -> None:
    """Remove a file or a folder, whichever ``path`` is; no error if it is gone."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def check_compiles(files: Mapping[str, str]) -> None:
    """Compile every rendered module in memory, before anything is written: a template that
    rendered invalid Python (a syntax error, or one only the compiler finds, such as a repeated
    argument) is named with its file and line. ruff does not change what compiles."""
    for relative, source in sorted(files.items()):
        if not relative.endswith(".py"):
            continue
        try:
            compile(source, relative, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            raise ClientgenError(
                f"a template rendered invalid Python: {exc}",
                file=relative,
                line=getattr(exc, "lineno", None),
            ) from exc


def format_python(root: Path, only: Iterable[str] = (".",)) -> None:
    """ruff on a staged package (or ``only`` these paths in it): sorted imports, unused imports
    removed, the old typing spellings the model generator writes for some shapes (``Dict``,
    quoted recursive names) modernized, then formatted."""
    ruff = [find_ruff_bin()]
    steps = [
        [
            *ruff,
            "check",
            "--no-cache",
            "--fix",
            "--quiet",
            "--select",
            "I,F401,RUF022,UP006,UP035,UP037",
            "--exit-zero",
            *only,
        ],
        [*ruff, "format", "--no-cache", *only],
    ]
    for command in steps:
        done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ClientgenError(
                f"ruff failed on the generated code: {done.stderr.strip() or done.stdout.strip()}",
                file=root,
            )


def read_tree(root: Path) -> dict[str, str]:
    """Every file below ``root`` as text, keyed by its relative POSIX path."""
    found = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        # Caches of tools run in the tree (.mypy_cache, __pycache__) are not output.
        if not path.is_file() or any(
            p.startswith(".") or p == "__pycache__" for p in relative.parts
        ):
            continue
        found[relative.as_posix()] = path.read_bytes().decode("utf-8", errors="replace")
    return found


def swap_in(pairs: list[tuple[Path, Path]]) -> None:
    """Replace each destination with its staged folder or file; all or nothing."""
    # (destination, its backup or None, whether the staged folder may have reached it)
    done: list[tuple[Path, Path | None, list[bool]]] = []
    try:
        for staged, dest in pairs:
            backup: Path | None = None
            if dest.exists():
                backup = dest.with_name(f".{dest.name}.previous")
                if backup.exists():
                    _remove(backup)
            moved = [False]
            # Recorded before any rename, so an interruption between them still restores.
            done.append((dest, backup, moved))
            if backup is not None:
                dest.rename(backup)
            moved[0] = True
            staged.rename(dest)
    except BaseException:
        _roll_back(done)
        raise
    for _, backup, _ in done:
        if backup is not None:
            _remove(backup)


def _roll_back(done: list[tuple[Path, Path | None, list[bool]]]) -> None:
    """Put every destination back as it was before :func:`swap_in` touched it."""
    for dest, backup, moved in reversed(done):
        if not moved[0]:
            # The first rename may or may not have happened: only the backup can tell.
            if backup is not None and backup.exists() and not dest.exists():
                backup.rename(dest)
            continue
        if backup is None:
            _remove(dest)
        elif backup.exists():
            _remove(dest)
            backup.rename(dest)


def discard(paths: list[Path]) -> None:
    """Remove staging folders (and files) left by a failed run."""
    for path in paths:
        _remove(path)
