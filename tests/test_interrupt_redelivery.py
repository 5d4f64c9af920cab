"""An interrupt that lands inside a finaliser is sent again, not printed and lost."""

from __future__ import annotations

import gc
import signal
import sys
from collections.abc import Iterator

import pytest

from qtread.errors import Interrupted, redeliver_lost_interrupts


class _Finalised:
    def __init__(self, error: BaseException) -> None:
        self.error = error

    def __del__(self) -> None:
        raise self.error  # as a signal handler's exception does, landing in __del__


@pytest.fixture
def received() -> Iterator[list[int]]:
    got: list[int] = []
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for signum in saved:
        signal.signal(signum, lambda signum, frame: got.append(signum))
    hook = sys.unraisablehook
    redeliver_lost_interrupts()
    try:
        yield got
    finally:
        sys.unraisablehook = hook
        for signum, handler in saved.items():
            signal.signal(signum, handler)


@pytest.mark.parametrize(
    ("error", "signum"), [(KeyboardInterrupt(), signal.SIGINT), (Interrupted(), signal.SIGTERM)]
)
def test_an_interrupt_lost_in_a_finaliser_is_sent_again(
    received: list[int], error: BaseException, signum: int, capsys: pytest.CaptureFixture[str]
) -> None:
    _Finalised(error)  # dropped at once: __del__ raises inside the interpreter's clean-up
    gc.collect()
    assert received == [signum]
    assert "Exception ignored" not in capsys.readouterr().err


def test_other_unraisable_errors_still_reach_python(
    received: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    _Finalised(ValueError("a bug"))
    gc.collect()
    assert received == []
    assert "ValueError: a bug" in capsys.readouterr().err
