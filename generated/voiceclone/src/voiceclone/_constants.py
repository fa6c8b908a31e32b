"""Defaults shared by the sync and async clients.

They live in one place so that the documented behaviour (timeouts, retry policy, the
User-Agent) is changed here and nowhere else.
"""

import httpx

DISTRIBUTION = "voiceclone-sdk"
VERSION = "0.4.0"

#: Name of the package logger; set it to DEBUG to see every request and response line.
LOGGER_NAME = "voiceclone"

#: 60 s to read a response (voice cloning uploads are slow), but fail fast on an unreachable host.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

#: Exponential backoff: 0.5 s, 1 s, 2 s, ... capped at 8 s, each scaled by full jitter.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
#: A server-sent Retry-After longer than this is not waited for: the error is raised instead,
#: because blocking a call for minutes is worse than letting the caller decide.
MAX_RETRY_AFTER = 60.0

#: Retried besides every 5xx: request timeout, conflict (often a lock being released) and
#: rate limiting. Every other 4xx means the request itself is wrong and is never retried.
RETRYABLE_STATUS_CODES = frozenset({408, 409, 429})

#: A binary response whose Content-Length is at most this many bytes is read at once, which frees
#: its connection right away; a larger (or undeclared) one is streamed (BinaryResponse.write_to).
BUFFERED_BINARY_MAX_BYTES = 1024 * 1024

#: Response headers that may carry the server's request id, in order of preference.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")
