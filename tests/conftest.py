"""The whole suite's set-up: qtread's per-user cache (compiled templates) goes to a
folder of the test session's own, never the user's, in this process and in every CLI
process a test starts; and an interrupt reaches the processes the tests start, also
where the suite runs as a background job."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


@pytest.fixture(scope="session", autouse=True)
def _interrupts_reach_children() -> None:
    """A background job (`make test &`, a CI runner's) starts with SIGINT ignored, and
    so would every CLI process a test starts, since qtread keeps an ignored interrupt
    ignored, as a background job should. The interrupt tests need it delivered: with a
    handler here, a child starts with the default one."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
