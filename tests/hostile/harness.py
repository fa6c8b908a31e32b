"""Generate hostile specs with ``clientgen client`` and check the packages: shared by the corpus
and the Hypothesis test."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from clientgen.cli import main as clientgen
from clientgen.core.naming import module_name, pascal_case
from clientgen.spec.normalize import normalize
from hostile.corpus import CANARY

PROBE = Path(__file__).resolve().with_name("probe.py")


@dataclass(frozen=True)
class Generated:
    """What one ``clientgen client`` run left: its exit status, error text and package."""

    status: int
    stderr: str
    out: Path
    package: str
    plan: dict[str, Any]


def write_specs(documents: dict[str, dict[str, Any]], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, doc in documents.items():
        path = folder / name
        path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), "utf-8")
        paths.append(path)
    return paths


def generate(documents: dict[str, dict[str, Any]], root: Path, package: str) -> Generated:
    """Write the documents under ``root/specs`` and run ``clientgen client`` into ``root/out``."""
    specs = write_specs(documents, root / "specs")
    out = root / "out"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        status = clientgen(["client", *map(str, specs), "--out", str(out), "--package", package])
    plan: dict[str, Any] = {"package": package, "namespaces": []}
    if status == 0:
        plan["namespaces"] = [_namespace_plan(p, package) for p in specs]
    return Generated(status, stderr.getvalue(), out, package, plan)


def _namespace_plan(spec: Path, package: str) -> dict[str, Any]:
    """The names the probe looks up, read back from the generated package's own files (the
    namespace's module and client class) and the spec (each schema's class)."""
    raw = yaml.safe_load(spec.read_text("utf-8"))
    doc = normalize(raw, str(spec))
    src = spec.parents[1] / "out" / "src" / package
    module = module_name(spec.stem.split(".")[0])
    init = (src / module / "__init__.py").read_text("utf-8")
    client_class = re.findall(r'"Async(\w+)"', init)[0]
    original = raw.get("components", {}).get("schemas", {})
    models = [
        {"class": pascal_case(name), "schema": schema, "answer": name == "Item" or index == 0}
        for index, (name, schema) in enumerate(doc["components"]["schemas"].items())
        if isinstance(schema, dict) and "properties" in schema and name in original
    ]
    return {"module": module, "client_class": client_class, "models": models}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a tool; fail with its output when it fails."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "RUFF_CACHE_DIR")}
    full_env["PYTHONDONTWRITEBYTECODE"] = "1"
    full_env.update(env or {})
    done = subprocess.run(
        command,
        cwd=cwd,
        env=full_env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = f"$ {' '.join(command)}\n{done.stdout}{done.stderr}"
    assert done.returncode == 0, output
    return output


def probe(generated: list[Generated], workdir: Path) -> str:
    """Import and exercise the packages in a fresh subprocess, in an empty folder."""
    workdir.mkdir(parents=True, exist_ok=True)
    plan_file = workdir.parent / f"{workdir.name}.plan.json"
    plan_file.write_text(json.dumps([g.plan for g in generated]), "utf-8")
    paths = os.pathsep.join(str(g.out / "src") for g in generated)
    output = run(
        [sys.executable, str(PROBE), str(plan_file)], cwd=workdir, env={"PYTHONPATH": paths}
    )
    assert not (workdir / CANARY).exists(), "the canary file was created"
    return output


def ruff(generated: list[Generated], cwd: Path) -> None:
    """``ruff check`` and ``ruff format --check``, each package under its own pyproject."""
    outs = [str(g.out) for g in generated]
    ruff_cmd = [sys.executable, "-m", "ruff"]
    run([*ruff_cmd, "check", "--no-cache", *outs], cwd=cwd)
    run([*ruff_cmd, "format", "--no-cache", "--check", *outs], cwd=cwd)


def mypy(generated: list[Generated], cwd: Path) -> None:
    """One ``mypy --strict`` run over all the packages."""
    packages = [arg for g in generated for arg in ("-p", g.package)]
    paths = os.pathsep.join(str(g.out / "src") for g in generated)
    run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cwd / ".mypy_cache"),
         "--config-file", os.devnull, *packages],
        cwd=cwd,
        env={"MYPYPATH": paths},
    )  # fmt: skip
