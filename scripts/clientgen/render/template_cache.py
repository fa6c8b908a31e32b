"""Compiled templates kept between runs, as Python keeps ``.pyc`` files.

Compiling the templates is a tenth of a second on every run, a good part of a small
document's generation. Jinja keys each entry by the template's path and checks the source's
checksum (and the Python version) on load, so an edited template is compiled afresh. The
cache lives in the user's cache folder (``$XDG_CACHE_HOME``, else ``~/.cache``), readable by
its owner alone: loading a cache entry runs its code. A cache that cannot be made or written
is skipped, never an error.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket


class _BestEffortCache(jinja2.FileSystemBytecodeCache):
    def dump_bytecode(self, bucket: Bucket) -> None:
        # A full disk, a folder removed meanwhile: the template is compiled again next time.
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def template_cache() -> jinja2.BytecodeCache | None:
    """The bytecode cache for the templates (None where there can be none)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    folder = Path(base) / "clientgen" / f"templates-jinja-{jinja2.__version__}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        found = folder.stat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to be found
        return None
    # A folder someone else owns or may write to (a shared cache path) is never trusted with
    # code to run.
    owner = os.getuid() if hasattr(os, "getuid") else found.st_uid
    if found.st_uid != owner or found.st_mode & 0o022:
        return None
    return _BestEffortCache(str(folder))
