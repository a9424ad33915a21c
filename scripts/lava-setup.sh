#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Unpack lava-dispatcher, lava-dispatcher-host and lava-server (same version
# as the installed lava-common) into $DCC_CACHE/lava/<version>/ once, plus a
# stub for python3-guestfs. Why unpack instead of install: see lava-lib.sh.
# Run by "make setup" when DCC_SETUP_TESTS=1 (make check), after apt has
# installed lava-common. Idempotent: a stamp file marks a finished unpack.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/lava-lib.sh"

version=$(dcc_lava_version)
[ -n "$version" ] || die "lava-common is not installed: run 'DCC_SETUP_TESTS=1 make setup'"
dst=$DCC_CACHE/lava/$version
[ -f "$dst/.dcc-unpacked" ] && exit 0

note "unpacking LAVA $version into $dst"
tmp=$dst.tmp.$$
rm -rf "$tmp"
mkdir -p "$tmp/debs" "$tmp/root" "$tmp/stub"
# apt's sandbox user must be able to write the download directory.
chmod 0777 "$tmp/debs"
pkgs=(lava-dispatcher lava-dispatcher-host lava-server)
download() {
	(cd "$tmp/debs" && apt-get download -q "${pkgs[@]/%/=$version}" >/dev/null 2>&1)
}
# An empty or stale package list is the usual reason for a failed download.
download || { apt-get update -q >/dev/null 2>&1 && download; } || {
	rm -rf "$tmp"
	die "apt-get download ${pkgs[*]} (version $version) failed: run 'apt-get update' and retry"
}
for deb in "$tmp"/debs/*.deb; do
	dpkg -x "$deb" "$tmp/root"
done
# lava-dispatcher imports guestfs at load time, only image deploys use it.
# The real python3-guestfs drags in systemd, lvm2, mdadm and supermin.
cat >"$tmp/stub/guestfs.py" <<'PY'
"""Stand-in for python3-guestfs: importable, unusable (no image deploys here)."""


class GuestFS:
    def __init__(self, *args, **kwargs):
        raise RuntimeError("python3-guestfs is not installed: image deploys are not supported here")
PY
(cd "$tmp/debs" && sha256sum ./*.deb) >"$tmp/packages.sha256"
rm -rf "$tmp/debs" "$dst"
mv "$tmp" "$dst"
echo "$version" >"$dst/.dcc-unpacked"
