"""A vendor's pages to its normalized document: read, combine, overlay, normalize, validate."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Any

from clientgen.combine import combine_pages
from clientgen.diagnostics import Diagnostic
from clientgen.normalize import normalize
from clientgen.overlay import apply_overlay, load_overlay
from clientgen.readers import read_page
from clientgen.selection import select_operations
from clientgen.validate import validate_document
from clientgen.vendor_config import VendorConfig


@dataclass
class VendorSpec:
    """A vendor's normalized OpenAPI document and what its readers warned about."""

    config: VendorConfig
    document: dict[str, Any]
    warnings: list[Diagnostic] = field(default_factory=list)


def build_vendor_spec(config: VendorConfig) -> VendorSpec:
    """Run a vendor's pages through every stage up to the normalized document."""
    warnings: list[Diagnostic] = []
    pages = []
    for index, page in enumerate(config.pages):
        result = read_page(page.file, fmt=page.format, options=page.options)
        warnings.extend(result.warnings)
        document = result.document
        if page.select:
            document = select_operations(
                document,
                page.select,
                config_file=config.config_file,
                pointer=f"/pages/{index}/select",
            )
        pages.append((page.file, document))
    combined, conflicts = combine_pages(config.title, pages)
    warnings.extend(conflicts)
    if config.overlay_file.exists():
        combined = apply_overlay(combined, load_overlay(config.overlay_file), config.overlay_file)
    document = normalize(combined, str(config.config_file))
    validate_document(document, f"{config.name} (normalized from {config.config_file})")
    return VendorSpec(config=config, document=document, warnings=warnings)


def report(warnings: list[Diagnostic]) -> None:
    """Warnings go to standard error, one line each."""
    for warning in warnings:
        print(warning, file=sys.stderr)
