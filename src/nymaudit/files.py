"""Reading the small files options name (a baseline, a watchlist) safely."""

from __future__ import annotations

import os
import stat
from pathlib import Path


class FileProblem(ValueError):
    """Why a file named by an option cannot be read: ``kind`` is "not_regular" or
    "too_large", for the caller's own wording."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit``. A FIFO would block the open, and
    a device (/dev/zero) or a file that grows while read would eat the memory: both
    are refused. OSError passes through."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem("not_regular")
    if info.st_size > limit:
        raise FileProblem("too_large")
    # O_NONBLOCK: should the path become a FIFO after the stat, the open does not wait.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise FileProblem("not_regular")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise FileProblem("too_large")
    return data
