"""Progress of a batch on stderr: one line, redrawn in place, only on a terminal."""

from __future__ import annotations

import time


class Progress:
    """A one-line progress report on stderr, redrawn at most a few times a second."""

    def __init__(self, total: int, stream, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = self.failed = self.inputs = 0
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, failed: bool, pages: int = 1, failures: int | None = None) -> None:
        """One input done: a page, or an archive of ``pages`` records, ``failures`` of them
        failed. The share and the time left count inputs, the rate and the counts pages."""
        self.inputs += 1
        self.done += pages
        self.failed += int(failed) if failures is None else failures
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.inputs == self.total):
            self._last = now
            rate = self.done / max(now - self.start, 1e-9)
            share = 100 * self.inputs / max(self.total, 1)
            left = (now - self.start) * (self.total - self.inputs) / max(self.inputs, 1)
            # "3/10 pages": pages alone; "1/4 files, 396 pages": archives among them
            count = (
                f"{self.inputs}/{self.total} pages ({share:.0f} %)"
                if self.done == self.inputs
                else f"{self.inputs}/{self.total} files ({share:.0f} %), {self.done} pages"
            )
            self.stream.write(
                f"\r{count}, {rate:.1f}/s, {self.failed} failed, {_duration(left)} left\x1b[K"
            )
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    @property
    def seconds(self) -> float:
        return time.monotonic() - self.start


def _duration(seconds: float) -> str:
    """ "42 s", "3 min 05 s", "1 h 02 min": time left as a reader takes it in at a glance."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
