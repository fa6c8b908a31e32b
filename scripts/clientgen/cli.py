"""``clientgen``: the pipeline's command line."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from clientgen.core.diagnostics import ClientgenError, report
from clientgen.render.background import Background
from clientgen.render.model_jobs import warm_up
from clientgen.sources.formats import FORMATS

if TYPE_CHECKING:
    from clientgen import pipeline
    from clientgen.sources.vendor_config import PageConfig

_DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clientgen", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project root (default: .)")
    commands = parser.add_subparsers(dest="command", required=True)

    normalize = commands.add_parser("normalize", help="print the OpenAPI read from one page")
    normalize.add_argument("page", type=Path)
    normalize.add_argument("--vendor", required=True, help="the vendor the page belongs to")
    normalize.add_argument("--format", choices=FORMATS, help="the page's format (default: detect)")
    normalize.add_argument("--operation", help='"METHOD /path" for a page that does not state it')
    normalize.add_argument("--response-property", help="the key of a documented wrapped array")
    normalize.add_argument(
        "--select",
        action="append",
        metavar="PATTERN",
        help="keep the operations whose 'METHOD /path' matches (repeatable; default: the config's)",
    )

    commands.add_parser("generate", help="run every stage for the project's vendors")
    commands.add_parser("check", help="fail with a diff where the tree differs from a fresh run")
    diff = commands.add_parser(
        "diff", help="classify the changes between two spec folders or git revisions"
    )
    diff.add_argument("old", help="a folder of normalized specs, or a git revision")
    diff.add_argument("new", help="a folder of normalized specs, or a git revision")

    client = commands.add_parser("client", help="render a client package from OpenAPI documents")
    client.add_argument("specs", type=Path, nargs="+")
    client.add_argument("--out", type=Path, required=True)
    client.add_argument("--package", required=True)
    client.add_argument("--distribution", help="name on the package index (default: the package)")
    client.add_argument("--version", default="0.1.0")
    client.add_argument("--templates", type=Path, default=_DEFAULT_TEMPLATES)
    return parser


def _configured_page(
    project: pipeline.Project, vendor: str, page: Path
) -> tuple[PageConfig, Path, str] | None:
    """The vendor config's entry for ``page`` (with the config file and the entry's pointer)."""
    from clientgen.sources.vendor_config import load_vendor

    config_file = project.specs / "vendors" / f"{vendor}.yaml"
    if not config_file.is_file():
        return None
    config = load_vendor(config_file, project.specs)
    for index, entry in enumerate(config.pages):
        if entry.file.resolve() == page.resolve():
            return entry, config_file, f"/pages/{index}"
    return None


def _run(args: argparse.Namespace, workers: Background | None) -> int:
    # Imported here, not at the top: by now the model workers have forked (``main``), and
    # they warm up while this process imports the pipeline.
    from clientgen import pipeline
    from clientgen.core.yaml_io import dump_yaml
    from clientgen.release.spec_diff import bump, diff_specs
    from clientgen.sources.readers import PageOptions, read_page
    from clientgen.sources.selection import select_operations
    from clientgen.sources.vendor_config import check_operation

    project = pipeline.Project(args.root.resolve())
    if args.command == "normalize":
        if args.operation:
            check_operation(args.operation, file=None, pointer="--operation")
        found = _configured_page(project, args.vendor, args.page)
        configured = found[0] if found else None
        defaults = configured.options if configured else PageOptions()
        options = PageOptions(
            operation=args.operation or defaults.operation,
            response_property=args.response_property or defaults.response_property,
        )
        fmt = args.format or (configured.format if configured else None)
        result = read_page(args.page, fmt=fmt, options=options)
        report(result.warnings)
        document = result.document
        if args.select:
            document = select_operations(
                document, tuple(args.select), config_file="--select", pointer=""
            )
        elif found and found[0].select:
            document = select_operations(
                document, found[0].select, config_file=found[1], pointer=f"{found[2]}/select"
            )
        sys.stdout.write(dump_yaml(document))
        return 0
    if args.command == "generate":
        started = time.perf_counter()
        written = pipeline.generate(project, workers)
        for path in written:
            print(f"wrote {path.relative_to(project.root)}")
        print(f"{len(written)} files in {time.perf_counter() - started:.2f} s")
        return 0
    if args.command == "diff":
        changes = diff_specs(
            pipeline.load_specs(project, args.old), pipeline.load_specs(project, args.new)
        )
        for vendor in sorted({c.vendor for c in changes}):
            print(f"{vendor}:")
            for change in (c for c in changes if c.vendor == vendor):
                print(f"  {change.severity.label:<5}  {change.description}  #{change.pointer}")
        if not changes:
            print("no changes")
        print(f"bump: {bump(changes).label}")
        return 0
    if args.command == "check":
        diff = pipeline.check(project, workers)
        if diff:
            sys.stdout.write(diff)
            print(
                "clientgen check: the tree differs from a fresh generation (run make generate)",
                file=sys.stderr,
            )
            return 1
        print("clientgen check: specs/normalized and generated/ match a fresh generation")
        return 0
    written = pipeline.client(
        args.specs,
        args.out.resolve(),
        args.package,
        args.distribution or args.package,
        args.version,
        args.templates,
        workers,
    )
    print(f"wrote {len(written)} files to {args.out}")
    return 0


RECURSION_LIMIT = 10_000


def _model_workers(
    args: argparse.Namespace,
) -> contextlib.AbstractContextManager[Background | None]:
    """Workers for the commands that write models, started (and warmed up) at once."""
    if args.command == "client":
        jobs = len(args.specs)
    elif args.command in ("generate", "check"):
        jobs = len(list((args.root / "specs" / "vendors").glob("*.yaml")))
    else:
        return contextlib.nullcontext()
    return Background(max(jobs, 1), warm_up=warm_up)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``clientgen`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    # Schemas are walked recursively (by openapi-spec-validator and datamodel-code-generator
    # too), about two frames a level: Python's default limit of 1,000 stops a $ref chain at
    # ~500 schemas. 10,000 stays well inside an 8 MB C stack.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
    # A run builds large trees of dicts and lists that live until it ends; the collector's
    # default thresholds rescan them again and again (YAML loading of a 3,200-operation spec
    # took 3.6x as long). Cycles are still collected, just less often.
    gc.freeze()
    gc.set_threshold(100_000, 50, 1000)
    try:
        with _model_workers(args) as workers:
            return _run(args, workers)
    except ClientgenError as exc:
        print(f"clientgen: error: {exc}", file=sys.stderr)
        return 1
    except RecursionError:
        print(
            "clientgen: error: the documents nest too deeply (a chain of $refs or nested "
            f"schemas thousands of levels deep; the limit is {RECURSION_LIMIT:,} frames); "
            "nothing was changed",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("clientgen: interrupted; nothing was changed", file=sys.stderr)
        return 130


def run() -> NoReturn:
    """The console script: ``main``, then out at once. What the run made is written and
    closed by then; tearing down the interpreter's modules and objects would only add a
    tenth of a second to every run (mypy's command line skips it the same way)."""
    status = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe has nothing to flush
            stream.flush()
    os._exit(status)


if __name__ == "__main__":
    run()
