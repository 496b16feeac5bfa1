"""Progress of a batch on stderr: one line, redrawn in place, only on a terminal."""

from __future__ import annotations

import time


class Progress:
    """A one-line progress report on stderr, redrawn at most a few times a second."""

    def __init__(self, total: int, stream, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done = self.failed = 0
        self.start = time.monotonic()
        self._last = 0.0

    def update(self, failed: bool) -> None:
        self.done += 1
        self.failed += int(failed)
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.2 or self.done == self.total):
            self._last = now
            rate = self.done / max(now - self.start, 1e-9)
            share = 100 * self.done / max(self.total, 1)
            left = (self.total - self.done) / rate if rate else 0.0
            self.stream.write(
                f"\r{self.done}/{self.total} pages ({share:.0f} %), {rate:.1f}/s, "
                f"{self.failed} failed, {_duration(left)} left\x1b[K"
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
