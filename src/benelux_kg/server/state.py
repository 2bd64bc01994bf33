"""The store a server reads, reopened when a build or an update puts a new generation in
service.

A build or an update never changes a generation in service: it puts a new one in service
by replacing the ``current`` link. Reading the link is one system call, so every request
checks it and the first request after a change opens the new generation.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from pyoxigraph import Store

from ..store import CURRENT, open_read_only


class LiveStore:
    """Hands out the store in service; notices a new generation by the ``current`` link."""

    def __init__(self, store_dir: Path):
        self.store_dir = store_dir
        self._lock = threading.Lock()
        self._target: str | None = None
        self._store: Store | None = None

    def get(self) -> Store:
        target = self._read_link()
        with self._lock:
            if self._store is None or target != self._target:
                self._store, self._target = self._open(target)
            return self._store

    @property
    def generation(self) -> str:
        self.get()
        return self._target or ""

    def _read_link(self) -> str | None:
        try:
            return os.readlink(self.store_dir / CURRENT)
        except OSError:
            return None

    def _open(self, target: str | None) -> tuple[Store, str | None]:
        """The generation ``target`` names or, if a newer one replaced and pruned it in the
        meantime, the one in service now."""
        if target is not None:
            try:
                return Store.read_only(str(self.store_dir / target)), target
            except OSError:
                pass
        store = open_read_only(self.store_dir)  # a clear StoreError if nothing was built
        return store, self._read_link()
