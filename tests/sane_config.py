"""A private SANE configuration for the tests: only SANE's own ``test`` backend (sane-backends'
frontend tester), so the tests scan through the real driver path without the machine's scanners.

SANE reads its configuration once per process, at sane_init: this runs when the test session
starts, before anything opens SANE. The test pictures are a grid (ink on every page, so none is
taken for blank) on A4; the feeder holds 10 sheets, as the test backend documents."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

TEST_CONF = """\
number_of_devices 2
mode Gray
depth 8
resolution_min 1.0
resolution_max 1200.0
resolution_quant 1.0
resolution 300.0
test-picture "Grid"
read-delay false
read-delay-duration 1000
read-status-code "Default"
geometry_min 0.0
geometry_max 300.0
geometry_quant 1.0
tl_x 0.0
tl_y 0.0
br_x 210.0
br_y 297.0
"""
FEEDER_SHEETS = 10
DEVICE = "test:0"


def install_private_sane_config() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="clerk-tests-sane-"))
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    (folder / "test.conf").write_text(TEST_CONF, encoding="utf-8")
    atexit.register(shutil.rmtree, folder, True)
    os.environ["SANE_CONFIG_DIR"] = str(folder)  # no trailing ":": the system's backends stay out
    return folder
