"""Work that runs in a second process while this one goes on.

datamodel-code-generator is pure Python and takes most of the time of a large generation; on a
machine with more than one core it runs in worker processes while the templates render here.
The workers are forked, not spawned: they start at once, with everything already imported.
Where there is no fork or only one core, each piece of work runs here, when it is submitted.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Background:
    """``submit`` work, go on, then ask each future for its result (errors, interruptions
    included, are raised there). Used as a context manager: leaving it cancels what has not
    started and waits for what has."""

    def __init__(self, jobs: int) -> None:
        workers = min(jobs, _cores() - 1)
        self._pool: Executor | None = None
        if workers > 0 and "fork" in multiprocessing.get_all_start_methods():
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork")
            )

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        if self._pool is not None:
            return self._pool.submit(fn, *args, **kwargs)
        done: Future[T] = Future()
        try:
            done.set_result(fn(*args, **kwargs))
        except Exception as exc:  # kept for .result(), as a worker's would be
            done.set_exception(exc)
        return done

    def __enter__(self) -> Background:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> Any:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        return None
