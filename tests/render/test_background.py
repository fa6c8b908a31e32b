"""Model generation runs in a forked worker where there is a second core, and here otherwise;
either way a result or an error comes back from ``result()`` as it would from a plain call."""

from __future__ import annotations

import os

import pytest

from clientgen.core.diagnostics import ClientgenError
from clientgen.render import background
from clientgen.render.background import Background


def _square(value: int) -> tuple[int, int]:
    return value * value, os.getpid()


def _fail(file: str) -> None:
    raise ClientgenError("the generator failed", file=file, pointer="/components")


@pytest.mark.parametrize("cores", [1, 2], ids=["one core: here", "two cores: a worker"])
def test_results_and_errors_come_back(cores: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "_cores", lambda: cores)
    with Background(2) as work:
        squared = work.submit(_square, 7)
        failed = work.submit(_fail, "api.yaml")
        value, pid = squared.result()
        assert value == 49
        assert (pid == os.getpid()) == (cores == 1)
        with pytest.raises(ClientgenError) as error:
            failed.result()
    # The error crossed the process boundary whole: message, file and pointer.
    assert str(error.value) == "api.yaml #/components: the generator failed"
    assert (error.value.file, error.value.pointer) == ("api.yaml", "/components")
