"""Model generation runs in a forked worker where there is a second core, and here otherwise;
either way a result or an error comes back from ``result()`` as it would from a plain call."""

from __future__ import annotations

import os
import time

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


_WARMED: list[int] = []


def _warm() -> None:
    _WARMED.append(os.getpid())


def _warmed() -> list[int]:
    return list(_WARMED)


def test_a_worker_warms_up_before_its_first_job(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "_cores", lambda: 2)
    with Background(1, warm_up=_warm) as work:
        warmed = work.submit(_warmed).result()
    # The warm-up ran in the worker, once, before the job; this process did not run it.
    assert len(warmed) == 1
    assert warmed[0] != os.getpid()
    assert _WARMED == []


def test_with_one_core_there_is_no_warm_up_and_the_work_runs_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(background, "_cores", lambda: 1)
    with Background(1, warm_up=_warm) as work:
        assert work.submit(_warmed).result() == []


def test_leaving_on_an_error_stops_the_work_still_running(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "_cores", lambda: 2)
    started = time.monotonic()
    with pytest.raises(ClientgenError), Background(1) as work:
        pid = work.submit(_square, 1).result()[1]
        work.submit(time.sleep, 600)
        raise ClientgenError("the document is invalid", file="api.yaml")
    # Not a timing: the worker was stopped rather than waited for (ten minutes).
    assert time.monotonic() - started < 60
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
