"""The whole suite's set-up: qtread's per-user cache (compiled templates) goes to a
folder of the test session's own, never the user's, in this process and in every CLI
process a test starts; no parse is kept between commands (a test that changes the
parser's behaviour must see it run), except where tests/parse/test_cache.py asks; and
an interrupt reaches the processes the tests start, also
where the suite runs as a background job."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from qtread.parse.cache import NO_CACHE_VARIABLE


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    wanted = {"XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache")), NO_CACHE_VARIABLE: "1"}
    before = {name: os.environ.get(name) for name in wanted}
    os.environ.update(wanted)
    yield
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session", autouse=True)
def _interrupts_reach_children() -> None:
    """A background job (`make test &`, a CI runner's) starts with SIGINT ignored, and
    so would every CLI process a test starts, since qtread keeps an ignored interrupt
    ignored, as a background job should. The interrupt tests need it delivered: with a
    handler here, a child starts with the default one."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
