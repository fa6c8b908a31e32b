"""A vendor's pages to its normalized document: read, combine, overlay, normalize, validate."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.core.openapi import iter_refs, json_pointer, resolves, unescape
from clientgen.sources.readers import read_page
from clientgen.sources.selection import select_operations
from clientgen.sources.vendor_config import VendorConfig
from clientgen.spec.cloner_declaration import check_declaration
from clientgen.spec.combine import combine_pages
from clientgen.spec.defaults import drop_unfitting_defaults
from clientgen.spec.doc_links import absolute_doc_links
from clientgen.spec.normalize import normalize
from clientgen.spec.operation_ids import deduplicate_operation_ids
from clientgen.spec.overlay import apply_overlay, load_overlay
from clientgen.spec.patterns import set_aside_unenforceable_patterns
from clientgen.spec.required_by_examples import require_fields_every_example_shows
from clientgen.spec.validate import check_required_cycles, validate_document


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
    overlay: dict[str, Any] | None = None
    touched: list[tuple[int, str]] = []
    if config.overlay_file.exists():
        overlay = load_overlay(config.overlay_file)
        combined = apply_overlay(combined, overlay, config.overlay_file, touched)
    sources = _Sources(pages, overlay, config.overlay_file, touched)
    try:
        document = normalize(combined, str(config.config_file), warnings)
    except Exception:
        sources.check_refs([combined])  # a reference to nowhere, named where it was written
        raise
    sources.check_refs([combined, document])
    sources.check_cycles(combined)
    normalized_name = f"{config.name} (normalized from {config.config_file})"
    warnings += deduplicate_operation_ids(document, normalized_name)
    warnings += set_aside_unenforceable_patterns(document, normalized_name)
    warnings += drop_unfitting_defaults(document, normalized_name)
    require_fields_every_example_shows(document)
    if config.docs_url:
        absolute_doc_links(document, config.docs_url)
    try:
        validate_document(document, normalized_name)
        check_declaration(document, normalized_name)
    except ClientgenError as exc:
        raise sources.blame(exc) from None
    return VendorSpec(config=config, document=document, warnings=warnings)


@dataclass(frozen=True)
class _Sources:
    """The pages and overlay a vendor document came from, to name them in errors."""

    pages: list[tuple[Path, dict[str, Any]]]
    overlay: dict[str, Any] | None
    overlay_file: Path
    touched: list[tuple[int, str]]

    def blame(self, error: ClientgenError) -> ClientgenError:
        """The error in the normalized document, named in the page or overlay action that
        wrote the place it is about (or as it was, if none can be told)."""
        pointer = error.pointer
        if pointer is None:
            return error
        # Imported where it runs, as validate.py does (its import is slow).
        from clientgen.spec.spec_validator import validate_openapi

        for file, page in self.pages:
            try:
                validate_openapi(page)
            except ValidationError as exc:
                if json_pointer(*exc.path) == pointer:
                    return ClientgenError(error.message, file=file, pointer=pointer)
            except Exception:  # only looking for the culprit: the error stands
                continue
        actions = (self.overlay or {}).get("actions") or []
        for index, written in reversed(self.touched):
            if pointer != written and not pointer.startswith(written + "/"):
                continue
            # The action wrote there if its update holds the first key below its target.
            below = pointer[len(written) :].split("/")[1:2]
            update = actions[index].get("update")
            key = unescape(below[0]) if below else None
            if key is None or (isinstance(update, dict) and key in update):
                return ClientgenError(
                    f"this action leaves the document broken at #{pointer}: {error.message}",
                    file=self.overlay_file,
                    pointer=json_pointer("actions", index),
                )
        return error

    def check_refs(self, documents: list[dict[str, Any]]) -> None:
        """A ``$ref`` that resolves in none of the stages is an error where it was written.

        A page may refer to what another page or the overlay defines, and the overlay to what
        normalization names; so a reference is only broken if no stage holds its target.
        """
        written: list[tuple[Path, str, str, dict[str, Any] | None]] = [
            (file, where, ref, page) for file, page in self.pages for where, ref in iter_refs(page)
        ]
        for index, action in enumerate((self.overlay or {}).get("actions") or []):
            if isinstance(action, dict) and "update" in action:
                base = json_pointer("actions", index, "update")
                written.extend(
                    (self.overlay_file, where, ref, None)
                    for where, ref in iter_refs(action["update"], base)
                )
        for file, where, ref, page in written:
            if not ref.startswith("#"):
                raise ClientgenError(
                    f"external reference {ref!r} is not supported", file=file, pointer=where
                )
            holders = [page, *documents] if page is not None else documents
            if not any(resolves(holder, ref) for holder in holders):
                raise ClientgenError(f"$ref {ref!r} points to nothing", file=file, pointer=where)

    def check_cycles(self, combined: dict[str, Any]) -> None:
        """A cycle of required properties, named in the page (or overlay) defining its start."""
        try:
            check_required_cycles(combined, self.overlay_file)
        except ClientgenError as exc:
            pointer = exc.pointer or ""
            parts = pointer.split("/")
            name = unescape(parts[3]) if len(parts) > 3 else ""
            file = next(
                (
                    path
                    for path, page in self.pages
                    if name in ((page.get("components") or {}).get("schemas") or {})
                ),
                self.overlay_file,
            )
            raise ClientgenError(exc.message, file=file, pointer=pointer) from None
