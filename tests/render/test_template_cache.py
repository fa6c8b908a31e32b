"""Compiled templates are kept between runs, recompiled when a template changes, and a cache
folder that cannot be used is skipped rather than an error."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import jinja2
import pytest

from clientgen.render.package import environment
from clientgen.render.template_cache import template_cache

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
TEMPLATE = "package/_version.py.jinja"


def _compilations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja compiles from source from now on."""
    compiled: list[str] = []
    real = jinja2.Environment.compile

    def compile_(self: jinja2.Environment, source: Any, name: Any = None, *a: Any) -> Any:
        compiled.append(str(name))
        return real(self, source, name, *a)

    monkeypatch.setattr(jinja2.Environment, "compile", compile_)
    return compiled


def _render(templates: Path) -> str:
    return environment(templates).get_template(TEMPLATE).render(version="1.2.3")


def test_a_template_is_compiled_once_and_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    compiled = _compilations(monkeypatch)
    first = _render(templates)
    assert compiled == [TEMPLATE]
    assert list((tmp_path / "cache" / "clientgen").glob("*/*.cache"))
    # A new environment, as the next run has: the template comes from the cache.
    assert _render(templates) == first
    assert compiled == [TEMPLATE]
    # An edited template is compiled afresh, and renders as edited.
    source = templates / TEMPLATE
    source.write_text("# edited\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    assert _render(templates) == "# edited\n" + first
    assert compiled == [TEMPLATE, TEMPLATE]


def test_a_cache_folder_that_cannot_be_made_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert template_cache() is None
    assert "version" in _render(TEMPLATES)


def _cache_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> jinja2.FileSystemBytecodeCache:
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    cache = template_cache()
    assert isinstance(cache, jinja2.FileSystemBytecodeCache)
    return cache


def test_a_cache_folder_others_may_write_to_is_not_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.chmod(_cache_in(tmp_path, monkeypatch).directory, 0o777)
    assert template_cache() is None


def test_a_cache_that_cannot_be_written_does_not_stop_rendering(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = _cache_in(tmp_path, monkeypatch)
    shutil.rmtree(cache.directory)  # gone between the check and the write
    monkeypatch.setattr("clientgen.render.package.template_cache", lambda: cache)
    assert "version" in _render(TEMPLATES)
