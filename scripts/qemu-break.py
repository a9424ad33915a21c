#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Test-only: hold a guest at a kernel function, as a hang there would.

Usage: qemu-break.py GDB_SOCKET VMLINUX SYMBOL
QEMU runs with "-S -gdb unix:GDB_SOCKET,server=on,wait=off" (paused until
told to run). This connects to its gdbstub, sets a breakpoint at SYMBOL's
address in VMLINUX, lets the guest run, and once every vCPU has stopped
there keeps the connection, and so the guest stopped, until QEMU exits.
run-guest.sh's DCC_INJECT_BOOT_STALL stops a boot this way right after a
console line (riscv: bringup_nonboot_cpus, called right after "smp:
Bringing up secondary CPUs ..."), where polling the console is too late.
Exit status: 0 once the guest stopped there (or QEMU ended), 1 if the
breakpoint could not be set, 2 for bad arguments.
"""
import socket
import subprocess
import sys
import time


def address(vmlinux, symbol):
    out = subprocess.run(["nm", vmlinux], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2] == symbol and parts[1] in "tTwW":
            return int(parts[0], 16)
    return None


class Stub:
    """A GDB remote serial protocol client, just enough for a breakpoint."""

    def __init__(self, path):
        end = time.monotonic() + 20
        while True:
            try:
                self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.s.connect(path)
                break
            except OSError:
                self.s.close()
                if time.monotonic() > end:
                    raise
                time.sleep(0.05)
        self.buf = b""

    def send(self, data):
        body = data.encode()
        self.s.sendall(b"$" + body + b"#%02x" % (sum(body) & 0xFF))

    def reply(self, timeout=None):
        """The next packet's payload (acks skipped), or None at EOF."""
        self.s.settimeout(timeout)
        while True:
            start = self.buf.find(b"$")
            if start >= 0:
                end = self.buf.find(b"#", start)
                if end >= 0 and len(self.buf) >= end + 3:
                    payload = self.buf[start + 1:end].decode("ascii", "replace")
                    self.buf = self.buf[end + 3:]
                    self.s.sendall(b"+")
                    return payload
            chunk = self.s.recv(4096)
            if not chunk:
                return None
            self.buf += chunk


def main():
    if len(sys.argv) != 4:
        print("usage: qemu-break.py GDB_SOCKET VMLINUX SYMBOL", file=sys.stderr)
        return 2
    path, vmlinux, symbol = sys.argv[1:]
    addr = address(vmlinux, symbol)
    if addr is None:
        print(f"qemu-break.py: no function {symbol} in {vmlinux}", file=sys.stderr)
        return 1
    stub = Stub(path)
    stub.send("?")
    stub.reply(10)
    # A software breakpoint: TCG checks it at translation, no guest memory
    # is written.
    stub.send(f"Z0,{addr:x},4")
    if stub.reply(10) != "OK":
        print(f"qemu-break.py: QEMU refused a breakpoint at {symbol} ({addr:#x})", file=sys.stderr)
        return 1
    stub.send("c")
    # The stop reply ("T05...") once a vCPU reaches the breakpoint; then
    # hold the guest stopped until QEMU goes away.
    while stub.reply() is not None:
        pass
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except OSError as e:
        print(f"qemu-break.py: {e}", file=sys.stderr)
        sys.exit(1)
