#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Render report.html with headless Chromium and check what a person sees:
the screenshot exists and shows the matrix colours (PASS green, HANG
orange, SKIP grey). Usage: render.py REPORT_HTML OUT_PNG"""
import shutil
import struct
import subprocess
import sys
import zlib

COLOURS = {"PASS": (0xb6, 0xe3, 0xb6), "HANG": (0xf7, 0xc8, 0x73), "SKIP": (0xe6, 0xe6, 0xe6)}


def pixels(path):
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride, prev, out = zlib.decompress(idat), width * bpp, None, []
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i] if prev else 0
            c = prev[i - bpp] if prev and i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xff
            elif f == 2:
                line[i] = (line[i] + b) & 0xff
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        prev = line
        out.extend(tuple(line[i:i + 3]) for i in range(0, stride, bpp))
    return out


def main():
    html, png = sys.argv[1:3]
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print("chromium not found: apt-get install chromium (make check installs it)")
        return 2
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--window-size=1200,1400", "--screenshot=" + png, "file://" + html],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=False)
    px = pixels(png)
    counts = {name: sum(1 for p in px if p == rgb) for name, rgb in COLOURS.items()}
    print("rendered", png, "colour pixels:", counts)
    return 0 if all(n > 200 for n in counts.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
