"""Local servers that answer as each vendor's docs say, with just enough state for a voice's
life: cloned, processing for a few polls, ready, listed, deleted.

Every body is the documented example of its operation (from the normalized specs), with the
ids, names and statuses of the voice at hand put in; so the clients parse what the vendors
document, not shapes made up here.
"""

from __future__ import annotations

import copy
import http.server
import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from audio_samples import silent_wav

NORMALIZED = Path(__file__).resolve().parents[2] / "specs" / "normalized"
NO_BLAND_VOICE = {"data": None, "errors": [{"error": "NOT_FOUND", "message": "no voice"}]}


def documented(vendor: str, method: str, path: str, status: str = "200") -> Any:
    """The first documented JSON example of an operation's response."""
    spec = yaml.safe_load((NORMALIZED / f"{vendor}.yaml").read_text(encoding="utf-8"))
    content = spec["paths"][path][method.lower()]["responses"][status]["content"]
    examples = content["application/json"].get("examples") or {}
    return copy.deepcopy(next(iter(examples.values()))["value"])


@dataclass
class Vendor:
    """One vendor's state: its voices (wire dicts), and every request seen."""

    name: str
    processing_polls: int = 2  # reads that still say "processing" after a clone
    voices: dict[str, dict[str, Any]] = field(default_factory=dict)
    polls: dict[str, int] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    next_id: int = 100

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def answer(self, method: str, path: str, body: bytes, headers: Any) -> tuple[int, Any]:
        self.requests.append(f"{method} {path.split('?')[0]}")
        handler = getattr(self, self.name)
        status, payload = handler(method, path.split("?")[0], body, headers)
        return status, payload

    # -- Bland ---------------------------------------------------------------------------

    def bland(self, method: str, path: str, body: bytes, headers: Any) -> tuple[int, Any]:
        if (method, path) == ("POST", "/v1/voices/clone"):
            voice_id = f"bland-{self.new_id()}"
            voice = documented("bland", "GET", "/v1/voices/{id}")["voice"]
            name = re.search(rb'name="name"\r\n\r\n([^\r]*)', body)
            voice.update(id=voice_id, name=name.group(1).decode() if name else None)
            self.voices[voice_id] = voice
            answer = documented("bland", "POST", "/v1/voices/clone")
            answer["data"]["voice_id"] = voice_id
            return 200, answer
        if (method, path) == ("POST", "/v1/voices/samples"):
            voice_id = re.search(rb'name="voice_id"\r\n\r\n([^\r]*)', body)
            if not voice_id or voice_id.group(1).decode() not in self.voices:
                return 404, {
                    "data": None,
                    "errors": [{"error": "NOT_FOUND", "message": "no voice"}],
                }
            return 200, documented("bland", "POST", "/v1/voices/samples")
        if (method, path) == ("GET", "/v1/voices"):
            listed = documented("bland", "GET", "/v1/voices")
            listed["voices"] = list(self.voices.values())
            return 200, listed
        match = re.fullmatch(r"/v1/voices/([^/]+)(/samples(?:/([^/]+))?)?", path)
        if not match or match.group(1) not in self.voices:
            return 404, NO_BLAND_VOICE
        voice_id, samples, sample_id = match.groups()
        if method == "GET" and sample_id:
            return 200, silent_wav()
        if method == "GET" and samples:
            answer = documented("bland", "GET", "/v1/voices/{id}/samples")
            # The list's example is of a V3 voice (no samples): one from Get Voice Sample's.
            one = documented("bland", "GET", "/v1/voices/{id}/samples/{sample_id}")["sample"]
            answer["samples"] = [{**one, "voice_id": voice_id}]
            return 200, answer
        if method == "GET":
            return 200, {
                **documented("bland", "GET", "/v1/voices/{id}"),
                "voice": self.voices[voice_id],
            }
        if method == "DELETE" and not samples:
            del self.voices[voice_id]
            return 200, documented("bland", "DELETE", "/v1/voices/{id}")
        return 405, {}

    # -- Burki ---------------------------------------------------------------------------

    def burki(self, method: str, path: str, body: bytes, headers: Any) -> tuple[int, Any]:
        prefix = "/api/v1/assistants"
        if method == "POST" and re.fullmatch(prefix + r"/\d+/voice-samples/upload", path):
            answer = documented("burki", "POST", prefix + "/{assistant_id}/voice-samples/upload")
            answer["voice_sample"]["id"] = self.new_id()
            return 200, answer
        if method == "POST" and re.fullmatch(prefix + r"/\d+/cloned-voices/create", path):
            request = json.loads(body)
            answer = documented("burki", "POST", prefix + "/{assistant_id}/cloned-voices/create")
            voice = answer["cloned_voice"]
            voice.update(id=self.new_id(), name=request["name"], status="processing")
            self.voices[str(voice["id"])] = voice
            self.polls[str(voice["id"])] = 0
            return 200, answer
        if (method, path) == ("GET", prefix + "/cloned-voices"):
            for voice_id, voice in self.voices.items():  # each read brings readiness nearer
                self.polls[voice_id] = self.polls.get(voice_id, 0) + 1
                if self.polls[voice_id] > self.processing_polls and voice["status"] == "processing":
                    voice["status"] = "ready"
            return 200, {"success": True, "cloned_voices": list(self.voices.values())}
        match = re.fullmatch(prefix + r"/\d+/cloned-voices/(\d+)", path)
        if method == "DELETE" and match and match.group(1) in self.voices:
            del self.voices[match.group(1)]
            return 200, documented(
                "burki", "DELETE", prefix + "/{assistant_id}/cloned-voices/{voice_id}"
            )
        return 404, {"detail": "Not found"}

    # -- Truedy --------------------------------------------------------------------------

    def truedy(self, method: str, path: str, body: bytes, headers: Any) -> tuple[int, Any]:
        if (method, path) == ("POST", "/voices/clone"):
            request = json.loads(body)
            answer = documented("truedy", "POST", "/voices/clone", "201")
            answer["data"].update(id=f"voice_{self.new_id()}", name=request["name"])
            return 201, answer
        return 404, {"error": {"code": "not_found", "message": "no such route"}}


@contextmanager
def serve(vendor: Vendor) -> Iterator[str]:
    """A local HTTP server answering as ``vendor``; yields its base URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, payload = vendor.answer(self.command, self.path, body, self.headers)
            raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            self.send_response(status)
            kind = "audio/wav" if isinstance(payload, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        do_GET = do_POST = do_DELETE = do_PATCH = _answer

        def log_message(self, *args: object) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
