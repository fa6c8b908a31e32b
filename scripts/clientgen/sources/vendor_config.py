"""A vendor's config (``specs/vendors/<name>.yaml``): its pages and what they omit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from clientgen.core.diagnostics import ClientgenError
from clientgen.core.openapi import json_pointer
from clientgen.core.yaml_io import load_yaml
from clientgen.sources.formats import FORMATS
from clientgen.sources.readers import PageOptions

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_OPERATION = re.compile(r"^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /\S*$")
_DOCS_URL = re.compile(r"^https?://[^\s/]+(/\S*)?$")


@dataclass(frozen=True)
class PageConfig:
    """One page of a vendor and the facts it does not state."""

    file: Path
    format: str | None
    options: PageOptions
    # Patterns over "METHOD /path" choosing operations from a large document (all if empty).
    select: tuple[str, ...] = ()


@dataclass(frozen=True)
class VendorConfig:
    """Everything the pipeline needs to know about one vendor besides its pages and overlay."""

    name: str
    title: str
    config_file: Path
    sources_dir: Path
    overlay_file: Path
    pages: tuple[PageConfig, ...]
    # Where the vendor's documentation site lives: its pages' site-relative links
    # (``[Speak](/api-v2/post/tts)``) are made absolute from it in docstrings.
    docs_url: str | None = None


def check_operation(text: str, *, file: Path | str | None, pointer: str | None) -> str:
    """Accept "METHOD /path" (the form configs and --operation use) or fail clearly."""
    if not _OPERATION.match(text):
        raise ClientgenError(
            f"operation {text!r} is not of the form 'METHOD /path'", file=file, pointer=pointer
        )
    return text


def load_vendor(config_file: Path, specs_dir: Path) -> VendorConfig:
    """Load and check one vendor config; every error names the file and the pointer."""
    raw = load_yaml(config_file)
    if not isinstance(raw, dict):
        raise ClientgenError("a vendor config must be a mapping", file=config_file, pointer="")
    unknown = set(raw) - {"name", "title", "docs_url", "pages"}
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise ClientgenError(
            f"unknown key {key!r} (known: name, title, docs_url, pages)",
            file=config_file,
            pointer=json_pointer(key),
        )
    if "title" in raw and not isinstance(raw["title"], str):
        raise ClientgenError("title must be a string", file=config_file, pointer="/title")
    docs_url = raw.get("docs_url")
    if docs_url is not None and not (isinstance(docs_url, str) and _DOCS_URL.match(docs_url)):
        raise ClientgenError(
            "docs_url must be an http(s) URL such as https://docs.example.com",
            file=config_file,
            pointer="/docs_url",
        )
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ClientgenError(
            "name must be lower-case letters, digits and underscores",
            file=config_file,
            pointer="/name",
        )
    if config_file.stem != name:
        raise ClientgenError(
            f"name {name!r} does not match the file name", file=config_file, pointer="/name"
        )
    pages_raw = raw.get("pages")
    if not isinstance(pages_raw, list) or not pages_raw:
        raise ClientgenError("pages must be a non-empty list", file=config_file, pointer="/pages")
    sources_dir = specs_dir / "sources" / name
    pages = tuple(
        _load_page(entry, index, config_file, sources_dir) for index, entry in enumerate(pages_raw)
    )
    return VendorConfig(
        name=name,
        title=str(raw.get("title") or name.title()),
        config_file=config_file,
        sources_dir=sources_dir,
        overlay_file=specs_dir / "overlays" / f"{name}.yaml",
        pages=pages,
        docs_url=docs_url.rstrip("/") if docs_url else None,
    )


def _load_page(entry: object, index: int, config_file: Path, sources_dir: Path) -> PageConfig:
    where = json_pointer("pages", index)
    if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
        raise ClientgenError("a page needs a file", file=config_file, pointer=where)
    known = ("file", "format", "operation", "response_property", "select")
    unknown = set(entry) - set(known)
    if unknown:
        key = sorted(map(str, unknown))[0]
        raise ClientgenError(
            f"unknown key {key!r} (known: {', '.join(known)})",
            file=config_file,
            pointer=json_pointer("pages", index, key),
        )
    for key in ("format", "operation", "response_property"):
        if key in entry and not isinstance(entry[key], str):
            raise ClientgenError(
                f"{key} must be a string",
                file=config_file,
                pointer=json_pointer("pages", index, key),
            )
    path = sources_dir / entry["file"]
    if not path.is_file():
        raise ClientgenError(f"no such page {path}", file=config_file, pointer=where + "/file")
    fmt = entry.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ClientgenError(
            f"unknown format {fmt!r} (known: {', '.join(FORMATS)})",
            file=config_file,
            pointer=where + "/format",
        )
    operation = entry.get("operation")
    if operation is not None:
        check_operation(str(operation), file=config_file, pointer=where + "/operation")
    select = entry.get("select", [])
    if not isinstance(select, list) or not all(isinstance(p, str) and p for p in select):
        raise ClientgenError(
            "select must be a list of patterns over 'METHOD /path'",
            file=config_file,
            pointer=where + "/select",
        )
    return PageConfig(
        file=path,
        format=fmt,
        options=PageOptions(operation=operation, response_property=entry.get("response_property")),
        select=tuple(select),
    )


def discover_vendors(specs_dir: Path) -> list[VendorConfig]:
    """Every vendor configured under ``specs/vendors/``, sorted by name."""
    configs = sorted((specs_dir / "vendors").glob("*.yaml"))
    if not configs:
        raise ClientgenError("no vendor configs found", file=specs_dir / "vendors")
    return [load_vendor(path, specs_dir) for path in configs]
