"""The store a server reads, reopened when a build puts a new generation in service."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from pyoxigraph import Store

from ..store import CURRENT, open_read_only


class LiveStore:
    """Hands out the store in service; notices a rebuild by the ``current`` link."""

    def __init__(self, store_dir: Path):
        self.store_dir = store_dir
        self._lock = threading.Lock()
        self._target: str | None = None
        self._store: Store | None = None

    def get(self) -> Store:
        target = os.readlink(self.store_dir / CURRENT) if self._has_link() else None
        with self._lock:
            if self._store is None or target != self._target:
                self._store = open_read_only(self.store_dir)
                self._target = target
            return self._store

    @property
    def generation(self) -> str:
        self.get()
        return self._target or ""

    def _has_link(self) -> bool:
        return (self.store_dir / CURRENT).is_symlink()
