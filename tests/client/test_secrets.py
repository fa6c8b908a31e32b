"""The API key stays out of every ``repr`` and exception text, even when a server echoes it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import voiceclone

from .conftest import API_KEY, VENDORS, MakeClient, Recorder, Reply, assert_key_hidden

#: Per vendor: one call, and a 401 body in the vendor's error shape that quotes the key back.
CALLS: dict[str, tuple[Callable[[Any], object], object]] = {
    "bland": (
        lambda client: client.voices.samples.list("voice-1"),
        {"data": None, "errors": [{"error": "UNAUTHORIZED", "message": f"bad key {API_KEY}"}]},
    ),
    "burki": (
        lambda client: client.assistants.cloned_voices.list(1),
        {"detail": f"Invalid token: {API_KEY}"},
    ),
    "truedy": (
        lambda client: client.voices.clone(name="x", files=[b"RIFF\0\0\0\0WAVE"]),
        {"error": {"code": "unauthorized", "message": f"Key {API_KEY} is revoked"}},
    ),
}


def test_every_vendor_is_covered() -> None:
    assert set(CALLS) == set(VENDORS)


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_repr_hides_the_key(make_client: MakeClient, vendor: str) -> None:
    client = make_client(vendor, Recorder(Reply.json({})))

    text = repr(client)

    assert API_KEY not in text
    assert vendor in text  # it is the client's own repr, not object.__repr__


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_a_key_echoed_by_the_server_is_redacted(make_client: MakeClient, vendor: str) -> None:
    call, body = CALLS[vendor]
    recorder = Recorder(Reply.json(body, status_code=401))

    with pytest.raises(voiceclone.AuthenticationError) as caught:
        call(make_client(vendor, recorder))

    assert "[redacted]" in caught.value.message
    assert_key_hidden(caught.value)
