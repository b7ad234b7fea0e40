"""A bound on the CPU time one article's analysis may take.

Untrusted pages can be built to be slow: 200,000 one-word lines, a megabyte of one paragraph.  Each
stage is linear or near it, but with a per-line cost of a fraction of a millisecond such a page took
minutes, holding up a whole batch (and a worker) on one item.  :class:`ArticleClock` charges each
article the CPU time its stages take and stops the stage that goes over
:data:`MAX_ARTICLE_CPU_SECONDS` with :class:`AnalysisTimeout`: that article fails with its reason
and the batch goes on.

CPU time, not wall time: a loaded machine (other processes on the same cores) must not fail an
article that is only waiting.  The timer is the process's profiling timer (``ITIMER_PROF``), whose
signal Python handles in the main thread: off the main thread, outside the main interpreter, or
where another timer is already running, the clock does not arm and analysis is unbounded as before.
The timer counts every thread's CPU time; an article is charged its own thread's only (the handler
runs in that thread and reads its clock), so a host's other busy threads (a library caller's, a
server's) never fail it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: An article's analysis is stopped past this much CPU time.  Real articles take some 10-100 ms.
MAX_ARTICLE_CPU_SECONDS = 30.0

#: The first batch a process analyses also loads the stages' lexicons and models on first use: some
#: 8-10 s of CPU on a slow core, several times that under coverage or tracing.  Its articles get this
#: much more, once, so that a slow start fails no real article.
LOAD_ALLOWANCE_SECONDS = 90.0

_first_batch = True


class AnalysisTimeout(BaseException):
    """An article's analysis went over its CPU time.  A BaseException, so that a stage's own
    ``except Exception`` cannot swallow it and run on unbounded."""


class ArticleClock:
    """The CPU time left to each of ``n`` articles analysed together (stage by stage)."""

    def __init__(self, n: int) -> None:
        global _first_batch
        self.seconds = MAX_ARTICLE_CPU_SECONDS
        start_up = LOAD_ALLOWANCE_SECONDS if _first_batch else 0.0
        _first_batch = False
        self.left = [self.seconds + start_up] * n
        self._until: float | None = None  # the running article's end on this thread's CPU clock

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        if self._until is None:  # a signal handled after its stage ended: nothing to stop
            return
        rest = self._until - time.thread_time()
        if rest > 0:  # other threads spent the process's CPU time, not this article
            signal.setitimer(signal.ITIMER_PROF, rest)
            return
        raise AnalysisTimeout(f"over {self.seconds:g} s of CPU time; too large or too convoluted to analyse")

    @contextmanager
    def armed(self) -> Iterator[ArticleClock | None]:
        """This clock with the timer's handler installed, or None where the timer cannot be used."""
        if (not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread()
                or signal.getitimer(signal.ITIMER_PROF) != (0.0, 0.0)):
            yield None
            return
        try:
            previous = signal.signal(signal.SIGPROF, self._expired)
        except ValueError:  # a subinterpreter's main thread: no signal handlers there
            yield None
            return
        try:
            yield self
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)

    @contextmanager
    def running(self, k: int) -> Iterator[None]:
        """Charge what runs inside to article ``k``; AnalysisTimeout once its time is spent."""
        start = time.thread_time()
        self._until = start + self.left[k]
        signal.setitimer(signal.ITIMER_PROF, max(self.left[k], 0.001))
        try:
            yield
        finally:
            self._until = None  # first: a signal handled from here on neither stops nor re-arms
            signal.setitimer(signal.ITIMER_PROF, 0)
            self.left[k] -= time.thread_time() - start
