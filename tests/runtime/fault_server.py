"""A real HTTP/1.1 server on 127.0.0.1 that answers each request from a script of faults.

Used by ``test_faults.py`` to drive the generated clients over actual sockets: status codes
with headers, connection resets, stalls past the client's timeout, invalid and truncated
bodies. Every request is recorded (method, path, headers, body) before it is answered.

    with FaultServer([reset(), respond(200, json={})]) as server:
        Bland(base_url=server.url, ...).voices.samples.list("v1")
        assert len(server.requests) == 2

The script is consumed in order; once exhausted, its last action answers every further
request. Every wait is bounded, so a misbehaving client cannot hang the suite.
"""

import contextlib
import json as jsonlib
import os
import socket
import struct
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

#: Upper bound on any socket read or write by the server, and on a stall.
IO_TIMEOUT = 5.0


@dataclass(frozen=True)
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Action = Callable[["_Handler"], None]


def respond(
    status: int,
    *,
    json: object = None,
    body: bytes = b"",
    headers: Mapping[str, str] | None = None,
) -> Action:
    """A complete response; ``json`` (when given) is serialised as the body."""
    content = jsonlib.dumps(json).encode() if json is not None else body
    extra = dict(headers or {})
    if json is not None:
        extra.setdefault("Content-Type", "application/json")

    def act(handler: "_Handler") -> None:
        handler.send_response(status)
        for name, value in extra.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(content)))
        handler.end_headers()
        handler.wfile.write(content)

    return act


def reset() -> Action:
    """Abort the connection without answering: SO_LINGER 0 then close sends a TCP RST."""

    def act(handler: "_Handler") -> None:
        handler.abort()

    return act


def stall(seconds: float, then: Action | None = None) -> Action:
    """Say nothing for ``seconds`` (cut short when the server stops), then run ``then``."""

    def act(handler: "_Handler") -> None:
        handler.server.release.wait(min(seconds, IO_TIMEOUT))
        if then is not None:
            try:
                then(handler)
            except OSError:  # the client gave up and closed the connection
                handler.close_connection = True

    return act


def truncated(body: bytes, *, declared: int, status: int = 200) -> Action:
    """Announce ``declared`` bytes of body, send only ``body``, then close the connection."""
    assert declared > len(body)

    def act(handler: "_Handler") -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(declared))
        handler.end_headers()
        handler.wfile.write(body)
        handler.hang_up()

    return act


def partial(body: bytes, *, declared: int, then: Action) -> Action:
    """Send the status, headers announcing ``declared`` bytes and ``body``; then run ``then``."""
    assert declared > len(body)

    def act(handler: "_Handler") -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(declared))
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        then(handler)

    return act


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real APIs do
    timeout = IO_TIMEOUT  # bounds every read of the request and every write
    server: "_Server"

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.owner._record(
            Recorded(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        )(self)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def abort(self) -> None:
        """Close the socket with an RST and without a response."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # Close the descriptor itself: the makefile() objects would otherwise keep it open
        # until the handler returns. They are not used again (close_connection is set).
        os.close(self.connection.detach())

    def hang_up(self) -> None:
        """Close our side cleanly (FIN) after what has been sent, without reading more."""
        self.close_connection = True
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_WR)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep pytest's output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # an idle keep-alive handler must not delay the test's teardown
    owner: "FaultServer"
    release: threading.Event


class FaultServer:
    """A scripted server on a free port of 127.0.0.1, running in a daemon thread."""

    def __init__(self, script: Sequence[Action]) -> None:
        assert script, "a script needs at least one action"
        self._script = list(script)
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._server.release = threading.Event()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @staticmethod
    def closed_port_url() -> str:
        """The URL of a port on 127.0.0.1 that nothing listens on (connections are refused)."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        return f"http://127.0.0.1:{port}"

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def _record(self, request: Recorded) -> Action:
        with self._lock:
            index = min(len(self.requests), len(self._script) - 1)
            self.requests.append(request)
            return self._script[index]

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.release.set()  # wake any stalled handler
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(IO_TIMEOUT)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
