#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Run LAVA's own lava-run with the worker's TFTP server stubbed out.

  lava-run-stubbed.py TFTP_DIR LAVA_RUN [lava-run arguments...]

A LAVA worker reads TFTP_DIRECTORY from /etc/default/tftpd-hpa; this host has
no TFTP server, so filesystem.tftpd_dir() returns TFTP_DIR instead. Nothing
else changes: the real lava-run script runs as __main__. The other hardware
commands (in.tftpd, telnet, pduclient) are stub programs on PATH.
"""
import runpy
import sys

from lava_dispatcher.utils import filesystem

tftp_dir, lava_run = sys.argv[1], sys.argv[2]
filesystem.tftpd_dir = lambda: tftp_dir
sys.argv = [lava_run] + sys.argv[3:]
runpy.run_path(lava_run, run_name="__main__")
