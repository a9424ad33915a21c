#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Test-only: hold a guest at a kernel function, as a hang there would.

Usage: qemu-break.py GDB_SOCKET VMLINUX SYMBOL [PID]
QEMU runs with "-S -gdb unix:GDB_SOCKET,server=on,wait=off" (paused until
told to run). This connects to its gdbstub, sets a breakpoint at SYMBOL's
address in VMLINUX and lets the guest run; when a vCPU reaches it, QEMU
stops the whole guest (all-stop), and this keeps the connection, and so
the guest stopped, until QEMU exits. PID, if given, is a process that
lives as long as QEMU: once it is gone, stop trying to connect.
run-guest.sh's DCC_INJECT_BOOT_STALL stops a boot this way right after a
console line (riscv: bringup_nonboot_cpus, called right after "smp:
Bringing up secondary CPUs ..."), where polling the console is too late.
Exit status: 0 once the breakpoint was set (whether or not it was
reached: stderr says "held at SYMBOL" when it was), 1 if it could not be
set, 2 for bad arguments.
"""
import os
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


def alive(pid):
    if pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


class Stub:
    """A GDB remote serial protocol client, just enough for a breakpoint."""

    def __init__(self, path, pid):
        end = time.monotonic() + 20
        while True:
            self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                self.s.connect(path)
                break
            except OSError:
                self.s.close()
                if time.monotonic() > end or not alive(pid):
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


def set_breakpoint(path, vmlinux, symbol, pid):
    addr = address(vmlinux, symbol)
    if addr is None:
        print(f"qemu-break.py: no function {symbol} in {vmlinux}", file=sys.stderr)
        return None
    try:
        stub = Stub(path, pid)
        stub.send("?")
        stub.reply(10)
        # A software breakpoint: TCG checks it at translation, no guest
        # memory is written.
        stub.send(f"Z0,{addr:x},4")
        if stub.reply(10) != "OK":
            print(f"qemu-break.py: QEMU refused a breakpoint at {symbol} ({addr:#x})", file=sys.stderr)
            return None
        stub.send("c")
    except OSError as e:
        print(f"qemu-break.py: {e}", file=sys.stderr)
        return None
    return stub


def main():
    if len(sys.argv) not in (4, 5):
        print("usage: qemu-break.py GDB_SOCKET VMLINUX SYMBOL [PID]", file=sys.stderr)
        return 2
    path, vmlinux, symbol = sys.argv[1:4]
    pid = int(sys.argv[4]) if len(sys.argv) == 5 else None
    stub = set_breakpoint(path, vmlinux, symbol, pid)
    if stub is None:
        return 1
    # The stop reply ("T05...") once a vCPU reaches the breakpoint; then
    # hold the guest stopped until QEMU goes away (EOF, or a reset when it
    # was killed with an ack of ours unread).
    try:
        while True:
            reply = stub.reply()
            if reply is None:
                break
            if reply.startswith(("T", "S")):
                print(f"qemu-break.py: held at {symbol}", file=sys.stderr)
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
