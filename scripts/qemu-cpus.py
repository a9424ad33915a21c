#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Where a hung guest's CPUs are: ask QEMU's human monitor (a unix socket)
for every vCPU's registers, keep them, and name each program counter by the
vmlinux symbol it falls in.

Usage: qemu-cpus.py MONITOR_SOCKET VMLINUX OUT_REGISTERS
Prints one line per vCPU ("CPU 0: pc ffffffff80012345 default_idle+0x1c");
nothing if the monitor does not answer. Never fails the run: exit 0.
"""
import bisect
import re
import socket
import subprocess
import sys
import time


def monitor(path, command):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(2)
    s.connect(path)
    data = b""

    def read_until_prompt():
        nonlocal data
        end = time.monotonic() + 3
        while not data.rstrip().endswith(b"(qemu)") and time.monotonic() < end:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            data += chunk

    read_until_prompt()
    data = b""
    s.sendall(command.encode() + b"\n")
    read_until_prompt()
    s.close()
    return data.decode("utf-8", "replace").replace("\r", "")


def symbols(vmlinux, nm):
    out = subprocess.run([nm, "-n", vmlinux], capture_output=True, text=True, check=False).stdout
    addrs, names = [], []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            addrs.append(int(parts[0], 16))
            names.append(parts[2])
    return addrs, names


def main():
    if len(sys.argv) != 4:
        print("usage: qemu-cpus.py MONITOR_SOCKET VMLINUX OUT_REGISTERS", file=sys.stderr)
        return 0
    sock, vmlinux, out = sys.argv[1:]
    try:
        regs = monitor(sock, "info registers -a")
    except OSError:
        return 0
    # The monitor echoes the command with line-editing escapes: keep from
    # the first vCPU on.
    if "CPU#" in regs:
        regs = regs[regs.index("CPU#"):]
    with open(out, "w", encoding="utf-8") as f:
        f.write(regs)
    # riscv: " pc       ffffffff80001234"; arm64: "PC=ffff..."; x86_64: "RIP=ffff...".
    pcs = re.findall(r"(?:^\s*pc\s+|PC=|RIP=)([0-9a-fA-F]{8,16})", regs, re.M)
    # The host's nm reads any ELF symbol table.
    addrs, names = symbols(vmlinux, "nm")
    for cpu, pc in enumerate(pcs):
        a = int(pc, 16)
        i = bisect.bisect_right(addrs, a) - 1
        where = f"{names[i]}+{a - addrs[i]:#x}" if i >= 0 and a - addrs[i] < 0x100000 else "outside vmlinux (a module, or firmware)"
        print(f"CPU {cpu}: pc {pc.lower()} {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
