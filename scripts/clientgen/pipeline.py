"""The whole way through: vendor specs → normalized specs → rendered, formatted package.

``generate`` writes ``specs/normalized/`` and ``generated/<package>/`` atomically, and with them,
when the normalized specs changed, the bumped version in ``specs/package.yaml`` and a new
``CHANGELOG.md`` entry (release/); ``check`` renders the same into a temporary folder and
diffs it against the tree; ``client`` renders a package from OpenAPI documents alone.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import keyword
import re
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from clientgen.core.diagnostics import ClientgenError, Diagnostic, report
from clientgen.core.openapi import decode_local_refs
from clientgen.core.yaml_io import dump_yaml, load_yaml, parse_yaml
from clientgen.model.builder import build_api_model
from clientgen.release.versions import CHANGELOG, plan_release, set_version
from clientgen.render.background import Background
from clientgen.render.model_jobs import render_models
from clientgen.render.package import PackageInfo, models_file, render_package
from clientgen.render.write import (
    check_compiles,
    discard,
    format_python,
    read_tree,
    stage,
    stage_file,
    swap_in,
    write_files,
)
from clientgen.spec.cloner_declaration import check_declaration
from clientgen.spec.defaults import drop_unfitting_defaults
from clientgen.spec.normalize import normalize
from clientgen.spec.operation_ids import deduplicate_operation_ids
from clientgen.spec.patterns import set_aside_unenforceable_patterns
from clientgen.spec.swagger import convert_swagger
from clientgen.spec.validate import validate_document

if TYPE_CHECKING:
    from clientgen.spec.vendor_spec import VendorSpec


@dataclass(frozen=True)
class Project:
    """Where a project keeps its specs, templates and generated package."""

    root: Path

    @property
    def specs(self) -> Path:
        return self.root / "specs"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def normalized(self) -> Path:
        return self.specs / "normalized"

    def package_info(self) -> PackageInfo:
        path = self.specs / "package.yaml"
        raw = load_yaml(path)
        try:
            return package_info(
                str(raw["package"]), str(raw["distribution"]), str(raw["version"]), source=path
            )
        except (KeyError, TypeError) as exc:
            raise ClientgenError(
                f"needs package, distribution and version ({exc})", file=path
            ) from exc

    def generated(self, info: PackageInfo) -> Path:
        return self.root / "generated" / info.package


_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
_VERSION = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def package_info(
    package: str, distribution: str, version: str, *, source: Path | str
) -> PackageInfo:
    """Check the names and version that go into generated code and metadata."""
    if not package.isidentifier() or keyword.iskeyword(package) or not package.islower():
        raise ClientgenError(f"package {package!r} is not a lower-case identifier", file=source)
    if not _DISTRIBUTION.match(distribution):
        raise ClientgenError(f"distribution {distribution!r} is not a project name", file=source)
    if not _VERSION.match(version):
        raise ClientgenError(f"version {version!r} is not a PEP 440 version", file=source)
    return PackageInfo(package, distribution, version)


def vendor_specs(project: Project) -> list[VendorSpec]:
    """Every configured vendor's normalized document; warnings go to standard error."""
    # Imported here: the readers, the overlays and the page merging take a quarter of a
    # second to import, which `clientgen client` (documents alone) never needs.
    from clientgen.sources.vendor_config import discover_vendors
    from clientgen.spec.vendor_spec import build_vendor_spec

    specs = [build_vendor_spec(config) for config in discover_vendors(project.specs)]
    for spec in specs:
        report(spec.warnings)
    return specs


def _render_formatted(
    documents: list[tuple[str, dict[str, Any], str]],
    info: PackageInfo,
    templates: Path,
    parent: Path,
    extra: dict[str, str] | None = None,
    workers: Background | None = None,
    checks: Sequence[Callable[[], None]] = (),
) -> Path:
    """Render the package (and ``extra`` files) into a staging folder under ``parent`` and
    format it there. The models are written by ``workers`` (or by workers started here);
    ``checks`` of the documents run meanwhile, before anything is staged."""
    with _validator_first(*checks):
        namespaces = build_api_model(documents)
    for namespace in namespaces:
        report(namespace.warnings)
    # The models are written in the background while the rest is rendered, staged and formatted.
    with contextlib.ExitStack() as stack:
        background = workers or stack.enter_context(Background(len(namespaces)))
        models = {
            models_file(info, ns): background.submit(
                render_models, ns.document, dict(ns.field_aliases), info.package, ns.module
            )
            for ns in namespaces
        }
        for check in checks:
            check()
        files = {**render_package(namespaces, info, templates), **(extra or {})}
        check_compiles(files)
        staged = stage(files, parent, info.package)
        try:
            # While the models are still being written (a large document), the rest is
            # formatted meanwhile; when they are ready already, one pass formats it all.
            rest_first = not all(job.done() for job in models.values())
            if rest_first:
                format_python(staged)
            model_files = {}
            for ns, (path, job) in zip(namespaces, models.items(), strict=True):
                written = job.result()
                report(
                    [
                        Diagnostic(
                            f"datamodel-code-generator: {said}", ns.source, None, "/components"
                        )
                        for said in written.warnings
                    ]
                )
                model_files[path] = written.source
            check_compiles(model_files)
            write_files(staged, model_files)
            format_python(staged, model_files if rest_first else (".",))
        except BaseException:
            discard([staged])
            raise
    return staged


def _validated(document: dict[str, Any], path: Path) -> None:
    """A document the user brings, validated: its warnings told, its error raised."""
    report(validate_document(document, path, strict=False))


@contextlib.contextmanager
def _validator_first(*checks: Callable[[], None]) -> Iterator[None]:
    """Run the block; if it fails, the first of ``checks`` that fails is the error told
    instead (the validator names the place in the document that made no sense)."""
    try:
        yield
    except Exception:
        for check in checks:
            check()
        raise


def _stage_all(
    project: Project, workdir: Path | None, staged: list[Path], workers: Background | None
) -> list[tuple[Path, Path]]:
    """Render and check both outputs in staging folders; each is added to ``staged`` at once,
    so that the caller removes every one of them whatever happens."""
    info = project.package_info()
    specs = vendor_specs(project)
    normalized = {f"{s.config.name}.yaml": dump_yaml(s.document) for s in specs}
    documents = [
        (s.config.name, s.document, str(project.normalized / f"{s.config.name}.yaml"))
        for s in specs
    ]
    generated = project.generated(info)
    # The version follows the change from the committed specs to these (as they are written).
    fresh = {name.removesuffix(".yaml"): parse_yaml(text) for name, text in normalized.items()}
    changelog_file = generated / CHANGELOG
    release = plan_release(
        info.version,
        _committed_specs(project),
        fresh,
        changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None,
    )
    committed_version, info = info.version, replace(info, version=release.version)
    staged_specs = stage(normalized, workdir or project.specs, "normalized")
    staged.append(staged_specs)
    staged_package = _render_formatted(
        documents,
        info,
        project.templates,
        workdir or generated.parent,
        extra={CHANGELOG: release.changelog},
        workers=workers,
    )
    staged.append(staged_package)
    pairs = [(staged_specs, project.normalized), (staged_package, generated)]
    if release.version != committed_version:
        package_file = project.specs / "package.yaml"
        text = set_version(package_file.read_text(encoding="utf-8"), release.version)
        staged_version = stage_file(text, workdir or project.specs, package_file.name)
        staged.append(staged_version)
        pairs.append((staged_version, package_file))
    return pairs


def _committed_specs(project: Project) -> dict[str, dict[str, Any]] | None:
    """The normalized specs on disk before the run (None: there are none yet)."""
    if not project.normalized.is_dir():
        return None
    committed: dict[str, dict[str, Any]] = {}
    for path in sorted(project.normalized.glob("*.yaml")):
        raw = load_yaml(path)
        if not isinstance(raw, dict):
            raise ClientgenError(
                "the committed normalized spec is not a mapping: the version bump cannot be "
                "decided (restore it from git, or delete it to treat the vendor as new)",
                file=path,
            )
        committed[path.stem] = raw
    return committed


def generate(project: Project, workers: Background | None = None) -> list[Path]:
    """Run every stage and swap the outputs in; return the files written (the models by
    ``workers``, when given).

    Until the swap, nothing outside the staging folders changes; the swap is all or nothing;
    and the staging folders are gone afterwards, whether the run succeeded, failed or was
    interrupted.
    """
    staged: list[Path] = []
    try:
        pairs = _stage_all(project, None, staged, workers)
        swap_in(pairs)
    finally:
        discard(staged)  # after a swap they are gone already: only leftovers are removed
    return sorted(
        path
        for _, dest in pairs
        for path in ([dest] if dest.is_file() else dest.rglob("*"))
        if path.is_file()
    )


def check(project: Project, workers: Background | None = None) -> str:
    """A unified diff between the committed outputs and a fresh generation ('' when equal)."""
    with tempfile.TemporaryDirectory(prefix="clientgen-check-") as tmp:
        pairs = _stage_all(project, Path(tmp), [], workers)
        chunks: list[str] = []
        for staged, dest in pairs:
            if staged.is_file():  # specs/package.yaml
                fresh = {dest.name: staged.read_text(encoding="utf-8")}
                committed = {dest.name: dest.read_text(encoding="utf-8")} if dest.exists() else {}
                label = dest.parent.relative_to(project.root).as_posix()
            else:
                fresh = read_tree(staged)
                committed = read_tree(dest) if dest.exists() else {}
                label = dest.relative_to(project.root).as_posix()
            for name in sorted(set(fresh) | set(committed)):
                old, new = committed.get(name), fresh.get(name)
                if old == new:
                    continue
                chunks.extend(
                    difflib.unified_diff(
                        (old or "").splitlines(keepends=True),
                        (new or "").splitlines(keepends=True),
                        fromfile=f"a/{label}/{name}" if old is not None else "/dev/null",
                        tofile=f"b/{label}/{name}" if new is not None else "/dev/null",
                    )
                )
        return "".join(chunks)


def load_specs(project: Project, where: str) -> dict[str, dict[str, Any]]:
    """The normalized specs ``{vendor: document}`` in a folder or, when ``where`` names no
    file, at a git revision of the project (its ``specs/normalized/*.yaml``)."""
    folder = Path(where)
    if folder.is_dir():
        paths = sorted(folder.glob("*.yaml"))
        if not paths:
            raise ClientgenError("the folder holds no normalized specs (*.yaml)", file=folder)
        specs: dict[str, dict[str, Any]] = {}
        for path in paths:
            raw = load_yaml(path)
            if not isinstance(raw, dict):
                raise ClientgenError("a normalized spec must be a mapping", file=path)
            specs[path.stem] = raw
        return specs
    if folder.exists():
        raise ClientgenError("not a folder of normalized specs", file=folder)
    if where.startswith("-") or not _git(
        project, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{where}^{{commit}}"
    ):
        raise ClientgenError(f"{where!r} is neither a folder nor a git revision of {project.root}")
    listing = _git(project, "ls-tree", "--name-only", f"{where}:./specs/normalized")
    names = [n for n in (listing or "").splitlines() if n.endswith(".yaml")]
    if not names:
        raise ClientgenError(f"revision {where!r} has no specs/normalized/*.yaml")
    specs = {}
    for name in names:
        text = _git(project, "show", f"{where}:./specs/normalized/{name}")
        specs[name.removesuffix(".yaml")] = _mapping(text or "", f"{where}:specs/normalized/{name}")
    return specs


def _git(project: Project, *args: str) -> str | None:
    """Standard output of a read-only git command in the project; None when it fails."""
    try:
        done = subprocess.run(
            ["git", "-C", str(project.root), *args], capture_output=True, check=False
        )
    except OSError as exc:
        raise ClientgenError(f"cannot run git: {exc}") from exc
    return done.stdout.decode("utf-8") if done.returncode == 0 else None


def _mapping(text: str, source: str) -> dict[str, Any]:
    try:
        raw = parse_yaml(text)
    except yaml.YAMLError as exc:
        raise ClientgenError(f"invalid YAML: {exc}", file=source) from exc
    if not isinstance(raw, dict):
        raise ClientgenError("a normalized spec must be a mapping", file=source)
    return raw


def client(
    specs: list[Path],
    out: Path,
    package: str,
    distribution: str,
    version: str,
    templates: Path,
    workers: Background | None = None,
) -> list[Path]:
    """Render a package from OpenAPI 3.0/3.1 documents alone, one namespace per document."""
    documents = []
    checks: list[Callable[[], None]] = []
    for path in specs:
        raw = load_yaml(path)
        if raw is None:
            raise ClientgenError("the file is empty", file=path)
        if not isinstance(raw, dict):
            raise ClientgenError("an OpenAPI document must be a mapping", file=path, pointer="")
        if "swagger" in raw:
            raw, converted = convert_swagger(raw, path)
            report(converted)
        decode_local_refs(raw)
        report(deduplicate_operation_ids(raw, path))
        report(set_aside_unenforceable_patterns(raw, path))
        report(drop_unfitting_defaults(raw, path))
        # Validated while the models are written (it takes as long on a large document):
        # until then, whatever fails is told as the validator would tell it, if it can.
        validate = functools.partial(_validated, raw, path)
        checks.append(validate)
        named: list[Diagnostic] = []
        with _validator_first(validate):
            check_declaration(raw, str(path))
            documents.append((path.stem.split(".")[0], normalize(raw, str(path), named), str(path)))
        report(named)
    info = package_info(package, distribution, version, source="the command line")
    if (
        out.exists()
        and any(out.iterdir())
        and not (out / "src" / package / "_version.py").is_file()
    ):
        # Never replace a folder that is not an earlier generation of this package.
        raise ClientgenError(
            f"--out {out} is not empty and holds no generated package {package!r}; "
            "give an empty or new folder",
            file=out,
        )
    staged = _render_formatted(
        documents, info, templates, out.parent, workers=workers, checks=checks
    )
    try:
        swap_in([(staged, out)])
    finally:
        discard([staged])
    return sorted(path for path in out.rglob("*") if path.is_file())
