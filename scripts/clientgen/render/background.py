"""Work that runs in a second process while this one goes on.

datamodel-code-generator is pure Python and takes most of the time of a large generation; on a
machine with more than one core it runs in worker processes while the templates render here.
The workers are forked, not spawned: they start at once, with everything already imported.
The command line starts them first of all, warming them up (``render.models.warm_up``) while
it imports the rest: on a small document the generator's own start-up is most of the run.
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


def _nothing() -> None:
    return None


class Background:
    """``submit`` work, go on, then ask each future for its result (errors, interruptions
    included, are raised there). Used as a context manager: leaving it cancels what has not
    started and waits for what has."""

    def __init__(self, jobs: int, warm_up: Callable[[], None] | None = None) -> None:
        """Up to ``jobs`` workers (one core is left to this process). With ``warm_up`` they
        start now and each runs it first: started before this process imports the rest of
        the pipeline, they pay the model generator's start-up while it does."""
        workers = min(jobs, _cores() - 1)
        self._pool: Executor | None = None
        if workers > 0 and "fork" in multiprocessing.get_all_start_methods():
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("fork"), initializer=warm_up
            )
            if warm_up is not None:
                # A forking pool starts all its workers at the first submission.
                self._pool.submit(_nothing)

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
            if kind is not None:
                # An error or an interruption: the work still running is wanted no more
                # (the models of a document that failed validation, say), and waiting for
                # it would hold the error back. Python 3.14 names this terminate_workers().
                processes = getattr(self._pool, "_processes", None) or {}
                for process in list(processes.values()):
                    process.terminate()
            self._pool.shutdown(wait=True, cancel_futures=True)
        return None
