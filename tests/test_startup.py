"""The cyclic collector is off while the command line starts, and on again after."""

from __future__ import annotations

import gc
import subprocess
import sys

from qtread.startup import quiet, started


def test_started_freezes_what_start_up_made_and_collects_again() -> None:
    was = gc.isenabled()
    try:
        quiet()
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]  # objects start-up made, kept for the run
        started()
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()
        if not was:
            gc.disable()


def test_the_entry_point_keeps_the_collector_out_of_start_up() -> None:
    code = (
        "import gc, sys; sys.argv = ['qtread', 'toc', '--help'];"
        "import qtread.entry as e;"
        "import qtread.cli.app as app; app.main = lambda: print(gc.isenabled());"
        "e.main()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
