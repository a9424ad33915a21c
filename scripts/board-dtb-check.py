#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Check that a built DTB is the board's and that the kernel can drive its console.
  board-dtb-check.py DTB VMLINUX CONSOLE_DEVICE COMPATIBLE
For a board QEMU does not model this is what can be shown here: the DTB's
root "compatible" lists COMPATIBLE (the board's own string); /chosen
stdout-path names an enabled node through an alias whose number is
CONSOLE_DEVICE's (ttyS2 <-> serial2), the console LAVA's job uses; and for
that node, its interrupt controller and its clock providers, vmlinux holds
one of the node's compatible strings (a built-in driver's match table).
Prints one line per check; exit 0 if all hold, 1 if one does not, 2 on bad
input (one "dcc: error:" line).
"""
import re
import struct
import sys

FDT_MAGIC = 0xD00DFEED
FDT_BEGIN_NODE, FDT_END_NODE, FDT_PROP, FDT_NOP, FDT_END = 1, 2, 3, 4, 9


def die(msg):
    print(f"dcc: error: {msg}", file=sys.stderr)
    sys.exit(2)


def parse_fdt(blob):
    """{path: {prop: bytes}} for every node of a flattened device tree."""
    if len(blob) < 40 or struct.unpack_from(">I", blob, 0)[0] != FDT_MAGIC:
        raise ValueError("not a flattened device tree (bad magic)")
    off_struct, off_strings = struct.unpack_from(">II", blob, 8)
    nodes, stack, pos = {}, [], off_struct
    while True:
        if pos + 4 > len(blob):
            raise ValueError("structure block runs past the end")
        (token,) = struct.unpack_from(">I", blob, pos)
        pos += 4
        if token == FDT_BEGIN_NODE:
            end = blob.index(b"\0", pos)
            name = blob[pos:end].decode("ascii", "replace")
            pos = (end + 4) & ~3
            stack.append(name)
            path = "/" + "/".join(stack[1:])
            nodes[path] = {}
        elif token == FDT_END_NODE:
            stack.pop()
        elif token == FDT_PROP:
            size, nameoff = struct.unpack_from(">II", blob, pos)
            pos += 8
            name_end = blob.index(b"\0", off_strings + nameoff)
            pname = blob[off_strings + nameoff:name_end].decode("ascii", "replace")
            nodes["/" + "/".join(stack[1:])][pname] = blob[pos:pos + size]
            pos = (pos + size + 3) & ~3
        elif token == FDT_NOP:
            continue
        elif token == FDT_END:
            return nodes
        else:
            raise ValueError(f"unknown structure token {token:#x}")


def strings(value):
    return [s.decode("ascii", "replace") for s in value.split(b"\0") if s]


def cells(value):
    return list(struct.unpack(f">{len(value) // 4}I", value[: len(value) // 4 * 4]))


def first_cell(value):
    """The first 32-bit cell of a property, None if it has none."""
    c = cells(value or b"")
    return c[0] if c else None


class Tree:
    def __init__(self, nodes):
        self.nodes = nodes
        self.by_phandle = {}
        for path, props in nodes.items():
            for key in ("phandle", "linux,phandle"):
                if first_cell(props.get(key)) is not None:
                    self.by_phandle[first_cell(props[key])] = path

    def prop(self, path, name):
        return self.nodes.get(path, {}).get(name)

    def compatible(self, path):
        value = self.prop(path, "compatible")
        return strings(value) if value else []

    def enabled(self, path):
        status = self.prop(path, "status")
        return status is None or strings(status)[:1] in (["okay"], ["ok"])

    def interrupt_parent(self, path):
        """The interrupt controller a node's interrupts go to."""
        node = path
        while True:
            value = self.prop(node, "interrupt-parent")
            if first_cell(value) is not None:
                return self.by_phandle.get(first_cell(value))
            if node == "/":
                return None
            node = node.rsplit("/", 1)[0] or "/"

    def clock_providers(self, path):
        """The nodes a node's "clocks" phandles name."""
        value = self.prop(path, "clocks")
        if not value:
            return []
        out, words, i = [], cells(value), 0
        while i < len(words):
            provider = self.by_phandle.get(words[i])
            if provider is None:
                break
            i += 1 + (first_cell(self.prop(provider, "#clock-cells")) or 0)
            if provider not in out:
                out.append(provider)
        return out


def main():
    if len(sys.argv) != 5:
        die("usage: board-dtb-check.py DTB VMLINUX CONSOLE_DEVICE COMPATIBLE")
    dtb, vmlinux, console, want = sys.argv[1:]
    try:
        with open(dtb, "rb") as f:
            tree = Tree(parse_fdt(f.read()))
    except OSError as exc:
        die(f"cannot read DTB {dtb}: {exc.strerror}: build the board kernel first (make kernel BOARD=...)")
    except (ValueError, struct.error, IndexError, KeyError) as exc:
        die(f"{dtb} is not a device tree blob: {exc or 'cut short'}")
    try:
        with open(vmlinux, "rb") as f:
            image = f.read()
    except OSError as exc:
        die(f"cannot read {vmlinux}: {exc.strerror}: build the board kernel first (make kernel BOARD=...)")
    m = re.fullmatch(r"tty[A-Za-z]+?(\d+)", console)
    if not m:
        die(f"console device {console!r} is not a tty name with a number (ttyS0): fix console_device in the LAVA target")

    failed = []

    def check(ok, what):
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            failed.append(what)

    def driven(path, role):
        compat = tree.compatible(path)
        hit = [c for c in compat if b"\0" + c.encode() + b"\0" in image]
        check(bool(hit), f"{role} {path} ({', '.join(compat) or 'no compatible'}): "
              + (f"driver in vmlinux matches {hit[0]}" if hit else "no built-in driver matches it"))

    root = tree.compatible("/")
    check(want in root, f"root compatible {', '.join(root)} names {want}")
    stdout = tree.prop("/chosen", "stdout-path")
    if not stdout:
        check(False, "/chosen has a stdout-path")
        return 1
    name = strings(stdout)[0].split(":", 1)[0]
    path = name
    if not name.startswith("/"):
        alias = tree.prop("/aliases", name)
        path = strings(alias)[0] if alias else None
        check(path is not None, f"stdout-path {name} is an alias ({path or 'none'})")
        if path is None:
            return 1
        num = re.search(r"(\d+)$", name)
        check(num is not None and num.group(1) == m.group(1),
              f"console {console} is stdout-path's alias {name}")
    check(path in tree.nodes, f"console node {path} exists")
    if path not in tree.nodes:
        return 1
    check(tree.enabled(path), f"console node {path} is enabled")
    driven(path, "console")
    irq = tree.interrupt_parent(path)
    check(irq is not None, f"console's interrupt controller ({irq or 'none'})")
    if irq:
        driven(irq, "interrupt controller")
    for clk in tree.clock_providers(path):
        if tree.compatible(clk) == ["fixed-clock"]:
            continue
        driven(clk, "clock provider")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
