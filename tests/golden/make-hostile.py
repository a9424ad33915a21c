#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Derive the hand-made hostile golden logs from the real ones.

Run once when the real logs change; the outputs are committed so the
golden tests never depend on this script.
"""
import random

random.seed(20261125)


def read(name):
    with open(name + ".console", "rb") as f:
        return f.read()


def write(name, data):
    with open(name + ".console", "wb") as f:
        f.write(data)


riscv = read("riscv-6.12-pass")
arm64 = read("arm64-6.12-pass")
x86 = read("x86_64-6.12-pass")

# Cut mid-suite, as a guest that died without a word would leave it.
cut = riscv.index(b"# dcc_stress: dcc-start")
write("hostile-truncated", riscv[:cut + len(b"# dcc_stress: dcc-start\n")])

# Serial consoles as LAVA sees them: "\r\r\n", plus line noise.
lines = arm64.split(b"\n")
noisy = []
for i, line in enumerate(lines):
    if i % 17 == 5 and b"KTAP" not in line and b"ok " not in line and b"#" not in line:
        line += bytes(random.randrange(1, 256) for _ in range(12)).replace(b"\n", b"")
    noisy.append(line)
write("hostile-crlf-garbage", b"\r\r\n".join(noisy))

# A 256 KiB line in the middle of a suite.
at = x86.index(b"    # dcc_multi: dcc-start")
write("hostile-long-line", x86[:at] + b"[    9.999999] " + b"x" * 262144 + b"\n" + x86[at:])

# Plans stripped: results must still count, nothing "not run".
write("hostile-no-plan", b"\n".join(l for l in riscv.split(b"\n")
                                    if not l.rstrip().endswith((b"1..1", b"1..3", b"1..4",
                                                                b"1..5", b"1..7", b"1..8"))))

# Boot log only: no KTAP at all.
write("hostile-no-ktap", riscv[:riscv.index(b"KTAP version")])

write("hostile-empty", b"")

# Nested parameterised subtests and duplicate names (KTAP allows both).
write("hostile-nested-dup", b"""[    1.0] KTAP version 1
[    1.0] 1..1
[    1.0]     KTAP version 1
[    1.0]     # Subtest: s
[    1.0]     1..3
[    1.0]         KTAP version 1
[    1.0]         # Subtest: param
[    1.0]         1..2
[    1.0]         ok 1 one
[    1.0]         not ok 2 two
[    1.0]     not ok 1 param
[    1.0]     ok 2 dup
[    1.0]     ok 3 dup # SKIP same name twice
[    1.0] not ok 1 s
dcc-init: done, 2 of 2 modules loaded
""")
